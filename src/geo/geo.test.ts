import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { PassThrough } from "node:stream";
import {
  findPlaces, resolvePlace, countryHints, reverseGeocode, countryInfo, geocodeJsonl, importGeonamesDump, distanceKm,
} from "./index.js";
import { resetGazetteer } from "./gazetteer.js";

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "../../test/fixtures/geonames");

test("Tripoli follows the article: Lebanon context vs Libyan actors", () => {
  const lb = "TRIPOLI, Lebanon — Gunmen clashed in Tripoli's Bab al-Tabbaneh district overnight, the army said.";
  const ly = "Forces loyal to Khalifa Haftar's Libyan National Army shelled the southern suburbs of Tripoli.";
  assert.equal(resolvePlace("Tripoli", { text: lb })?.country, "LB");
  assert.equal(resolvePlace("Tripoli", { text: ly })?.country, "LY");
  assert.equal(resolvePlace("Tripoli", { countries: ["LB"] })?.country, "LB");
});

test("35 km north of Kaya: precision 2, point about 35 km north", () => {
  const text = "Gunmen ambushed a convoy about 35 km north of Kaya on Friday.";
  const m = findPlaces(text).find((p) => p.name === "Kaya");
  assert.ok(m);
  assert.equal(m.offsetKm, 35);
  assert.equal(m.bearingDeg, 0);
  assert.equal(text.slice(m.start, m.end), "about 35 km north of Kaya");
  const town = resolvePlace("Kaya", { countries: ["BF"] })!;
  const r = resolvePlace(m, { text })!;
  assert.equal(r.country, "BF");
  assert.equal(r.geo_precision, 2);
  assert.ok(Math.abs(distanceKm(town.latitude!, town.longitude!, r.latitude!, r.longitude!) - 35) < 1);
  assert.ok(r.latitude! > town.latitude!);
  assert.ok(Math.abs(r.longitude! - town.longitude!) < 0.01);
  // miles convert
  const mi = findPlaces("The village lies 10 miles southeast of Kaya.")[0]!;
  assert.equal(mi.offsetKm, 16.09);
  assert.equal(mi.bearingDeg, 135);
});

test("distances and outskirts are read whatever their case and unit ('KM', 'Nautical Miles', 'the EDGE of')", () => {
  const at = (text: string, name: string) => findPlaces(text).find((p) => p.name === name)!;
  assert.equal(at("Troops fired on a truck 20 KM north of Kaya.", "Kaya").offsetKm, 20);
  assert.equal(at("A boat sank 3 Nautical Miles west of Tripoli.", "Tripoli").bearingDeg, 270);
  assert.equal(at("Fighting broke out some 40 Kilometres from Kaya on Monday.", "Kaya").qualifier, "near");
  assert.equal(at("Shells fell on the EDGE of Aleppo overnight.", "Aleppo").qualifier, "outskirts");
});

test("Hama province: admin1, precision 3 at the capital", () => {
  const m = findPlaces("Shelling hit several villages in Hama province on Sunday.")[0]!;
  assert.equal(m.kind, "admin1");
  assert.equal(m.qualifier, "region");
  const r = resolvePlace(m)!;
  assert.equal(r.geo_precision, 3);
  assert.equal(r.country, "SY");
  assert.equal(r.admin1, "Hama");
  assert.equal(r.location, "Hama");
  assert.equal(resolvePlace("Hama province")?.geo_precision, 3);
  assert.equal(resolvePlace("Idlib governorate")?.admin1, "Idlib");
});

test("near / outskirts give precision 2; a plain town precision 1", () => {
  const ms = findPlaces("Clashes near Idlib and on the outskirts of Aleppo; calm in Homs.");
  const by = Object.fromEntries(ms.map((m) => [m.name, m]));
  assert.equal(by["Idlib"]?.qualifier, "near");
  assert.equal(by["Aleppo"]?.qualifier, "outskirts");
  assert.equal(resolvePlace(by["Idlib"]!)?.geo_precision, 2);
  assert.equal(resolvePlace(by["Aleppo"]!)?.geo_precision, 2);
  assert.equal(resolvePlace(by["Homs"]!, { countries: ["SY"] })?.geo_precision, 1);
});

test("unknown names give null, never invented coordinates", () => {
  assert.equal(resolvePlace("Xqzvillewick"), null);
  assert.equal(resolvePlace(""), null);
});

test("search without diacritics, apostrophes, hyphens or article", () => {
  const a = resolvePlace("Maarat al-Numan", { countries: ["SY"] })!;
  const b = resolvePlace("Ma‘arrat an Nu‘mān", { countries: ["SY"] })!;
  assert.ok(a && b);
  assert.equal(a.geonameid, b.geonameid);
  assert.equal(resolvePlace("Petion-Ville")?.country, "HT");
  assert.equal(resolvePlace("Hamah")?.location, "Hama");
  assert.equal(resolvePlace("Artemivsk")?.location, "Bakhmut");
  assert.equal(resolvePlace("El-Fasher")?.country, "SD");
});

