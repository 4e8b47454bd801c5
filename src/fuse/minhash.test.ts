import { test } from "node:test";
import assert from "node:assert/strict";
import { bandHashes, minhash, NEAR_DUP_THRESHOLD, similarity } from "./minhash.js";
import { originalOf } from "./near-dups.js";

const story =
  "Rebel forces took control of the central city on Thursday after government troops pulled out, a monitor said. " +
  "The insurgents entered from the north and east after days of fighting on the outskirts and held the main districts by evening. " +
  "The city had stayed under government control throughout the war, and its fall opens the road south.";

test("a light republication scores above the near-duplicate threshold; an independent story does not", () => {
  const a = minhash(story)!;
  const copy = minhash(story.replace("a monitor said", "the monitor said") + " (Levant Wire)")!;
  const other = minhash("Shelling struck a market in the south of the town on Monday, killing five people and wounding eighteen, volunteers said.")!;
  assert.ok(similarity(a, copy) >= NEAR_DUP_THRESHOLD, `copy similarity ${similarity(a, copy)}`);
  assert.ok(similarity(a, other) < 0.2, `independent similarity ${similarity(a, other)}`);
  assert.ok(bandHashes(a).some((h, i) => h === bandHashes(copy)[i]), "a copy shares at least one LSH band");
  assert.equal(minhash("  ... "), undefined);
});

test("the original is the outlet the copy credits, else the earlier, else the lower key", () => {
  const lw = { key: "z", outlet: "Levant Wire", published: "2024-12-05", text: story };
  const gmp = { key: "a", outlet: "Gulf Morning Post", published: "2024-12-05", text: story + " (Levant Wire)" };
  assert.equal(originalOf(lw, gmp)[0].key, "z");
  assert.equal(originalOf(gmp, lw)[0].key, "z");
  const early = { ...gmp, text: story, published: "2024-12-04" };
  assert.equal(originalOf(lw, early)[0].key, "a");
});
