// Session 13 (villages-e): conflict towns outside Africa - Pakistan's Khyber Pakhtunkhwa and
// Balochistan, Afghanistan, Myanmar, India (Manipur, Bastar, Jammu and Kashmir), Syria, Iraq, Yemen,
// Lebanon, the West Bank, the Caucasus, Kosovo, Latin America, Haiti, Mindanao, Thailand's deep south,
// Papua and the Ukraine-Russia front (data/gazetteer/extra.tsv, section "villages-e"). Three kinds of
// row: GeoNames towns whose rows carry no population (the finder read them only after "village of"),
// re-entered as curated at the GeoNames point; news spellings of GeoNames towns; and places the
// packages lack, placed from OpenStreetMap.
// On the starting code 45 of these 76 tests failed. The 31 that passed are the 2 regression guards,
// 27 position rows of towns GeoNames already held without population (resolvePlace found them there;
// the finder did not read them after a verb, which the one-sentence reports check) and the reports on
// Jamrud and Rueso, whose town follows "in" (the finder read no-population towns there already).
import { test } from "node:test";
import assert from "node:assert/strict";
import { resolvePlace } from "./index.js";
import { extractArticle } from "../extract/index.js";
import { soleEvent, testTownPositions, assertSameTown, type TownRow } from "./towns-testing.js";

const TOWNS: TownRow[] = [
  // Pakistan
  ["Khar", "PK", "Mamund", 12, "E"],
  ["Makeen", "PK", "Razmak", 10, "S"],
  ["Datta Khel", "PK", "Razmak", 26, "N"],
  ["Jamrud", "PK", "Hayatabad", 6, "W"],
  ["Sadda", "PK", "Hangu", 70, "W"],
  ["Awaran", "PK", "Bela", 111, "W"],
  ["Hoshab", "PK", "Turbat", 83, "E"],
  // Afghanistan
  ["Rukha", "AF", "Bāzārak", 11, "S"],
  ["Khenj", "AF", "Bāzārak", 24, "N"],
  ["Spin Boldak", "AF", "Kandahār", 94, "S"],
  ["Kishim", "AF", "Farkhār", 33, "N"],
  // Myanmar
  ["Madaya", "MM", "Mandalay", 26, "N"],
  ["Mogaung", "MM", "Myitkyina", 47, "W"],
  ["Hsenwi", "MM", "Kutkai", 17, "S"],
  ["Natogyi", "MM", "Taungtha", 27, "N"],
  ["Tilin", "MM", "Gangaw", 37, "S"],
  ["Chaung-U", "MM", "Monywa", 22, "S"],
  ["Tonzang", "MM", "Tedim", 26, "N"],
  ["Mongmit", "MM", "Mogok", 28, "N"],
  ["Pauktaw", "MM", "Sittwe", 18, "E"],
  ["Kyaikmaraw", "MM", "Mudon", 14, "N"],
  ["Yebyu", "MM", "Dawei", 18, "N"],
  // India
  ["Jiribam", "IN", "Silchar", 33, "E"],
  ["Moreh", "IN", "Kakching", 42, "S"],
  ["Kangpokpi", "IN", "Imphal", 38, "N"],
  ["Konta", "IN", "Bhadrāchalam", 55, "E"],
  ["Sukma", "IN", "Kirandul", 50, "E"],
  ["Pahalgam", "IN", "Anantnag", 35, "N"],
  ["Surankote", "IN", "Mendhar", 15, "E"],
  // Syria, Iraq, Yemen, Lebanon, Palestine
  ["Gharanij", "SY", "Abu Hamam", 7, "S"],
  ["Dhiban", "SY", "Al Mayādīn", 5, "E"],
  ["Amuda", "SY", "Qamishli", 30, "W"],
  ["Tal Mardikh", "SY", "Saraqib", 7, "S"],
  ["Al-Fuah", "SY", "Binnish", 2, "N"],
  ["Qastoun", "SY", "Jisr al-Shughur", 13, "S"],
  ["Beit Jinn", "SY", "Al Qunayţirah", 21, "N"],
  ["Salkhad", "SY", "Sweida", 28, "S"],
  ["Daquq", "IQ", "Kirkuk", 40, "S"],
  ["Khanaqin", "IQ", "Jalawla", 22, "N"],
  ["Makhmour", "IQ", "Qayyarah", 26, "E"],
  ["Jaar", "YE", "Zinjibar", 13, "N"],
  ["Yakhtul", "YE", "Mokha", 24, "N"],
  ["Chamaa", "LB", "Qana", 8, "S"],
  ["At-Tuwani", "PS", "Yatta", 8, "S"],
  ["Taybeh", "PS", "Ramallah", 13, "E"],
  // Caucasus, Kosovo, Americas, Asia-Pacific
  ["Sotk", "AM", "Vardenis", 18, "E"],
  ["Lachin", "AZ", "Shushi", 22, "S"],
  ["Banjska", "XK", "Zubin Potok", 10, "N"],
  ["Canaan", "HT", "Port-au-Prince", 10, "N"],
  ["Anorí", "CO", "Yarumal", 32, "E"],
  ["Patikul", "PH", "Jolo", 12, "E"],
  ["Rueso", "TH", "Narathiwat", 34, "W"],
  ["Sugapa", "ID", "Nabire", 177, "E"],
  // Ukraine and Russia's border
  ["Vodiane", "UA", "Avdiivka", 4, "S"],
  ["Keramik", "UA", "Avdiivka", 16, "N"],
  ["Prechystivka", "UA", "Vuhledar", 6, "S"],
  ["Shumy", "UA", "Toretsk", 3, "N"],
  ["Ivanivske", "UA", "Chasiv Yar", 5, "S"],
  ["Kuzmyne", "UA", "Kreminna", 2, "S"],
  ["Starytsia", "UA", "Vovchansk", 15, "S"],
  ["Yunakivka", "UA", "Sumy", 28, "N"],
  ["Korsunka", "UA", "Nova Kakhovka", 8, "N"],
  ["Zhuravlyovka", "RU", "Belgorod", 17, "S"],
];

