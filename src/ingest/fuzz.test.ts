import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { classifyBlocks, decodeBytes, normalizeText, parseFeed, parseJsonlLine, parseText } from "./index.js";
import { SitrepError } from "../errors.js";

// Lines drawn from story, chrome and caption shapes, so the classifier's branches all get exercised.
const LINES = [
  "Rebels entered the city on Thursday, officials said.", "Share", "CONTACT US", "Sending", "Forgot your details?",
  "Smoke rises over the port on Tuesday.Jane Roe / AFP via Getty Images", "Reuters/Ali Saleh", "[Image]", "By Jane Roe",
  "Updated Dec. 3, 2024, 4:12 PM GMT", "A related headline without a period", "“A quote,” he said.", "", "   ", "\t",
];

test("parseText never throws on arbitrary text and its offsets are consistent", () => {
  const text = fc.oneof(fc.string({ maxLength: 400 }), fc.array(fc.constantFrom(...LINES), { maxLength: 30 }).map((xs) => xs.join("\n")));
  fc.assert(
    fc.property(text, (raw) => {
      const a = parseText(raw, { key: "k", origin: "o" });
      assert.equal(a.text, normalizeText(a.text), "normalisation is idempotent");
      let prev = 0;
      for (const b of a.blocks) {
        assert.ok(b.start >= prev && b.start < b.end && b.end <= a.text.length, "blocks ordered, non-empty, in range");
        prev = b.end;
      }
      for (const s of a.sentences) {
        assert.ok(a.blocks.some((b) => b.kind === "story" && b.start <= s.start && s.end <= b.end), "sentence inside a story block");
      }
      assert.deepEqual(classifyBlocks(a.text), a.blocks, "deterministic");
    }),
    { numRuns: 400 },
  );
});

test("decodeBytes returns text or a SitrepError for any bytes", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      try {
        assert.equal(typeof decodeBytes(Buffer.from(bytes), "x"), "string");
      } catch (e) {
        assert.ok(e instanceof SitrepError, String(e));
      }
    }),
    { numRuns: 400 },
  );
});

test("parseJsonlLine and parseFeed fail only with SitrepErrors", () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.json()), (s) => {
      try {
        parseJsonlLine(s, "f", 1);
      } catch (e) {
        assert.ok(e instanceof SitrepError, String(e));
      }
      for (const it of parseFeed(s, "f")) assert.ok(!!it.article !== !!it.error);
    }),
    { numRuns: 300 },
  );
});
