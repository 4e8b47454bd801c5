// PostgreSQL backend: the same Store as sqlite.ts, for a desk that shares one database between
// several workers. One transaction per article; fusion runs inside the extraction's transaction
// under advisory locks on the index cells it touches (src/fuse/pg-locks.ts), so workers fusing
// different areas do not wait for one another.
// Spatial filters use plain SQL (a lat/lon box, then exact distance in JS, as on SQLite); PostGIS
// is not required.
import type pg from "pg";
import type { Article, StoredArticle } from "../types.js";
import type { Event } from "../event.js";
import { SitrepError } from "../errors.js";
import { compileFilter } from "./filter-sql.js";
import { applyPgMigrations, inTx, openPool, type Queryable } from "./pg-db.js";
import { PgFuser } from "../fuse/pg-fuser.js";
import { inFusionTx, type FusionLocks } from "../fuse/pg-locks.js";
import { alreadyDecided, applyDecisions, auditValues, detailKey, heldKey, type DecisionRow, type HeldAudit, type HeldDecision } from "./held-decisions.js";
import type {
  ControlPeriod,
  ControlQuery,
  EventFilter,
  HeldEvent,
  HeldInput,
  NearDuplicate,
  PutArticleResult,
  ReportRow,
  Store,
  StoredEvent,
  StoreStatus,
} from "./store.js";
import { HELD_SELECT, toHeld, toPeriod, toStoredArticle, type ArticleRow, type PeriodRow } from "./rows.js";

const now = () => new Date().toISOString();
/** The schema-wide fusion lock: fusion takes it shared (beside its per-cell locks), the review desk exclusively. */
export const FUSE_LOCK = "sitrep-fuse";

interface PgArticleRow extends ArticleRow {
  sentences: { start: number; end: number }[] | null;
}

const ARTICLE_SELECT = `SELECT a.*, (SELECT json_agg(json_build_object('start', s.start, 'end', s."end") ORDER BY s.idx)
  FROM sentences s WHERE s.article_id = a.id) AS sentences FROM articles a`;

const toArticle = (row: PgArticleRow): StoredArticle => toStoredArticle(row, row.sentences ?? []);



/**
 * Upserts canonical events; fusion (PgFuser) and the review desk (desk-postgres.ts) both write
 * through here, inside their transaction. As SqliteStore.writeEvents does: fields an editor set
 * by hand (event_review.locked, migration 003) are laid over whatever fusion computed, and
 * rejected or merged events stay tombstoned, so re-extraction or re-fusion never overwrites a
 * hand edit.
 */
export async function writeEvents(db: Queryable, events: Event[]): Promise<void> {
  if (!events.length) return;
  const reviews = await db.query<{ event_id: string; state: string; locked: string }>(
    "SELECT event_id, state, locked FROM event_review WHERE event_id = ANY($1::text[])",
    [events.map((e) => e.event_id_cnty)],
  );
  if (!reviews.rowCount) return upsertEvents(db, events);
  const byId = new Map(reviews.rows.map((r) => [r.event_id, r]));
  const suppressed: string[] = [];
  events = events.map((e) => {
    const r = byId.get(e.event_id_cnty);
    if (!r) return e;
    if (r.state === "rejected" || r.state === "merged") suppressed.push(e.event_id_cnty);
    const locked = JSON.parse(r.locked) as Partial<Event>;
    return Object.keys(locked).length ? { ...e, ...locked, event_id_cnty: e.event_id_cnty } : e;
  });
  await upsertEvents(db, events);
  if (suppressed.length) {
    await db.query("UPDATE events SET deleted_at = COALESCE(deleted_at, $1) WHERE event_id_cnty = ANY($2::text[])", [now(), suppressed]);
  }
}