testTownPositions(TOWNS, "villages-e: ");

test("villages-e: news spellings reach the GeoNames town: Tuz Khurmatu, Derbasiyah, Shopian, Rajouri, Leposavić, Frontera Comalapa, Dhahiriya", () => {
  assertSameTown([
    ["Tuz Khurmatu", "IQ", "Tozkhurmato"], ["Derbasiyah", "SY", "Ad Darbāsīyah"], ["Shopian", "IN", "Shupīyan"],
    ["Rajouri", "IN", "Rajaori"], ["Leposavić", "XK", "Leposaviq"], ["Frontera Comalapa", "MX", "Comalapa"],
    ["Adh-Dhahiriya", "PS", "Az̧ Z̧āhirīyah"], ["Naurang", "PK", "Sarai Naurang"], ["Chilapa", "MX", "Chilapa de Álvarez"],
  ]);
});

/** Where the one event of a short report was coded. */
function placeOf(text: string): { location: string; admin1: string; country: string; precision: number } {
  const e = soleEvent(text, "2024-05-08");
  return { location: e.location, admin1: e.admin1, country: e.country, precision: e.geo_precision };
}

// Reports whose only place is a town the finder did not read before (no population, or not known).
const REPORTS: [string, string, string, string][] = [
  ["Militants attacked a police post in Jamrud on Monday, killing two policemen, officials said.", "Jamrud", "Khyber Pakhtunkhwa", "Pakistan"],
  ["A junta airstrike hit Madaya on Friday, killing four civilians, residents said.", "Madaya", "Mandalay", "Myanmar"],
  ["Gunmen attacked Jiribam on Saturday, killing three villagers, police said.", "Jiribam", "Manipur", "India"],
  ["Russian forces shelled Vodiane on Sunday, killing a civilian, the regional governor said.", "Vodiane", "Donetsk", "Ukraine"],
  ["Insurgents attacked a ranger base in Rueso on Tuesday, killing two rangers, police said.", "Rueso", "Narathiwat", "Thailand"],
  ["Rebels attacked Sugapa on Wednesday, killing a soldier, the military said.", "Sugapa", "Papua", "Indonesia"],
  ["Israeli settlers attacked Susya on Monday, wounding two Palestinians, residents said.", "Susya", "West Bank", "Palestine"],
  ["Government forces shelled Al-Fuah on Thursday, killing three civilians, activists said.", "Al-Fuah", "Idlib", "Syria"],
];

for (const [text, location, admin1, country] of REPORTS) {
  test(`villages-e: a one-sentence report on ${location} is coded there, in ${admin1}`, () => {
    assert.deepEqual(placeOf(text), { location, admin1, country, precision: 1 });
  });
}

test("villages-e: Konta is coded in Chhattisgarh, not Telangana where GeoNames files it", () => {
  const at = placeOf("Maoists attacked a police camp in Konta on Monday, killing two policemen, officials said.");
  assert.deepEqual(at, { location: "Konta", admin1: "Chhattisgarh", country: "India", precision: 1 });
});

test("villages-e: Taybeh is the Lebanese village in a south Lebanon report and the West Bank village in a Ramallah report", () => {
  assert.equal(placeOf("An Israeli drone strike hit Taybeh in south Lebanon on Sunday, killing one man, state media said.").country, "Lebanon");
  assert.equal(placeOf("Israeli settlers attacked Taybeh near Ramallah in the West Bank on Monday, wounding one Palestinian, residents said.").country, "Palestine");
});

test("regression guard (villages-e): big cities keep their country", () => {
  const want: [string, string][] = [
    ["Kabul", "AF"], ["Peshawar", "PK"], ["Mandalay", "MM"], ["Imphal", "IN"], ["Aleppo", "SY"], ["Kirkuk", "IQ"], ["Bogotá", "CO"], ["Kharkiv", "UA"],
  ];
  for (const [name, cc] of want) assert.equal(resolvePlace(name, {})?.country, cc, name);
});

test("regression guard (villages-e): a person named Ann, the Sui Southern Gas company and the Dabiq magazine are not read as places", () => {
  const text = "Ann, a spokeswoman for Sui Southern Gas Company, said the Dabiq magazine had threatened staff after two guards were killed in Karachi.";
  const { events } = extractArticle({ id: "t", text, published: "2024-05-08" });
  for (const e of events) assert.ok(e.location !== "Ann" && e.location !== "Sui" && e.location !== "Dabiq", e.location);
});
