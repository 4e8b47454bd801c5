// DeskStore on the PostgreSQL schema the event store uses (tables from migration 003_desk.sql).
// The same answers as desk-sqlite.ts. Every method is one transaction: either one statement
// (atomic by itself) or an explicit BEGIN..COMMIT on one pooled client with its audit row.
import type pg from "pg";
import type { Event } from "../event.js";
import { SitrepError } from "../errors.js";
import { inTx, type Queryable } from "./pg-db.js";
import { FUSE_LOCK, writeEvents, type PostgresStore } from "./postgres.js";
import type {
  ApiTokenRow, AuditEntry, AuditQuery, AuditRow, DeskStore, EventChange, EventReview, Mail, OneTimeKind, OneTimeToken,
  OutboxMail, QueueItem, ReviewState, Role, SessionRow, Tip, TipState, TokenScope, User,
} from "./desk.js";
import { json, toReview, toTip, toToken, toUser, type ReviewRow, type TipRow, type TokenRow, type UserRow } from "./desk-rows.js";

const now = () => new Date().toISOString();

/** PostgreSQL's unique_violation: another writer created the same row a moment ago. */
const isUniqueViolation = (err: unknown) => (err as { code?: string }).code === "23505";

async function appendAudit(db: Queryable, e: AuditEntry, at = now()): Promise<void> {
  await db.query(
    "INSERT INTO audit_log (at, actor, action, subject_type, subject_id, before, after, reason) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    [at, e.actor, e.action, e.subjectType, e.subjectId, json(e.before), json(e.after), e.reason ?? null],
  );
}

export class PostgresDeskStore implements DeskStore {
  private readonly pool: pg.Pool;

  constructor(store: PostgresStore) {
    this.pool = store.pool;
  }