async function upsertEvents(db: Queryable, events: Event[]): Promise<void> {
  const at = now();
  const col = <T>(f: (e: Event) => T) => events.map(f);
  await db.query(
    `INSERT INTO events AS t (event_id_cnty, event_date, country, country_code, event_type, sub_event_type, actor1, actor2,
       latitude, longitude, verification, data, updated_at, deleted_at)
     SELECT *, $13, NULL FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
       $9::float8[], $10::float8[], $11::text[], $12::text[])
     ON CONFLICT (event_id_cnty) DO UPDATE SET event_date = excluded.event_date, country = excluded.country,
       country_code = excluded.country_code, event_type = excluded.event_type, sub_event_type = excluded.sub_event_type,
       actor1 = excluded.actor1, actor2 = excluded.actor2, latitude = excluded.latitude, longitude = excluded.longitude,
       verification = excluded.verification, data = excluded.data, updated_at = excluded.updated_at, deleted_at = NULL
     WHERE t.data IS DISTINCT FROM excluded.data OR t.deleted_at IS NOT NULL`,
    [
      col((e) => e.event_id_cnty), col((e) => e.event_date), col((e) => e.country), col((e) => e.country_code ?? null),
      col((e) => e.event_type), col((e) => e.sub_event_type), col((e) => e.actor1), col((e) => e.actor2),
      col((e) => e.latitude), col((e) => e.longitude), col((e) => e.verification), col((e) => JSON.stringify(e)), at,
    ],
  );
}

async function decisionsOf(db: Queryable, articleKey: string): Promise<DecisionRow[]> {
  const r = await db.query('SELECT held_key AS "heldKey", detail_key AS "detailKey", decision FROM held_decisions WHERE article_key = $1', [articleKey]);
  return r.rows as DecisionRow[];
}

/**
 * The held row `id` for a decision, locked the way extraction locks its article (the article key
 * first, then the row), so a decision and a re-extraction of the same article run one after the
 * other. Undefined when there is none; SITREP_E_CONFLICT when an editor decided on it already.
 */
async function heldForDecision(c: Queryable, locks: FusionLocks, id: number): Promise<HeldEvent | undefined> {
  const peek = await c.query("SELECT article_key FROM held_events WHERE id = $1", [id]);
  if (peek.rows[0]) {
    await locks.begin(FUSE_LOCK, peek.rows[0].article_key);
    const r = await c.query(`${HELD_SELECT} WHERE h.id = $1 FOR UPDATE OF h`, [id]);
    if (r.rows[0]) return toHeld(r.rows[0]);
  }
  // Gone: decided (by another editor a moment ago, too: their commit is visible to this statement).
  const d = await c.query("SELECT decision FROM held_decisions WHERE held_id = $1", [id]);
  if (d.rows[0]) throw new SitrepError("SITREP_E_CONFLICT", alreadyDecided(id, d.rows[0].decision));
  return undefined;
}

/** Records the decision and its audit row, in the decision's transaction. */
async function decide(c: Queryable, h: HeldEvent, decision: HeldDecision, audit: HeldAudit | undefined, eventId: string | null): Promise<void> {
  const at = now();
  await c.query(
    `INSERT INTO held_decisions (article_key, held_key, detail_key, decision, held_id, data, decided_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (article_key, held_key, detail_key) DO UPDATE SET decision = excluded.decision, held_id = excluded.held_id,
       data = excluded.data, decided_at = excluded.decided_at`,
    [h.articleKey, heldKey(h.event), detailKey(h.event), decision, h.id, JSON.stringify(h.event), at],
  );
  await c.query("DELETE FROM held_events WHERE id = $1", [h.id]);
  if (audit) {
    await c.query(
      "INSERT INTO audit_log (at, actor, action, subject_type, subject_id, before, after, reason) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
      auditValues(audit(h, eventId), at),
    );
  }
}

export class PostgresStore implements Store {
  readonly kind = "postgres" as const;
  readonly pool: pg.Pool;
  readonly schema: string;

  private constructor(readonly location: string, readonly url: string) {
    const { pool, schema } = openPool(url);
    this.pool = pool;
    this.schema = schema;
  }

  /** Connects and applies pending migrations. `location` is what the user sees (password hidden). */
  static async open(url: string, location = url): Promise<PostgresStore> {
    const s = new PostgresStore(location, url);
    try {
      await applyPgMigrations(s.pool, s.schema);
    } catch (err) {
      await s.pool.end().catch(() => {});
      throw new SitrepError("SITREP_E_DB", `${location}: ${(err as Error).message}`);
    }
    return s;
  }

