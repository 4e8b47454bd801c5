// The learned keep-check (keep.ts): what it weighs and what it may do to the rules' events.
// Texts here are written for the tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle, extractCandidates } from "./index.js";
import { keepLikely, keepProbability, type KeepModel } from "./keep.js";
import { loadJson } from "./lexicon.js";

const REPORT = {
  id: "k",
  published: "2023-03-09",
  outlet: "Test Wire",
  text: [
    "MOGADISHU — Gunmen stormed a checkpoint in Jowhar on Tuesday, killing four soldiers, a local official said.",
    "The attackers fled towards nearby villages, he added.",
    "Separately, a roadside bomb struck a minibus in Baidoa on Wednesday, wounding six people, police said.",
  ].join("\n\n"),
};

const model = (threshold: number, weights: Record<string, number>, bias = 0, max_chars = 10_000): KeepModel => ({ about: "test", threshold, max_chars, bias, weights });

test("the check is a logistic model over named signals: no weight, no say", () => {
  const x = new Map([["a", 1], ["b", 2]]);
  assert.equal(keepProbability(x, model(0.5, {})), 0.5);
  assert.ok(Math.abs(keepProbability(x, model(0.5, { a: 1, b: -0.5 }, 0.3)) - 1 / (1 + Math.exp(-0.3))) < 1e-12);
  assert.equal(keepProbability(x, null), 1, "with no model shipped every event is kept");
});

test("by default (or turned off) the check keeps every event the rules built", () => {
  const all = extractCandidates(REPORT).candidates.map((c) => c.event.event_id_cnty);
  assert.deepEqual(extractArticle(REPORT).events.map((e) => e.event_id_cnty), all);
  assert.deepEqual(extractArticle(REPORT, { keepCheck: false }).events.map((e) => e.event_id_cnty), all);
});

test("a report longer than any the model was fitted on is left as the rules built it", () => {
  const { candidates } = extractCandidates(REPORT);
  const doubter = (max: number) => model(0.5, {}, -5, max);
  assert.equal(keepLikely(candidates, REPORT.text.length, doubter(REPORT.text.length)).length, 0, "within its range, a doubting model drops");
  assert.equal(keepLikely(candidates, REPORT.text.length, doubter(REPORT.text.length - 1)).length, 2, "beyond it, nothing is dropped");
});

test("the check only ever removes events the rules built; it never adds or changes one", () => {
  const { candidates } = extractCandidates(REPORT);
  assert.equal(candidates.length, 2, "the rules find the raid and the bomb");
  const kept = extractArticle(REPORT, { keepCheck: true }).events;
  for (const e of kept) assert.ok(candidates.some((c) => JSON.stringify({ ...c.event, timestamp: 0 }) === JSON.stringify({ ...e, timestamp: 0 })));
  // A model that doubts everything keeps nothing; one that trusts everything keeps all.
  assert.equal(keepLikely(candidates, REPORT.text.length, model(0.5, {}, -5)).length, 0);
  assert.equal(keepLikely(candidates, REPORT.text.length, model(0.5, {}, 5)).length, 2);
});

test("an event is described by how it is told: its own day and place, its rank among the report's events", () => {
  const [raid, bomb] = extractCandidates(REPORT).candidates.map((c) => c.features);
  assert.equal(raid!.get("date=own"), 1);
  assert.equal(raid!.get("place_kind=place"), 1);
  assert.equal(raid!.get("first_sentence<=0"), 1);
  assert.equal(bomb!.get("says_separately"), 1, "'Separately,' opens a new happening");
  assert.equal(raid!.get("events_in_report<=2"), 1);
});

test("the shipped weights name only signals the extractor produces, and the threshold is a probability", () => {
  let shipped: KeepModel;
  try {
    shipped = loadJson<KeepModel>("models/keep.json");
  } catch {
    return; // no model shipped: nothing to check
  }
  assert.ok(shipped.threshold > 0 && shipped.threshold < 1);
  assert.ok(shipped.max_chars > 500, "the model says how long the reports it was fitted on were");
  assert.match(shipped.about, /leave-one-set-out/, "the model says how it was validated");
  const known = /^(confidence|mentions|first_sentence|position|paragraph|date=|time_precision=|days_ago|place=|place_kind=|geo_precision=|no_point|country=|actor1=|inter1=|actor2|fatalities|verification=|claims|denied|unverified|outlet_voice|says_|events_in_report|same_type_|most_confident|chars)/;
  for (const k of Object.keys(shipped.weights)) assert.match(k, known);
});
