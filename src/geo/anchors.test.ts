// placeAnchors: where the text says an unknown village lies. Texts written for the tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findPlaces } from "./mentions.js";
import { placeAnchors } from "./anchors.js";
import { extractArticle } from "../extract/index.js";

const anchors = (text: string) => Object.fromEntries([...placeAnchors(text, findPlaces(text))].map(([k, a]) => [k, a.to.name]));

test("an unknown village is anchored to the known place the text relates it to", () => {
  assert.deepEqual(anchors("Dovrenka, about 25 km west of Balakliya, was shelled again."), { dovrenka: "Balakliya" });
  assert.deepEqual(anchors("Gunmen raided Tessoumbi, a small village near Gao, on Monday."), { tessoumbi: "Gao" });
  assert.deepEqual(anchors("Berkesa lies in the hills of the Jimma district."), { berkesa: "Jimma" });
  assert.deepEqual(anchors("People of Berkesa kebele in the Jimma district said they fled."), { berkesa: "Jimma" });
});

test("the most precise relation wins: a distance over a region", () => {
  const t = "A missile hit the village of Dovrenka in Ukraine's Kharkiv region. Dovrenka, about 25 km west of Balakliya, had been retaken.";
  assert.deepEqual(anchors(t), { dovrenka: "Balakliya" });
});

test("a bare 'X in Y' is no anchor unless the text calls X a place", () => {
  assert.deepEqual(anchors("The Security Service in Kharkiv said it had detained two men."), {});
  assert.deepEqual(anchors("Smith, in Kyiv, said the talks would go on."), {});
  // "near the border with X" says nothing about where on that border.
  assert.deepEqual(anchors("Tessoumbi, near the border with Niger, was attacked."), {});
});

test("a distance told in words anchors like one in digits", () => {
  assert.deepEqual(anchors("Gunmen raided Tessoumbi, a few kilometres from Gao, on Monday."), { tessoumbi: "Gao" });
  assert.deepEqual(anchors("Dovrenka, about fifteen km west of Balakliya, was shelled again."), { dovrenka: "Balakliya" });
});

// Through the extractor: what the anchor does to the event's place.
const placeOf = (text: string) => {
  const e = extractArticle({ id: "anchor", text, published: "2024-03-13" }).events[0];
  return e && { location: e.location, admin1: e.admin1, geo_precision: e.geo_precision };
};

test("a village known only far away is coded at the town the text puts it near, not at its namesake", () => {
  // The gazetteer's Nikol'skoye lies by Moscow, 600 km from Shebekino.
  const p = placeOf("Artillery shells hit the village of Nikolskoye near Shebekino, in Russia's Belgorod region, on Monday, the governor said.");
  assert.deepEqual(p, { location: "Shebekino", admin1: "Belgorod", geo_precision: 2 });
});

test("regression guard: a village the gazetteer knows where the text puts it keeps its own point", () => {
  const p = placeOf("Suicide bombers struck a market in Konduga, about 38 km south-east of Maiduguri, on Monday, killing nine people, officials said.");
  assert.deepEqual(p, { location: "Konduga", admin1: "Borno", geo_precision: 1 });
});
