// Probe: 14 of 22 rows failed on the starting code (829c264); none of them a guard.
// A checklist read off the misses of the newly opened tune33 (session 26, place26) and group A's wrong-place misses,
// by families whose wording recurs in other A sets or is plainly how reports are written:
//   - a crowd that seizes someone and beats him to death ("a crowd of young men seized two herders ... and beat them to
//     death") is a lynching, mob violence, not an abduction (tune33; tune15, tune19, tune19p and cases tell crowds
//     beating people to death). Guards: gunmen who seized two farmers stay an abduction; a crowd that beat two herders
//     to death stays mob violence.
//   - men loyal to a party or movement who attack a protest camp and beat demonstrators are a mob, not the police's
//     intervention (tune33; tune11's "supporters of the ruling party attacked anti-government protesters"). Guard:
//     police who beat demonstrators stay an intervention.
//   - an activist shot dead by gunmen on his way home from a protest was killed after it, not at it: an attack, not
//     excessive force against protesters (tune33; tune19 tells the same killings of protest organisers). Guard: police
//     who shot a man dead as he marched stay excessive force.
//   - the arrest of a protest movement's leader is an arrest (ACLED: arrests of notable figures, not during a
//     protest), not a protest met with intervention (tune33). Guard: police who arrested dozens of demonstrators at a
//     march stay an intervention.
//   - a town told by its outskirts ("shelled the outskirts of Orikhiv") is refined only by a suburb of it, not by a city
//     50 km away that the attacker's statement in the next sentence names (tune31); a district named by a town's
//     possessive ("the city's Oleksandrivskyi district" with the city in the sentence before, "Kherson's Dniprovskyi
//     district") whose namesake lies in another city is a quarter of that town (tune31; tune21 writes "the city's
//     Dniprovskyi district"). Guard: the town named again in the next sentence.
//   - "Police in Sokoto confirmed the abduction": the police command's seat, confirming a happening told before, is no
//     scene of it (tune25; tune7, tune29 write "Police in X confirmed/said"). Guard: police who say they arrested people.
//   - "the village of X, in Sokoto state's Sabon Birni local government area", "in Niger state's Shiroro area": a
//     village in a province's district is placed at that district, not at the province (tune25, tune17p; tune15, tune17p
//     write "Ituri province's Djugu territory", "Giza governorate's Atfih district"). Guard: a village near a town.
// The sentences are invented. PUBLISHED is Wednesday 11 October 2023; the rows run with the learned keep-check off.
import { test } from "node:test";
import { check } from "./checklist-testing.js";

test("a crowd that seizes someone and beats him to death is a mob", () => {
  check([
    ["A crowd of young men seized two herders they accused of stealing cattle and beat them to death in Kano on Monday, witnesses said.",
      { sub: "Mob violence", loc: /^Kano$/, date: "2023-10-09" }],
    ["An angry mob seized a man accused of theft and beat him to death near the market in Kisumu on Monday, police said.",
      { sub: "Mob violence", loc: /^Kisumu$/, date: "2023-10-09", fat: 1 }],
    // guard: gunmen who seized farmers abducted them
    ["Gunmen seized two farmers in Kano on Monday, police said.",
      { sub: "Abduction/forced disappearance", loc: /^Kano$/, date: "2023-10-09" }],
    // guard: a crowd that beat two herders to death
    ["A crowd beat two herders to death in Kano on Monday, witnesses said.",
      { sub: "Mob violence", loc: /^Kano$/, date: "2023-10-09", fat: 2 }],
  ], false);
});

test("men loyal to a movement who attack a protest camp are a mob", () => {
  check([
    ["Hundreds of men loyal to the ruling party attacked the main protest camp in Khartoum on Monday, beating demonstrators and burning their tents, witnesses said.",
      { sub: ["Mob violence", "Violent demonstration"], loc: /^Khartoum$/, date: "2023-10-09" }],
    ["Dozens of men loyal to the governor stormed a sit-in in Basra on Monday and beat protesters with sticks, activists said.",
      { sub: ["Mob violence", "Violent demonstration"], loc: /^Basra$/, date: "2023-10-09" }],
    // guard: police who beat demonstrators intervened
    ["Riot police beat demonstrators and tore down their tents in Khartoum on Monday, witnesses said.",
      { sub: "Protest with intervention", loc: /^Khartoum$/, date: "2023-10-09" }],
  ], false);
});

