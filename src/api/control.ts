// GET /control?at=, /control/areas?at=, /control/changes?since=: territorial control from
// src/control (owned by the control engineer). This file only validates the parameters and
// shapes the answers as GeoJSON / lists; the records are normalised defensively so the wire
// format stays stable if the control module grows fields.
import type { FastifyPluginAsync } from "fastify";
import { SitrepError } from "../errors.js";
import { controlAreas, controlAt, controlChanges } from "../control/index.js";
import type { ApiOptions } from "./context.js";
import { querySchema } from "./schemas.js";

const bad = (name: string, why: string) => new SitrepError("SITREP_E_BAD_ARGUMENT", `${name}: ${why}`);

export function isoDate(name: string, v: string | undefined, dflt?: string): string {
  if (v === undefined || v === "") {
    if (dflt) return dflt;
    throw bad(name, "required, a date YYYY-MM-DD");
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw bad(name, `expected a date YYYY-MM-DD, got "${v}"`);
  const d = new Date(v + "T00:00:00Z");
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) throw bad(name, `"${v}" is not a real date`);
  return v;
}

/** One place's control on the asked date, as the API returns it. */
export interface ControlRecord {
  place: string;
  country: string;
  holder: string;
  since: string | null;
  event_id: string | null;
  verification: string | null;
  contested: boolean;
  latitude: number | null;
  longitude: number | null;
}

type Loose = Record<string, unknown>;
const str = (o: Loose, ...keys: string[]): string | null => {
  for (const k of keys) if (typeof o[k] === "string" && o[k]) return o[k] as string;
  return null;
};
const num = (o: Loose, ...keys: string[]): number | null => {
  for (const k of keys) if (typeof o[k] === "number" && Number.isFinite(o[k])) return o[k] as number;
  return null;
};

export function normaliseRecord(raw: unknown): ControlRecord {
  const o = (raw ?? {}) as Loose;
  const status = str(o, "status", "state");
  return {
    place: str(o, "place", "location", "name") ?? "",
    country: str(o, "country", "country_code") ?? "",
    holder: str(o, "holder", "actor", "controller") ?? "",
    since: str(o, "since", "from", "start", "date"),
    event_id: str(o, "event_id", "eventId", "event_id_cnty"),
    verification: str(o, "verification"),
    contested: o.contested === true || status === "contested",
    latitude: num(o, "latitude", "lat"),
    longitude: num(o, "longitude", "lon", "lng"),
  };
}

/** controlAt/controlChanges may answer with an array or a GeoJSON FeatureCollection; both become records. */
export function asRecords(result: unknown): ControlRecord[] {
  const r = result as Loose | unknown[] | null | undefined;
  if (Array.isArray(r)) return r.map(normaliseRecord);
  if (r && Array.isArray((r as Loose).features)) {
    return ((r as Loose).features as Loose[]).map((f) => {
      const rec = normaliseRecord(f.properties);
      const g = f.geometry as { type?: string; coordinates?: number[] } | null;
      if (g?.type === "Point" && g.coordinates) [rec.longitude, rec.latitude] = [g.coordinates[0] ?? null, g.coordinates[1] ?? null];
      return rec;
    });
  }
  for (const k of ["places", "holdings", "records", "changes"]) {
    if (r && Array.isArray((r as Loose)[k])) return ((r as Loose)[k] as unknown[]).map(normaliseRecord);
  }
  return [];
}

export function pointsCollection(at: string, recs: ControlRecord[]) {
  return {
    type: "FeatureCollection",
    at,
    features: recs.map((r) => ({
      type: "Feature",
      id: `${r.country}:${r.place}`,
      geometry: r.latitude != null && r.longitude != null ? { type: "Point", coordinates: [r.longitude, r.latitude] } : null,
      properties: { place: r.place, country: r.country, holder: r.holder, since: r.since, event_id: r.event_id, verification: r.verification, contested: r.contested },
    })),
  };
}

const today = () => new Date().toISOString().slice(0, 10);
const at = { type: "string", description: "the date (YYYY-MM-DD); default today", examples: ["2024-12-06"] };
const featureCollection = {
  type: "object",
  description: "GeoJSON FeatureCollection",
  properties: { type: { type: "string" }, at: { type: "string" }, features: { type: "array", items: { type: "object", additionalProperties: true } } },
};

export const controlRoutes: FastifyPluginAsync<ApiOptions> = async (app, { store }) => {
  app.get(
    "/control",
    {
      schema: {
        summary: "Who holds each tracked place on a date (GeoJSON points; properties place, country, holder, since, event_id, verification, contested)",
        tags: ["control"],
        querystring: querySchema({ at, country: { type: "string", description: "ISO2 code or ACLED name" } }),
        response: { 200: featureCollection },
      },
    },
    async (req, reply) => {
      const q = req.query as { at?: string; country?: string };
      const date = isoDate("at", q.at, today());
      let recs = asRecords(await controlAt(store, date));
      if (q.country) {
        const c = q.country.toLowerCase();
        recs = recs.filter((r) => r.country.toLowerCase() === c);
      }
      recs.sort((a, b) => a.country.localeCompare(b.country) || a.place.localeCompare(b.place));
      return reply.type("application/geo+json").send(JSON.stringify(pointsCollection(date, recs)));
    },
  );
  app.get(
    "/control/areas",
    {
      schema: {
        summary: "Control areas on a date: polygons per holder (GeoJSON)",
        tags: ["control"],
        querystring: querySchema({ at }),
        response: { 200: featureCollection },
      },
    },
    async (req, reply) => {
      const q = req.query as { at?: string };
      const date = isoDate("at", q.at, today());
      const fc = (await controlAreas(store, date)) as unknown as Loose;
      return reply.type("application/geo+json").send(JSON.stringify({ ...fc, at: date }));
    },
  );
  app.get(
    "/control/changes",
    {
      schema: {
        summary: "Changes of control since a date, oldest first",
        tags: ["control"],
        querystring: querySchema({ since: { type: "string", description: "first date (YYYY-MM-DD); default: all" } }),
        response: {
          200: {
            type: "object",
            properties: {
              since: { type: ["string", "null"] },
              changes: { type: "array", items: { type: "object", additionalProperties: true } },
            },
          },
        },
      },
    },
    async (req, reply) => {
      const q = req.query as { since?: string };
      const since = q.since ? isoDate("since", q.since) : undefined;
      const raw = await controlChanges(store, since);
      const list = Array.isArray(raw) ? raw : asRecords(raw);
      return reply.type("application/json; charset=utf-8").send(JSON.stringify({ since: since ?? null, changes: list }));
    },
  );
};
