import { test } from "node:test";
import assert from "node:assert/strict";
import { searchPlaces, MAX_LIMIT } from "./search.js";

test("Tripoli: several countries' Tripolis, ranked by size; a preferred country goes first", () => {
  const all = searchPlaces("Tripoli");
  const countries = all.map((p) => p.country);
  assert.ok(countries.includes("LY") && countries.includes("LB"), countries.join());
  assert.equal(all[0]!.country, "LY");
  for (let i = 1; i < all.length; i++) assert.ok(all[i - 1]!.score >= all[i]!.score, "sorted by score");
  const lb = searchPlaces("Tripoli", { country: "lb" });
  assert.equal(lb[0]!.country, "LB");
  assert.equal(lb[0]!.admin1, "North Lebanon");
  assert.ok(lb[0]!.population > 100_000);
});

test("each candidate carries name, country, admin1, coordinates, class and score", () => {
  const [hama] = searchPlaces("Hama");
  assert.ok(hama);
  assert.equal(hama.name, "Hama");
  assert.equal(hama.country, "SY");
  assert.equal(hama.countryName, "Syria");
  assert.equal(hama.admin1, "Hama");
  assert.equal(hama.kind, "place");
  assert.equal(hama.match, "name");
  assert.match(hama.feature_code, /^PPL/);
  assert.ok(Math.abs(hama.latitude - 35.13) < 0.1 && Math.abs(hama.longitude - 36.75) < 0.1);
  assert.equal(typeof hama.score, "number");
  // The governorate of the same name is a separate candidate, ranked below the city.
  assert.ok(searchPlaces("Hama").some((p) => p.kind === "admin1" && p.country === "SY"));
});

test("a prefix offers the big places that start with it; the limit caps the list", () => {
  const r = searchPlaces("Alep", { limit: 3 });
  assert.equal(r.length, 3);
  assert.equal(r[0]!.name, "Aleppo");
  assert.equal(r[0]!.match, "prefix");
  assert.equal(searchPlaces("Ham", { limit: 500 }).length <= MAX_LIMIT, true);
  assert.equal(searchPlaces("Ham").length, 10);
});

test("transliteration variants and a trailing country qualifier", () => {
  assert.equal(searchPlaces("Hamah")[0]!.country, "SY");
  assert.equal(searchPlaces("Deir al-Zour")[0]!.name, "Deir ez-Zor");
  // "Tripoli, Lebanon": the qualifier names a country, whose Tripoli then leads.
  const q = searchPlaces("Tripoli, Lebanon");
  assert.equal(q[0]!.country, "LB");
  assert.equal(q[0]!.name, "Tripoli");
});

test("nothing for unknown or empty names", () => {
  assert.deepEqual(searchPlaces("Xqzzyvv"), []);
  assert.deepEqual(searchPlaces("  "), []);
  assert.deepEqual(searchPlaces("-"), []);
});

test("a province GeoNames names 'X and Y' is found when a report writes 'X-Y' (Sistan-Baluchestan)", () => {
  const hyphen = searchPlaces("Sistan-Baluchestan");
  assert.ok(hyphen.some((p) => p.kind === "admin1" && p.country === "IR" && p.admin1 === "Sistan and Baluchestan"), JSON.stringify(hyphen.slice(0, 3)));
  assert.ok(searchPlaces("Kohgiluyeh-Boyer Ahmad").some((p) => p.kind === "admin1" && p.country === "IR"));
  // the bare words stay apart: no province is found by one half of its name
  assert.ok(!searchPlaces("Baluchestan").some((p) => p.kind === "admin1" && p.admin1 === "Sistan and Baluchestan" && p.match === "name"));
});