test("an activist shot dead on his way home from a protest was attacked, not shot at the protest", () => {
  check([
    ["Unidentified gunmen shot dead an activist as he drove home from the protest square in Amara, in southern Iraq, on Monday, his family said.",
      { sub: "Attack", loc: /^Amara$/, date: "2023-10-09", fat: 1 }],
    ["Gunmen on a motorbike shot dead a protest organiser as he walked home from a demonstration in Basra late on Monday, activists said.",
      { sub: "Attack", loc: /^Basra$/, date: "2023-10-09", fat: 1 }],
    // guard: police who shot a man as he marched used excessive force
    ["Police shot dead a man as he marched with other protesters in Basra on Monday, activists said.",
      { sub: "Excessive force against protesters", loc: /^Basra$/, date: "2023-10-09", fat: 1 }],
  ], false);
});

test("the arrest of a protest movement's leader is an arrest", () => {
  check([
    ["Police on Monday arrested Ahmed Salem, the leader of a protest movement that has shaken the region for months, in Al Hoceima, prosecutors said.",
      { sub: "Arrests", loc: /^Al Hoc/, date: "2023-10-09" }],
    ["Security forces arrested a leading organiser of the protest movement in Kano on Monday, his lawyer said.",
      { sub: "Arrests", loc: /^Kano$/, date: "2023-10-09" }],
    // guard: police who detained dozens of marchers intervened in a protest
    ["Police fired tear gas and arrested dozens of demonstrators at a march in Al Hoceima on Monday, activists said.",
      { sub: "Protest with intervention", loc: /^Al Hoc/, date: "2023-10-09" }],
  ], false);
});

test("a town told by its outskirts keeps its scene when the attacker's statement names a city farther off", () => {
  check([
    ["KYIV — On Monday, Russian artillery shelled the outskirts of Orikhiv, wounding two workers, local officials said. Russia's defence ministry said its forces had struck military facilities in Zaporizhzhia.",
      { sub: "Shelling/artillery/missile attack", loc: /^Orikhiv$/, date: "2023-10-09" }],
    // a town's possessive district whose namesake the gazetteer holds in another city is a quarter of that town
    ["KYIV — On Monday, Russian artillery shelled the outskirts of Kherson, wounding two workers, local officials said. The shells hit a bus stop in Kherson's Dniprovskyi district.",
      { sub: "Shelling/artillery/missile attack", loc: /^Kherson$/, date: "2023-10-09" }],
    // guard: the town named again in the next sentence of the same shelling
    ["KYIV — On Monday, Russian artillery shelled the outskirts of Orikhiv, wounding two workers, local officials said. The shells hit a school in Orikhiv, the governor said.",
      { sub: "Shelling/artillery/missile attack", loc: /^Orikhiv$/, date: "2023-10-09" }],
  ], false);
});

test("the city's district, with the city told in the sentence before, is a quarter of that city", () => {
  check([
    ["KYIV — Russian missiles struck the city of Zaporizhzhia on Monday, killing three people, the regional governor said. A missile hit a residential building in the city's Oleksandrivskyi district, he said.",
      { sub: ["Shelling/artillery/missile attack", "Air/drone strike"], loc: /^Zaporizhzhia$/, date: "2023-10-09", fat: 3 }],
  ], false);
});

test("the police command confirming a happening told before is no scene of it", () => {
  check([
    ["SOKOTO, Nigeria — Bandits abducted at least 30 villagers in a night raid on Sabon Birni on Sunday, residents said. Police in Sokoto confirmed the abduction but gave a lower figure.",
      { sub: "Abduction/forced disappearance", loc: /^Sabon Birni$/, date: "2023-10-08" }],
    // guard: police who say they arrested people in their city tell that scene
    ["ADDIS ABABA — Police in Addis Ababa said on Monday they had arrested several hundred people accused of plotting unrest.",
      { sub: "Arrests", loc: /^Addis Ababa$/, date: "2023-10-09" }],
  ], false);
});

test("a village in a province's district is placed at that district, not the province's capital", () => {
  check([
    ["SOKOTO, Nigeria — Armed bandits abducted at least 34 villagers in a night raid on the village of Dangoma, in Sokoto state's Sabon Birni local government area, on Sunday, residents said.",
      { sub: "Abduction/forced disappearance", loc: /^(?:Dangoma|Sabon Birni)$/, date: "2023-10-08", at: [13.56, 6.32, 30] }],
    ["ABUJA — Gunmen attacked a mining site in Niger state's Shiroro area on Monday and kidnapped four workers, security sources said.",
      { sub: "Abduction/forced disappearance", loc: /^Shiroro$/, date: "2023-10-09" }],
    // guard: a village in a district told plainly
    ["GOMA, Congo — Militiamen killed 12 people in a village near Fataki, in Ituri province, on Monday, a local administrator said.",
      { sub: "Attack", loc: /^Fataki$/, date: "2023-10-09", fat: 12 }],
  ], false);
});
