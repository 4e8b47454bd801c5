// Probe: 10 of 26 rows failed on the starting code (829c264); none of them a guard.
// A checklist read off the "other", "twice" and "no-event" extras of group A's tuning sets (session 26, fp26), by
// families whose wording recurs across sets:
//   - a raid told as going house to house after "entering" the village ("the assailants, carrying guns and machetes,
//     entered the village and moved from house to house", "fighters entered these areas and searched homes for men",
//     "moved into these areas and went from house to house") is the attack's approach, not a change of hands: the
//     killing or the rapes told beside it are the event (tune9p, tune19, tune19p). (A wider rule, any "attackers
//     entered" with no deed after it, cut two extras in tune15/tune15p but cost group B two matches: left out.)
//     Guards: rebels who entered a town and took control of it, fighters who entered a town, gunmen who entered a
//     village and killed its men (an attack), attackers who entered a village with the killing told before.
//   - people who "had entered Chad" are refugees crossing, not a force taking a place (tune19p); troops who "entered
//     through the X crossing" to set up posts crossed a border (tune19); "of those taken, 16 were ..." counts the
//     hostages a kidnapping took (casesp); "police took it down" removes a banner (tune15p). No territory event.
//   - "what they call riots", "what officials term unrest": a side's name for the unrest, no riot of its own (tune9,
//     tune9p). Guard: rioters who set fire to a police station.
//   - arrests made to break up a crowd ("fired tear gas and arrested dozens of people to stop protests", "arresting 14
//     people" at a blockade, "police arrested dozens who joined the protests" beside the crowd's looting) are the
//     intervention in that crowd's protest, not an arrest event of their own (tune13, tune17, tune17p, tune33). Guards:
//     an arrest over a robbery stays an arrest, and so does an opposition leader's arrest "ahead of protests planned"
//     (tune29); tear gas at a march stays one protest with intervention. Nor is "trying hundreds of detained
//     protesters" an arrest of its own (tune9, tune9p).
// The sentences are invented. PUBLISHED is Wednesday 11 October 2023; the rows run with the learned keep-check off.
import { test } from "node:test";
import { check } from "./checklist-testing.js";

test("attackers who entered a village to kill: the killing is the event, no change of hands", () => {
  check([
    // guard: attackers who entered a village, the killing told before
    ["Gunmen killed nine villagers in Kirumba on Sunday, a local official said. The attackers entered the village at dawn, while most residents were asleep.",
      { sub: "Attack", loc: /^Kirumba$/, date: "2023-10-08", fat: 9 }],
    ["At least 11 civilians were killed on Sunday when militiamen attacked Kirumba, officials said. The assailants, armed with guns and machetes, entered the village late at night and moved from house to house.",
      { sub: "Attack", loc: /^Kirumba$/, date: "2023-10-08", fat: 11 }],
    ["Armed men raped at least 12 women in Kirumba last week, a rights group said. The abuses took place after the fighters entered the neighbourhood and searched homes for men and weapons.",
      { sub: "Sexual violence", loc: /^Kirumba$/ }],
    ["Armed men raped at least 12 women in Zalingei last week, a rights group said on Tuesday. According to survivors, the attacks took place in the camp for displaced people near the university, after the fighters entered the area and searched homes for men and weapons.",
      { sub: "Sexual violence", loc: /^Zalingei$/ }],
    ["At least 12 civilians were killed overnight when rebels attacked Mbau, a village north of Beni, officials said on Monday. According to the administrator, the rebels entered the village late on Saturday and moved from house to house.",
      { sub: "Attack", loc: /^Mbau$/, fat: 12 }],
    ["Gunmen killed at least 15 people in Kirumba on Sunday night, officials said. Witnesses said the militiamen moved into the village after dark and went from house to house.",
      { sub: "Attack", loc: /^Kirumba$/, date: "2023-10-08", fat: 15 }],
    // guard: rebels who entered a town and took control of it
    ["M23 rebels entered the town of Kiwanja on Sunday and took control of it, residents said.",
      { sub: "Non-state actor overtakes territory", loc: /^Kiwanja$/, date: "2023-10-08" }],
    // guard: fighters who entered a town
    ["M23 fighters entered Bunagana on Monday after the army withdrew, residents said.",
      { sub: ["Non-state actor overtakes territory", "Non-violent transfer of territory"], loc: /^Bunagana$/, date: "2023-10-09" }],
    // guard: gunmen who entered a village and killed its men
    ["Gunmen entered the village of Kirumba on Sunday and killed 12 people, a local official said.",
      { sub: "Attack", loc: /^Kirumba$/, date: "2023-10-08", fat: 12 }],
  ], false);
});

