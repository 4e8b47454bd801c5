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
import { statusRoutes } from "./status.js";
import { WEB_DIST, webBuilt } from "./web.js";
import fastifyCookie from "@fastify/cookie";
import fastifyRateLimit from "@fastify/rate-limit";
import type { Writable } from "node:stream";
import { SitrepError } from "../errors.js";
import type { DeskStore } from "../store/desk.js";
import { deskStoreFor } from "../desk/index.js";
import { DEFAULT_LIMITS, type DeskContext, type DeskLimits } from "../desk/context.js";
import { makeMailer } from "../desk/mailer.js";
import { collectAllRoutes, installGuard, securityHeaders, type RouteEntry } from "../desk/guard.js";
import { authRoutes } from "./auth.js";
import { usersRoutes } from "./users.js";
import { settingsRoutes } from "./settings.js";
import { reviewRoutes } from "./review.js";
import { auditRoutes } from "./audit.js";
import { tipsRoutes } from "./tips.js";

export const API_PREFIX = "/api/v1";

export interface AppOptions {
  store: Store;
  /** Folder of the built UI; default src/web/dist. Not served when it has no index.html. */
  webDist?: string | false;
  /** Live stream poll interval in ms (default 1000). */
  pollMs?: number;
  /** true, or a stream to log to; Authorization headers, cookies and bodies are never logged. */
  logger?: boolean | { stream: Writable; level?: string };
  /** The desk's store (accounts, review, audit, tips); default: on the store's own database. */
  desk?: DeskStore | null;
  /** smtp:// URL for mail; default $SITREP_SMTP; without one, mail goes to the outbox table. */
  smtp?: string;
  /** Set Secure on the session cookie even over plain http (behind a TLS proxy); default $SITREP_SECURE_COOKIES. */
  secureCookies?: boolean;
  /** Origin for mailed links when the base_url setting is unset; default $SITREP_BASE_URL, else the listening address. */
  baseUrl?: string;
  limits?: Partial<DeskLimits>;
}

/** Largest request body by default (the tip form has its own, smaller limit). */
export const BODY_LIMIT = 256 * 1024;

const ROUTES = new WeakMap<FastifyInstance, RouteEntry[]>();

/** Every route registered on an app built by buildApp (method, url), for the authorization matrix. */
export function registeredRoutes(app: FastifyInstance): RouteEntry[] {
  return ROUTES.get(app) ?? [];
}

function loggerOption(l: AppOptions["logger"]): object | boolean {
  if (!l) return false;
  const redact = { paths: ["req.headers.authorization", "req.headers.cookie", 'res.headers["set-cookie"]', "req.body", "body"], censor: "[redacted]" };
  return l === true ? { redact } : { redact, stream: l.stream, level: l.level ?? "info" };
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOption(opts.logger),
    bodyLimit: BODY_LIMIT,
    // Unknown query parameters are errors (a typo must not silently widen a query), so ajv
    // must not strip them; all parameters arrive as strings and are parsed by parseFilter.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } },
    routerOptions: { ignoreTrailingSlash: true },
  });
  installErrorHandler(app);
  // JSON only: a text/plain body (what a cross-site HTML form can send without a preflight) is 415.
  app.removeContentTypeParser("text/plain");
  ROUTES.set(app, collectAllRoutes(app));
  const desk = opts.desk === undefined ? deskStoreFor(opts.store) : opts.desk;
  await app.register(fastifyCookie);
  // Per-route limits only (log-in, forgot-password, tips); the answer is a SITREP_E_LOCKED error.
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_req, c) => new SitrepError("SITREP_E_LOCKED", `at most ${c.max} requests per ${c.after}; retry later`),
  });
  securityHeaders(app);
  installGuard(app, desk);
  for (const s of [EVENT_SCHEMA, API_EVENT_SCHEMA, ERROR_SCHEMA]) app.addSchema(s);
  const routes = collectRoutes(app);
  const o = { store: opts.store, pollMs: opts.pollMs };
  await app.register(
    async (api) => {
      await api.register(healthRoutes, o);
      await api.register(statusRoutes, o);
      await api.register(eventsRoutes, o);
      await api.register(eventDetailRoutes, o);
      await api.register(controlRoutes, o);
      await api.register(actorsRoutes, o);
      await api.register(placesRoutes, o);
      await api.register(aggregatesRoutes, o);
      await api.register(streamRoutes, o);
      if (desk) {
        const ctx: DeskContext = {
          store: opts.store,
          desk,
          mailer: makeMailer(desk, opts.smtp ?? process.env.SITREP_SMTP),
          secureCookies: opts.secureCookies ?? process.env.SITREP_SECURE_COOKIES === "1",
          limits: { ...DEFAULT_LIMITS, ...opts.limits },
          baseUrl: opts.baseUrl ?? process.env.SITREP_BASE_URL,
          listeningUrl: () => {
            const a = app.server.address();
            return a && typeof a === "object" ? `http://${a.family === "IPv6" ? `[${a.address}]` : a.address}:${a.port}` : "http://localhost:8080";
          },
        };
        for (const p of [authRoutes, usersRoutes, settingsRoutes, reviewRoutes, auditRoutes, tipsRoutes]) await api.register(p, ctx);
      }
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
