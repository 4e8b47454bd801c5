// DeskStore on the SQLite file the event store uses (tables from migration 004_desk.sql).
// Each mutating method runs in one IMMEDIATE transaction with its audit row.
import type Database from "better-sqlite3";
import type { Event } from "../event.js";
import { SitrepError } from "../errors.js";
import type { SqliteStore } from "./sqlite.js";
import type {
  ApiTokenRow, AuditEntry, AuditQuery, AuditRow, DeskStore, EventChange, EventReview, Mail, OneTimeKind, OneTimeToken,
  OutboxMail, QueueItem, ReviewState, Role, SessionRow, Tip, TipState, TokenScope, User,
} from "./desk.js";
import { json, toReview, toTip, toToken, toUser, type ReviewRow, type TipRow, type TokenRow, type UserRow } from "./desk-rows.js";

const now = () => new Date().toISOString();


export class SqliteDeskStore implements DeskStore {
  private readonly db: Database.Database;

  constructor(private readonly store: SqliteStore) {
    this.db = store.db;
  }

  private tx<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  private audit(e: AuditEntry, at = now()): void {
    this.db
      .prepare("INSERT INTO audit_log (at, actor, action, subject_type, subject_id, before, after, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
      .run(at, e.actor, e.action, e.subjectType, e.subjectId, json(e.before), json(e.after), e.reason ?? null);
  }

  async createUser(u: { email: string; role: Role; passwordHash: string }, audit: AuditEntry | ((id: number) => AuditEntry)): Promise<User> {
    return this.tx(() => {
      if (this.db.prepare("SELECT 1 FROM users WHERE email = ?").get(u.email)) {
        throw new SitrepError("SITREP_E_CONFLICT", `a user with e-mail ${u.email} exists`);
      }
      const info = this.db
        .prepare("INSERT INTO users (email, role, password_hash, created_at) VALUES (?, ?, ?, ?)")
        .run(u.email, u.role, u.passwordHash, now());
      const id = Number(info.lastInsertRowid);
      this.audit(typeof audit === "function" ? audit(id) : audit);
      return toUser(this.db.prepare("SELECT * FROM users WHERE id = ?").get(id) as UserRow);
    });
  }

  async getUser(id: number): Promise<User | undefined> {
    const r = this.db.prepare("SELECT * FROM users WHERE id = ?").get(id) as UserRow | undefined;
    return r && toUser(r);
  }

  async getUserByEmail(email: string): Promise<User | undefined> {
    const r = this.db.prepare("SELECT * FROM users WHERE email = ?").get(email) as UserRow | undefined;
    return r && toUser(r);
  }

  async listUsers(): Promise<User[]> {
    return (this.db.prepare("SELECT * FROM users ORDER BY id").all() as UserRow[]).map(toUser);
  }

  async countUsers(): Promise<number> {
    return (this.db.prepare("SELECT COUNT(*) AS n FROM users").get() as { n: number }).n;
  }

  async updateUser(id: number, patch: { role?: Role; passwordHash?: string; disabled?: boolean }, audit: AuditEntry | null): Promise<User> {
    return this.tx(() => {
      const cur = this.db.prepare("SELECT * FROM users WHERE id = ?").get(id) as UserRow | undefined;
      if (!cur) throw new SitrepError("SITREP_E_NOT_FOUND", `user ${id}`);
      const disabled = patch.disabled === undefined ? cur.disabled_at : patch.disabled ? cur.disabled_at ?? now() : null;
      this.db
        .prepare("UPDATE users SET role = ?, password_hash = ?, disabled_at = ?, failed_logins = CASE WHEN ? THEN 0 ELSE failed_logins END, locked_until = CASE WHEN ? THEN NULL ELSE locked_until END WHERE id = ?")
        .run(patch.role ?? cur.role, patch.passwordHash ?? cur.password_hash, disabled, patch.passwordHash ? 1 : 0, patch.passwordHash ? 1 : 0, id);
      // A disabled account, or one whose password changed, keeps no session elsewhere.
      if (patch.disabled) this.db.prepare("DELETE FROM sessions WHERE user_id = ?").run(id);
      if (audit) this.audit(audit);
      return toUser(this.db.prepare("SELECT * FROM users WHERE id = ?").get(id) as UserRow);
    });
  }

  async setLoginFailures(id: number, failed: number, lockedUntil: string | null): Promise<void> {
    this.db.prepare("UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?").run(failed, lockedUntil, id);
  }

  async createSession(s: SessionRow): Promise<void> {
    this.db
      .prepare("INSERT INTO sessions (id_hash, user_id, csrf, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")
      .run(s.idHash, s.userId, s.csrf, s.createdAt, s.expiresAt);
  }

  async getSession(idHash: string): Promise<SessionRow | undefined> {
    const r = this.db.prepare("SELECT * FROM sessions WHERE id_hash = ?").get(idHash) as
      | { id_hash: string; user_id: number; csrf: string; created_at: string; expires_at: string }
      | undefined;
    return r && { idHash: r.id_hash, userId: r.user_id, csrf: r.csrf, createdAt: r.created_at, expiresAt: r.expires_at };
  }

  async deleteSession(idHash: string): Promise<void> {
    this.db.prepare("DELETE FROM sessions WHERE id_hash = ?").run(idHash);
  }

  async deleteSessionsOf(userId: number, keepIdHash?: string): Promise<number> {
    return this.db.prepare("DELETE FROM sessions WHERE user_id = ? AND id_hash IS NOT ?").run(userId, keepIdHash ?? null).changes;
  }

  async createToken(t: { userId: number; name: string; scope: TokenScope; tokenHash: string }, audit: AuditEntry): Promise<ApiTokenRow> {
    return this.tx(() => {
      const info = this.db
        .prepare("INSERT INTO api_tokens (user_id, name, token_hash, scope, created_at) VALUES (?, ?, ?, ?, ?)")
        .run(t.userId, t.name, t.tokenHash, t.scope, now());
      const row = toToken(this.db.prepare("SELECT * FROM api_tokens WHERE id = ?").get(info.lastInsertRowid) as TokenRow);
      this.audit({ ...audit, subjectId: String(row.id), after: { id: row.id, name: row.name, scope: row.scope, userId: row.userId } });
      return row;
    });
  }

  async getTokenByHash(hash: string): Promise<ApiTokenRow | undefined> {
    const r = this.db.prepare("SELECT * FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL").get(hash) as TokenRow | undefined;
    if (r) this.db.prepare("UPDATE api_tokens SET last_used = ? WHERE id = ?").run(now(), r.id);
    return r && toToken(r);
  }

  async listTokens(userId: number): Promise<ApiTokenRow[]> {
    return (this.db.prepare("SELECT * FROM api_tokens WHERE user_id = ? ORDER BY id").all(userId) as TokenRow[]).map(toToken);
  }

  async revokeToken(id: number, userId: number, audit: AuditEntry): Promise<boolean> {
    return this.tx(() => {
      const n = this.db.prepare("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL").run(now(), id, userId).changes;
      if (n) this.audit(audit);
      return n > 0;
    });
  }

  async createOneTime(hash: string, t: OneTimeToken): Promise<void> {
    this.db
      .prepare("INSERT INTO one_time_tokens (token_hash, kind, user_id, email, role, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
      .run(hash, t.kind, t.userId, t.email, t.role, t.createdBy, t.createdAt, t.expiresAt);
  }

  async consumeOneTime(hash: string, kind: OneTimeKind, at: string): Promise<OneTimeToken | undefined> {
    // One statement: two concurrent uses cannot both succeed.
    const r = this.db
      .prepare("UPDATE one_time_tokens SET used_at = ? WHERE token_hash = ? AND kind = ? AND used_at IS NULL AND expires_at > ? RETURNING *")
      .get(at, hash, kind, at) as
      | { kind: OneTimeKind; user_id: number | null; email: string | null; role: Role | null; created_by: string; created_at: string; expires_at: string }
      | undefined;
    return r && { kind: r.kind, userId: r.user_id, email: r.email, role: r.role, createdBy: r.created_by, createdAt: r.created_at, expiresAt: r.expires_at };
  }

  async addOutbox(m: Mail): Promise<void> {
    this.db.prepare("INSERT INTO outbox (to_addr, subject, body, created_at) VALUES (?, ?, ?, ?)").run(m.to, m.subject, m.body, now());
  }

  async listOutbox(limit: number): Promise<OutboxMail[]> {
    return (this.db.prepare("SELECT * FROM outbox ORDER BY id DESC LIMIT ?").all(limit) as {
      id: number; to_addr: string; subject: string; body: string; created_at: string;
    }[]).map((r) => ({ id: r.id, to: r.to_addr, subject: r.subject, body: r.body, createdAt: r.created_at }));
  }

  async getSettings(): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const r of this.db.prepare("SELECT key, value FROM settings").all() as { key: string; value: string }[]) out[r.key] = JSON.parse(r.value);
    return out;
  }

