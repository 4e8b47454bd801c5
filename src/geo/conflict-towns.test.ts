// The shipped gazetteer knows the towns and villages that 2015-2025 conflict reporting names but the
// GeoNames-derived packages lack (data/gazetteer/extra.tsv), and the news spellings of towns they hold
// under another transliteration. Each resolves in its own country, near where it lies.
import { test } from "node:test";
import assert from "node:assert/strict";
import { soleEvent, testTownPositions, assertSameTown, type TownRow } from "./towns-testing.js";

const TOWNS: TownRow[] = [
  ["Komanda", "CD", "Bunia", 58, "W"],
  ["Kasindi", "CD", "Beni", 60, "S"],
  ["Dungu", "CD", "Isiro", 141, "N"],
  ["Kalehe", "CD", "Bukavu", 44, "N"],
  ["Diabaly", "ML", "Niono", 48, "N"],
  ["Kolofata", "CM", "Mora", 19, "N"],
  ["Nimule", "SS", "Juba", 149, "S"],
  ["Kobo", "ET", "Dessie", 115, "N"],
  ["Humera", "ET", "Shire", 181, "W"],
  ["Mindat", "MM", "Hakha", 146, "S"],
  ["Aitaroun", "LB", "Bint Jbeil", 3, "E"],
  ["Tabarre", "HT", "Port-au-Prince", 9, "E"],
];

testTownPositions(TOWNS);

test("news spellings reach the GeoNames town: Jigjiga, Las Anod, Jarablus, Mazar-i-Sharif", () => {
  const cases: [string, string, string][] = [
    ["Jigjiga", "ET", "Jijiga"], ["Las Anod", "SO", "Laascaanood"], ["Jarablus", "SY", "Jarābulus"],
    ["Mazar-i-Sharif", "AF", "Mazār-e Sharīf"], ["Gedaref", "SD", "Al Qadarif"],
  ];
  assertSameTown(cases);
});

test("an attack at a village the packages lack is coded there, not at the nearest city", () => {
  const text = "Suspected ADF rebels attacked a church in Komanda on Sunday night, killing 12 worshippers, " +
    "a local civil society leader said.";
  const e = soleEvent(text, "2023-10-11");
  assert.equal(e.location, "Komanda");
  assert.equal(e.admin1, "Ituri");
  assert.equal(e.geo_precision, 1);
  assert.ok(Math.abs(e.latitude! - 1.367) < 0.05 && Math.abs(e.longitude! - 29.767) < 0.05);
});
