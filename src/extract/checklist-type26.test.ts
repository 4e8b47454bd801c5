// Probe: 10 of 16 rows failed on the starting code (829c264); none of them a guard.
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
