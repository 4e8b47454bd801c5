// Session 11 (villages-b): the front-line villages, camps and city districts that 2015-2025 reporting
// names outside Africa — Ukraine and Russia's border, Syria, Iraq, Lebanon, Palestine, Afghanistan,
// Pakistan, India, Myanmar, the Philippines, Haiti, Ecuador — and news spellings of towns the
// GeoNames-derived packages hold under another transliteration (data/gazetteer/extra.tsv).
import { test } from "node:test";
import assert from "node:assert/strict";
import { soleEvent, testTownPositions, assertSameTown, type TownRow } from "./towns-testing.js";

const TOWNS: TownRow[] = [
  ["Novomykhailivka", "UA", "Kurakhove", 18, "S"],
  ["Synkivka", "UA", "Kupiansk", 7, "N"],
  ["Guevo", "RU", "Sudzha", 10, "S"],
  ["Atmeh", "SY", "Sarmada", 10, "N"],
  ["Khan Tuman", "SY", "Aleppo", 13, "S"],
  ["Zamalka", "SY", "Damascus", 6, "E"],
  ["Snuny", "IQ", "Sinjar", 24, "N"],
  ["Hammam al-Alil", "IQ", "Mosul", 23, "S"],
  ["Houla", "LB", "Bint Jbeil", 13, "N"],
  ["Kamdesh", "AF", "Asadabad", 63, "N"],
  ["Spinwam", "PK", "Mir Ali", 21, "N"],
  ["Laiza", "MM", "Myitkyina", 70, "S"],
  ["Mamasapano", "PH", "Shariff Aguak", 11, "E"],
  ["Onaville", "HT", "Port-au-Prince", 14, "N"],
  ["Socio Vivienda", "EC", "Guayaquil", 12, "W"],
];

testTownPositions(TOWNS, "villages-b: ");

test("villages-b: news spellings reach the GeoNames town: Daret Azza, Tel Kaif, Tirin Kot, Petit-Goâve, Sheikh Othman", () => {
  assertSameTown([
    ["Daret Azza", "SY", "Dārat ‘Izzah"], ["Tel Kaif", "IQ", "Tallkayf"], ["Tirin Kot", "AF", "Tarinkot"],
    ["Petit-Goâve", "HT", "Tigwav"], ["Sheikh Othman", "YE", "Ash Shaykh ‘Uthmān"], ["Budgam", "IN", "Badgām"],
  ]);
});

test("villages-b: shelling of a front-line village the packages lack is coded there, in its oblast", () => {
  const text = "Russian forces shelled Novomykhailivka on Tuesday, killing two civilians, the regional governor said.";
  const e = soleEvent(text, "2024-05-07");
  assert.equal(e.location, "Novomykhailivka");
  assert.equal(e.admin1, "Donetsk");
  assert.equal(e.geo_precision, 1);
});

test("villages-b: a drone strike on a south Lebanon border village is coded at the village", () => {
  const text = "An Israeli drone strike hit a car in Houla on Monday, killing two Hezbollah members, " +
    "Lebanese state media reported.";
  const e = soleEvent(text, "2024-05-06");
  assert.equal(e.location, "Houla");
  assert.equal(e.country, "Lebanon");
  assert.ok(Math.abs(e.latitude! - 33.21) < 0.05 && Math.abs(e.longitude! - 35.52) < 0.05);
});
