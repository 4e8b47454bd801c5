// Probe: 9 of 17 rows failed on the starting code (9f73fdc); none of them a guard (the Gusau row passed there too).
// A checklist read off the cue gaps the tuning sets left open after session 23 (each wording checked across every
// tuning set first), by families:
//   - barricades burned, torched or built of burning tyres are a crowd's violence (a violent demonstration); barricades
//     only set up or built by a crowd are a protest's blockade (a peaceful protest). Guards: police barricades, and
//     barricades removed, are no protest.
//   - armed men who "opened fire in" a town, a market or a neighbourhood attacked whoever was there, even in a report of
//     protests. Guard: fire "in the air" names no scene.
//   - a state that "sent jets to bomb" targets carried out an air strike. Guard: jets sent somewhere for an exercise.
//   - one person's killing told in the passive with a day of its own ("X, a teacher, was killed on Friday morning") is a
//     happening of that day. Guards: soldiers killed by a landmine stay the blast; a road crash is none.
//   - a sentence whose opening clause tells a day ("X was shot on Thursday afternoon, and Y was killed on Friday") dates
//     the lead dated only by when it was said, as a sentence with no cue does.
//   - a place before an office's title and its holder's name ("Papua police spokesman Ahmad Kamal said") is the office
//     that speaks, not the scene.
//   - a clause told as what came next ("..., and a group then stormed the gates") shares the day of the clause before.
//   - a sentence opening "Within hours," (or minutes) tells a happening of the day last told, not one inherited from the
//     lead. Guard: a day of its own in that sentence keeps it.
//   - investigators (or officers, agents) who arrest with no force named, after a dateline, are the state's police.
// The sentences are invented. PUBLISHED is Wednesday 11 October 2023. Rows run with the learned keep-check off.
import { test } from "node:test";
import { check, ARMY, POLICE, UAG, type ReportRow } from "./checklist-testing.js";

const families: [name: string, rows: ReportRow[]][] = [
  ["burning barricades are a riot; barricades set up by a crowd are a protest", [
    ["Hundreds of young men burned barricades on the main road into Kumasi on Monday night, residents said.",
      { sub: "Violent demonstration", loc: /^Kumasi$/, date: "2023-10-09" }],
    ["Thousands rallied on Rustaveli Avenue in Tbilisi on Monday evening, and a group then broke through the gates of the presidential palace and torched barricades, police said.",
      { sub: "Peaceful protest", loc: /^Tbilisi$/, date: "2023-10-09" }, { sub: "Violent demonstration", loc: /^Tbilisi$/, date: "2023-10-09" }],
    ["Hundreds of farmers set up barricades on the highway outside Cuenca on Monday, halting traffic for hours, police said.",
      { sub: "Peaceful protest", loc: /^Cuenca$/, date: "2023-10-09" }],
    // guard: barricades the police set up are a cordon, no protest
    ["Police set up barricades around parliament in Nairobi on Tuesday ahead of the budget vote."],
    // guard: barricades removed are no event
    ["Police removed barricades from the road into Kumasi on Monday, officials said."],
  ]],
  ["armed men who opened fire in a town or a market attacked it", [
    ["Gunmen opened fire in a crowded market in Gusau on Monday, killing five people, police said.",
      { sub: "Attack", loc: /^Gusau$/, date: "2023-10-09", fat: 5 }],
    ["Seven people were killed when gunmen opened fire in the south-western town of Izeh on Monday evening, as protests swept the country.",
      { sub: "Attack", loc: /^Izeh$/, date: "2023-10-09", a1: UAG("Iran"), fat: 7 }],
    // guard: fire in the air names no scene of its own
    ["Police opened fire in the air to disperse protesters in Bamako on Monday, witnesses said.",
      { sub: ["Excessive force against protesters", "Protest with intervention"], loc: /^Bamako$/, date: "2023-10-09" }],
  ]],
  ["a state that sent jets to bomb targets carried out an air strike", [
    ["Thailand sent F-16 fighter jets to bomb two Cambodian military targets near Samraong on Thursday, the Thai army said.",
      { sub: "Air/drone strike", loc: /^Samraong$/, date: "2023-10-05", a1: ARMY("Thailand") }],
    // guard: jets sent somewhere for an exercise strike nothing
    ["Russia sent fighter jets to Belarus on Monday for joint exercises, the defence ministry said."],
  ]],
  ["one person's killing told in the passive with a day of its own is a happening of that day", [
    ["The governor of West Darfur state, Khamis Abakar, was killed on Monday hours after he accused the RSF of genocide in the state capital El Geneina, the army said.",
      { sub: "Attack", loc: /^(?:El Geneina|West Darfur)$/, date: "2023-10-09" }],
    // guard: soldiers killed by a landmine stay the blast
    ["Three soldiers were killed on Monday when their vehicle hit a landmine near Gao, the army said.",
      { sub: "Remote explosive/landmine/IED", loc: /^Gao$/, date: "2023-10-09", fat: 3 }],
    // guard: a road crash is no event
    ["A man was killed on Monday in a car crash outside Kano, police said."],
  ]],
  ["a later sentence's opening day dates a lead told only by when it was said; an office's seat is not the scene", [
    ["Separatist rebels shot dead two teachers in Beoga district of Puncak regency, police said on Saturday.\n\nOne teacher was shot on Thursday afternoon, and another, a secondary school teacher, was killed on Friday morning, Papua police spokesman Ahmad Kamal said.",
      { sub: "Attack", loc: /^Beoga$/, date: "2023-10-05" }, { sub: "Attack", loc: /^Beoga$/, date: "2023-10-06" }],
  ]],
  ["a sentence opening 'Within hours,' tells a happening of the day last told; investigators after a dateline arrest for the state", [
    ["PORT-AU-PRINCE — Haiti's government on Monday suspended a rise in fuel prices after two days of rioting in which protesters burned cars and looted shops across the capital.\n\nThe unrest began on Saturday afternoon, shortly after the government announced the price rise. Within hours, young men had blocked main roads in Port-au-Prince with burning tyres and stones, witnesses said.",
      { sub: "Violent demonstration", loc: /^Port-au-Prince$/, date: "2023-10-09" }, { sub: "Violent demonstration", loc: /^Port-au-Prince$/, date: "2023-10-07" }],
    ["SEOUL — South Korean investigators arrested a former defence minister at his home in Seoul on Tuesday over the short-lived declaration of martial law.",
      { sub: "Arrests", loc: /^Seoul$/, date: "2023-10-10", a1: POLICE("South Korea") }],
    // guard: a sentence opening on a day of its own keeps it
    ["Police fired tear gas at protesters in Dakar on Monday.\n\nWithin hours on Tuesday, crowds had looted shops in Ziguinchor, witnesses said.",
      { sub: "Protest with intervention", loc: /^Dakar$/, date: "2023-10-09" }, { sub: ["Violent demonstration", "Looting/property destruction"], loc: /^Ziguinchor$/, date: "2023-10-10" }],
  ]],
];

for (const [name, rows] of families) rows.forEach((row, i) => test(`${name} (row ${i + 1})`, () => check([row], false)));
