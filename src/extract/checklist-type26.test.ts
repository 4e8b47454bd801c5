// Probe: 15 of 26 rows failed on the starting code (829c264); none of them a guard.
// A checklist read off the wrong-type misses of group A (session 26, type26), by families whose wording recurs:
//   - people arrested at protests told in the plural ("during demonstrations against fuel prices", "at anti-government
//     protests", "arrested dozens of criminals who infiltrated the protests"), or at a "demonstration", are the protest
//     met with intervention, like the singular "protest" (tune17, tune17p, tune33). Guards: arrests for inciting
//     violence ahead of planned protests, or over last week's protests, stay arrests (ACLED: arrests outside a protest);
//     an arrest with no protest told stays an arrest.
//   - "entered" decided a capture too early: a force that entered a compound or warehouse and took its fuel or food
//     looted it (tune17, tune17p: "had entered its compound in Mekelle and taken 12 tankers"); one that entered a town
//     but was pushed back, or is still fighting there, fought (armed clash) and took nothing. Guard: "entered the town
//     and took control of the town hall" stays a change of hands.
//   - an air strike told in an "after" clause behind the taking of a place is its setting, not the sentence's event
//     (tune17, tune17p: "troops entered the airport compound on Tuesday after coalition aircraft pounded Houthi
//     defences"). Guards: civilians killed after jets struck a market, and jets that struck after rebels attacked,
//     stay air strikes.
//   - tear gas dropped by a drone on troops' positions is a chemical weapon used in war, no protest met with force
//     (tune15p); a fighters' "march" on a city halted by their leader is no protest (casesp), and a leader who "agreed to
//     go into exile under a deal" made an agreement. Guards: police tear gas at protesters, and police who halted a march
//     of teachers, stay protests met with intervention.
//   - an improvised explosive device found and "detonated safely" was disrupted, not an explosion (tune19p); rebels who
//     "agreed to hand over their heavy weapons in exchange for" a halt made an agreement (tune33). Guards: a roadside bomb
//     that exploded under a truck stays an IED; an agreement of 2019 that collapsed is no event.
//   - wrong date: protests "planned to culminate on Friday" are a plan, and their day must not re-date the clash told
//     before (tune17: "The protests ... were planned to peak on Tuesday" moved Monday's stone-throwing to Tuesday).
//     Guard: protests that resumed on Tuesday are a second event.
// The sentences are invented. PUBLISHED is Wednesday 11 October 2023; the rows run with the learned keep-check off.
import { test } from "node:test";
import { check } from "./checklist-testing.js";

test("arrests at protests told in the plural, or at a demonstration, are a protest met with intervention", () => {
  check([
    ["Police arrested dozens of people at anti-government protests in Lagos on Monday, witnesses said.",
      { sub: "Protest with intervention", loc: /^Lagos$/, date: "2023-10-09" }],
    ["Security forces detained at least 40 people during demonstrations against fuel prices in Kampala on Monday, a rights group said.",
      { sub: "Protest with intervention", loc: /^Kampala$/, date: "2023-10-09" }],
    ["Police detained 25 people at a demonstration outside parliament in Nairobi on Monday.",
      { sub: "Protest with intervention", loc: /^Nairobi$/, date: "2023-10-09" }],
    ["Riot police rounded up about 30 students who had joined the protests in Dhaka on Monday, witnesses said.",
      { sub: "Protest with intervention", loc: /^Dhaka$/, date: "2023-10-09" }],
    // guard: arrested for inciting violence ahead of planned protests: an arrest, not an intervention in a protest
    ["Police arrested two activists in Harare on Monday, accusing them of inciting violence ahead of planned protests.",
      { sub: "Arrests", loc: /^Harare$/, date: "2023-10-09" }],
    // guard: an arrest over last month's demonstrations
    ["Police arrested a journalist in Harare on Monday over his reporting on last month's demonstrations.",
      { sub: "Arrests", loc: /^Harare$/, date: "2023-10-09" }],
    // guard: no protest told
    ["Police arrested four men in Kano on Monday over the killing of a trader, a spokesman said.",
      { sub: "Arrests", loc: /^Kano$/, date: "2023-10-09" }],
  ], false);
});