  async putArticle(a: Article): Promise<PutArticleResult> {
    return inTx(this.pool, async (c) => {
      // Revisions of one key are numbered one at a time, whichever worker stores them.
      await c.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`sitrep-article:${a.key}`]);
      const same = await c.query("SELECT id, revision FROM articles WHERE content_hash = $1", [a.contentHash]);
      if (same.rows[0]) return { status: "unchanged" as const, id: same.rows[0].id, revision: same.rows[0].revision };
      const last = await c.query("SELECT MAX(revision) AS rev FROM articles WHERE key = $1", [a.key]);
      const revision = ((last.rows[0]?.rev as number | null) ?? 0) + 1;
      if (revision > 1) await c.query("UPDATE articles SET is_current = 0 WHERE key = $1", [a.key]);
      const ins = await c.query(
        `INSERT INTO articles (key, revision, is_current, content_hash, url, title, outlet, published, lang,
           text, blocks, media, origin, ingested_at)
         VALUES ($1, $2, 1, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
         ON CONFLICT (content_hash) DO NOTHING RETURNING id`,
        [a.key, revision, a.contentHash, a.url ?? null, a.title ?? null, a.outlet ?? null, a.published ?? null, a.lang ?? null,
          a.text, JSON.stringify(a.blocks), JSON.stringify(a.media), a.origin, now()],
      );
      if (!ins.rows[0]) {
        // The same content under another key, stored by another worker a moment ago.
        const r = await c.query("SELECT id, revision FROM articles WHERE content_hash = $1", [a.contentHash]);
        if (revision > 1) await c.query("UPDATE articles SET is_current = 1 WHERE key = $1 AND revision = $2", [a.key, revision - 1]);
        return { status: "unchanged" as const, id: r.rows[0].id, revision: r.rows[0].revision };
      }
      const id = ins.rows[0].id as number;
      if (a.sentences.length) {
        await c.query(
          `INSERT INTO sentences (article_id, idx, start, "end") SELECT $1, * FROM unnest($2::int[], $3::int[], $4::int[])`,
          [id, a.sentences.map((_, i) => i), a.sentences.map((s) => s.start), a.sentences.map((s) => s.end)],
        );
      }
      return { status: revision > 1 ? ("revised" as const) : ("ingested" as const), id, revision };
    });
  }

  async recordSkip(origin: string, code: string, message: string): Promise<void> {
    await this.pool.query("INSERT INTO skipped_inputs (origin, code, message, at) VALUES ($1, $2, $3, $4)", [origin, code, message, now()]);
  }

  async getArticle(id: number): Promise<StoredArticle | undefined> {
    const r = await this.pool.query(`${ARTICLE_SELECT} WHERE a.id = $1`, [id]);
    return r.rows[0] && toArticle(r.rows[0]);
  }

  async getArticleByKey(key: string): Promise<StoredArticle | undefined> {
    const r = await this.pool.query(`${ARTICLE_SELECT} WHERE a.key = $1 AND a.is_current = 1`, [key]);
    return r.rows[0] && toArticle(r.rows[0]);
  }

  async articlesToExtract(limit: number): Promise<StoredArticle[]> {
    const r = await this.pool.query(`${ARTICLE_SELECT} WHERE a.extracted_at IS NULL AND a.is_current = 1 ORDER BY a.id LIMIT $1`, [limit]);
    return r.rows.map(toArticle);
  }

  /** Ids of current articles waiting for extraction (for the job queue's sweep). */
  async pendingArticleIds(limit = 1_000_000): Promise<number[]> {
    const r = await this.pool.query("SELECT id FROM articles WHERE extracted_at IS NULL AND is_current = 1 ORDER BY id LIMIT $1", [limit]);
    return r.rows.map((x) => x.id as number);
  }

  async saveExtraction(articleId: number, reports: Event[], note?: string, held: HeldInput[] = []): Promise<void> {
    // Fine-grained fusion locks (src/fuse/pg-locks.ts): workers fusing different areas run in parallel.
    await inFusionTx(this.pool, async (c, locks) => {
      const r = await c.query(`${ARTICLE_SELECT} WHERE a.id = $1`, [articleId]);
      if (!r.rows[0]) throw new SitrepError("SITREP_E_NOT_FOUND", `article ${articleId}`);
      await locks.begin(FUSE_LOCK, r.rows[0].key);
      // The events the keep-check held back replace those of the key's earlier extractions, but
      // editors' decisions on earlier held ones stand (src/store/held-decisions.ts): a restored one
      // is a report again (after the others), a dismissed one stays off the list. Decisions on this
      // key are made under its lock (taken above), so none lands between this read and the writes.
      const decided = applyDecisions(held, await decisionsOf(c, r.rows[0].key));
      await new PgFuser(c, writeEvents, locks).replaceArticle(articleId, toArticle(r.rows[0]), [...reports, ...decided.restored]);
      const at = now();
      await c.query("DELETE FROM held_events WHERE article_key = $1", [r.rows[0].key]);
      const kept = decided.held;
      if (kept.length) {
        await c.query(
          `INSERT INTO held_events (article_id, article_key, idx, probability, data, held_at)
           SELECT $1, $2, i, p, d, $3 FROM unnest($4::int[], $5::float8[], $6::text[]) AS t(i, p, d)`,
          [articleId, r.rows[0].key, at, kept.map((_, i) => i), kept.map((h) => h.probability), kept.map((h) => JSON.stringify(h.event))],
        );
      }
      await c.query("UPDATE articles SET extracted_at = $1, extract_note = $2 WHERE id = $3", [at, note ?? null, articleId]);
    });
  }

  async listHeld(limit: number, after?: number): Promise<HeldEvent[]> {
    const r = await this.pool.query(`${HELD_SELECT} WHERE h.id < $1 ORDER BY h.id DESC LIMIT $2`, [after ?? 2_147_483_647, limit]);
    return r.rows.map(toHeld);
  }

  async getHeld(id: number): Promise<HeldEvent | undefined> {
    const r = await this.pool.query(`${HELD_SELECT} WHERE h.id = $1`, [id]);
    return r.rows[0] && toHeld(r.rows[0]);
  }

  async restoreHeld(id: number, audit?: HeldAudit): Promise<string | undefined> {
    return inFusionTx(this.pool, async (c, locks) => {
      const h = await heldForDecision(c, locks, id);
      if (!h) return undefined;
      const a = await c.query(`${ARTICLE_SELECT} WHERE a.id = $1`, [h.articleId]);
      // The article's reports as stored, then this one: fused through the same path as extraction's.
      const reports = (await c.query("SELECT data FROM reports WHERE article_id = $1 ORDER BY idx", [h.articleId])).rows.map((r) => JSON.parse(r.data) as Event);
      await new PgFuser(c, writeEvents, locks).replaceArticle(h.articleId, toArticle(a.rows[0]), [...reports, h.event]);
      const r = await c.query("SELECT event_id FROM reports WHERE article_id = $1 AND idx = $2", [h.articleId, reports.length]);
      const eventId = r.rows[0].event_id as string;
      await decide(c, h, "restored", audit, eventId);
      return eventId;
    });
  }

  async dismissHeld(id: number, audit?: HeldAudit): Promise<boolean> {
    return inFusionTx(this.pool, async (c, locks) => {
      const h = await heldForDecision(c, locks, id);
      if (!h) return false;
      await decide(c, h, "dismissed", audit, null);
      return true;
    });
  }

  async withdrawArticle(key: string): Promise<boolean> {
    return inFusionTx(this.pool, async (c, locks) => {
      await locks.begin(FUSE_LOCK, key);
      const r = await c.query(`${ARTICLE_SELECT} WHERE a.key = $1 AND a.is_current = 1`, [key]);
      if (!r.rows[0]) return false;
      const at = now();
      await c.query(
        `UPDATE articles SET withdrawn_at = COALESCE(withdrawn_at, $1), extracted_at = COALESCE(extracted_at, $1),
           extract_note = 'withdrawn' WHERE key = $2`,
        [at, key],
      );
      await new PgFuser(c, writeEvents, locks).replaceArticle(null, toArticle(r.rows[0]), [], true);
      await c.query("DELETE FROM held_events WHERE article_key = $1", [key]);
      return true;
    });
  }

  async nearDuplicates(key?: string): Promise<NearDuplicate[]> {
    const r = key
      ? await this.pool.query("SELECT * FROM near_duplicates WHERE copy_key = $1 OR original_key = $1 ORDER BY copy_key, original_key", [key])
      : await this.pool.query("SELECT * FROM near_duplicates ORDER BY copy_key, original_key");
    return r.rows.map((x) => ({ copyKey: x.copy_key, originalKey: x.original_key, similarity: x.similarity }));
  }

  async controlPeriods(q: ControlQuery): Promise<ControlPeriod[]> {
    const where: string[] = [];
    const params: string[] = [];
    const p = (v: string) => (params.push(v), `$${params.length}`);
    if (q.at) {
      const at = p(q.at);
      where.push(`(valid_from IS NULL OR valid_from <= ${at}) AND (valid_to IS NULL OR valid_to > ${at})`);
    }
    if (q.since) where.push(`valid_from >= ${p(q.since)}`);
    if (q.placeKey) where.push(`place_key = ${p(q.placeKey)}`);
    // COLLATE "C": byte order, as SQLite sorts, whatever the database's default collation.
    const sql = `SELECT * FROM control_periods ${where.length ? "WHERE " + where.join(" AND ") : ""}
      ORDER BY country COLLATE "C", place COLLATE "C", place_key COLLATE "C", COALESCE(valid_from, '') COLLATE "C"`;
    return (await this.pool.query(sql, params)).rows.map(toPeriod);
  }

  async reportsOf(eventId: string): Promise<ReportRow[]> {
    const r = await this.pool.query("SELECT article_id, idx, event_id, data FROM reports WHERE event_id = $1 ORDER BY article_id, idx", [eventId]);
    return r.rows.map((x) => ({ articleId: x.article_id, idx: x.idx, eventId: x.event_id, event: JSON.parse(x.data) }));
  }

  async putEvents(events: Event[]): Promise<void> {
    await inTx(this.pool, (c) => writeEvents(c, events));
  }

  async deleteEvents(eventIds: string[]): Promise<void> {
    const at = now();
    await this.pool.query("UPDATE events SET deleted_at = $1, updated_at = $1 WHERE event_id_cnty = ANY($2::text[]) AND deleted_at IS NULL", [at, eventIds]);
  }

  async listEvents(filter: EventFilter): Promise<StoredEvent[]> {
    const { where, params, postFilter } = compileFilter(filter, (i) => "$" + i);
    const limit = filter.limit ?? -1;
    // Without a post-filter the limit goes to SQL; with one (near), rows are read in pages.
    const sqlLimit = limit >= 0 && !postFilter ? ` LIMIT ${Math.floor(limit)}` : "";
    const sql = `SELECT data, updated_at, deleted_at, merged_into FROM events ${where}
      ORDER BY event_date, event_id_cnty${sqlLimit}`;
    const out: StoredEvent[] = [];
    for (const row of (await this.pool.query(sql, params)).rows) {
      const ev = JSON.parse(row.data) as Event;
      if (postFilter && !postFilter(ev)) continue;
      out.push({ event: ev, updatedAt: row.updated_at, deletedAt: row.deleted_at, mergedInto: row.merged_into });
      if (limit >= 0 && out.length >= limit) break;
    }
    return out;
  }

  async getEvent(eventId: string): Promise<StoredEvent | undefined> {
    const r = await this.pool.query("SELECT data, updated_at, deleted_at, merged_into FROM events WHERE event_id_cnty = $1", [eventId]);
    const row = r.rows[0];
    return row && { event: JSON.parse(row.data), updatedAt: row.updated_at, deletedAt: row.deleted_at, mergedInto: row.merged_into };
  }

  async status(): Promise<StoreStatus> {
    const r = await this.pool.query(`SELECT
      (SELECT COUNT(DISTINCT key) FROM articles) AS articles,
      (SELECT COUNT(*) FROM articles) AS revisions,
      (SELECT COUNT(*) FROM articles WHERE extracted_at IS NOT NULL AND is_current = 1) AS extracted,
      (SELECT COUNT(*) FROM articles WHERE extracted_at IS NULL AND is_current = 1) AS "pendingExtraction",
      (SELECT COUNT(*) FROM reports) AS reports,
      (SELECT COUNT(*) FROM events WHERE deleted_at IS NULL) AS events,
      (SELECT COUNT(*) FROM events WHERE deleted_at IS NOT NULL) AS "deletedEvents",
      (SELECT COUNT(*) FROM skipped_inputs) AS "skippedInputs"`);
    return r.rows[0] as StoreStatus;
  }

  async close(): Promise<void> {
    await this.pool.end().catch(() => {});
  }
}
