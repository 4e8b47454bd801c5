// GET /status: pipeline progress for the UI's header — the store's counts (as `sitrep status`
// prints them) and, on PostgreSQL, the worker queue's jobs by state per step. `queue` is null
// where there is no job queue (SQLite, or PostgreSQL before any worker or --enqueue created it).
import type { FastifyPluginAsync } from "fastify";
import type { ApiOptions } from "./context.js";
import { querySchema } from "./schemas.js";
import { queueStatus, type QueueStatus } from "../worker/status.js";

export const JOB_STATES = ["queued", "retry", "active", "completed", "failed"] as const;
export type JobState = (typeof JOB_STATES)[number];
export type QueueByStep = Record<string, Record<JobState, number>>;

/** `{ "ingest queued": 3, ... }` (the CLI's flat form) -> `{ ingest: { queued: 3, ... } }`; null when empty. */
export function queueByStep(flat: QueueStatus): QueueByStep | null {
  const out: QueueByStep = {};
  for (const [key, n] of Object.entries(flat)) {
    const cut = key.lastIndexOf(" ");
    const step = key.slice(0, cut);
    const state = key.slice(cut + 1) as JobState;
    if (cut <= 0 || !JOB_STATES.includes(state)) continue;
    out[step] ??= { queued: 0, retry: 0, active: 0, completed: 0, failed: 0 };
    out[step][state] = n;
  }
  return Object.keys(out).length ? out : null;
}

const COUNT = { type: "integer", minimum: 0 } as const;
const STEP_SCHEMA = {
  type: "object",
  description: "Jobs of one step by state (retry: failed once, waiting to run again).",
  properties: Object.fromEntries(JOB_STATES.map((s) => [s, COUNT])),
  required: [...JOB_STATES],
} as const;

export const STATUS_SCHEMA = {
  type: "object",
  properties: {
    store: { type: "string", enum: ["sqlite", "postgres"] },
    counts: {
      type: "object",
      description: "The store's counts, as `sitrep status` prints them.",
      properties: {
        articles: COUNT,
        revisions: COUNT,
        extracted: COUNT,
        pendingExtraction: COUNT,
        reports: COUNT,
        events: COUNT,
        deletedEvents: COUNT,
        skippedInputs: COUNT,
      },
      additionalProperties: COUNT,
    },
    queue: {
      type: ["object", "null"],
      description: "Worker jobs per step (ingest, extract); null when there is no job queue (SQLite, or no worker has run).",
      additionalProperties: STEP_SCHEMA,
    },
  },
  required: ["store", "counts", "queue"],
} as const;

export const statusRoutes: FastifyPluginAsync<ApiOptions> = async (app, { store }) => {
  app.get(
    "/status",
    {
      schema: {
        summary: "Pipeline progress: store counts and, on PostgreSQL, worker jobs by state",
        tags: ["meta"],
        querystring: querySchema({}),
        response: { 200: STATUS_SCHEMA },
      },
    },
    async () => {
      const [counts, flat] = await Promise.all([store.status(), queueStatus(store)]);
      return { store: store.kind, counts, queue: queueByStep(flat) };
    },
  );
};
