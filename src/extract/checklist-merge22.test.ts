// Probe: 3 of 7 rows failed on the starting code (3af6895); none of them a guard.
// A checklist read off the "merged into a matched event" misses of the tuning sets (session 22), by families:
//   - a peaceful gathering and a crowd's own violence (storming, burning, looting) at one place and day, the one told
//     second told as coming after the other ("Later that evening, a group of youths ...", "crowds then broke into
//     shops", "Thousands more gathered ... later on Friday"): two happenings, a peaceful protest and a violent
//     demonstration. Guards: a crowd told marching and throwing stones with no such word stays one violent
//     demonstration; police force used later on a peaceful crowd stays one protest with intervention.
//   - unnamed attackers who kill civilians and, told in a sentence of its own with its own day and a toll of armed men
//     only, also fight a named armed force: two happenings, the attack and the clash. Guard: a fight whose dead
//     include civilians caught in it stays one clash.
// The rows test the grouping with the learned keep-check off: it holds some second events of a short report told by
// context (same type, same place). The sentences are invented. PUBLISHED is Wednesday 11 October 2023.
import { test } from "node:test";
import { check, PROTESTERS, RIOTERS } from "./checklist-testing.js";

test("a peaceful gathering and a crowd's violence told as coming after it are two happenings", () => {
  check([
    ["Hundreds of teachers rallied outside the education ministry in Kisumu on Monday to demand unpaid wages.\n\nLater that evening, a group of youths smashed the windows of a bank in the town centre and set a car on fire.",
      { sub: "Peaceful protest", loc: /^Kisumu$/, date: "2023-10-09", a1: PROTESTERS("Kenya") }, { sub: "Violent demonstration", loc: /^Kisumu$/, date: "2023-10-09", a1: RIOTERS("Kenya") }],
    ["Thousands of farmers gathered in Nakuru on Tuesday to protest against a new fuel levy, and the gathering was peaceful.\n\nCrowds then broke into shops along the main road and carried away goods.",
      { sub: "Peaceful protest", loc: /^Nakuru$/, date: "2023-10-10" }, { sub: ["Violent demonstration", "Looting/property destruction"], loc: /^Nakuru$/, date: "2023-10-10" }],
    ["Hundreds of opposition supporters stormed the electoral commission's offices in Lusaka on Monday and burned ballot papers, officials said.\n\nThousands more gathered outside the high court later on Monday demanding a recount.",
      { sub: "Violent demonstration", loc: /^Lusaka$/, date: "2023-10-09" }, { sub: "Peaceful protest", loc: /^Lusaka$/, date: "2023-10-09" }],
    // guard: the crowd that marched turned violent, told with no word of a later happening: one violent demonstration
    ["Thousands of students marched through Kumasi on Monday and threw stones at the regional police headquarters, witnesses said.",
      { sub: "Violent demonstration", loc: /^Kumasi$/, date: "2023-10-09" }],
    // guard: force used later on a peaceful crowd is no crowd's violence: one protest with intervention
    ["Hundreds of traders protested in Tamale on Monday against higher market fees.\n\nPolice later fired tear gas to disperse them, witnesses said.",
      { sub: "Protest with intervention", loc: /^Tamale$/, date: "2023-10-09" }],
  ], false);
});

test("unnamed attackers who kill civilians and also fight a named force are two happenings", () => {
  check([
    ["At least 20 villagers were killed when gunmen stormed the town of Djibo on Sunday, the government said.\n\nHundreds of fighters on motorbikes attacked an army base in the town at the same time on Sunday morning, killing six soldiers, the army said, adding that 40 militants had been neutralised.",
      { sub: "Attack", loc: /^Djibo$/, date: "2023-10-08" }, { sub: "Armed clash", loc: /^Djibo$/, date: "2023-10-08" }],
    // guard: a fight whose dead include civilians caught in the crossfire stays one clash
    ["Militants attacked an army post in Djibo on Sunday, the army said. Five soldiers and three civilians were killed in the fighting.",
      { sub: "Armed clash", loc: /^Djibo$/, date: "2023-10-08" }],
  ], false);
});
