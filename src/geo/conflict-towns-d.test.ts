// Session 13 (villages-d): conflict towns of Africa — Amhara, Oromia, Tigray and Afar, Somalia (and
// Somaliland), Nigeria's north-east and north-west, the Sahel, Lake Chad, Cameroon's Anglophone regions,
// the Central African Republic, the Kivus, Sudan, Cabo Delgado and Sofala, Kenya's north-east and Lamu,
// northern Togo and Libya (data/gazetteer/extra.tsv, section "villages-d"). Three kinds of row: GeoNames
// towns whose rows carry no population (the finder read them only after "village of"), re-entered as
// curated at the GeoNames point; news spellings of GeoNames towns (among them cities no spelling in
// reports reached: Adama, Hargeisa, Holeta, Debre Berhan); and places the packages lack, placed from
// OpenStreetMap and checked here by distance and bearing from a town the gazetteer knows.
// On the starting code 44 of these 81 tests failed (one more is a todo). The 37 that passed are the 2
// regression guards, the Kayna report (a guard: "shelled Kayna" was read already) and 34 position rows of
// towns GeoNames already held without population (resolvePlace found them there; the finder did not read
// them in text, which the one-sentence reports below check).
import { test } from "node:test";
import assert from "node:assert/strict";
import { resolvePlace } from "./index.js";
import { extractArticle } from "../extract/index.js";
import { soleEvent, testTownPositions, assertSameTown, type TownRow } from "./towns-testing.js";

const TOWNS: TownRow[] = [
  ["Dembecha", "ET", "Finote Selam", 29, "E"],
  ["Maksegnit", "ET", "Kola Diba", 25, "E"],
  ["Mersa", "ET", "Weldiya", 19, "S"],
  ["Alem Ketema", "ET", "Fiche", 46, "E"],
  ["Abderafi", "ET", "Mai Kadra", 40, "S"],
  ["Enticho", "ET", "Adwa", 30, "E"],
  ["Logiya", "ET", "Dubti", 11, "W"],
  ["Karakore", "ET", "Ataye", 8, "N"],
  ["Tis Abay", "ET", "Bahir Dar", 24, "E"],
  ["Gimja Bet", "ET", "Injibara", 17, "S"],
  ["Ijaji", "ET", "Ambo", 59, "W"],
  ["Guder", "ET", "Ambo", 10, "W"],
  ["Mambuk", "ET", "Chagni", 48, "N"],
  ["Mieso", "ET", "Chiro", 21, "N"],
  ["Endabaguna", "ET", "Shire", 20, "S"],
  ["Arerti", "ET", "Adigrat", 135, "E"],
  ["Dhabad", "SO", "Adado", 38, "N"],
  ["Yagoori", "SO", "Laascaanood", 53, "W"],
  ["Um Dafuq", "SD", "Rahad al Bardi", 112, "S"],
  ["Khashm el Girba", "SD", "Kassala", 75, "S"],
  ["Al-Faw", "SD", "Wad Madani", 70, "E"],
  ["Goudoumaria", "NE", "Diffa", 160, "W"],
  ["Molodo", "ML", "Niono", 4, "W"],
  ["Koury", "ML", "Yorosso", 20, "S"],
  ["Oku", "CM", "Fundong", 18, "E"],
  ["Touboro", "CM", "Tchollire", 148, "E"],
  ["Kayna", "CD", "Kanyabayonga", 10, "N"],
  ["Ibo Island", "MZ", "Pemba", 71, "N"],
  ["Marrupa", "MZ", "Balama", 117, "W"],
  ["Inhaminga", "MZ", "Dondo", 136, "N"],
  ["Buzi", "MZ", "Beira", 39, "W"],
  ["Tarbaj", "KE", "Wajir", 52, "N"],
  ["Faza", "KE", "Lamu", 33, "N"],
  ["Masalani", "KE", "Mpeketoni", 97, "N"],
  ["Mado Gashi", "KE", "Dagahaley", 138, "W"],
  ["Merti", "KE", "Isiolo", 144, "E"],
  ["Archers Post", "KE", "Isiolo", 33, "N"],
  ["Tajoura", "LY", "Ain Zara", 14, "E"],
  ["Al Asabaa", "LY", "Gharyan", 21, "S"],
  ["Jadu", "LY", "Zintan", 21, "W"],
  ["Ben Jawad", "LY", "Sirte", 149, "E"],
  ["Al Sawani", "LY", "Qasr bin Ghashir", 12, "W"],
  ["Martuba", "LY", "Derna", 25, "S"],
  ["Tandjouare", "TG", "Dapaong", 23, "S"],
  ["Harardhere", "SO", "Ceeldheer", 117, "N"],
  ["Amanuel", "ET", "Debre Markos", 20, "W"],
  ["Adi Arkay", "ET", "Debark", 41, "N"],
  ["Mekane Selam", "ET", "Bichena", 70, "E"],
  ["Kutaber", "ET", "Dessie", 19, "N"],
  ["Ankober", "ET", "Debre Birhan", 24, "E"],
  ["Mai Tsebri", "ET", "Debark", 54, "N"],
  ["Fincha", "ET", "Shambu", 30, "E"],
  ["Gilgel Beles", "ET", "Chagni", 30, "N"],
  ["Abala", "ET", "Mekelle", 34, "E"],
  ["Shalanbood", "SO", "Marka", 6, "W"],
  ["Galdogob", "SO", "Galkayo", 48, "W"],
  ["Jangebe", "NG", "Talata Mafara", 16, "S"],
  ["Kirawa", "NG", "Gwoza", 30, "E"],
  ["Bambui", "CM", "Nkwen", 9, "N"],
  ["Ngouri", "TD", "Mao", 54, "S"],
  ["Meluco", "MZ", "Chiure", 95, "N"],
  ["Abu Salim", "LY", "Tripoli", 4, "S"],
  ["Dukem", "ET", "Bishoftu", 10, "W"],
  ["Kabridahar", "ET", "Gode", 119, "N"],
  ["Garsila", "SD", "Zalingei", 70, "S"],
  ["Nofaliya", "LY", "Sirte", 128, "E"],
];