test("'entered' is no capture when the force looted what it entered, or was pushed back, or is still fighting", () => {
  check([
    ["Rebel fighters entered the aid agency's warehouse in Kalehe on Monday and carried off 300 tonnes of food, the agency said.",
      { sub: "Looting/property destruction", loc: /^Kalehe$/, date: "2023-10-09" }],
    ["Rebel fighters entered the compound of the World Food Programme in Kalehe on Monday and took 10 fuel tankers, the agency said.",
      { sub: "Looting/property destruction", loc: /^Kalehe$/, date: "2023-10-09" }],
    ["Rebel fighters entered Kalehe on Monday but were pushed back by the army after hours of fighting, residents said.",
      { sub: "Armed clash", loc: /^Kalehe$/, date: "2023-10-09" }],
    ["Rebel fighters entered the outskirts of Kalehe on Monday and fighting with the army was still going on, residents said.",
      { sub: "Armed clash", loc: /^Kalehe$/, date: "2023-10-09" }],
    // guard: entered and took control: a change of hands
    ["Rebels entered Kalehe on Monday and took control of the town hall, residents said.",
      { sub: "Non-state actor overtakes territory", loc: /^Kalehe$/, date: "2023-10-09" }],
  ], false);
});

test("an air strike told in an 'after' clause behind the taking of a place is its setting", () => {
  check([
    ["Government troops entered the town of Kalehe on Monday after army jets pounded rebel positions, the army said.",
      { sub: "Government regains territory", loc: /^Kalehe$/, date: "2023-10-09" }],
    ["Rebels captured the town of Kalehe on Monday after air strikes on army positions, residents said.",
      { sub: "Non-state actor overtakes territory", loc: /^Kalehe$/, date: "2023-10-09" }],
    // guard: civilians killed after jets struck a market: the strike is the event
    ["Five civilians were killed in Kalehe on Monday after army jets struck a market, residents said.",
      { sub: "Air/drone strike", loc: /^Kalehe$/, date: "2023-10-09", fat: 5 }],
    // guard: the strike first, the fight it answered in the "after" clause
    ["Army jets struck rebel positions near Kalehe on Monday after the rebels attacked an army post, the army said.",
      { sub: "Air/drone strike", date: "2023-10-09" }],
  ], false);
});

test("tear gas dropped on troops is a chemical weapon; a fighters' march halted by their leader is no protest", () => {
  check([
    ["A Russian drone dropped tear-gas grenades on Ukrainian positions near Huliaipole on Monday, the Ukrainian military said.",
      { sub: "Chemical weapon", loc: /^Huliaipole$/, date: "2023-10-09" }],
    ["The rebel commander halted his fighters' march on Bangui on Monday and agreed to go into exile under a deal brokered by the African Union.",
      { sub: "Agreement", loc: /^Bangui$/, date: "2023-10-09" }],
    // guard: police tear gas at protesters
    ["Police fired tear gas at protesters in Nairobi on Monday, witnesses said.",
      { sub: "Protest with intervention", loc: /^Nairobi$/, date: "2023-10-09" }],
    // guard: police who halted a march of teachers
    ["Police halted a march of about 300 teachers in Harare on Monday, witnesses said.",
      { sub: "Protest with intervention", loc: /^Harare$/, date: "2023-10-09" }],
  ], false);
});

test("a bomb found and detonated safely was disrupted; weapons handed over in exchange for a halt are an agreement", () => {
  check([
    ["Troops found an improvised explosive device planted on the Bama-Konduga road on Monday and detonated it safely, the army said.",
      { sub: "Disrupted weapons use", loc: /^Bama$/, date: "2023-10-09" }],
    ["Rebels in Kalehe agreed on Monday to hand over their heavy weapons to the army in exchange for an amnesty, negotiators said.",
      { sub: "Agreement", loc: /^Kalehe$/, date: "2023-10-09" }],
    // guard: a roadside bomb that went off stays an explosion
    ["A roadside bomb exploded under an army truck on the Bama-Konduga road on Monday, killing two soldiers, the army said.",
      { sub: "Remote explosive/landmine/IED", loc: /^Bama$/, date: "2023-10-09", fat: 2 }],
    // guard: a deal of 2019 that collapsed is no event
    ["The rebels had agreed in 2019 to hand over their weapons in exchange for an amnesty, but the deal collapsed."],
  ], false);
});

test("protests planned to culminate on a later day are a plan that dates nothing", () => {
  check([
    ["Hundreds of protesters threw stones at soldiers at a checkpoint in Hebron on Monday, medics said. The protests, which began in March, are planned to culminate on Friday.",
      { sub: "Violent demonstration", loc: /^Hebron$/, date: "2023-10-09" }],
    // guard: protests that resumed on Tuesday are a second event
    ["Hundreds of protesters threw stones at soldiers at a checkpoint in Hebron on Monday, medics said. The protests resumed in Hebron on Tuesday.",
      { sub: "Violent demonstration", loc: /^Hebron$/, date: "2023-10-09" }, { sub: "Peaceful protest", loc: /^Hebron$/, date: "2023-10-10" }],
  ], false);
});
