// The HTTP API and UI in one Fastify app. Each resource is a plugin under /api/v1; the built web
// UI (src/web/dist) is served from /. Tests drive it with app.inject(); `sitrep serve` listens.
import Fastify, { type FastifyInstance } from "fastify";
import fastifyStatic from "@fastify/static";
import type { Store } from "../store/index.js";
import { installErrorHandler } from "./errors.js";
import { API_EVENT_SCHEMA, ERROR_SCHEMA, EVENT_SCHEMA } from "./schemas.js";
import { collectRoutes, openapiRoutes } from "./openapi.js";
import { eventsRoutes } from "./events.js";
import { eventDetailRoutes } from "./event-detail.js";
import { controlRoutes } from "./control.js";
import { actorsRoutes } from "./actors.js";
import { placesRoutes } from "./places.js";
import { aggregatesRoutes } from "./aggregates.js";
import { streamRoutes } from "./stream.js";
import { healthRoutes } from "./health.js";
import { WEB_DIST, webBuilt } from "./web.js";

export const API_PREFIX = "/api/v1";

export interface AppOptions {
  store: Store;
  /** Folder of the built UI; default src/web/dist. Not served when it has no index.html. */
  webDist?: string | false;
  /** Live stream poll interval in ms (default 1000). */
  pollMs?: number;
  logger?: boolean;
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    // Unknown query parameters are errors (a typo must not silently widen a query), so ajv
    // must not strip them; all parameters arrive as strings and are parsed by parseFilter.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } },
    routerOptions: { ignoreTrailingSlash: true },
  });
  installErrorHandler(app);
  for (const s of [EVENT_SCHEMA, API_EVENT_SCHEMA, ERROR_SCHEMA]) app.addSchema(s);
  const routes = collectRoutes(app);
  const o = { store: opts.store, pollMs: opts.pollMs };
  await app.register(
    async (api) => {
      await api.register(healthRoutes, o);
      await api.register(eventsRoutes, o);
      await api.register(eventDetailRoutes, o);
      await api.register(controlRoutes, o);
      await api.register(actorsRoutes, o);
      await api.register(placesRoutes, o);
      await api.register(aggregatesRoutes, o);
      await api.register(streamRoutes, o);
      await api.register(openapiRoutes, { ...o, routes });
    },
    { prefix: API_PREFIX },
  );
  const dist = opts.webDist === undefined ? WEB_DIST : opts.webDist;
  if (dist && webBuilt(dist)) {
    await app.register(fastifyStatic, { root: dist, prefix: "/", index: ["index.html"], maxAge: "1h" });
  }
  return app;
}