test("no false hits on ordinary capitalised words", () => {
  const text = "On Friday the President told the Army and the Security Council that Police would act. Victoria said so.";
  assert.deepEqual(findPlaces(text), []);
});

test("countryHints: dateline first, then names, demonyms, actors", () => {
  const h = countryHints("BAMAKO, Mali — Malian soldiers and Wagner fighters clashed with JNIM.");
  assert.equal(h[0]?.code, "ML");
  assert.ok(h[0]!.weight >= 10);
  assert.equal(countryHints("HTS fighters advanced.")[0]?.code, "SY");
});

test("reverse geocoding a point in Syria", () => {
  const r = reverseGeocode(35.14, 36.75)!;
  assert.equal(r.country, "SY");
  assert.equal(r.iso, 760);
  assert.equal(r.region, "Middle East");
  assert.equal(r.admin1, "Hama");
  assert.equal(reverseGeocode(95, 0), null);
  assert.deepEqual(countryInfo("SY"), { code: "SY", name: "Syria", iso: 760, region: "Middle East" });
});

test("importGeonamesDump loads a GeoNames file into the user gazetteer", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-geo-"));
  const prev = process.env.SITREP_GAZETTEER_USER;
  process.env.SITREP_GAZETTEER_USER = join(dir, "user.tsv");
  try {
    resetGazetteer();
    assert.equal(resolvePlace("Kafr Sitrepiyah"), null);
    const res = await importGeonamesDump(join(FIXTURES, "SY.txt"), { alternateNames: join(FIXTURES, "alternateNamesV2.txt") });
    assert.equal(res.places, 3); // the wadi (H.WAD) is not kept
    const r = resolvePlace("Kafr Sitrepiyah")!;
    assert.equal(r.geonameid, 99000001);
    assert.equal(r.country, "SY");
    assert.equal(r.admin1, "Hama");
    assert.equal(resolvePlace("Kfar Sitrepiye")?.geonameid, 99000001); // alternatenames column
    assert.equal(resolvePlace("Kafr Sitrebiya")?.geonameid, 99000001); // alternateNamesV2
    assert.equal(resolvePlace("Fixture Air Base")?.geonameid, 99000004);
    assert.equal(resolvePlace("Wadi Fixture"), null);
    await assert.rejects(importGeonamesDump(join(FIXTURES, "README.md")), /GAZETTEER|gazetteer/);
  } finally {
    if (prev === undefined) delete process.env.SITREP_GAZETTEER_USER;
    else process.env.SITREP_GAZETTEER_USER = prev;
    resetGazetteer();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("geocodeJsonl: one result per line, a bad line gives an error and the rest goes on", async () => {
  const input = new PassThrough();
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on("data", (c) => chunks.push(String(c)));
  const done = geocodeJsonl(input, output);
  input.write(JSON.stringify({ id: "a", name: "Kaya", context: "Gunmen attacked a convoy 35 km north of Kaya, Burkina Faso." }) + "\n");
  input.write("{not json\n");
  input.write(JSON.stringify({ id: "c", name: 42 }) + "\n");
  input.write(JSON.stringify({ id: "d", name: "Tripoli", context: "TRIPOLI, Lebanon — Clashes in Tripoli." }) + "\n");
  input.end();
  await done;
  const lines = chunks.join("").trim().split("\n").map((l) => JSON.parse(l));
  assert.equal(lines.length, 4);
  assert.equal(lines[0].country, "BF");
  assert.equal(lines[0].geo_precision, 2);
  assert.equal(lines[1].error.code, "SITREP_E_BAD_JSONL");
  assert.equal(lines[2].id, "c");
  assert.equal(lines[2].error.code, "SITREP_E_BAD_JSONL");
  assert.equal(lines[3].country, "LB");
  assert.deepEqual(Object.keys(lines[3]), ["id", "name", "location", "country", "admin1", "latitude", "longitude", "geo_precision", "geonameid"]);
});

test("'X in Y': of two same-named places, the one inside the town the text puts it in", () => {
  const text = "LAGOS, Nigeria — Police fired tear gas at a crowd near the Lekki toll gate in Lagos on Saturday.";
  const m = findPlaces(text).find((p) => p.name === "Lekki");
  assert.ok(m);
  const r = resolvePlace(m, { text })!;
  const lagos = resolvePlace("Lagos", { countries: ["NG"] })!;
  assert.ok(distanceKm(r.latitude!, r.longitude!, lagos.latitude!, lagos.longitude!) < 40, `${r.latitude},${r.longitude}`);
});

test("a neighbourhood a few km from the report's city beats a bigger same-named town far away", () => {
  const text = "Mobs burned shops in Delhi overnight. The worst violence was in Mustafabad, police said.";
  const m = findPlaces(text).find((p) => p.name === "Mustafabad");
  assert.ok(m);
  const r = resolvePlace(m, { text, near: [{ lat: 28.65, lon: 77.23 }] })!;
  assert.ok(distanceKm(r.latitude!, r.longitude!, 28.65, 77.23) < 20, `${r.latitude},${r.longitude}`);
});

test("transliterations of one name meet: Sheikh/Shaykh, and a GeoNames 'X City' answers to 'X'", () => {
  const khan = resolvePlace("Khan Sheikhoun", { countries: ["SY"] })!;
  assert.ok(khan.latitude != null && Math.abs(khan.latitude - 35.44) < 0.1, `${khan.location} ${khan.latitude}`);
  const marawi = resolvePlace("Marawi", { countries: ["PH"] })!;
  assert.ok(marawi.latitude != null && Math.abs(marawi.latitude - 8.0) < 0.1, `${marawi.location} ${marawi.latitude}`);
  // The bare name is only a fallback: "Mexico" is still the country, not Mexico City.
  assert.equal(resolvePlace("Mexico", {})!.geo_precision, 3);
});

test("an offset from 'the state capital X' is an offset from X", () => {
  const [m] = findPlaces("Gunmen attacked a village 15 km south of the state capital Maiduguri.");
  assert.equal(m?.name, "Maiduguri");
  assert.equal(m?.offsetKm, 15);
  assert.equal(m?.bearingDeg, 180);
});

test("a town name shared within one country resolves to the one in the region the text names", () => {
  const text = "Police reinforcements were sent across Himachal Pradesh on Friday after shops were burned in Bilaspur, officials said.";
  const m = findPlaces(text).find((x) => x.name === "Bilaspur")!;
  const r = resolvePlace(m, { text })!;
  assert.equal(r.country, "IN");
  assert.ok(r.latitude! > 31, `${r.latitude},${r.longitude}: the Himachal town, not the larger Chhattisgarh city`);
});

test("the Persian izafe '-e-' is a connector: 'Mazar Sharif' and 'Mazar-e-Sharif' name one town", () => {
  const a = resolvePlace("Mazar-e-Sharif")!;
  const b = resolvePlace("Mazar Sharif")!;
  assert.equal(a.country, "AF");
  assert.equal(b.geonameid, a.geonameid);
});

test("an offset from 'the provincial capital, X' (the capital in apposition) is read", () => {
  const m = findPlaces("Gunmen attacked a post about 30 km south of the provincial capital, Kaya, on Friday.").find((p) => p.name === "Kaya")!;
  assert.equal(m.offsetKm, 30);
  assert.equal(m.bearingDeg, 180);
});

test("a bearing with no distance ('in the hills east of the northern town of X') puts the scene near X", () => {
  const m = findPlaces("Fighting broke out in the hills east of the northern Malian town of Gao on Monday.").find((p) => p.name === "Gao")!;
  assert.equal(m.qualifier, "near");
  assert.equal(resolvePlace(m, { text: "Gao" })?.geo_precision, 2);
});

test("a distance told in words: 'twelve km west of X' is an offset, 'a few kilometres from X' is near X", () => {
  const off = findPlaces("Militants torched a depot twelve km west of Kaya on Monday.").find((p) => p.name === "Kaya")!;
  assert.equal(off.offsetKm, 12);
  assert.equal(off.bearingDeg, 270);
  const near = findPlaces("Soldiers found the bodies a few kilometres from Kaya town.").find((p) => p.name === "Kaya")!;
  assert.equal(near.offsetKm, undefined);
  assert.equal(near.qualifier, "near");
});

test("a state no town row is coded to is still known: South Sudan's Jonglei and Upper Nile (placed by country-state-city)", () => {
  for (const name of ["Jonglei", "Upper Nile"]) {
    const r = resolvePlace(name);
    assert.equal(r?.country, "SS", name);
    assert.equal(r?.geo_precision, 3, name);
  }
  const found = findPlaces("Fighting spread across Jonglei state on Sunday.");
  assert.equal(found.length, 1);
  assert.match(found[0]!.name, /^Jonglei/);
  assert.equal(found[0]!.kind, "admin1");
});

test("a district GeoNames names 'Province of X' is read as 'X province' in a report", () => {
  const found = findPlaces("Troops clashed with militants in Tawi-Tawi province on Monday.");
  assert.deepEqual(found.map((m) => m.name), ["Tawi-Tawi"]);
  assert.equal(resolvePlace(found[0]!.name, { text: "in Tawi-Tawi province" })?.country, "PH");
  assert.deepEqual(findPlaces("Tawi-Tawi said nothing."), []); // a unit only with its unit word
});
