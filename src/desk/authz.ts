// The authorization table: one rule per route (METHOD + URL pattern as Fastify registers it).
// security.test.ts enumerates every registered route against it and fails when one is missing;
// at run time a route without a rule falls back to "read" for GET and "admin" for the rest.
import type { Role, TokenScope } from "../store/desk.js";

/**
 * open: anyone, always (log-in, health, the tip form, the UI's files);
 * read: anyone when the instance is public, else any logged-in user;
 * user: any logged-in user (own session, password, tokens);
 * editor: editors and admins (review queue, audit log, tips);
 * admin: admins (users, invitations, outbox, settings).
 */
export type Rule = "open" | "read" | "user" | "editor" | "admin";

const A = "/api/v1";
export const RULES: Record<string, Rule> = {
  // the web UI (static files); data comes through the API, where the rules apply
  "GET /*": "open",
  [`GET ${A}/health`]: "open",
  // pipeline progress for the map header: as public as the events it counts
  [`GET ${A}/status`]: "read",
  [`GET ${A}/openapi.json`]: "read",
  [`GET ${A}/events`]: "read",
  [`GET ${A}/events/:id`]: "read",
  [`GET ${A}/control`]: "read",
  [`GET ${A}/control/areas`]: "read",
  [`GET ${A}/control/changes`]: "read",
  [`GET ${A}/actors`]: "read",
  [`GET ${A}/places`]: "read",
  [`GET ${A}/aggregates`]: "read",
  [`GET ${A}/stream`]: "read",
  // accounts
  [`GET ${A}/auth/me`]: "open",
  [`POST ${A}/auth/login`]: "open",
  [`POST ${A}/auth/logout`]: "open",
  [`POST ${A}/auth/forgot`]: "open",
  [`POST ${A}/auth/reset`]: "open",
  [`POST ${A}/auth/signup`]: "open",
  [`POST ${A}/auth/logout-all`]: "user",
  [`POST ${A}/auth/password`]: "user",
  [`GET ${A}/auth/tokens`]: "user",
  [`POST ${A}/auth/tokens`]: "user",
  [`DELETE ${A}/auth/tokens/:id`]: "user",
  // administration
  [`GET ${A}/users`]: "admin",
  [`POST ${A}/users`]: "admin",
  [`PATCH ${A}/users/:id`]: "admin",
  [`POST ${A}/invites`]: "admin",
  [`GET ${A}/outbox`]: "admin",
  [`GET ${A}/settings`]: "admin",
  [`PUT ${A}/settings`]: "admin",
  // review queue and audit log
  [`GET ${A}/review`]: "editor",
  [`GET ${A}/review/:id`]: "editor",
  [`PATCH ${A}/review/:id`]: "editor",
  [`POST ${A}/review/:id/accept`]: "editor",
  [`POST ${A}/review/:id/reject`]: "editor",
  [`POST ${A}/review/:id/split`]: "editor",
  [`POST ${A}/review/merge`]: "editor",
  // events the keep-check held back (not events until restored)
  [`GET ${A}/review/held`]: "editor",
  [`POST ${A}/review/held/:id/restore`]: "editor",
  [`POST ${A}/review/held/:id/dismiss`]: "editor",
  [`GET ${A}/audit`]: "editor",
  // tips
  [`POST ${A}/tips`]: "open",
  [`GET ${A}/tips`]: "editor",
  [`POST ${A}/tips/:id/triage`]: "editor",
};

export function ruleFor(method: string, url: string): Rule | undefined {
  return RULES[`${method === "HEAD" ? "GET" : method} ${url}`];
}

/** The rule used when a route has none in the table (never wider than "read"). */
export function fallbackRule(method: string): Rule {
  return method === "GET" || method === "HEAD" ? "read" : "admin";
}

export interface Principal {
  userId: number;
  email: string;
  role: Role;
  via: "session" | "token";
  /** API tokens only: read tokens may only GET. */
  scope?: TokenScope;
}

const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };
const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

export type Decision = "allow" | "unauthenticated" | "forbidden";

export function decide(rule: Rule, method: string, who: Principal | null, publicInstance: boolean): Decision {
  if (who?.via === "token" && who.scope === "read" && !SAFE.has(method)) return "forbidden";
  if (rule === "open") return "allow";
  if (rule === "read" && publicInstance) return "allow";
  if (!who) return "unauthenticated";
  const need = rule === "admin" ? 3 : rule === "editor" ? 2 : 1;
  return RANK[who.role] >= need ? "allow" : "forbidden";
}

export const isSafeMethod = (m: string) => SAFE.has(m);
