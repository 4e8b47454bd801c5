// Probe: 3 of 22 rows failed on the starting code (042ac02); none of them a guard.
// A checklist read off group A's "nothing close" misses (eval/extract/absent.ts, session 27, absent27): required events
// the rules built but the learned keep-check held back, by families whose wording recurs across sets and reports:
//   - when fighting began, told with its day or hour right after the verb ("Heavy clashes erupted on Friday in the
//     eastern districts of the city", "the fighting broke out at around 3 a.m. as ...", "The clashes began on
//     Wednesday when border guards exchanged fire ...", "two days of heavy fighting which erupted early on
//     Wednesday near X"): a coder codes the outbreak as that day's battle, but told late in the report and placed by
//     "the city" it was held back (tune9, tune9p, tune11p, tune23). Now spared as a happening of its own
//     (modality `onset_told`, keep.ts toldAsOnset). Guards: "since fighting broke out on April 15" (background), "clashes
//     could erupt on Friday" (forecast), "the war began in December 2013", "the fighting first broke out in the area
//     in 2021" (no day: history) add no event; outbreaks already kept stay one event each. Only the event whose own cue
//     is the fighting is spared (not shelling told after "the fighting began", tune17), and not an outbreak "along the
//     entire front line" (tune13): both were extras of a first, wider version.
//   - a bomb made harmless beside the attack of its day and place ("Police also found two pipe bombs ... and made them
//     safe", "a third, larger bomb found at the airport was destroyed in a controlled explosion"): held back as a second
//     event at that place (cases, casesp). Now spared when the event's own cue tells the defusal (modality
//     `foiled_told`, keep.ts foiledTold). Interceptions ("27 were brought down", "air defences shot down two more
//     missiles", tune3p) were spared in a first version: group A +1 match and +3 extras, group B +14 extras and no match: left to the check.
//     Guards: "the army has defused dozens of bombs since January" (a tally), "the army might shoot down further
//     rockets" (a plan) add no event; a lone defusal stays one event; short reports kept both events already.
//   - a next happening tied mid-sentence to the day of the one before ("..., and that same day security forces in X
//     detained the minister", "The RDF added that on the same day its troops had established a new forward base"):
//     OPENS_TIME reads only a sentence's first words, so these were held (tune3p, tune15p). Now spared when the
//     event's own clause says "that/the same day" before its verb (keep.ts toldSameDay): group A +2 matches, group B
//     unchanged. Short invented reports keep them already, so its rows are guards; "on the same day last year" stays out.
// The sentences are invented. PUBLISHED is Wednesday 11 October 2023; the rows run with the learned keep-check on.
import { test } from "node:test";
import { check } from "./checklist-testing.js";

test("an outbreak told with its day or hour is that day's battle, not held back", () => {
  check([
    ["WAD MADANI, Sudan — Fighting for control of Wad Madani, the capital of Gezira state, spread over the weekend to the edges of a camp for displaced people, residents said on Monday.\nHeavy clashes erupted on Friday in the northern districts of the city between the paramilitary force and the army, witnesses said.\nOn Sunday, shells struck the camp's market, killing four people, a local committee said.",
      { sub: "Armed clash", loc: /^Wad Madani$/, date: "2023-10-06" },
      { sub: "Shelling/artillery/missile attack", loc: /^Wad Madani$/, date: "2023-10-08", fat: 4 }],
    ["MISRATA, Libya — Gunfire shook the centre of Misrata before dawn on Tuesday after a rival commander arrived in the city, residents said. Two guards were killed.\nAccording to people living in the port district, the fighting broke out at around 2 a.m. as a brigade loyal to the government surrounded the hotel where he was staying.\nLater on Tuesday, hundreds of residents marched peacefully through the old market, calling for the armed groups to leave.",
      { sub: "Armed clash", loc: /^Misrata$/, date: "2023-10-10" },
      { sub: "Peaceful protest", loc: /^Misrata$/, date: "2023-10-10" }],
    // guard: outbreaks the check already kept stay one event each
    ["DUSHANBE — Tajik and Kyrgyz forces shelled villages along their disputed border on Tuesday, officials said.\nThe clashes began on Monday when border guards exchanged fire near a water intake close to the village of Vorukh, each side blaming the other.",
      { sub: "Shelling/artillery/missile attack", date: "2023-10-10" },
      { sub: "Armed clash", loc: /^Vorukh$/, date: "2023-10-09" }],
    ["BAMAKO — Jihadists attacked an army convoy near Boni on Tuesday, killing seven soldiers, the army said. Aid workers said the violence had displaced thousands.\nIn the town of Douentza, fierce fighting broke out early on Monday between militiamen and the jihadists, residents said.",
      { sub: "Armed clash", loc: /^Boni$/, date: "2023-10-10", fat: 7 },
      { sub: "Armed clash", loc: /^Douentza$/, date: "2023-10-09" }],
    ["MAIDUGURI — Insurgents stormed an army base in Monguno on Sunday, officials said. In Bama, clashes broke out overnight between vigilantes and the insurgents, residents said.",
      { sub: "Armed clash", loc: /^Monguno$/, date: "2023-10-08" },
      { sub: "Armed clash", loc: /^Bama$/ }],
    ["BANGUI — Rebels attacked a UN convoy near Bambari on Monday, killing one peacekeeper, the mission said. Clashes erupted on Saturday in the town of Bria between rival armed groups, a local official said, killing four people.",
      { sub: "Armed clash", loc: /^Bambari$/, date: "2023-10-09", fat: 1 },
      { sub: "Armed clash", loc: /^Bria$/, date: "2023-10-07", fat: 4 }],
    // guard: an outbreak along a whole front is the setting, and shelling told after "the fighting began" is the capture's
    ["BAKU — Armenian forces shelled the town of Tartar on Monday, killing two people, officials said, on the second day of heavy fighting over the region.\nFighting broke out on Sunday along the entire front line, and both sides reported losses.",
      { sub: "Shelling/artillery/missile attack", loc: /^Terter$/, date: "2023-10-09", fat: 2 }],
    ["PORT SUDAN — Fighters of the paramilitary force swept into the town of Sinja on Saturday, forcing army units to pull back after several hours of fighting, residents said.\nA resident who fled east said the fighting began shortly after dawn on Saturday and that shells fell on the market area.",
      { sub: "Non-state actor overtakes territory", loc: /^Sinja$/, date: "2023-10-07" }],
    // guard: the start of a long war, a forecast, history: no event of their own
    ["KHARTOUM — Hundreds of families fled Omdurman on Sunday, aid groups said. More than 9,000 people have been killed since fighting broke out on April 15 between the army and the paramilitary force."],
    ["ADDIS ABABA — Analysts warned on Monday that clashes could erupt on Friday near the town of Woldiya if talks fail, and that the fighting might spread to the Afar region."],
    ["JUBA — Soldiers and rebels fought for control of Malakal on Monday, officials said. The war began in December 2013, when the president accused his deputy of plotting a coup.",
      { sub: "Armed clash", loc: /^Malakal$/, date: "2023-10-09" }],
    ["GOMA — Rebels shelled the outskirts of Sake on Tuesday, killing three civilians, officials said. The fighting first broke out in the area in 2021, and the rebels have since seized much of the province.",
      { sub: "Shelling/artillery/missile attack", loc: /^Sake$/, date: "2023-10-10", fat: 3 }],
  ], true);
});