  async setSetting(key: string, value: unknown, audit: AuditEntry): Promise<void> {
    this.tx(() => {
      this.db
        .prepare("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at")
        .run(key, JSON.stringify(value), now());
      this.audit(audit);
    });
  }

  async appendAudit(e: AuditEntry): Promise<void> {
    this.audit(e);
  }

  async listAudit(q: AuditQuery): Promise<AuditRow[]> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (q.subjectType) (where.push("subject_type = ?"), params.push(q.subjectType));
    if (q.subjectId) (where.push("subject_id = ?"), params.push(q.subjectId));
    if (q.afterId) (where.push("id > ?"), params.push(q.afterId));
    params.push(q.limit ?? 1000);
    const rows = this.db
      .prepare(`SELECT * FROM audit_log ${where.length ? "WHERE " + where.join(" AND ") : ""} ORDER BY id LIMIT ?`)
      .all(...params) as { id: number; at: string; actor: string; action: string; subject_type: string; subject_id: string; before: string | null; after: string | null; reason: string | null }[];
    return rows.map((r) => ({
      id: r.id, at: r.at, actor: r.actor, action: r.action, subjectType: r.subject_type as AuditRow["subjectType"], subjectId: r.subject_id,
      before: r.before === null ? null : JSON.parse(r.before), after: r.after === null ? null : JSON.parse(r.after), reason: r.reason,
    }));
  }

  async reviewOf(eventId: string): Promise<EventReview | undefined> {
    const r = this.db.prepare("SELECT * FROM event_review WHERE event_id = ?").get(eventId) as ReviewRow | undefined;
    return r && toReview(r);
  }

  async reviewQueue(state: ReviewState | "all", limit: number, afterId?: string): Promise<QueueItem[]> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (state === "unreviewed") where.push("(r.state IS NULL OR r.state = 'unreviewed') AND e.deleted_at IS NULL");
    else if (state !== "all") (where.push("r.state = ?"), params.push(state));
    if (afterId) (where.push("e.event_id_cnty > ?"), params.push(afterId));
    params.push(limit);
    const rows = this.db
      .prepare(
        `SELECT e.event_id_cnty, e.data, e.updated_at, e.deleted_at, COALESCE(r.state, 'unreviewed') AS state
         FROM events e LEFT JOIN event_review r ON r.event_id = e.event_id_cnty
         ${where.length ? "WHERE " + where.join(" AND ") : ""} ORDER BY e.event_id_cnty LIMIT ?`,
      )
      .all(...params) as { event_id_cnty: string; data: string; updated_at: string; deleted_at: string | null; state: ReviewState }[];
    return rows.map((r) => ({ eventId: r.event_id_cnty, state: r.state, event: JSON.parse(r.data) as Event, updatedAt: r.updated_at, deletedAt: r.deleted_at }));
  }

  async applyEventChange(c: EventChange): Promise<void> {
    this.tx(() => {
      const at = now();
      const put = this.db.prepare(
        `INSERT INTO event_review (event_id, state, locked, reason, merged_into, by_user, at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (event_id) DO UPDATE SET state = excluded.state, locked = excluded.locked, reason = excluded.reason,
           merged_into = excluded.merged_into, by_user = excluded.by_user, at = excluded.at`,
      );
      for (const r of c.reviews) put.run(r.eventId, r.state, JSON.stringify(r.locked), r.reason, r.mergedInto, r.byUser, at);
      if (c.write?.length) this.store.writeEvents(c.write);
      const tomb = this.db.prepare(
        "UPDATE events SET deleted_at = COALESCE(deleted_at, ?), updated_at = ?, merged_into = ? WHERE event_id_cnty = ?",
      );
      for (const t of c.tombstone ?? []) tomb.run(at, at, t.mergedInto, t.eventId);
      for (const a of c.audit) this.audit(a, at);
    });
  }

  async addTip(t: { text: string; link: string | null; contact: string | null }): Promise<Tip> {
    const info = this.db.prepare("INSERT INTO tips (text, link, contact, created_at) VALUES (?, ?, ?, ?)").run(t.text, t.link, t.contact, now());
    return toTip(this.db.prepare("SELECT * FROM tips WHERE id = ?").get(info.lastInsertRowid) as TipRow);
  }

  async getTip(id: number): Promise<Tip | undefined> {
    const r = this.db.prepare("SELECT * FROM tips WHERE id = ?").get(id) as TipRow | undefined;
    return r && toTip(r);
  }

  async listTips(state: TipState | "all", limit: number): Promise<Tip[]> {
    const rows = (state === "all"
      ? this.db.prepare("SELECT * FROM tips ORDER BY id DESC LIMIT ?").all(limit)
      : this.db.prepare("SELECT * FROM tips WHERE state = ? ORDER BY id DESC LIMIT ?").all(state, limit)) as TipRow[];
    return rows.map(toTip);
  }

  async updateTip(id: number, patch: { state: TipState; articleKey?: string | null; note?: string | null; by: string }, audit: AuditEntry): Promise<Tip> {
    return this.tx(() => {
      const n = this.db
        .prepare("UPDATE tips SET state = ?, article_key = COALESCE(?, article_key), note = ?, triaged_by = ?, triaged_at = ? WHERE id = ?")
        .run(patch.state, patch.articleKey ?? null, patch.note ?? null, patch.by, now(), id).changes;
      if (!n) throw new SitrepError("SITREP_E_NOT_FOUND", `tip ${id}`);
      this.audit(audit);
      return toTip(this.db.prepare("SELECT * FROM tips WHERE id = ?").get(id) as TipRow);
    });
  }
}
