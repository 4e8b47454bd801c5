// Probe: 8 of 14 rows failed on the starting code (c82b038); none of them a guard.
// A checklist read off the misses and extras of tune31 and tune32 (session 25, the two newly opened sets), by families
// whose wording recurs in other tuning sets:
//   - "exchanged heavy fire": sides that exchange fire with an adjective between are an armed clash, as "exchanged fire"
//     already was (the adjective form is in tune9 and tune31). Guards: the plain form still is one; two sides that
//     "have exchanged heavy fire almost daily since October" tell a habit, no event.
//   - a report its outlet labels "ANALYSIS —" or "Analysis:" in its opening line codes no event: every such piece in the
//     tuning sets (8 texts in 7 sets) is a no-event text. Guard: "Analysis of satellite images showed" in a news report
//     leaves its event.
//   - "Lanao del Sur", "Agusan del Norte": a province named by a compass word after "del" is that province without the
//     word "province" (8 texts of 8 sets name such provinces); before, "Butig town in Lanao del Sur" was read as a
//     village "Lanao" in another region. Guard: a town so named ("Santa Rosa del Sur") stays the town.
//   - "a rally on Saturday, October 21" told on 11 October: the weekday names the year, this one, so the rally is a
//     plan, no protest of the year before (weekday-and-date wording: 9 texts in 5 other sets). Guards: a past date with
//     its weekday stays this year's; a date whose weekday fits only last year stays last year's.
//   - Lurgan (County Armagh, c. 24,000 people), absent from the packages: a curated row (data/gazetteer/extra.tsv).
// The sentences are invented. PUBLISHED is Wednesday 11 October 2023; the rows run with the learned keep-check off.
import { test } from "node:test";
import { check, none } from "./checklist-testing.js";

test("sides that exchanged heavy fire clashed", () => {
  check([
    ["Police and gang members exchanged heavy fire in Carrefour on Monday, police said.",
      { sub: "Armed clash", loc: /^Carrefour$/, cc: "HT", date: "2023-10-09" }],
    ["Soldiers and militants exchanged intense fire near Kidal on Tuesday, the army said.",
      { sub: "Armed clash", loc: /^Kidal$/, cc: "ML", date: "2023-10-10" }],
    // guard: the plain form was already a clash
    ["Police and gang members exchanged fire in Carrefour on Monday, police said.",
      { sub: "Armed clash", loc: /^Carrefour$/, date: "2023-10-09" }],
  ], false);
  // guard: a habit told with the adjective is still no event
  none(["Hezbollah and Israel have exchanged heavy fire almost daily since October last year."]);
});

test("a report labelled an analysis codes no event", () => {
  none([
    "ANALYSIS — Gunmen killed 30 villagers near Djibo on Sunday, the latest in a string of massacres. The junta's strategy of arming civilians has failed, analysts say.",
    "Analysis: Why the army keeps losing ground\n\nSoldiers clashed with militants near Kidal on Monday, and the army withdrew from two posts.",
  ]);
  // guard: the word inside a news report changes nothing
  check([
    ["Gunmen killed 30 villagers near Djibo on Sunday, residents said. Analysis of satellite images showed dozens of burned homes.",
      { sub: "Attack", loc: /^Djibo$/, date: "2023-10-08", fat: 30 }],
  ], false);
});

test("a province named by a compass word after 'del' is that province", () => {
  check([
    ["Government troops regained control of Butig town in Lanao del Sur on Tuesday after fighting with the Maute group, the army said.",
      { sub: "Government regains territory", loc: /^Butig$/, cc: "PH", prec: 1, date: "2023-10-10" }],
    ["Soldiers clashed with militants in Lanao del Sur on Monday, the army said.",
      { sub: "Armed clash", loc: /^Lanao del Sur$/, cc: "PH", prec: 2, date: "2023-10-09" }],
    // guard: a town so named stays the town
    ["A bomb exploded at the police station of Santa Rosa del Sur on Saturday, wounding two officers, police said.",
      { sub: "Remote explosive/landmine/IED", loc: /^Santa Rosa del Sur$/, cc: "CO", prec: 1, date: "2023-10-07" }],
  ], false);
});

test("a weekday told with a date still to come names this year: a plan, no event", () => {
  none(["TUNIS — The union federation on Thursday called a national rally in the capital on Saturday, October 21, to protest against the arrest of one of its officials."]);
  check([
    // guard: a past date with its weekday stays this year's
    ["Thousands marched in Tunis on Saturday, October 7, to protest against the arrests, organisers said.",
      { sub: "Peaceful protest", loc: /^Tunis$/, date: "2023-10-07" }],
    // guard: a date whose weekday fits only the year before (21 October 2022 was a Friday) stays last year's
    ["Gunmen killed 12 villagers in Kaya on Friday, October 21, officials said.",
      { sub: "Attack", loc: /^Kaya$/, date: "2022-10-21", fat: 12 }],
  ], false);
});

test("Lurgan is a town the gazetteer knows", () => {
  check([
    ["A viable bomb was found near Lurgan on Monday and made safe by army technical officers, police said.",
      { sub: "Disrupted weapons use", loc: /^Lurgan$/, cc: "GB", date: "2023-10-09" }],
  ], false);
});
