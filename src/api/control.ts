// GET /control?at=, /control/areas?at=, /control/changes?since=: territorial control from
// src/control. This file only validates the parameters and shapes the answers as GeoJSON / lists.
import type { FastifyPluginAsync } from "fastify";
import { SitrepError } from "../errors.js";
import { controlAreas, controlAt, controlChanges, type ControlRecord } from "../control/index.js";
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

/** Control records as GeoJSON points (places without coordinates are listed with a null geometry). */
export function pointsCollection(at: string, recs: ControlRecord[]) {
  return {
    type: "FeatureCollection",
    at,
    features: recs.map((r) => ({
      type: "Feature",
      id: r.place_key,
      geometry: r.latitude != null && r.longitude != null ? { type: "Point", coordinates: [r.longitude, r.latitude] } : null,
      properties: r,
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
        summary: "Who holds each tracked place on a date (GeoJSON points; properties as src/control ControlRecord: place, country, holder (null while contested), claimant, since, event_id, verification, reason)",
        tags: ["control"],
        querystring: querySchema({ at, country: { type: "string", description: "ISO2 code or ACLED name" } }),
        response: { 200: featureCollection },
      },
    },
    async (req, reply) => {
      const q = req.query as { at?: string; country?: string };
      const date = isoDate("at", q.at, today());
      let recs = await controlAt(store, date);
      if (q.country) {
        const c = q.country.toLowerCase();
        recs = recs.filter((r) => r.country.toLowerCase() === c || r.country_code?.toLowerCase() === c);
      }
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
      const fc = await controlAreas(store, date);
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
      const changes = await controlChanges(store, since);
      return reply.type("application/json; charset=utf-8").send(JSON.stringify({ since: since ?? null, changes }));
    },
  );
};
