import { test } from "node:test";
import assert from "node:assert/strict";
import { KeyFilter } from "./key-filter.js";

test("KeyFilter never says no to a key it holds, and says no to most others", () => {
  const keys = Array.from({ length: 5000 }, (_, i) => `place ${i} ${"x".repeat(i % 7)}`);
  keys.push("", "deir ez zor", "al-qaim", "Ségou", "😀 astral");
  const f = new KeyFilter(keys, keys.length);
  for (const k of keys) assert.equal(f.mayHold(k), true, k);
  let yes = 0;
  for (let i = 0; i < 5000; i++) if (f.mayHold(`other ${i}`)) yes++;
  assert.ok(yes < 250, `${yes} of 5000 absent keys passed`);
});

test("KeyFilter.add takes in keys after it was built", () => {
  const f = new KeyFilter([], 100);
  assert.equal(f.mayHold("aleppo"), false);
  f.add("aleppo");
  assert.equal(f.mayHold("aleppo"), true);
});
