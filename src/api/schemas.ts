// JSON schemas shared by the API routes. The Event schema is generated from the zod schema in
// src/event.ts, so the API documents exactly the record the pipeline stores.
import { z } from "zod";
import { EventSchema, VERIFICATIONS } from "../event.js";

function eventJsonSchema(): Record<string, unknown> {
  const s = z.toJSONSchema(EventSchema, { target: "draft-7" }) as Record<string, unknown>;
  delete s.$schema;
  return { $id: "Event", title: "Event", description: "An ACLED-coded event with sitrep's sourcing fields (docs/events.md).", ...s };
}

export const EVENT_SCHEMA = eventJsonSchema();

export const ERROR_SCHEMA = {
  $id: "Error",
  title: "Error",
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", description: "A stable SITREP_E_* code (src/errors.ts)." },
        message: { type: "string", description: "Names the parameter and says why, e.g. `since: expected a date YYYY-MM-DD, got \"x\"`." },
      },
    },
  },
} as const;

const date = (what: string) => ({ type: "string", description: `${what} (YYYY-MM-DD, inclusive)`, examples: ["2024-12-05"] });

/** The event filters: the same names and meanings as the CLI options (parsed by src/store/filter-parse.ts). */
export const FILTER_QUERY = {
  country: { type: "string", description: "ACLED country name or ISO 3166 alpha-2 code", examples: ["SY"] },
  type: { type: "string", description: "event_type or sub_event_type", examples: ["Battles"] },
  actor: { type: "string", description: "substring of actor1 or actor2 (case-insensitive)" },
  since: date("first event_date"),
  until: date("last event_date"),
  bbox: { type: "string", description: "minLon,minLat,maxLon,maxLat", examples: ["35,34,38,36.5"] },
  near: { type: "string", description: "lat,lon,km: events within km of the point", examples: ["35.13,36.75,25"] },
  verification: { type: "string", enum: [...VERIFICATIONS], description: "verification level" },
} as const;

export const PAGE_QUERY = {
  limit: { type: "string", description: "page size for format=json (default 100, no upper cap); for streamed formats an optional total cap", examples: ["100"] },
  after: { type: "string", description: "cursor: the `next` value of the previous page (an event_id_cnty)" },
  updated_since: { type: "string", description: "ISO timestamp: only events created, changed or deleted after it; deleted events come as tombstones with `deleted: true`" },
} as const;

export function querySchema(properties: Record<string, unknown>, required: string[] = []) {
  return { type: "object", additionalProperties: false, properties, required } as const;
}

/** Standard error responses every route may give. */
export const ERROR_RESPONSES = {
  400: { description: "A parameter is invalid; the message names it and says why.", $ref: "Error#" },
  404: { description: "No such record.", $ref: "Error#" },
} as const;

/** An event as the API returns it: the Event, when it was last written, and tombstone marks. */
export const API_EVENT_SCHEMA = {
  $id: "ApiEvent",
  title: "ApiEvent",
  description: "An Event plus `updated_at`; deleted events (tombstones, only with updated_since) add `deleted: true` and `deleted_at`.",
  allOf: [{ $ref: "Event#" }],
  type: "object",
  properties: {
    updated_at: { type: "string" },
    deleted: { type: "boolean" },
    deleted_at: { type: "string" },
    merged_into: { type: "string", description: "for a tombstone left by fusion: the event it was merged into" },
  },
} as const;
