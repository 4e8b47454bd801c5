// Fatality figures by ACLED's rules, as a coder reads them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findFatalities } from "./fatalities.js";

const counts = (s: string) => findFatalities(s).map((f) => f.count);

test("a death toll that names its event before the verb still counts", () => {
  assert.deepEqual(counts("The death toll from Tuesday's bombing of the market rose to at least 38, officials said."), [38]);
  assert.deepEqual(counts("The death toll in the northern province climbed to 12."), [12]);
});

test("a figure given by a vague word is marked vague, a number is not", () => {
  const [dozens] = findFatalities("Gunmen killed dozens of villagers on Sunday.");
  assert.equal(dozens?.count, 12);
  assert.equal(dozens?.vague, true);
  const [exact] = findFatalities("Gunmen killed 29 villagers on Sunday.");
  assert.equal(exact?.vague, false);
  const [several] = findFatalities("Several soldiers were killed in the ambush.");
  assert.equal(several?.vague, true);
});

test("wounded, missing and arrested people are not deaths", () => {
  assert.deepEqual(counts("Twelve people were wounded and 30 were arrested."), []);
});
