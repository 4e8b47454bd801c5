// What the desk's route plugins receive, and the instance settings with their defaults.
import type { FastifyRequest } from "fastify";
import type { Store } from "../store/index.js";
import type { DeskStore } from "../store/desk.js";
import type { Mailer } from "./mailer.js";
import type { Principal } from "./authz.js";

export interface DeskLimits {
  /** Log-in attempts per IP per minute (on top of the per-account back-off). */
  loginsPerMinute: number;
  /** Tips per IP per hour. */
  tipsPerHour: number;
  /** Forgot-password requests per IP per hour. */
  forgotPerHour: number;
}

export const DEFAULT_LIMITS: DeskLimits = { loginsPerMinute: 20, tipsPerHour: 10, forgotPerHour: 10 };

export interface DeskContext {
  store: Store;
  desk: DeskStore;
  mailer: Mailer;
  /** Always set the Secure flag on the session cookie (behind a TLS proxy); else only over https. */
  secureCookies: boolean;
  limits: DeskLimits;
  /** Base URL for links in mails: the base_url setting, else this, else the listening address. */
  baseUrl?: string;
  listeningUrl(): string;
}

export interface Settings {
  /** Anonymous visitors may read events, control and the map (default true). */
  public: boolean;
  /** Origin put in mailed links, e.g. https://desk.example.org (never taken from the Host header). */
  base_url: string | null;
}

export const DEFAULT_SETTINGS: Settings = { public: true, base_url: null };

export async function settingsOf(desk: DeskStore): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await desk.getSettings()) } as Settings;
}

export async function linkBase(ctx: DeskContext): Promise<string> {
  const s = await settingsOf(ctx.desk);
  return (s.base_url ?? ctx.baseUrl ?? ctx.listeningUrl()).replace(/\/+$/, "");
}

/** Who is acting, for the audit log: "user:3 ed@example.org" or "anonymous". */
export function actorOf(p: Principal | null | undefined): string {
  return p ? `user:${p.userId} ${p.email}` : "anonymous";
}

export function principal(req: FastifyRequest): Principal | null {
  return (req as FastifyRequest & { principal?: Principal | null }).principal ?? null;
}
