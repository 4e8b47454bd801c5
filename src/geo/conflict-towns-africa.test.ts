// Session 11's African conflict towns (data/gazetteer/extra.tsv, section "villages-a"): villages, camps
// and bases the GeoNames-derived packages lack resolve in their own country near where they lie, and
// towns GeoNames holds without a population (so the finder never read them unvouched) are read in text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "../extract/index.js";
import { soleEvent, testTownPositions, type TownRow } from "./towns-testing.js";

const TOWNS: TownRow[] = [
  ["Mbau", "CD", "Beni", 11, "N"],
  ["Kanyaruchinya", "CD", "Goma", 9, "N"],
  ["Mainok", "NG", "Maiduguri", 54, "W"],
  ["Pulka", "NG", "Gwoza", 14, "N"],
  ["Mozogo", "CM", "Mokolo", 36, "N"],
  ["Chétimari", "NE", "Diffa", 22, "W"],
  ["Konna", "ML", "Mopti", 61, "N"],
  ["Kantchari", "BF", "Diapaga", 54, "W"],
  ["Kalma camp", "SD", "Nyala", 12, "E"],
  ["Kauda", "SD", "Kadugli", 88, "E"],
  ["Al-Kamlin", "SD", "Khartoum", 88, "S"],
  ["Mingkaman", "SS", "Bor", 18, "S"],
  ["Elasha Biyaha", "SO", "Mogadishu", 16, "W"],
  ["Hagadera", "KE", "Garissa", 95, "E"],
  ["Nangade", "MZ", "Mocímboa da Praia", 78, "W"],
  ["Ain Zara", "LY", "Tripoli", 11, "S"],
];

testTownPositions(TOWNS);

/** The one event of a short report, with where it was coded. */
function placeOf(text: string): { location: string; admin1: string; country: string; precision: number } {
  const e = soleEvent(text, "2024-05-08");
  return { location: e.location, admin1: e.admin1, country: e.country, precision: e.geo_precision };
}

test("a town GeoNames lists without population is read unvouched: an attack on Rann is coded in Borno", () => {
  const at = placeOf("Boko Haram fighters attacked Rann on Monday, killing five soldiers, residents said.");
  assert.deepEqual(at, { location: "Rann", admin1: "Borno", country: "Nigeria", precision: 1 });
});

test("Dessie, a city GeoNames lists without population, is read without 'in' or 'village of' before it", () => {
  const at = placeOf("Fano militiamen attacked Dessie on Monday, killing five soldiers, residents said.");
  assert.deepEqual(at, { location: "Dessie", admin1: "Amhara", country: "Ethiopia", precision: 1 });
});

test("regression guard: the Rann of Kutch is not read as Rann of Borno", () => {
  const text = "Gunmen attacked a border post in the Rann of Kutch on Monday, killing two Indian soldiers, police said.";
  const { events } = extractArticle({ id: "t", text, published: "2024-05-08" });
  for (const e of events) assert.notEqual(e.country, "Nigeria");
});