  private tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    return inTx(this.pool, fn);
  }

  private async one<R extends pg.QueryResultRow>(sql: string, params: unknown[]): Promise<R | undefined> {
    return (await this.pool.query<R>(sql, params)).rows[0];
  }

  async createUser(u: { email: string; role: Role; passwordHash: string }, audit: AuditEntry | ((id: number) => AuditEntry)): Promise<User> {
    const conflict = () => new SitrepError("SITREP_E_CONFLICT", `a user with e-mail ${u.email} exists`);
    try {
      return await this.tx(async (c) => {
        if ((await c.query("SELECT 1 FROM users WHERE email = $1", [u.email])).rowCount) throw conflict();
        const r = await c.query<UserRow>(
          "INSERT INTO users (email, role, password_hash, created_at) VALUES ($1, $2, $3, $4) RETURNING *",
          [u.email, u.role, u.passwordHash, now()],
        );
        const user = toUser(r.rows[0]!);
        await appendAudit(c, typeof audit === "function" ? audit(user.id) : audit);
        return user;
      });
    } catch (err) {
      // Two sign-ups of one address at once: the UNIQUE index decides, the loser sees a conflict.
      if (isUniqueViolation(err)) throw conflict();
      throw err;
    }
  }

  async getUser(id: number): Promise<User | undefined> {
    const r = await this.one<UserRow>("SELECT * FROM users WHERE id = $1", [id]);
    return r && toUser(r);
  }

  async getUserByEmail(email: string): Promise<User | undefined> {
    const r = await this.one<UserRow>("SELECT * FROM users WHERE email = $1", [email]);
    return r && toUser(r);
  }

  async listUsers(): Promise<User[]> {
    return (await this.pool.query<UserRow>("SELECT * FROM users ORDER BY id")).rows.map(toUser);
  }

  async countUsers(): Promise<number> {
    return (await this.one<{ n: number }>("SELECT COUNT(*)::int AS n FROM users", []))!.n;
  }

  async updateUser(id: number, patch: { role?: Role; passwordHash?: string; disabled?: boolean }, audit: AuditEntry | null): Promise<User> {
    return this.tx(async (c) => {
      const cur = (await c.query<UserRow>("SELECT * FROM users WHERE id = $1 FOR UPDATE", [id])).rows[0];
      if (!cur) throw new SitrepError("SITREP_E_NOT_FOUND", `user ${id}`);
      const disabled = patch.disabled === undefined ? cur.disabled_at : patch.disabled ? cur.disabled_at ?? now() : null;
      const reset = Boolean(patch.passwordHash);
      const r = await c.query<UserRow>(
        `UPDATE users SET role = $1, password_hash = $2, disabled_at = $3,
           failed_logins = CASE WHEN $4 THEN 0 ELSE failed_logins END,
           locked_until = CASE WHEN $4 THEN NULL ELSE locked_until END
         WHERE id = $5 RETURNING *`,
        [patch.role ?? cur.role, patch.passwordHash ?? cur.password_hash, disabled, reset, id],
      );
      // A disabled account keeps no session anywhere.
      if (patch.disabled) await c.query("DELETE FROM sessions WHERE user_id = $1", [id]);
      if (audit) await appendAudit(c, audit);
      return toUser(r.rows[0]!);
    });
  }

  async setLoginFailures(id: number, failed: number, lockedUntil: string | null): Promise<void> {
    await this.pool.query("UPDATE users SET failed_logins = $1, locked_until = $2 WHERE id = $3", [failed, lockedUntil, id]);
  }

  async createSession(s: SessionRow): Promise<void> {
    await this.pool.query(
      "INSERT INTO sessions (id_hash, user_id, csrf, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
      [s.idHash, s.userId, s.csrf, s.createdAt, s.expiresAt],
    );
  }

  async getSession(idHash: string): Promise<SessionRow | undefined> {
    const r = await this.one<{ id_hash: string; user_id: number; csrf: string; created_at: string; expires_at: string }>(
      "SELECT * FROM sessions WHERE id_hash = $1",
      [idHash],
    );
    return r && { idHash: r.id_hash, userId: r.user_id, csrf: r.csrf, createdAt: r.created_at, expiresAt: r.expires_at };
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.pool.query("DELETE FROM sessions WHERE id_hash = $1", [idHash]);
  }

  async deleteSessionsOf(userId: number, keepIdHash?: string): Promise<number> {
    const r = await this.pool.query("DELETE FROM sessions WHERE user_id = $1 AND id_hash IS DISTINCT FROM $2", [userId, keepIdHash ?? null]);
    return r.rowCount ?? 0;
  }

  async createToken(t: { userId: number; name: string; scope: TokenScope; tokenHash: string }, audit: AuditEntry): Promise<ApiTokenRow> {
    return this.tx(async (c) => {
      const r = await c.query<TokenRow>(
        "INSERT INTO api_tokens (user_id, name, token_hash, scope, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING *",
        [t.userId, t.name, t.tokenHash, t.scope, now()],
      );
      const row = toToken(r.rows[0]!);
      await appendAudit(c, { ...audit, subjectId: String(row.id), after: { id: row.id, name: row.name, scope: row.scope, userId: row.userId } });
      return row;
    });
  }

  async getTokenByHash(hash: string): Promise<ApiTokenRow | undefined> {
    // One statement: the lookup and the last-used stamp; the row as it was before the stamp.
    const r = await this.one<TokenRow>(
      `UPDATE api_tokens t SET last_used = $1 FROM api_tokens o
       WHERE t.id = o.id AND t.token_hash = $2 AND t.revoked_at IS NULL
       RETURNING o.id, o.user_id, o.name, o.scope, o.created_at, o.last_used, o.revoked_at`,
      [now(), hash],
    );
    return r && toToken(r);
  }

  async listTokens(userId: number): Promise<ApiTokenRow[]> {
    return (await this.pool.query<TokenRow>("SELECT * FROM api_tokens WHERE user_id = $1 ORDER BY id", [userId])).rows.map(toToken);
  }

  async revokeToken(id: number, userId: number, audit: AuditEntry): Promise<boolean> {
    return this.tx(async (c) => {
      const r = await c.query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND user_id = $3 AND revoked_at IS NULL", [now(), id, userId]);
      if (r.rowCount) await appendAudit(c, audit);
      return Boolean(r.rowCount);
    });
  }

  async createOneTime(hash: string, t: OneTimeToken): Promise<void> {
    await this.pool.query(
      "INSERT INTO one_time_tokens (token_hash, kind, user_id, email, role, created_by, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
      [hash, t.kind, t.userId, t.email, t.role, t.createdBy, t.createdAt, t.expiresAt],
    );
  }

  async consumeOneTime(hash: string, kind: OneTimeKind, at: string): Promise<OneTimeToken | undefined> {
    // One statement: of two concurrent uses, the second finds used_at set (row lock) and gets nothing.
    const r = await this.one<{ kind: OneTimeKind; user_id: number | null; email: string | null; role: Role | null; created_by: string; created_at: string; expires_at: string }>(
      "UPDATE one_time_tokens SET used_at = $1 WHERE token_hash = $2 AND kind = $3 AND used_at IS NULL AND expires_at > $1 RETURNING *",
      [at, hash, kind],
    );
    return r && { kind: r.kind, userId: r.user_id, email: r.email, role: r.role, createdBy: r.created_by, createdAt: r.created_at, expiresAt: r.expires_at };
  }

  async addOutbox(m: Mail): Promise<void> {
    await this.pool.query("INSERT INTO outbox (to_addr, subject, body, created_at) VALUES ($1, $2, $3, $4)", [m.to, m.subject, m.body, now()]);
  }

  async listOutbox(limit: number): Promise<OutboxMail[]> {
    const r = await this.pool.query<{ id: number; to_addr: string; subject: string; body: string; created_at: string }>(
      "SELECT * FROM outbox ORDER BY id DESC LIMIT $1",
      [limit],
    );
    return r.rows.map((x) => ({ id: x.id, to: x.to_addr, subject: x.subject, body: x.body, createdAt: x.created_at }));
  }

  async getSettings(): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const r of (await this.pool.query<{ key: string; value: string }>("SELECT key, value FROM settings")).rows) out[r.key] = JSON.parse(r.value);
    return out;
  }

  async setSetting(key: string, value: unknown, audit: AuditEntry): Promise<void> {
    await this.tx(async (c) => {
      await c.query(
        `INSERT INTO settings (key, value, updated_at) VALUES ($1, $2, $3)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
        [key, JSON.stringify(value), now()],
      );
      await appendAudit(c, audit);
    });
  }

  async appendAudit(e: AuditEntry): Promise<void> {
    await appendAudit(this.pool, e);
  }

  async listAudit(q: AuditQuery): Promise<AuditRow[]> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    const p = (v: string | number) => (params.push(v), `$${params.length}`);
    if (q.subjectType) where.push(`subject_type = ${p(q.subjectType)}`);
    if (q.subjectId) where.push(`subject_id = ${p(q.subjectId)}`);
    if (q.afterId) where.push(`id > ${p(q.afterId)}`);
    const limit = p(q.limit ?? 1000);
    const r = await this.pool.query<{
      id: number; at: string; actor: string; action: string; subject_type: string; subject_id: string; before: string | null; after: string | null; reason: string | null;
    }>(`SELECT * FROM audit_log ${where.length ? "WHERE " + where.join(" AND ") : ""} ORDER BY id LIMIT ${limit}`, params);
    return r.rows.map((x) => ({
      id: x.id, at: x.at, actor: x.actor, action: x.action, subjectType: x.subject_type as AuditRow["subjectType"], subjectId: x.subject_id,
      before: x.before === null ? null : JSON.parse(x.before), after: x.after === null ? null : JSON.parse(x.after), reason: x.reason,
    }));
  }

  async reviewOf(eventId: string): Promise<EventReview | undefined> {
    const r = await this.one<ReviewRow>("SELECT * FROM event_review WHERE event_id = $1", [eventId]);
    return r && toReview(r);
  }

  async reviewQueue(state: ReviewState | "all", limit: number, afterId?: string): Promise<QueueItem[]> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    const p = (v: string | number) => (params.push(v), `$${params.length}`);
    if (state === "unreviewed") where.push("(r.state IS NULL OR r.state = 'unreviewed') AND e.deleted_at IS NULL");
    else if (state !== "all") where.push(`r.state = ${p(state)}`);
    if (afterId) where.push(`e.event_id_cnty > ${p(afterId)}`);
    const lim = p(limit);
    // events.event_id_cnty is COLLATE "C": the same order (and paging) as on SQLite.
    const r = await this.pool.query<{ event_id_cnty: string; data: string; updated_at: string; deleted_at: string | null; state: ReviewState }>(
      `SELECT e.event_id_cnty, e.data, e.updated_at, e.deleted_at, COALESCE(r.state, 'unreviewed') AS state
       FROM events e LEFT JOIN event_review r ON r.event_id = e.event_id_cnty
       ${where.length ? "WHERE " + where.join(" AND ") : ""} ORDER BY e.event_id_cnty LIMIT ${lim}`,
      params,
    );
    return r.rows.map((x) => ({ eventId: x.event_id_cnty, state: x.state, event: JSON.parse(x.data) as Event, updatedAt: x.updated_at, deletedAt: x.deleted_at }));
  }

  async applyEventChange(ch: EventChange): Promise<void> {
    await this.tx(async (c) => {
      // Under fusion's lock: a worker re-fusing the same events waits, then reads these locks,
      // instead of writing machine values over a hand edit committed under its feet.
      await c.query("SELECT pg_advisory_xact_lock(hashtext($1))", [FUSE_LOCK]);
      const at = now();
      for (const r of ch.reviews) {
        await c.query(
          `INSERT INTO event_review (event_id, state, locked, reason, merged_into, by_user, at) VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (event_id) DO UPDATE SET state = excluded.state, locked = excluded.locked, reason = excluded.reason,
             merged_into = excluded.merged_into, by_user = excluded.by_user, at = excluded.at`,
          [r.eventId, r.state, JSON.stringify(r.locked), r.reason, r.mergedInto, r.byUser, at],
        );
      }
      if (ch.write?.length) await writeEvents(c, ch.write);
      for (const t of ch.tombstone ?? []) {
        await c.query(
          "UPDATE events SET deleted_at = COALESCE(deleted_at, $1), updated_at = $1, merged_into = $2 WHERE event_id_cnty = $3",
          [at, t.mergedInto, t.eventId],
        );
      }
      for (const a of ch.audit) await appendAudit(c, a, at);
    });
  }

  async addTip(t: { text: string; link: string | null; contact: string | null }): Promise<Tip> {
    const r = await this.one<TipRow>("INSERT INTO tips (text, link, contact, created_at) VALUES ($1, $2, $3, $4) RETURNING *", [t.text, t.link, t.contact, now()]);
    return toTip(r!);
  }

  async getTip(id: number): Promise<Tip | undefined> {
    const r = await this.one<TipRow>("SELECT * FROM tips WHERE id = $1", [id]);
    return r && toTip(r);
  }

  async listTips(state: TipState | "all", limit: number): Promise<Tip[]> {
    const r = state === "all"
      ? await this.pool.query<TipRow>("SELECT * FROM tips ORDER BY id DESC LIMIT $1", [limit])
      : await this.pool.query<TipRow>("SELECT * FROM tips WHERE state = $1 ORDER BY id DESC LIMIT $2", [state, limit]);
    return r.rows.map(toTip);
  }

  async updateTip(id: number, patch: { state: TipState; articleKey?: string | null; note?: string | null; by: string }, audit: AuditEntry): Promise<Tip> {
    return this.tx(async (c) => {
      const r = await c.query<TipRow>(
        "UPDATE tips SET state = $1, article_key = COALESCE($2, article_key), note = $3, triaged_by = $4, triaged_at = $5 WHERE id = $6 RETURNING *",
        [patch.state, patch.articleKey ?? null, patch.note ?? null, patch.by, now(), id],
      );
      if (!r.rows[0]) throw new SitrepError("SITREP_E_NOT_FOUND", `tip ${id}`);
      await appendAudit(c, audit);
      return toTip(r.rows[0]);
    });
  }
}