test("a bomb made harmless beside an attack is a disruption of its own, not held back", () => {
  check([
    ["LAGOS — Gunmen killed five people at a market in Jos on Tuesday, police said. The bomb squad also found an explosive device under a stall and defused it.",
      { sub: "Attack", loc: /^Jos$/, date: "2023-10-10", fat: 5 },
      { sub: "Disrupted weapons use", loc: /^Jos$/, date: "2023-10-10" }],
    // guard: kept already (short reports), still two events each
    ["KADUNA — A bomb exploded at a bus station in Kaduna on Monday, killing four people, police said. A second device found nearby was destroyed in a controlled explosion by army experts.",
      { sub: "Remote explosive/landmine/IED", loc: /^Kaduna$/, date: "2023-10-09", fat: 4 },
      { sub: "Disrupted weapons use", loc: /^Kaduna$/, date: "2023-10-09" }],
    ["QUETTA — A suicide bomber killed nine people at a rally in Quetta on Tuesday, police said. Police also found a second explosive vest near the stage and made it safe.",
      { sub: "Suicide bomb", loc: /^Quetta$/, date: "2023-10-10", fat: 9 },
      { sub: "Disrupted weapons use", loc: /^Quetta$/, date: "2023-10-10" }],
    ["WASHINGTON — Hundreds of protesters forced their way into the state legislature in Lansing on Tuesday, smashing windows and fighting with police, officials said. Police also found two pipe bombs near the building and made them safe.",
      { sub: "Violent demonstration", loc: /^Lansing$/, date: "2023-10-10" },
      { sub: "Disrupted weapons use", loc: /^Lansing$/, date: "2023-10-10" }],
    // guard: a tally and a plan: no disruption
    ["MOGADISHU — A car bomb killed six people at a checkpoint in Mogadishu on Monday, police said. The army has defused dozens of bombs in the capital since January, a spokesman said.",
      { sub: "Remote explosive/landmine/IED", loc: /^Mogadishu$/, date: "2023-10-09", fat: 6 }],
    ["TEL AVIV — Militants fired rockets at Ashkelon on Monday, police said. Officials said the army might shoot down further rockets if the barrage resumed.",
      { sub: "Shelling/artillery/missile attack", loc: /^Ashkelon$/, date: "2023-10-09" }],
    // guard: a lone defusal stays one event
    ["ISLAMABAD — Police defused a bomb planted near a mosque in Peshawar on Tuesday, officials said.",
      { sub: "Disrupted weapons use", loc: /^Peshawar$/, date: "2023-10-10" }],
  ], true);
});

test("a next happening tied mid-sentence to 'that same day' stays an event of its own", () => {
  check([
    ["N'DJAMENA — Rebels seized the town of Mao on Sunday, officials said. The government blamed a rival faction for arming them, and that same day soldiers in N'Djamena arrested three of its commanders.",
      { sub: "Non-state actor overtakes territory", loc: /^Mao$/, date: "2023-10-08" },
      { sub: "Arrests", loc: /^N'Djamena$/, date: "2023-10-08" }],
    ["BAMAKO — Jihadists killed 12 villagers in Sofara on Monday, officials said. Soldiers clashed with the attackers west of Sofara on Tuesday, killing five, the army said. It added that on the same day its troops had established a new forward base in Sofara itself.",
      { sub: "Attack", loc: /^Sofara$/, date: "2023-10-09", fat: 12 },
      { sub: "Armed clash", loc: /^Sofara$/, date: "2023-10-10", fat: 5 },
      { sub: "Headquarters or base established", loc: /^Sofara$/, date: "2023-10-10" }],
    // guard: "on the same day last year" is history
    ["KABUL — A bomb killed five people at a mosque in Kunduz on Friday, police said. On the same day last year, a similar blast killed 40 worshippers there.",
      { sub: "Remote explosive/landmine/IED", loc: /^Kunduz$/, date: "2023-10-06", fat: 5 }],
  ], true);
});
