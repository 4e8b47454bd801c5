import { test } from "node:test";
import assert from "node:assert/strict";
import { pieces } from "./highlight.js";

test("pieces: plain text stays one piece", () => {
  assert.deepEqual(pieces("abc", []), [{ text: "abc", start: 0, fields: [] }]);
});

test("pieces: overlapping spans split into covered parts and rejoin to the text", () => {
  const text = "Rebels took Hama on Thursday.";
  const p = pieces(text, [
    { start: 0, end: 16, field: "event" },
    { start: 12, end: 16, field: "location" },
    { start: 20, end: 28, field: "event_date" },
  ]);
  assert.equal(p.map((x) => x.text).join(""), text);
  assert.deepEqual(p.find((x) => x.text === "Hama")?.fields, ["event", "location"]);
  assert.deepEqual(p.find((x) => x.text === "Thursday")?.fields, ["event_date"]);
  assert.deepEqual(p.find((x) => x.text === " on ")?.fields, []);
});

test("pieces: spans outside the window or empty are ignored", () => {
  const p = pieces("0123456789", [{ start: 8, end: 20, field: "x" }, { start: 3, end: 3, field: "y" }], 0, 5);
  assert.deepEqual(p, [{ text: "01234", start: 0, fields: [] }]);
});
