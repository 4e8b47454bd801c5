// The request guard every route passes: who is asking (session cookie or bearer token), whether
// the authorization table lets them, and the CSRF check for cookie-authenticated changes.
// Also the security headers (strict CSP) on every response.
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from "fastify";
import { SitrepError } from "../errors.js";
import type { DeskStore, SessionRow } from "../store/desk.js";
import { decide, fallbackRule, isSafeMethod, ruleFor, type Principal } from "./authz.js";
import { settingsOf } from "./context.js";
import { sameSecret, sha256 } from "./secrets.js";

export const SESSION_COOKIE = "sitrep_session";
export const CSRF_HEADER = "x-csrf-token";

declare module "fastify" {
  interface FastifyRequest {
    principal: Principal | null;
    session: SessionRow | null;
  }
}

const CSRF_EXEMPT = new Set(["POST /api/v1/auth/login"]);

export interface RouteEntry {
  method: string;
  url: string;
}

/** Starts collecting every route (method, url) as it is registered; call before any route. */
export function collectAllRoutes(app: FastifyInstance): RouteEntry[] {
  const out: RouteEntry[] = [];
  app.addHook("onRoute", (r: RouteOptions) => {
    for (const m of Array.isArray(r.method) ? r.method : [r.method]) out.push({ method: m, url: r.url });
  });
  return out;
}

// Content-Security-Policy: scripts and styles only from this origin (no inline script, no eval);
// MapLibre draws with workers made from blob: URLs and images from data:/blob:. Inline *style*
// attributes stay allowed (the map UI colours swatches and markers with them); inline script never.
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export function securityHeaders(app: FastifyInstance): void {
  app.addHook("onSend", async (_req, reply) => {
    reply.header("content-security-policy", CSP);
    reply.header("x-content-type-options", "nosniff");
    reply.header("x-frame-options", "DENY");
    reply.header("referrer-policy", "no-referrer");
    reply.header("cross-origin-opener-policy", "same-origin");
    reply.header("permissions-policy", "geolocation=(), camera=(), microphone=()");
  });
}

async function resolve(req: FastifyRequest, desk: DeskStore): Promise<void> {
  req.principal = null;
  req.session = null;
  const auth = req.headers.authorization;
  if (auth !== undefined) {
    const m = /^Bearer ([A-Za-z0-9_\-]{20,200})$/.exec(auth.trim());
    const tok = m ? await desk.getTokenByHash(sha256(m[1]!)) : undefined;
    const user = tok && (await desk.getUser(tok.userId));
    // A bad token is an error, never a silent fall-back to anonymous.
    if (!tok || !user || user.disabledAt) throw new SitrepError("SITREP_E_UNAUTHENTICATED", "the API token is invalid or revoked");
    req.principal = { userId: user.id, email: user.email, role: user.role, via: "token", scope: tok.scope };
    return;
  }
  const sid = req.cookies?.[SESSION_COOKIE];
  if (!sid) return;
  const s = await desk.getSession(sha256(sid));
  if (!s) return;
  if (s.expiresAt <= new Date().toISOString()) {
    await desk.deleteSession(s.idHash);
    return;
  }
  const user = await desk.getUser(s.userId);
  if (!user || user.disabledAt) return;
  req.session = s;
  req.principal = { userId: user.id, email: user.email, role: user.role, via: "session" };
}

export function installGuard(app: FastifyInstance, desk: DeskStore | null): void {
  app.decorateRequest("principal", null);
  app.decorateRequest("session", null);
  app.addHook("onRequest", async (req: FastifyRequest, _reply: FastifyReply) => {
    const url = req.routeOptions.url;
    if (!desk) {
      req.principal = null;
      return;
    }
    await resolve(req, desk);
    if (url === undefined) return; // no route: the 404 handler answers
    const rule = ruleFor(req.method, url) ?? fallbackRule(req.method);
    const who = req.principal;
    const pub = rule === "read" ? (await settingsOf(desk)).public : true;
    const d = decide(rule, req.method, who, pub);
    if (d === "unauthenticated") throw new SitrepError("SITREP_E_UNAUTHENTICATED");
    if (d === "forbidden") {
      throw new SitrepError("SITREP_E_FORBIDDEN", who?.via === "token" && who.scope === "read" ? "a read-scoped API token cannot change anything" : `${req.method} ${url} needs a higher role than ${who?.role}`);
    }
    // CSRF: a cookie rides along with any cross-site request, so a change made with the session
    // cookie must also carry the session's CSRF token in a header (which other sites cannot set).
    // Log-in is exempt: it acts with no session's authority (it replaces the session).
    if (req.session && !isSafeMethod(req.method) && !CSRF_EXEMPT.has(`${req.method} ${url}`)) {
      const sent = req.headers[CSRF_HEADER];
      if (typeof sent !== "string" || !sameSecret(sent, req.session.csrf)) throw new SitrepError("SITREP_E_CSRF");
    }
  });
}
