// GET /places?q=: gazetteer candidates for a place name, ranked (src/geo/search.ts), for the
// map's search box and for clients that want to pick the right one of several Tripolis.
import type { FastifyPluginAsync } from "fastify";
import { SitrepError } from "../errors.js";
import { DEFAULT_LIMIT, MAX_LIMIT, searchPlaces } from "../geo/search.js";
import type { ApiOptions } from "./context.js";
import { querySchema } from "./schemas.js";

const placeSchema = {
  type: "object",
  properties: {
    name: { type: "string", description: "the gazetteer's name for the entry" },
    matched: { type: "string", description: "the name or alias the query matched" },
    match: { type: "string", enum: ["name", "alias", "loose", "prefix"], description: "how it matched: whole name, alias, transliteration variant or name prefix" },
    location: { type: "string", description: "ACLED's location column (an admin1 or country is placed at its capital)" },
    geonameid: { type: ["integer", "null"] },
    kind: { type: "string", enum: ["place", "admin1", "country", "feature"] },
    feature_code: { type: "string", description: "GeoNames feature code (PPLA, PPLC, ADM1, PCLI, SEA...)" },
    country: { type: "string", description: "ISO 3166 alpha-2" },
    countryName: { type: "string" },
    admin1: { type: "string" },
    admin2: { type: "string" },
    latitude: { type: "number" },
    longitude: { type: "number" },
    geo_precision: { type: "integer", enum: [1, 2, 3] },
    population: { type: "integer" },
    score: { type: "number", description: "ranking score, higher is better; comparable within one response only" },
  },
  required: ["name", "match", "country", "latitude", "longitude", "kind", "score"],
} as const;

export const placesRoutes: FastifyPluginAsync<ApiOptions> = async (app) => {
  app.get(
    "/places",
    {
      schema: {
        summary: "Search the gazetteer: ranked candidates for a place name",
        description: "Whole names and aliases first, then transliteration variants and name prefixes, ranked by population, feature class and the preferred country. `q` may end in `, <country or admin1>` (\"Kaya, Burkina Faso\").",
        tags: ["reference"],
        querystring: querySchema(
          {
            q: { type: "string", minLength: 1, description: "place name or its start, e.g. Hama, 'Hama, Syria' or 'Ham'" },
            country: { type: "string", pattern: "^[A-Za-z]{2}$", description: "ISO 3166 alpha-2 code whose places rank first" },
            limit: { type: "string", pattern: "^[0-9]+$", description: `most candidates returned (default ${DEFAULT_LIMIT}, 1 to ${MAX_LIMIT})`, examples: ["10"] },
          },
          ["q"],
        ),
        response: {
          200: {
            type: "object",
            properties: {
              query: { type: "string" },
              count: { type: "integer" },
              places: { type: "array", items: placeSchema },
              empty_reason: { type: "string", description: "when places is empty: why" },
            },
          },
        },
      },
    },
    async (req) => {
      const { q, country, limit } = req.query as { q: string; country?: string; limit?: string };
      const n = limit === undefined ? DEFAULT_LIMIT : Number(limit);
      if (n < 1 || n > MAX_LIMIT) throw new SitrepError("SITREP_E_BAD_ARGUMENT", `limit: expected 1 to ${MAX_LIMIT}, got ${JSON.stringify(limit)}`);
      const places = searchPlaces(q, { country, limit: n });
      if (places.length) return { query: q, count: places.length, places };
      return { query: q, count: 0, places, empty_reason: `q: no gazetteer name or alias matches or starts with ${JSON.stringify(q)}` };
    },
  );
};
