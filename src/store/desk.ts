// The analyst desk's storage interface (src/desk/): users, sessions, tokens, one-time links,
// outbox, settings, the audit log, review state of events and tips. Every mutating method that
// takes an `audit` entry writes it in the same transaction as the change, so there is never a
// change without its audit row nor an audit row without its change.
import type { Event } from "../event.js";

export type Role = "admin" | "editor" | "viewer";
export const ROLES: readonly Role[] = ["admin", "editor", "viewer"];

export interface User {
  id: number;
  email: string;
  role: Role;
  passwordHash: string;
  createdAt: string;
  disabledAt: string | null;
  failedLogins: number;
  lockedUntil: string | null;
}

/** A user without secrets, as the API shows it. */
export type PublicUser = Pick<User, "id" | "email" | "role" | "createdAt" | "disabledAt">;

export interface SessionRow {
  idHash: string;
  userId: number;
  csrf: string;
  createdAt: string;
  expiresAt: string;
}

export type TokenScope = "read" | "write";

export interface ApiTokenRow {
  id: number;
  userId: number;
  name: string;
  scope: TokenScope;
  createdAt: string;
  lastUsed: string | null;
  revokedAt: string | null;
}

export type OneTimeKind = "reset" | "invite";

export interface OneTimeToken {
  kind: OneTimeKind;
  userId: number | null;
  email: string | null;
  role: Role | null;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
}

export interface Mail {
  to: string;
  subject: string;
  body: string;
}

export interface OutboxMail extends Mail {
  id: number;
  createdAt: string;
}

export type SubjectType = "event" | "user" | "setting" | "tip" | "token" | "control" | "held";

/** One audit entry: who did what to which record, the record before and after, and why. */
export interface AuditEntry {
  actor: string;
  action: string;
  subjectType: SubjectType;
  subjectId: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

export interface AuditRow extends AuditEntry {
  id: number;
  at: string;
}

export interface AuditQuery {
  subjectType?: string;
  subjectId?: string;
  /** Rows with id greater than this (paging). */
  afterId?: number;
  limit?: number;
}

export type ReviewState = "unreviewed" | "accepted" | "edited" | "rejected" | "merged";

export interface EventReview {
  eventId: string;
  state: ReviewState;
  /** Fields set by hand: kept over every later re-extraction and re-fusion. */
  locked: Partial<Event>;
  reason: string | null;
  mergedInto: string | null;
  byUser: string | null;
  at: string;
}

/**
 * One change to events made by hand, applied atomically: review rows set, canonical events
 * written (through the store's writer, which overlays locks), events tombstoned, audit rows.
 */
export interface EventChange {
  reviews: Omit<EventReview, "at">[];
  write?: Event[];
  tombstone?: { eventId: string; mergedInto: string | null }[];
  audit: AuditEntry[];
}

export interface QueueItem {
  eventId: string;
  state: ReviewState;
  event: Event;
  updatedAt: string;
  deletedAt: string | null;
}

export type TipState = "new" | "ingested" | "dismissed";

export interface Tip {
  id: number;
  text: string;
  link: string | null;
  contact: string | null;
  createdAt: string;
  state: TipState;
  articleKey: string | null;
  triagedBy: string | null;
  triagedAt: string | null;
  note: string | null;
}

export interface DeskStore {
  // users
  createUser(u: { email: string; role: Role; passwordHash: string }, audit: AuditEntry | ((id: number) => AuditEntry)): Promise<User>;
  getUser(id: number): Promise<User | undefined>;
  getUserByEmail(email: string): Promise<User | undefined>;
  listUsers(): Promise<User[]>;
  countUsers(): Promise<number>;
  updateUser(id: number, patch: { role?: Role; passwordHash?: string; disabled?: boolean }, audit: AuditEntry | null): Promise<User>;
  /** Sets the failure counter and lock-out of an account (brute-force back-off). */
  setLoginFailures(id: number, failed: number, lockedUntil: string | null): Promise<void>;
  // sessions
  createSession(s: SessionRow): Promise<void>;
  getSession(idHash: string): Promise<SessionRow | undefined>;
  deleteSession(idHash: string): Promise<void>;
  /** Ends every session of a user but `keepIdHash`; returns how many ended. */
  deleteSessionsOf(userId: number, keepIdHash?: string): Promise<number>;
  // API tokens
  createToken(t: { userId: number; name: string; scope: TokenScope; tokenHash: string }, audit: AuditEntry): Promise<ApiTokenRow>;
  getTokenByHash(hash: string): Promise<ApiTokenRow | undefined>;
  listTokens(userId: number): Promise<ApiTokenRow[]>;
  revokeToken(id: number, userId: number, audit: AuditEntry): Promise<boolean>;
  // one-time links (reset, invite)
  createOneTime(hash: string, t: OneTimeToken): Promise<void>;
  /** Marks the token used and returns it, only when it exists, is of `kind`, unused and unexpired. */
  consumeOneTime(hash: string, kind: OneTimeKind, now: string): Promise<OneTimeToken | undefined>;
  // mail outbox (when no SMTP is configured)
  addOutbox(m: Mail): Promise<void>;
  listOutbox(limit: number): Promise<OutboxMail[]>;
  // settings
  getSettings(): Promise<Record<string, unknown>>;
  setSetting(key: string, value: unknown, audit: AuditEntry): Promise<void>;
  // audit log (append only: no update or delete method exists)
  appendAudit(e: AuditEntry): Promise<void>;
  listAudit(q: AuditQuery): Promise<AuditRow[]>;
  // review
  reviewOf(eventId: string): Promise<EventReview | undefined>;
  reviewQueue(state: ReviewState | "all", limit: number, afterId?: string): Promise<QueueItem[]>;
  applyEventChange(c: EventChange): Promise<void>;
  // tips
  addTip(t: { text: string; link: string | null; contact: string | null }): Promise<Tip>;
  getTip(id: number): Promise<Tip | undefined>;
  listTips(state: TipState | "all", limit: number): Promise<Tip[]>;
  updateTip(id: number, patch: { state: TipState; articleKey?: string | null; note?: string | null; by: string }, audit: AuditEntry): Promise<Tip>;
}
