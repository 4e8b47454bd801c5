// Districts, LGAs and townships the gazetteer knows only as admin2 units (no town carries the name):
// an event placed "in X district" lands in that district, at precision 2, instead of falling back to
// the dateline or the state capital hundreds of kilometres away.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findPlaces, resolvePlace, distanceKm } from "./index.js";

test("'in Nganzai district': the district's centre, precision 2, in the right country", () => {
  const text = "Gunmen killed 12 villagers in Nganzai district of Borno state on Monday.";
  const m = findPlaces(text).find((p) => p.name === "Nganzai");
  assert.ok(m, "the district is found as a place");
  const r = resolvePlace(m, { text })!;
  assert.equal(r.country, "NG");
  assert.equal(r.geo_precision, 2);
  assert.ok(distanceKm(12.45, 13.2, r.latitude!, r.longitude!) < 60, "near the district's real centre");
});

test("a unit word other than 'district' works too: 'local government area', 'township'", () => {
  for (const text of ["Bandits raided Nganzai local government area on Friday.", "Troops shelled villages in Nganzai LGA."]) {
    assert.ok(findPlaces(text).some((p) => p.name === "Nganzai"), text);
  }
});

test("a name known only as a district is no place without its unit word (it may be a person or a word)", () => {
  assert.ok(!findPlaces("Residents told Nganzai about the raid.").some((p) => p.name === "Nganzai"));
});

test("a unit name inside a longer span does not hide the town: 'Kano Municipal Council' still names Kano", () => {
  assert.ok(findPlaces("Officials of the Kano Municipal Council met on Monday.").some((p) => p.name.startsWith("Kano")));
});
