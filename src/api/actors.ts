// GET /actors: actors seen in the (filtered) events with counts and date ranges; with
// registry=true also every actor of the registry in data/actors/ (src/extract/actors.ts).
import type { FastifyPluginAsync } from "fastify";
import { parseFilter } from "../store/filter-parse.js";
import { allActors } from "../extract/actors.js";
import type { ApiOptions } from "./context.js";
import { FILTER_QUERY, querySchema } from "./schemas.js";

interface ActorRow {
  name: string;
  events: number;
  as_actor1: number;
  as_actor2: number;
  fatalities: number;
  first_date: string | null;
  last_date: string | null;
  countries: string[];
  inter: number | null;
  in_registry: boolean;
  kind?: string;
  aliases?: string[];
}

const actorSchema = {
  type: "object",
  properties: {
    name: { type: "string" },
    events: { type: "integer" },
    as_actor1: { type: "integer" },
    as_actor2: { type: "integer" },
    fatalities: { type: "integer" },
    first_date: { type: ["string", "null"] },
    last_date: { type: ["string", "null"] },
    countries: { type: "array", items: { type: "string" } },
    inter: { type: ["integer", "null"] },
    in_registry: { type: "boolean" },
    kind: { type: "string" },
    aliases: { type: "array", items: { type: "string" } },
  },
};

export const actorsRoutes: FastifyPluginAsync<ApiOptions> = async (app, { store }) => {
  app.get(
    "/actors",
    {
      schema: {
        summary: "Actors in the events (and optionally the whole registry)",
        tags: ["reference"],
        querystring: querySchema({
          ...FILTER_QUERY,
          q: { type: "string", description: "case-insensitive substring of the actor name (or an alias, for registry entries)" },
          registry: { type: "string", enum: ["true", "false"], description: "also list registry actors not seen in any event" },
        }),
        response: { 200: { type: "object", properties: { actors: { type: "array", items: actorSchema }, count: { type: "integer" } } } },
      },
    },
    async (req) => {
      const q = req.query as Record<string, string | undefined>;
      const filter = parseFilter(q);
      const needle = q.q?.trim().toLowerCase();
      const registry = new Map(safeRegistry().map((a) => [a.name, a]));
      const rows = new Map<string, ActorRow>();
      const touch = (name: string, inter: number, role: 1 | 2, date: string, country: string, fatalities: number) => {
        if (!name) return;
        let r = rows.get(name);
        if (!r) {
          const reg = registry.get(name);
          r = { name, events: 0, as_actor1: 0, as_actor2: 0, fatalities: 0, first_date: date, last_date: date, countries: [], inter, in_registry: !!reg, ...(reg ? { kind: reg.kind } : {}) };
          rows.set(name, r);
        }
        r.events++;
        if (role === 1) r.as_actor1++;
        else r.as_actor2++;
        r.fatalities += fatalities;
        if (date < r.first_date!) r.first_date = date;
        if (date > r.last_date!) r.last_date = date;
        if (country && !r.countries.includes(country)) r.countries.push(country);
      };
      for (const { event: e } of await store.listEvents(filter)) {
        touch(e.actor1, e.inter1, 1, e.event_date, e.country, e.fatalities);
        if (e.actor2 !== e.actor1) touch(e.actor2, e.inter2, 2, e.event_date, e.country, 0);
      }
      if (q.registry === "true") {
        for (const a of registry.values()) {
          if (rows.has(a.name)) continue;
          rows.set(a.name, {
            name: a.name, events: 0, as_actor1: 0, as_actor2: 0, fatalities: 0, first_date: null, last_date: null,
            countries: a.country ? [a.country] : [], inter: a.inter, in_registry: true, kind: a.kind, aliases: a.aliases,
          });
        }
      }
      let actors = [...rows.values()];
      if (needle) {
        actors = actors.filter((a) => a.name.toLowerCase().includes(needle) || registry.get(a.name)?.aliases.some((x) => x.toLowerCase().includes(needle)));
      }
      actors.sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
      return { actors, count: actors.length };
    },
  );
};

/** The registry is optional for this route: without data/actors the event-derived list still works. */
function safeRegistry() {
  try {
    return allActors();
  } catch {
    return [];
  }
}
