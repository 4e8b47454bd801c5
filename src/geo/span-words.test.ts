import { test } from "node:test";
import assert from "node:assert/strict";
import { gazetteer, maxExactWords } from "./gazetteer.js";
import { findPlaces } from "./index.js";

test("maxExactWords bounds every exact key by its first word", () => {
  const g = gazetteer();
  let multi = 0;
  for (const k of g.exact.keys()) {
    const words = k.split(" ");
    if (words.length > 1) multi++;
    assert.ok(words.length <= maxExactWords(words[0]!, g), k);
  }
  assert.ok(multi > 0, "the shipped gazetteer holds names of several words");
  assert.equal(maxExactWords("zzqx-no-such-word", g), 1);
});

test("names of several words are still found whole after the bound", () => {
  const names = (t: string) => findPlaces(t).map((m) => m.name);
  assert.deepEqual(names("Shelling hit Deir ez-Zor and Khan Sheikhoun on Monday."), ["Deir ez-Zor", "Khan Sheikhoun"]);
  assert.deepEqual(names("Troops left Port Sudan for New Delhi."), ["Port Sudan", "New Delhi"]);
});