test("refugees who entered a country, troops through a crossing, hostages taken, a banner taken down: no territory", () => {
  check([
    ["Some 20,000 refugees have entered Chad since Sunday, the UN refugee agency said."],
    ["The UN refugee agency said this week that roughly 100,000 people had entered Chad since the fighting began."],
    ["Gunmen kidnapped 17 missionaries near Ganthier on Saturday, their organisation said. Of those taken, 16 were U.S. citizens, according to the group, which is headquartered in Ohio.",
      { sub: "Abduction/forced disappearance", date: "2023-10-07" }],
    ["Around 30 armoured vehicles and 100 soldiers entered through the Kafr Lusin crossing late on Monday and were escorted to hilltop positions near the village of Salwa, witnesses said."],
    ["A banner threatening three businesses appeared on a bridge in the town on Monday. Police took it down and said patrols in the town had been reinforced."],
    // guard: a town taken by rebels
    ["Rebels took the town of Kiwanja on Sunday after heavy fighting, residents said.",
      { sub: "Non-state actor overtakes territory", loc: /^Kiwanja$/, date: "2023-10-08" }],
  ], false);
});

test("a side's name for the unrest is no riot", () => {
  check([
    ["Iranian officials have repeatedly accused foreign governments of fomenting what they call riots in Tehran."],
    ["The government has blamed exiled opposition groups for what it terms riots in the capital."],
    // guard: rioters who burned a police station
    ["Rioters set fire to a police station in Izeh on Tuesday, state media said.",
      { sub: "Violent demonstration", loc: /^Izeh$/, date: "2023-10-10" }],
  ], false);
});

test("arrests made to break up a crowd are the intervention in its protest", () => {
  check([
    ["Police fired tear gas and arrested dozens of people in Cairo on Monday to stop protests against the deal, witnesses said.",
      { sub: "Protest with intervention", loc: /^Cairo$/, date: "2023-10-09" }],
    ["In Mombasa, crowds looted shops and set fire to a supermarket on Tuesday, and police said they arrested dozens of people who had infiltrated the protests.",
      { sub: "Violent demonstration", loc: /^Mombasa$/, date: "2023-10-10" }],
    ["Police fired tear gas on Tuesday to break up a blockade of the highway at Yapacani, arresting 14 people, the government said.",
      { sub: "Protest with intervention", date: "2023-10-10" }],
    ["Thousands of young people marched through central Nairobi on Tuesday. Police in riot gear chased them into side streets and arrested at least 30 people, a rights group said.",
      { sub: "Protest with intervention", loc: /^Nairobi$/, date: "2023-10-10" }],
    ["Gunmen on motorcycles shot dead seven people at a market in Izeh on Tuesday, state media said. The judiciary has begun trying hundreds of detained protesters, and a court this week handed down a death sentence.",
      { sub: "Attack", date: "2023-10-10", fat: 7 }],
    // guard: an arrest over a robbery stays an arrest
    ["Police arrested 12 people in Kisumu on Monday over a bank robbery, officials said.",
      { sub: "Arrests", loc: /^Kisumu$/, date: "2023-10-09" }],
    // guard: an opposition leader arrested ahead of protests planned for later stays an arrest
    ["Police arrested opposition leader Jacob Moyo in Harare on Monday, accusing him of inciting violence ahead of protests planned for the end of the month.",
      { sub: "Arrests", loc: /^Harare$/, date: "2023-10-09" }],
    // guard: tear gas at a march is one protest with intervention
    ["Police fired tear gas at protesters marching in Nairobi on Tuesday, witnesses said.",
      { sub: "Protest with intervention", loc: /^Nairobi$/, date: "2023-10-10" }],
  ], false);
});
