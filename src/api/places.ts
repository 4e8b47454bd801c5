// GET /places?q=: look a place name up in the gazetteer (src/geo resolvePlace), for the map's search box.
import type { FastifyPluginAsync } from "fastify";
import { resolvePlace } from "../geo/index.js";
import type { ApiOptions } from "./context.js";
import { querySchema } from "./schemas.js";

export const placesRoutes: FastifyPluginAsync<ApiOptions> = async (app) => {
  app.get(
    "/places",
    {
      schema: {
        summary: "Resolve a place name with the gazetteer",
        tags: ["reference"],
        querystring: querySchema(
          {
            q: { type: "string", minLength: 1, description: "place name, e.g. Hama or 'Hama, Syria'" },
            country: { type: "string", pattern: "^[A-Za-z]{2}$", description: "ISO 3166 alpha-2 code to prefer" },
          },
          ["q"],
        ),
        response: {
          200: {
            type: "object",
            properties: {
              query: { type: "string" },
              places: {
                type: "array",
                items: {
                  type: "object",
                  properties: {
                    name: { type: "string" }, location: { type: "string" }, geonameid: { type: ["integer", "null"] },
                    country: { type: "string" }, countryName: { type: "string" }, admin1: { type: "string" }, admin2: { type: "string" },
                    latitude: { type: ["number", "null"] }, longitude: { type: ["number", "null"] }, geo_precision: { type: "integer" },
                    population: { type: "integer" },
                  },
                },
              },
            },
          },
        },
      },
    },
    async (req) => {
      const { q, country } = req.query as { q: string; country?: string };
      const hit = resolvePlace(q, country ? { countries: [country.toUpperCase()] } : undefined);
      return { query: q, places: hit ? [hit] : [] };
    },
  );
};
