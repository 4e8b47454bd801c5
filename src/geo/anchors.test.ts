// placeAnchors: where the text says an unknown village lies. Texts written for the tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findPlaces } from "./mentions.js";
import { placeAnchors } from "./anchors.js";

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
