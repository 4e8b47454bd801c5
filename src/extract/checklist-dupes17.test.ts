// A checklist for one happening told twice (session 17): a later sentence that answers the attack already told
// ("the army said it had repelled the attack", "troops beat back the assault"), with no place, day or new side of its
// own, names that attack with a definite article and is no second event, even in another paragraph and with words of
// another kind of violence (a bomb, shelling or an abduction told first, then the fight that answered it).
// A happening named by a noun after 'the' as what another deed was done over ('arrested six suspects on Tuesday over the
// bombing') is the one told before, not one more on that deed's day.
// A place told first as a district by its unit word ('in Dera Ismail Khan district', read as the town it is named for) and
// then as a town of that district is one scene told at two precisions; the town, the more precise, places the event.
// Guard rows: two places, two days, another kind of happening, or "an attack" told afresh stay two events.
// Probe: 4 of 13 rows failed on the starting code (050d73b): the repulse of a roadside bomb's attack as an armed clash of its
// own; the bombing and the ambush named again by an arrest 'over'/'in connection with' them as one more on the arrest's day;
// the district and its town as two bombings.
import { test } from "node:test";
import { check } from "./checklist-testing.js";

test("a repulse of 'the attack' already told is the same happening", () => {
  check([
    [
      "KANO, Nigeria — A roadside bomb hit an army truck outside Damboa on Sunday, killing five soldiers, the military said.\n\nA military spokesman said troops had repelled the attack and pursued the militants into the bush.",
      { sub: "Remote explosive/landmine/IED", loc: /Damboa/ },
    ],
    [
      "Gunmen seized 14 farmers from their fields near Kajuru in Kaduna state, Nigeria, on Sunday, a local official said.\n\nThe state police commissioner said officers had repulsed the assault and were searching the forest.",
      { sub: "Abduction/forced disappearance", loc: /Kajuru/ },
    ],
    [
      "Artillery fire hit a bus station in Kherson, Ukraine, on Sunday, killing three people, the regional governor said.\n\nLocal residents said the shelling went on for an hour. The regional command said its units had beaten back the assault.",
      { sub: "Shelling/artillery/missile attack", loc: /Kherson/ },
    ],
  ]);
});

test("a happening named again by the deed done over it is no new happening on that deed's day", () => {
  check([
    [
      "A car bomb exploded outside a police station in Mogadishu, Somalia, on Sunday, killing four officers. Police arrested six suspects in Mogadishu on Tuesday over the bombing.",
      { sub: ["Remote explosive/landmine/IED", "Suicide bomb"], loc: /Mogadishu/, date: "2023-10-08" },
      { sub: "Arrests", loc: /Mogadishu/, date: "2023-10-10" },
    ],
    [
      "Gunmen shot dead four worshippers at a mosque in Kaduna, Nigeria, on Friday. Police said on Monday they had detained three men in Kaduna in connection with the killing.",
      { sub: "Attack", loc: /Kaduna/, date: "2023-10-06" },
      { sub: "Arrests", loc: /Kaduna/ },
    ],
    [
      "Militants ambushed an army convoy near Gao, Mali, on Sunday, killing six soldiers, the army said. Troops detained four men in Gao on Tuesday in connection with the ambush.",
      { sub: "Armed clash", loc: /Gao/, date: "2023-10-08" },
      { sub: "Arrests", loc: /Gao/, date: "2023-10-10" },
    ],
  ]);
});

test("a district told by its unit word, then a town of it, is one scene told at two precisions", () => {
  check([
    [
      "PESHAWAR — A roadside bomb hit a police pickup in Dera Ismail Khan district late on Saturday, killing two constables, police said.\n\nAn officer said the explosive device, hidden under a bridge outside Paharpur, was detonated by remote control as the pickup drove past.",
      { sub: "Remote explosive/landmine/IED", loc: /Paharpur/, fat: 2 },
    ],
  ]);
});

test("guards: another place, another day, another kind of happening, or an attack told afresh stay apart", () => {
  check([
    [
      "A roadside bomb hit an army truck outside Damboa, Nigeria, on Sunday, killing five soldiers.\n\nIn a separate incident, troops repelled an attack on their base in Bama on Sunday night.",
      { sub: "Remote explosive/landmine/IED", loc: /Damboa/ },
      { sub: "Armed clash", loc: /Bama/ },
    ],
    [
      "An air strike hit a market in Maarat al-Numan, Syria, on Sunday, killing nine civilians. Separately, on Tuesday, artillery shells hit homes in Saraqib, killing two children.",
      { sub: "Air/drone strike", loc: /Maarat/ },
      { sub: "Shelling/artillery/missile attack", loc: /Saraqib/ },
    ],
    [
      "A car bomb exploded outside a police station in Mogadishu, Somalia, on Sunday, killing four officers. On Tuesday, a second car bomb exploded at a checkpoint in Mogadishu, killing two soldiers.",
      { sub: ["Remote explosive/landmine/IED", "Suicide bomb"], loc: /Mogadishu/, date: "2023-10-08" },
      { sub: ["Remote explosive/landmine/IED", "Suicide bomb"], loc: /Mogadishu/, date: "2023-10-10" },
    ],
    [
      "A roadside bomb killed three soldiers in Dera Ismail Khan district of Pakistan on Saturday. On Monday, another roadside bomb killed a policeman in Paharpur.",
      { sub: "Remote explosive/landmine/IED", loc: /Dera Ismail Khan/, date: "2023-10-07" },
      { sub: "Remote explosive/landmine/IED", loc: /Paharpur/, date: "2023-10-09" },
    ],
    [
      "Militants ambushed a patrol near Kolofata, Cameroon, on Sunday, killing three soldiers. On Tuesday, troops repelled the attack of a second group on a checkpoint in Mora.",
      { sub: "Armed clash", loc: /Kolofata/ },
      { sub: "Armed clash", loc: /Mora/ },
    ],
    [
      "Gunmen killed seven villagers in Bangui, Central African Republic, on Sunday. On Wednesday, UN peacekeepers said they had fought off an attack on their camp in Bangui.",
      { sub: "Attack", loc: /Bangui/ },
      { sub: "Armed clash", loc: /Bangui/ },
    ],
  ]);
});