testTownPositions(TOWNS, "villages-d: ");

test("villages-d: news spellings reach the GeoNames town: Adama, Hargeisa, Holeta, Debre Berhan, Burco, Baydhabo, Erigavo, Chiro, Hasahisa", () => {
  assertSameTown([
    ["Adama", "ET", "Nazret"], ["Hargeisa", "SO", "Hargeysa"], ["Holeta", "ET", "Genet"], ["Debre Berhan", "ET", "Debre Birhan"],
    ["Burco", "SO", "Burao"], ["Baydhabo", "SO", "Baidoa"], ["Erigavo", "SO", "Ceerigaabo"], ["Chiro", "ET", "Asbe Teferi"],
    ["Hasahisa", "SD", "Al Hasaheisa"], ["Debre Zeit", "ET", "Bishoftu"], ["Wolaita Sodo", "ET", "Sodo"], ["Kaduqli", "SD", "Kadugli"],
    ["Sebha", "LY", "Sabha"], ["Xudur", "SO", "Xuddur"], ["Awjila", "LY", "Awjilah"], ["Adola", "ET", "Kibre Mengist"],
  ]);
});

/** Where the one event of a short report was coded. */
function placeOf(text: string): { location: string; admin1: string; country: string; precision: number } {
  const e = soleEvent(text, "2024-05-08");
  return { location: e.location, admin1: e.admin1, country: e.country, precision: e.geo_precision };
}

// Reports whose only place is a town the finder did not read before (no population, or not known).
const REPORTS: [string, string, string, string][] = [
  ["Fano militiamen attacked Dembecha on Monday, killing six soldiers, residents said.", "Dembecha", "Amhara", "Ethiopia"],
  ["Fano fighters clashed with government troops in Maksegnit on Tuesday, leaving nine dead, witnesses said.", "Maksegnit", "Amhara", "Ethiopia"],
  ["Gunmen shot dead four police officers in the Ethiopian city of Adama on Sunday, officials said.", "Adama", "Oromiya", "Ethiopia"],
  ["Police opened fire on protesters in Hargeisa on Thursday, killing two people, witnesses said.", "Hargeysa", "Woqooyi Galbeed", "Somalia"],
  ["Al-Shabaab fighters attacked Cabudwaaq on Friday, killing seven soldiers, officials said.", "Cabudwaaq", "Galguduud", "Somalia"],
  ["RSF fighters stormed Garsila on Monday, killing 14 civilians, activists said.", "Garsila", "Central Darfur", "Sudan"],
  ["M23 rebels shelled Kayna on Wednesday, killing three civilians, local officials said.", "Kayna", "North Kivu", "Democratic Republic of Congo"],
  ["Bandits attacked Jangebe on Saturday, killing eight villagers, police said.", "Jangebe", "Zamfara", "Nigeria"],
  ["Boko Haram fighters attacked Ngouri on Sunday, killing five soldiers, the army said.", "Ngouri", "Lac", "Chad"],
  ["Militias clashed in Tajoura on Tuesday, killing three fighters, a medical source said.", "Tajoura", "Tripoli", "Libya"],
  ["Insurgents raided Meluco on Thursday, killing four civilians, residents said.", "Meluco", "Cabo Delgado", "Mozambique"],
];

for (const [text, location, admin1, country] of REPORTS) {
  test(`villages-d: a one-sentence report on ${location} is coded there, in ${admin1}`, () => {
    assert.deepEqual(placeOf(text), { location, admin1, country, precision: 1 });
  });
}

test.todo("villages-d: a bare \"in Adama\" with no word of Ethiopia around it is not read (Adama is also a given name, so the finder wants a place cue such as \"city of\")");

test("villages-d: Ngouri of Lake Chad is not the village of that name in the south", () => {
  const r = resolvePlace("Ngouri", { countries: ["TD"] });
  assert.ok(r && r.latitude! > 13, String(r?.latitude));
});

test("regression guard (villages-d): big cities keep their country and printed name", () => {
  const want: [string, string, string][] = [
    ["Baidoa", "SO", "Baidoa"], ["Bishoftu", "ET", "Bishoftu"], ["Kadugli", "SD", "Kadugli"], ["Burao", "SO", "Burao"],
    ["Mogadishu", "SO", "Mogadishu"], ["Addis Ababa", "ET", "Addis Ababa"], ["Tripoli", "LY", "Tripoli"], ["Khartoum", "SD", "Khartoum"],
  ];
  for (const [name, cc, printed] of want) {
    const r = resolvePlace(name);
    assert.equal(r?.country, cc, name);
    assert.equal(r?.location, printed, name);
  }
});

test("regression guard (villages-d): a president named Adama is not read as the Ethiopian city", () => {
  const text = "Gambian President Adama Barrow said on Monday that two soldiers were killed in an ambush near Banjul.";
  const { events } = extractArticle({ id: "t", text, published: "2024-05-08" });
  for (const e of events) assert.notEqual(e.country, "Ethiopia");
});
