// GET /aggregates?by=admin1|week|day|...: event and fatality counts per bucket, for charts.
import type { FastifyPluginAsync } from "fastify";
import { parseFilter } from "../store/filter-parse.js";
import type { Event } from "../event.js";
import type { ApiOptions } from "./context.js";
import { FILTER_QUERY, querySchema } from "./schemas.js";

const BY = ["admin1", "week", "day", "country", "event_type", "sub_event_type", "verification"] as const;
type By = (typeof BY)[number];

/** Monday of the ISO week holding `date` (YYYY-MM-DD). */
export function weekOf(date: string): string {
  const d = new Date(date + "T00:00:00Z");
  const shift = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - shift);
  return d.toISOString().slice(0, 10);
}

function keyOf(e: Event, by: By): string {
  switch (by) {
    case "admin1":
      return e.admin1 ? `${e.country} / ${e.admin1}` : `${e.country} / (unknown admin1)`;
    case "week":
      return weekOf(e.event_date);
    case "day":
      return e.event_date;
    default:
      return String(e[by]);
  }
}

export const aggregatesRoutes: FastifyPluginAsync<ApiOptions> = async (app, { store }) => {
  app.get(
    "/aggregates",
    {
      schema: {
        summary: "Counts of events and fatalities per admin1, week, day, country or type",
        tags: ["events"],
        querystring: querySchema({ ...FILTER_QUERY, by: { type: "string", enum: [...BY], description: "bucket; week buckets are named by their Monday" } }, ["by"]),
        response: {
          200: {
            type: "object",
            properties: {
              by: { type: "string" },
              total: { type: "integer" },
              fatalities: { type: "integer" },
              buckets: {
                type: "array",
                items: { type: "object", properties: { key: { type: "string" }, events: { type: "integer" }, fatalities: { type: "integer" } } },
              },
            },
          },
        },
      },
    },
    async (req) => {
      const q = req.query as Record<string, string | undefined>;
      const by = q.by as By;
      const filter = parseFilter(q);
      const buckets = new Map<string, { key: string; events: number; fatalities: number }>();
      let total = 0;
      let fatalities = 0;
      for (const { event: e } of await store.listEvents(filter)) {
        const k = keyOf(e, by);
        const b = buckets.get(k) ?? { key: k, events: 0, fatalities: 0 };
        b.events++;
        b.fatalities += e.fatalities;
        buckets.set(k, b);
        total++;
        fatalities += e.fatalities;
      }
      const list = [...buckets.values()];
      // Time buckets read left to right; the others biggest first.
      if (by === "week" || by === "day") list.sort((a, b) => a.key.localeCompare(b.key));
      else list.sort((a, b) => b.events - a.events || a.key.localeCompare(b.key));
      return { by, total, fatalities, buckets: list };
    },
  );
};
