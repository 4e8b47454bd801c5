// findPlaces scans text by hand (speed); these properties pin the hand-written scanners to the
// regular expressions they replace, so a place name is cut and preceded exactly as before.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { prevWord, tokenSpans } from "./mentions.js";

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’ʼ‘\-‐][\p{L}\p{M}\p{N}]+)*/gu;
const HINT_WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu;
const PREV = /([\p{L}]+)[\s,]*$/u;

// Text from the characters that matter: letters (incl. accented, Arabic, astral), marks, digits,
// joiners, spaces, commas, punctuation.
const piece = fc.oneof(
  fc.constantFrom("a", "Z", "é", "\u0301", "ب", "𝒜", "9", "'", "’", "ʼ", "‘", "-", "‐", " ", "  ", ",", ".", "\n", "\t", "\u00a0", "Hama", "al-Bab", "Deir ez-Zor", "Aleppo's"),
  fc.string({ maxLength: 3 }),
  fc.string({ unit: "binary", maxLength: 3 }),
);
const texts = fc.array(piece, { maxLength: 30 }).map((xs) => xs.join(""));

test("place tokens are the runs of letters, marks and digits joined by one hyphen or apostrophe", () => {
  fc.assert(
    fc.property(texts, (t) => {
      assert.deepEqual([...tokenSpans(t)], [...t.matchAll(TOKEN)].map((m) => [m.index!, m.index! + m[0].length]));
      // countryHints' words join only on ' ’ and -
      const narrow = (c: number) => c === 39 || c === 0x2019 || c === 45;
      assert.deepEqual([...tokenSpans(t, narrow)], [...t.matchAll(HINT_WORD)].map((m) => [m.index!, m.index! + m[0].length]));
    }),
    { numRuns: 3000 },
  );
});

test("the word before a place is the last letter run before it, across spaces and commas", () => {
  fc.assert(
    fc.property(texts, fc.nat(40), (t, cut) => {
      const start = Math.min(cut, t.length);
      const m = PREV.exec(t.slice(Math.max(0, start - 30), start));
      assert.equal(prevWord(t, start), m ? m[1]!.toLowerCase() : "");
    }),
    { numRuns: 3000 },
  );
  assert.equal(prevWord("fighting in, Hama", 13), "in");
});
