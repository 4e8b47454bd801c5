import { test } from "node:test";
import assert from "node:assert/strict";
import { classifyBlocks, normalizeText, splitSentences } from "./index.js";

function sentences(text: string): string[] {
  return splitSentences(text, classifyBlocks(text)).map((s) => text.slice(s.start, s.end));
}

test("abbreviations, initials, decimals and quotes do not split sentences", () => {
  const text =
    "Gen. Omar Khalil met Dr. Lina Farah and Mr. Adams near St. Paul's on Jan. 5, officials said. " +
    "The U.S. envoy, John F. Kennedy Jr., arrived later. Prices rose 3.5 per cent in No. 4 district. " +
    "“We will hold the line,” the commander said. “Will they come back?” asked a resident. She did not answer.";
  assert.deepEqual(sentences(text), [
    "Gen. Omar Khalil met Dr. Lina Farah and Mr. Adams near St. Paul's on Jan. 5, officials said.",
    "The U.S. envoy, John F. Kennedy Jr., arrived later.",
    "Prices rose 3.5 per cent in No. 4 district.",
    "“We will hold the line,” the commander said.",
    "“Will they come back?” asked a resident.",
    "She did not answer.",
  ]);
});

test("initialisms end a sentence when a usual sentence opener follows", () => {
  assert.deepEqual(sentences("The aid was sent by the U.S. The convoy left at dawn."), [
    "The aid was sent by the U.S.",
    "The convoy left at dawn.",
  ]);
});

test("sentence offsets index the text and skip non-story blocks", () => {
  const text = normalizeText("Share\n\nRebels took the town. Troops withdrew!\r\n\r\nAdvertisement\n\nIs it over? Nobody knows.");
  const blocks = classifyBlocks(text);
  const got = splitSentences(text, blocks);
  assert.deepEqual(got.map((s) => text.slice(s.start, s.end)), ["Rebels took the town.", "Troops withdrew!", "Is it over?", "Nobody knows."]);
  for (const s of got) assert.ok(s.start >= 0 && s.end <= text.length && s.start < s.end);
});
