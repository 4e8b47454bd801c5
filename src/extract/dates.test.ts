// Dates in report text, resolved against the day of publication. Texts written for the tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findDates } from "./dates.js";

test("'last weekend' is the Saturday and Sunday before, not all of last week", () => {
  const [d] = findDates("The rebels took the town last weekend.", "2024-12-06");
  assert.equal(d?.text, "last weekend");
  assert.equal(d?.from, "2024-11-30");
  assert.equal(d?.to, "2024-12-01");
});

test("'next Sunday' is a day to come, not the Sunday before the report", () => {
  const [d] = findDates("The party called its supporters to rallies next Sunday.", "2024-12-06"); // a Friday
  assert.equal(d?.date, "2024-12-08");
});
