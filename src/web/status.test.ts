import { test } from "node:test";
import assert from "node:assert/strict";
import { statusText, type PipelineStatus } from "./status.js";

const counts = { articles: 33, revisions: 34, extracted: 33, pendingExtraction: 0, reports: 60, events: 52, deletedEvents: 1, skippedInputs: 0 };

test("statusText: store counts only when there is no job queue (SQLite)", () => {
  assert.equal(statusText({ store: "sqlite", counts, queue: null }), "33 articles · 52 events · 0 waiting for extraction");
  assert.equal(statusText({ store: "sqlite", counts: { ...counts, articles: 1, events: 1, pendingExtraction: 1200 }, queue: null }), "1 article · 1 event · 1,200 waiting for extraction");
});

test("statusText: jobs summed over steps; retries count as queued; failures only when there are some", () => {
  const step = { queued: 0, retry: 0, active: 0, completed: 0, failed: 0 };
  const s: PipelineStatus = { store: "postgres", counts, queue: { ingest: { ...step, queued: 4, retry: 1, active: 2, completed: 9 }, extract: { ...step, queued: 3, active: 1 } } };
  assert.equal(statusText(s), "33 articles · 52 events · 0 waiting for extraction · jobs: 8 queued, 3 running");
  s.queue!.extract!.failed = 2;
  assert.match(statusText(s), /jobs: 8 queued, 3 running, 2 failed$/);
  assert.match(statusText({ store: "postgres", counts, queue: { ingest: step, extract: step } }), /jobs: 0 queued, 0 running$/);
});
