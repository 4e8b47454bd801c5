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

test("an event's toll is the lowest exact figure when its lead gives only a vague word", async () => {
  const { extractArticle } = await import("./index.js");
  const text =
    "MAIDUGURI, Nigeria — Gunmen killed dozens of villagers in an attack on Konduga on Sunday, residents said. " +
    "Officials said on Monday that 29 people were killed in the attack on Konduga and that the death toll could rise.";
  const [e] = extractArticle({ id: "t", text, published: "2024-03-12" }).events;
  assert.equal(e?.fatalities, 29);
});
