// GET /events: the filtered event list. JSON pages with a `next` cursor (no cap on the total),
// or GeoJSON / ACLED CSV / JSONL streamed page by page for large pulls. `updated_since` gives
// incremental sync, tombstones included.
import { Readable } from "node:stream";
import type { FastifyPluginAsync } from "fastify";
import { SitrepError } from "../errors.js";
import { parseFilter } from "../store/filter-parse.js";
import type { EventFilter, Store } from "../store/index.js";
import { geojsonFeature, serializer, type ExportFormat } from "../export/formats.js";
import { EventSchema, type Event } from "../event.js";
import type { ApiOptions } from "./context.js";
import { apiEvent } from "./event-item.js";
import { explainEmpty } from "./emptied-by.js";
import { FILTER_QUERY, PAGE_QUERY, querySchema } from "./schemas.js";

export const DEFAULT_LIMIT = 100;
/** Rows fetched per store call while streaming; bounds memory, not the total. */
const STREAM_PAGE = 2000;

const FORMATS = ["json", "geojson", "csv", "jsonl"] as const;
type Format = (typeof FORMATS)[number];
const EXPORT_OF: Record<Exclude<Format, "json">, ExportFormat> = { geojson: "geojson", csv: "acled-csv", jsonl: "jsonl" };

const listResponse = {
  type: "object",
  properties: {
    events: { type: "array", items: { $ref: "ApiEvent#" } },
    count: { type: "integer" },
    next: { type: ["string", "null"], description: "cursor for the next page (pass as `after`); null on the last page" },
    emptied_by: { type: ["string", "null"], description: "when empty: the filter whose removal brings events back" },
    empty_reason: { type: "string" },
  },
};

export const eventsRoutes: FastifyPluginAsync<ApiOptions> = async (app, { store }) => {
  app.get(
    "/events",
    {
      schema: {
        summary: "List events (filters as in `sitrep events`)",
        tags: ["events"],
        querystring: querySchema({
          ...FILTER_QUERY,
          ...PAGE_QUERY,
          format: { type: "string", enum: [...FORMATS], description: "json (paged), geojson, csv (ACLED columns) or jsonl (streamed)" },
          fields: { type: "string", description: "comma-separated event fields to return (json, geojson, jsonl), e.g. for a light map layer", examples: ["event_id_cnty,event_date,event_type"] },
        }),
        response: { 200: { description: "A page of events (format=json) or the streamed export.", ...listResponse } },
      },
    },
    async (req, reply) => {
      const q = req.query as Record<string, string | undefined>;
      const filter = parseFilter(q);
      const format = (q.format ?? "json") as Format;
      const pick = projection(q.fields, format);
      if (filter.after && !(await store.getEvent(filter.after))) {
        throw new SitrepError("SITREP_E_BAD_ARGUMENT", `after: no event "${filter.after}" to continue from`);
      }
      if (format === "json") return reply.type("application/json; charset=utf-8").send(await jsonPage(store, filter, pick));
      const s = serializer(EXPORT_OF[format]);
      reply.type(s.contentType);
      if (format !== "jsonl") reply.header("content-disposition", `inline; filename="events.${s.extension}"`);
      return reply.send(Readable.from(streamRows(store, filter, format, pick)));
    },
  );
};

type Pick = ((e: object) => object) | null;

/** Which fields `fields=` keeps; the wire names are the Event's plus updated_at/deleted/deleted_at. */
function projection(raw: string | undefined, format: Format): Pick {
  if (!raw) return null;
  if (format === "csv") throw new SitrepError("SITREP_E_BAD_ARGUMENT", "fields: not available with format=csv (ACLED columns are fixed)");
  const known = new Set([...Object.keys(EventSchema.shape), "updated_at", "deleted", "deleted_at"]);
  const names = raw.split(",").map((s) => s.trim()).filter(Boolean);
  const unknown = names.find((n) => !known.has(n));
  if (unknown) throw new SitrepError("SITREP_E_BAD_ARGUMENT", `fields: unknown field "${unknown}"`);
  // Tombstone marks always travel, or a sync client could not tell a deletion.
  const keep = [...new Set([...names, "deleted", "deleted_at"])];
  return (e) => {
    const src = e as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const k of keep) if (src[k] !== undefined) out[k] = src[k];
    return out;
  };
}

async function jsonPage(store: Store, filter: EventFilter, pick: Pick): Promise<string> {
  const limit = filter.limit ?? DEFAULT_LIMIT;
  const rows = await store.listEvents({ ...filter, limit: limit + 1 });
  const page = rows.slice(0, limit);
  const next = rows.length > limit ? page[page.length - 1]!.event.event_id_cnty : null;
  let tail = `],"count":${page.length},"next":${JSON.stringify(next)}`;
  if (!page.length && !filter.after) {
    const why = await explainEmpty(store, filter);
    tail += `,"emptied_by":${JSON.stringify(why.emptied_by)},"empty_reason":${JSON.stringify(why.empty_reason)}`;
  }
  // Built by hand: one JSON.stringify per event, no intermediate object for the whole page.
  return `{"events":[${page.map((r) => JSON.stringify(pick ? pick(apiEvent(r)) : apiEvent(r))).join(",")}${tail}}`;
}

async function* streamRows(store: Store, filter: EventFilter, format: Exclude<Format, "json">, pick: Pick): AsyncGenerator<string> {
  const s = serializer(EXPORT_OF[format]);
  const row = (e: Event, i: number): string => {
    if (!pick) return s.row(e, i);
    if (format === "jsonl") return JSON.stringify(pick(e)) + "\n";
    // GeoJSON: the geometry comes from the whole event, the properties are projected.
    const f = geojsonFeature(e) as { properties: object };
    return (i ? ",\n" : "") + JSON.stringify({ ...f, properties: pick(e) });
  };
  yield s.head();
  let remaining = filter.limit ?? Infinity;
  let after = filter.after;
  let i = 0;
  while (remaining > 0) {
    const rows = await store.listEvents({ ...filter, after, limit: Math.min(STREAM_PAGE, remaining) });
    const chunk: string[] = [];
    for (const r of rows) {
      // ACLED CSV has no column for deletion, so tombstones travel only in JSON/GeoJSON/JSONL.
      if (r.deletedAt && format === "csv") continue;
      chunk.push(row(format === "csv" ? r.event : apiEvent(r), i++));
    }
    if (chunk.length) yield chunk.join("");
    if (rows.length < Math.min(STREAM_PAGE, remaining)) break;
    remaining -= rows.length;
    after = rows[rows.length - 1]!.event.event_id_cnty;
  }
  yield s.tail();
}
