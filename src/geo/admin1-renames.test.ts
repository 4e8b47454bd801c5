// Towns whose GeoNames admin1 code has been renumbered or reorganised since the town list was made
// (data/gazetteer/admin1-renames.tsv): they print today's admin1, and a code nobody could map prints
// an empty one rather than a guessed one.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findPlaces, resolvePlace, reverseGeocode } from "./index.js";
import { currentAdmin1, parseAdmin1Renames, renameFor } from "./admin1-renames.js";

const rules = parseAdmin1Renames("country\told\tcurrent\tnote\nXX\t7\tA|B\tsplit\nXX\t8\tC\trenumbered\nXX\t9\t-\tunsure\n");

test("a renumbered unit's towns take the new code; an unmapped one's take none", () => {
  assert.equal(currentAdmin1(rules.get("XX.8")!, undefined, []), "C");
  assert.equal(currentAdmin1(rules.get("XX.9")!, "C", ["C", "C"]), "");
});

test("a split unit's town goes by the newer source's code for it, else by most of its nearest neighbours", () => {
  const split = rules.get("XX.7")!;
  assert.equal(currentAdmin1(split, "B", ["A", "A", "A"]), "B");
  assert.equal(currentAdmin1(split, "Z", ["B", "A", "A", "Z", "Z"]), "A", "a code outside the split is no evidence");
  assert.equal(currentAdmin1(split, undefined, ["B", "A"]), "B", "a tie goes to the nearer");
  assert.equal(currentAdmin1(split, undefined, []), "", "no neighbour: left empty, not guessed");
});

test("a row for one town overrides its code's row (a town its neighbours would place wrongly)", () => {
  const own = parseAdmin1Renames("XX\t7\tA|B\tsplit\nXX\t7/Sitrepvik\tB\tthe town's own\n");
  assert.deepEqual(renameFor(own, "XX", "7", "Sitrepvík")?.current, ["B"]);
  assert.deepEqual(renameFor(own, "XX", "7", "Elsewhere")?.current, ["A", "B"]);
});

test("a malformed row is refused", () => {
  assert.throws(() => parseAdmin1Renames("XX\t7\t\tno code\n"));
  assert.throws(() => parseAdmin1Renames("XX\t7\tA\tone\nXX\t7\tB\ttwice\n"));
});

test("a report placed in Juba is in Central Equatoria (its 2015-2020 state code is gone)", () => {
  const text = "Gunmen attacked a checkpoint in Juba on Monday.";
  const r = resolvePlace(findPlaces(text).find((p) => p.name === "Juba")!, { text })!;
  assert.equal(r.country, "SS");
  assert.equal(r.admin1, "Central Equatoria");
  assert.equal(reverseGeocode(4.85, 31.6)?.admin1, "Central Equatoria");
});

test("Norway's 2024 counties and Vietnam's 2025 provinces: Drammen in Buskerud, Tromsø in Troms, Hanoi in Hanoi", () => {
  assert.equal(reverseGeocode(59.744, 10.204)?.admin1, "Buskerud");
  assert.equal(reverseGeocode(69.649, 18.955)?.admin1, "Troms");
  // Hanoi's old code (44) is now Quảng Trị's number: unmapped, it printed the wrong province.
  assert.equal(reverseGeocode(21.0245, 105.8412)?.admin1, "Hanoi");
  assert.equal(reverseGeocode(10.823, 106.63)?.admin1, "Ho Chi Minh City (HCMC)");
});

test("South Sudan's Unity and Lakes states are admin1 places, placed inside them", () => {
  assert.equal(reverseGeocode(9.233, 29.8)?.admin1, "Unity", "Bentiu");
  const text = "Cattle raiders struck in Lakes state.";
  const lakes = resolvePlace(findPlaces(text).find((p) => p.name.startsWith("Lakes"))!, { text })!;
  assert.equal(lakes.country, "SS");
  assert.equal(lakes.admin1, "Lakes");
  assert.equal(lakes.location, "Rumbek");
  assert.equal(reverseGeocode(lakes.latitude!, lakes.longitude!)?.admin1, "Lakes");
});

test("'in Unity state' is South Sudan's Unity; 'unity' alone is a word", () => {
  assert.deepEqual(findPlaces("He called for Unity. State media agreed.").map((p) => p.name), []);
  const text = "Fighting broke out in Unity state on Tuesday, aid workers said.";
  const m = findPlaces(text).find((p) => p.name.startsWith("Unity"));
  assert.ok(m, "the state is found");
  const r = resolvePlace(m, { text })!;
  assert.equal(r.country, "SS");
  assert.equal(r.admin1, "Unity");
  assert.equal(r.location, "Bentiu", "a state-only report is coded at the state capital (data/gazetteer/admin1-capitals.tsv)");
});

test("a town whose old code could not be mapped prints an empty admin1, not a neighbour's", () => {
  const text = "Police said two people were killed in Mwaro on Sunday.";
  const r = resolvePlace(findPlaces(text).find((p) => p.name === "Mwaro")!, { text })!;
  assert.equal(r.country, "BI");
  assert.equal(r.admin1, "");
  assert.equal(reverseGeocode(r.latitude!, r.longitude!)?.admin1, "");
});
