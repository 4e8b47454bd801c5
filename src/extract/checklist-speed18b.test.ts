// A checklist for place finding's token scan (session 18, speed). The scan that cuts a report into words before
// place names are looked up now decides ASCII letters and digits by char code itself, in its own loop, instead of
// through the scanning helper every tokenizer shares (the helper's mixed call sites kept it from being inlined, and
// the scan ran 3x slower inside a warmed extraction than alone). Nothing a reader sees may change: these rows guard
// the words the scan must still cut the same way — names joined by hyphens and apostrophes ("Deir ez-Zor",
// "Ma'arat al-Nu'man"), possessives trimmed ("Aleppo's", "Kharkiv’s"), letters beyond ASCII ("Ḩamāh", "São Paulo"),
// an astral letter, digits, a dateline in capitals — and the country hints' own word scan (other joiners).
// The sentences are invented for this test.
// Probe: 0 of 18 rows failed on the starting code (0645bfc): a speed change, output byte-identical (guards only).
import { test } from "node:test";
import assert from "node:assert/strict";
import { findPlaces, tokenSpans } from "../geo/mentions.js";
import { check } from "./checklist-testing.js";

const names = (text: string) => findPlaces(text).map((m) => m.name);
const words = (text: string) => tokenSpans(text).map(([a, b]) => text.slice(a, b));

test("names joined by hyphens and apostrophes are one name", () => {
  assert.deepEqual(names("Fighting broke out in Deir ez-Zor and Ma'arat al-Nu'man on Sunday."), ["Deir ez-Zor", "Ma'arat al-Nu'man"]);
  assert.deepEqual(names("Residents of Sana'a said the strikes hit three sites near Hodeidah."), ["Sana'a", "Hodeidah"]);
  assert.deepEqual(words("Deir ez-Zor, Ma'arat al-Nu’man"), ["Deir", "ez-Zor", "Ma'arat", "al-Nu’man"]);
  // a joiner with no word character after it ends the word
  assert.deepEqual(words("the al- and O' cases - here"), ["the", "al", "and", "O", "cases", "here"]);
});

test("a possessive is not part of the name", () => {
  assert.deepEqual(names("Shelling hit Aleppo's eastern districts overnight."), ["Aleppo"]);
  const k = findPlaces("Troops entered Kharkiv’s outskirts and moved toward Izium.");
  assert.deepEqual(k.map((m) => [m.name, m.qualifier ?? ""]), [["Kharkiv", "outskirts"], ["Izium", ""]]);
});

test("letters beyond ASCII are word characters", () => {
  assert.deepEqual(names("Shelling hit Ḩamāh overnight."), ["Ḩamāh"]);
  assert.deepEqual(names("Protesters gathered in São Paulo and Bogotá on Monday."), ["São Paulo", "Bogotá"]);
  // an astral letter (a mathematical bold capital) is one word character of two code units
  assert.deepEqual(words("struck 𝐊yiv and Odesa"), ["struck", "𝐊yiv", "and", "Odesa"]);
  assert.deepEqual(names("Drones struck 𝐊yiv and Odesa."), ["Odesa"]);
});

test("digits are word characters, punctuation is not", () => {
  assert.deepEqual(words("3 sites, 30km north (of) Maiduguri."), ["3", "sites", "30km", "north", "of", "Maiduguri"]);
  const m = findPlaces("Gunmen attacked a village 30 km north of Maiduguri.");
  assert.deepEqual(m.map((x) => [x.name, x.offsetKm]), [["Maiduguri", 30]]);
});

test("a dateline in capitals and a list of towns", () => {
  assert.deepEqual(names("GOMA, Congo — Rebels seized the town."), ["GOMA", "Congo"]);
  assert.deepEqual(names("Clashes were reported in Goma, Bukavu and Uvira."), ["Goma", "Bukavu", "Uvira"]);
});

test("events keep their places (guards)", () => {
  check([
    ["Gunmen killed four villagers in Ma'arat al-Nu'man on Sunday, residents said.", { sub: "Attack", loc: /^Maarat al-Numan$/, cc: "SY", fat: 4 }],
    ["Shelling killed three civilians in Ḩamāh on Sunday, a monitor said.", { loc: /^Hama$/, cc: "SY", fat: 3 }],
    ["Rebels attacked an army post near Bukavu on Sunday, killing two soldiers, officials said.", { sub: "Armed clash", loc: /^Bukavu$/, prec: 2, fat: 2 }],
    ["Police fired tear gas at protesters in São Paulo on Sunday, witnesses said.", { sub: "Protest with intervention", loc: /^Sao Paulo$/, cc: "BR" }],
  ]);
});
