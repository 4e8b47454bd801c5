// Row shapes of the desk tables and their mapping to desk records, shared by both backends.
import type { ApiTokenRow, EventReview, ReviewState, Role, Tip, TipState, TokenScope, User } from "./desk.js";

export interface UserRow {
  id: number; email: string; role: Role; password_hash: string; created_at: string;
  disabled_at: string | null; failed_logins: number; locked_until: string | null;
}
export const toUser = (r: UserRow): User => ({
  id: r.id, email: r.email, role: r.role, passwordHash: r.password_hash, createdAt: r.created_at,
  disabledAt: r.disabled_at, failedLogins: r.failed_logins, lockedUntil: r.locked_until,
});

export interface TokenRow { id: number; user_id: number; name: string; scope: TokenScope; created_at: string; last_used: string | null; revoked_at: string | null }
export const toToken = (r: TokenRow): ApiTokenRow => ({
  id: r.id, userId: r.user_id, name: r.name, scope: r.scope, createdAt: r.created_at, lastUsed: r.last_used, revokedAt: r.revoked_at,
});

export interface TipRow {
  id: number; text: string; link: string | null; contact: string | null; created_at: string; state: TipState;
  article_key: string | null; triaged_by: string | null; triaged_at: string | null; note: string | null;
}
export const toTip = (r: TipRow): Tip => ({
  id: r.id, text: r.text, link: r.link, contact: r.contact, createdAt: r.created_at, state: r.state,
  articleKey: r.article_key, triagedBy: r.triaged_by, triagedAt: r.triaged_at, note: r.note,
});

export interface ReviewRow { event_id: string; state: ReviewState; locked: string; reason: string | null; merged_into: string | null; by_user: string | null; at: string }
export const toReview = (r: ReviewRow): EventReview => ({
  eventId: r.event_id, state: r.state, locked: JSON.parse(r.locked), reason: r.reason, mergedInto: r.merged_into, byUser: r.by_user, at: r.at,
});

export const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));
