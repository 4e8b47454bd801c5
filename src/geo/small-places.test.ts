// A full GeoNames import holds millions of villages, and many share a name with a person, a people,
// a party or a university. These specs say when the finder reads such a small place (no population
// figure, not curated) as a place: only when the words around it, here or elsewhere in the text, say so.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findPlaces, importGeonamesDump } from "./index.js";
import { resetGazetteer } from "./gazetteer.js";

// Invented villages in Niger (GeoNames columns; population 0, as most villages in a dump are).
const VILLAGES = ["Musa Dankari", "Dankari", "Tondibiya", "Kourfeye", "Bangoula", "Sitrepkoira"];
let dir = "";
let prev: (string | undefined)[] = [];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "sitrep-small-"));
  prev = [process.env.SITREP_GAZETTEER_USER, process.env.SITREP_GAZETTEER_STORE];
  process.env.SITREP_GAZETTEER_USER = join(dir, "user.tsv");
  process.env.SITREP_GAZETTEER_STORE = join(dir, "user.db");
  const dump = VILLAGES.map((name, i) =>
    [98000001 + i, name, name, "", 13.5 + i / 10, 2.1 + i / 10, "P", "PPL", "NE", "", "08", "", "", "", 0, "", 200, "Africa/Niamey", "2024-01-01"].join("\t"));
  writeFileSync(join(dir, "NE.txt"), dump.join("\n") + "\n");
  resetGazetteer();
  await importGeonamesDump(join(dir, "NE.txt"));
});

after(() => {
  const restore = (k: string, v: string | undefined) => (v === undefined ? delete process.env[k] : (process.env[k] = v));
  restore("SITREP_GAZETTEER_USER", prev[0]);
  restore("SITREP_GAZETTEER_STORE", prev[1]);
  resetGazetteer();
  rmSync(dir, { recursive: true, force: true });
});

const names = (text: string) => findPlaces(text).map((m) => m.name);

test("a person who shares a village's name is not a place", () => {
  assert.deepEqual(names("Police arrested Musa Dankari, a trader, on Tuesday."), []);
  assert.deepEqual(names("The spokesman, Musa Dankari said the convoy was safe."), []);
});

test("a village's name inside the name of a university, party or force is not the village", () => {
  assert.deepEqual(names("Students marched outside Dankari University on Monday."), []);
  assert.deepEqual(names("Gunmen fired on a convoy of Dankari security forces near the border."), []);
});

test("a small place is read where the words around it say a place is meant", () => {
  assert.deepEqual(names("Fighting spread to Tondibiya village overnight."), ["Tondibiya"]);
  assert.deepEqual(names("Fighting spread to Tondibiya overnight."), []);
  assert.deepEqual(names("Gunmen stormed the village of Tondibiya overnight."), ["Tondibiya"]);
  assert.deepEqual(names("Troops fought insurgents in Tondibiya on Sunday."), ["Tondibiya"]);
  assert.deepEqual(names("The gunmen then moved to Bangoula, a village near the border, on Friday."), ["Bangoula"]);
  assert.deepEqual(names("A convoy was ambushed 12 km north of Sitrepkoira."), ["Sitrepkoira"]);
});

test("a small place listed with a place the text has placed is a place too", () => {
  assert.deepEqual(names("Soldiers fought insurgents in Tondibiya and Kourfeye on Sunday."), ["Tondibiya", "Kourfeye"]);
});

test("once the text has placed a village, its other mentions are places too", () => {
  const text = "The elders of Tondibiya fled at dawn. Gunmen burned homes in Tondibiya on Sunday.";
  assert.deepEqual(names(text), ["Tondibiya", "Tondibiya"]);
});

test("with no word saying so, a lone small name is not a place", () => {
  assert.deepEqual(names("The report was signed by Kourfeye and two other officials."), []);
});
