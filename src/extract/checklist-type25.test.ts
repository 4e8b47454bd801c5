// Probe: 8 of 17 rows failed on the starting code (c82b038); none of them a guard.
// A checklist read off the wrong-type misses and the "other" extras of the odd-numbered tuning sets (session 25,
// type25), by families whose wording recurs across sets:
//   - an air force's overnight tally spread over regions ("shot down 19 of 31 drones launched overnight, mostly over the
//     south", "over the Kharkiv, Sumy and Poltava regions", "over several regions") places no interception and no
//     strike at one location, and "did not say how many were intercepted" tells none: no event (extras in tune9,
//     tune9p, tune21, tune29, tune31). Guards: one drone shot down over a named town, a missile intercepted over a city.
//   - residents who "were burned to death", or "could not escape" and "burned to death", are the victims of whoever set
//     the fire, not a mob; and homes burned by an armed actor with people killed in the same telling is an attack
//     (ACLED codes the gravest act), not mob violence nor looting (tune15, tune15p). Guards: a crowd that beat or burned
//     someone to death, and a man beaten to death by a mob, stay mob violence; homes burned with no one killed stay
//     looting/property destruction.
//   - a place entered under a deal, or taken as its holders' last troops left ("as the last French
//     troops departed") changed hands without a fight (ACLED: non-violent transfer of territory), also when the report
//     tells of the fighting a deal had ended ("a deal that ended more than a year of fighting"); tune21, tune15p.
//     Guards: a town recaptured after heavy fighting, or captured after two days of fighting, stays a change of hands
//     by force.
// The sentences are invented. PUBLISHED is Wednesday 11 October 2023; the rows run with the learned keep-check off.
import { test } from "node:test";
import { check } from "./checklist-testing.js";

test("an air force's tally spread over regions is no event", () => {
  check([
    ["Ukraine's air force said it shot down 22 of 40 drones launched by Russia overnight, mostly over the east."],
    ["Air defences shot down 18 drones over the Kharkiv, Sumy and Poltava regions overnight, Ukraine's air force said."],
    ["A Russian missile struck a school in Kharkiv on Monday, killing two people. The air force did not say how many of the missiles were intercepted.",
      { sub: "Shelling/artillery/missile attack", loc: /^Kharkiv$/, date: "2023-10-09", fat: 2 }],
    // guard: one drone shot down over a named town is an interception there
    ["Air defences shot down a drone over Odesa on Monday night, the regional governor said.",
      { sub: "Disrupted weapons use", loc: /^Odesa$/, date: "2023-10-09" }],
    // guard: a missile intercepted as it flew at a city
    ["The Saudi-led coalition said it intercepted a ballistic missile fired at Jizan on Monday.",
      { sub: "Disrupted weapons use", loc: /^Jizan$/, date: "2023-10-09" }],
  ], false);
});

test("people burned to death when an armed actor fired their homes are its victims: an attack, not a mob", () => {
  check([
    ["Soldiers set fire to about 80 houses in Kani on Monday, and three residents who could not run away were burned to death, villagers said.",
      { sub: "Attack", loc: /^Kani$/, date: "2023-10-09", fat: 3 }],
    ["Three villagers unable to escape burned to death on Tuesday when troops torched some 50 homes in Kani, Sagaing region, residents said.",
      { sub: "Attack", loc: /^Kani$/, date: "2023-10-10", fat: 3 }],
    ["Two elderly residents who were too weak to flee were burned to death on Monday after gunmen set fire to their village near Djugu, a local official said.",
      { sub: "Attack", date: "2023-10-09", fat: 2 }],
    // guard: a crowd that beat a man to death is a mob
    ["A crowd beat a suspected thief to death in Kisumu on Monday, police said.",
      { sub: "Mob violence", loc: /^Kisumu$/, date: "2023-10-09", fat: 1 }],
    // guard: villagers who burned two men to death are a mob
    ["Villagers burned two men accused of witchcraft to death in Kakamega on Monday, police said.",
      { sub: "Mob violence", loc: /^Kakamega$/, date: "2023-10-09", fat: 2 }],
    // guard: a man beaten to death by a mob
    ["A man was beaten to death by a mob in Kano on Monday after being accused of blasphemy, police said.",
      { sub: "Mob violence", loc: /^Kano$/, date: "2023-10-09", fat: 1 }],
    // guard: homes burned with no one killed stay property destruction
    ["Soldiers set fire to about 80 houses in Kani on Monday, villagers said.",
      { sub: "Looting/property destruction", loc: /^Kani$/, date: "2023-10-09", fat: 0 }],
  ], false);
});

test("a place taken as its holders' troops left changed hands without a fight", () => {
  check([
    ["Somali troops entered the town of Bulo Burde on Thursday after Ethiopian forces pulled out, the army said, the first such handover under a deal that ended more than a year of fighting between the two sides.",
      { sub: "Non-violent transfer of territory", loc: /^Bulo Bur[dt]e$/, date: "2023-10-05" }],
    ["Mali's army took control of the military camp in Tessalit on Monday as the last French troops departed the base, officials said.",
      { sub: "Non-violent transfer of territory", loc: /^Tessalit$/, date: "2023-10-09" }],
    // guard: a town recaptured after heavy fighting was taken by force
    ["Government troops recaptured Bulo Burde on Thursday after heavy fighting with al-Shabaab, the army said.",
      { sub: "Government regains territory", loc: /^Bulo Bur[dt]e$/, date: "2023-10-05" }],
    // guard: captured after two days of fighting
    ["Rebels captured the town of Kitshanga on Monday after two days of fighting with the army, residents said.",
      { sub: "Non-state actor overtakes territory", loc: /^Kitshanga$/, date: "2023-10-09" }],
    // guard: the losers withdrew after the fight, in a clause of their own
    ["Rebels captured the town of Kitshanga on Monday after heavy fighting, and government troops withdrew to Sake, residents said.",
      { sub: "Non-state actor overtakes territory", loc: /^Kitshanga$/, date: "2023-10-09" }],
  ], false);
});
