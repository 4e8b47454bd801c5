// A checklist for two speed changes of session 19 (speed19b); nothing a reader sees may change.
// 1. Fatality figures: the pattern that reads a figure before its verb ("12 people were killed", the costliest of the
//    figure patterns, tried at every number word and every "a") runs only on a text holding a killing word; a text
//    that only wounds, abducts or displaces keeps no figure from it. Rows: reports with no killing word (no toll),
//    and reports whose toll comes before the verb, with an aside, a conjoined figure, a time span in between.
// 2. Cue rules' context patterns (not_if, needs_context, reclassify): their answer for a clause is kept, per clause text
//    and pattern, so a clause is not searched again for each cue and each hit of a rule in it. Rows: clauses holding
//    several cues whose rules read the same patterns; and inContext asked again, in another order, after many clauses.
// The sentences are invented for this test.
// Probe: 0 of 14 rows failed on the starting code (78748db): a speed change, output byte-identical (guards only).
import { test } from "node:test";
import assert from "node:assert/strict";
import { cueRules, inContext } from "./cues.js";
import { findFatalities } from "./fatalities.js";
import { check, CIVILIANS, PROTESTERS, RIOTERS, UAG } from "./checklist-testing.js";

test("a report that only wounds, abducts or displaces keeps no toll (guards)", () => {
  check([
    ["Gunmen wounded five traders and abducted two drivers near Mbalmayo on Tuesday, police said.", { sub: "Abduction/forced disappearance", loc: /^Mbalmayo$/, cc: "CM", fat: 0 }],
    ["Four farmers were injured when attackers raided a hamlet outside Tignère on Tuesday, residents said.", { sub: "Attack", a1: UAG("Cameroon"), a2: CIVILIANS("Cameroon"), loc: /^Tignere$/, fat: 0 }],
    ["Bandits stormed a market in Kankara on Tuesday, wounding 11 people and abducting three, a local official said.", { sub: "Attack", loc: /^Kankara$/, cc: "NG", fat: 0 }],
    ["Some 40 families fled Gashua on Tuesday after armed men torched several homes, residents said.", { sub: "Looting/property destruction", loc: /^Gashua$/, fat: 0 }],
    ["Rioters torched two police vehicles in Eldoret on Tuesday, police said, and four officers were injured.", { sub: "Violent demonstration", a1: RIOTERS("Kenya"), loc: /^Eldoret$/, fat: 0 }],
  ]);
});

test("a toll told before its verb still counts (guards)", () => {
  check([
    ["Three policemen were killed when gunmen attacked a checkpoint in Gwoza on Tuesday, police said.", { sub: "Armed clash", loc: /^Gwoza$/, fat: 3 }],
    ["At least 12 people, including two children, were killed on Tuesday when gunmen raided the village of Kurmi, residents said.", { sub: "Attack", loc: /^Kurmi$/, fat: 12 }],
    ["Seven soldiers and 4 militants were killed in a clash near Damboa on Tuesday, the army said.", { sub: "Armed clash", loc: /^Damboa$/, fat: 11 }],
    ["A trader, who had sold goods there for twenty years, was shot dead in Bama on Tuesday, police said.", { sub: "Attack", loc: /^Bama$/, fat: 1 }],
  ]);
  assert.deepEqual(findFatalities("Five traders were wounded and two were abducted, but nobody was hurt in the second raid.").map((f) => f.count), []);
  assert.deepEqual(findFatalities("Two soldiers were wounded and three others were killed.").map((f) => f.count), [3]);
});

test("clauses with several cues read their rules' context the same way (guards)", () => {
  check([
    ["Protesters blocked roads in Kisumu on Tuesday and police fired tear gas to disperse them, witnesses said.", { sub: "Protest with intervention", a1: PROTESTERS("Kenya"), loc: /^Kisumu$/ }],
    ["Police arrested 20 protesters in Mombasa on Tuesday after they marched on the county offices, witnesses said.", { sub: "Protest with intervention", loc: /^Mombasa$/ }],
    ["Villagers clashed with herders near Wukari on Tuesday; five people were killed, police said.", { sub: "Armed clash", loc: /^Wukari$/, fat: 5 }],
  ]);
});

test("inContext gives the same answer asked again, in another order, after more clauses than it keeps", () => {
  const rules = cueRules().map((r) => r.rule).filter((r) => r.not_if || r.needs_context || r.reclassify?.length);
  assert.ok(rules.length > 20, `rules with context patterns (${rules.length})`);
  const clauses = Array.from({ length: 90 }, (_, i) => [
    `Gunmen shot dead ${i + 2} villagers and burned homes near Kafanchan, police said`,
    `Protesters marched in Nakuru and police fired tear gas at the crowd ${i} times`,
    `Troops clashed with militants near Damasak while an air strike hit a camp of the group ${i} km away`,
  ][i % 3]!);
  const ask = (rule: (typeof rules)[number], clause: string) => inContext(rule, clause, clause.slice(10), clause.slice(0, 30))?.id ?? null;
  const first = clauses.map((c) => rules.map((r) => ask(r, c)));
  // backwards, so every clause's answers were dropped (more than 64 texts since) or are read from what was kept
  for (let i = clauses.length - 1; i >= 0; i--) assert.deepEqual(rules.map((r) => ask(r, clauses[i]!)), first[i], clauses[i]);
  assert.ok(first.flat().some((x) => x === null) && first.flat().some((x) => x !== null && x.includes(">")), "some rules ruled out, some reclassified");
});
