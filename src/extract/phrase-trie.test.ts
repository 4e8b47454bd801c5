// Phrase passes (actors, sources, role words) cut text into tokens by hand for speed; the cut must
// stay the regex's, or a name written with accents, digits or astral letters would stop matching.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { PhraseTrie, tokenize } from "./phrase-trie.js";

const WORD = /[\p{L}\p{N}]+/gu;

test("tokens are the runs of letters and digits, with their offsets", () => {
  const piece = fc.oneof(
    fc.constantFrom("a", "Z", "é", "e\u0301", "ب", "𝒜", "٣", "9", "-", "'", " ", ".", "_", "al-Shabaab", "HTS", "Ḩamāh"),
    fc.string({ unit: "binary", maxLength: 3 }),
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }).map((xs) => xs.join("")), (text) => {
      const t = tokenize(text);
      const want = [...text.matchAll(WORD)];
      assert.deepEqual(t.raw, want.map((m) => m[0]));
      assert.deepEqual(t.start, want.map((m) => m.index));
      assert.deepEqual(t.end, want.map((m) => m.index! + m[0].length));
    }),
    { numRuns: 3000 },
  );
});

test("keys are lower case without diacritics, so spellings of one name meet", () => {
  assert.deepEqual(tokenize("Ḩamāh AL-SHABAAB").key, ["hamah", "al", "shabaab"]);
  const trie = new PhraseTrie<string>();
  trie.add("al-Shabaab", "AS");
  assert.deepEqual(trie.findAll(tokenize("fighters of Al Shabaab attacked")).map((h) => h.values), [["AS"]]);
});
