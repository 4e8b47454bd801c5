import { test } from "node:test";
import assert from "node:assert/strict";
import { parsePublished } from "./index.js";
import { SitrepError } from "../errors.js";

test("dates normalise to ISO and keep the source offset", () => {
  const cases: [string, string][] = [
    ["2024-12-05", "2024-12-05"],
    ["2024-12-05T10:30:00Z", "2024-12-05T10:30:00Z"],
    ["2024-12-05T10:30:00.123+03:00", "2024-12-05T10:30:00+03:00"],
    ["2024-12-05 10:00", "2024-12-05T10:00:00"],
    ["Thu, 05 Dec 2024 14:30:00 GMT", "2024-12-05T14:30:00Z"],
    ["Thu, 05 Dec 2024 14:30:00 +0300", "2024-12-05T14:30:00+03:00"],
    ["December 5, 2024", "2024-12-05"],
    ["5 December 2024", "2024-12-05"],
  ];
  for (const [raw, want] of cases) assert.equal(parsePublished(raw, "w"), want, raw);
  assert.equal(parsePublished(undefined, "w"), undefined);
  assert.equal(parsePublished("  ", "w"), undefined);
});

test("impossible, ancient, future and unreadable dates are SITREP_E_BAD_DATE naming where", () => {
  const future = new Date(Date.now() + 10 * 86400e3).toISOString().slice(0, 10);
  for (const raw of ["2024-02-30", "2023-02-29", "1850-01-01", future, "2024-13-01", "2024-12-05T25:00:00Z", "February 30, 2024", "next week", "garbage"]) {
    assert.throws(() => parsePublished(raw, "f.jsonl:3"), (e: unknown) => e instanceof SitrepError && e.code === "SITREP_E_BAD_DATE" && e.where === "f.jsonl:3", raw);
  }
  assert.equal(parsePublished("2024-02-29", "w"), "2024-02-29");
});
