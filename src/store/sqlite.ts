// SQLite backend (better-sqlite3): a file next to the user, WAL, one transaction per article.
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { Article, StoredArticle } from "../types.js";
import type { Event } from "../event.js";
import { SitrepError } from "../errors.js";
import { applyMigrations } from "./migrate.js";
import { compileFilter } from "./filter-sql.js";
import { SqliteFuser } from "../fuse/sqlite-fuser.js";
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
import { alreadyDecided, applyDecisions, auditValues, detailKey, heldKey, type DecisionRow, type HeldAudit, type HeldDecision } from "./held-decisions.js";
import { HELD_SELECT, toHeld, toPeriod, toStoredArticle, type ArticleRow, type HeldRow, type PeriodRow } from "./rows.js";

const now = () => new Date().toISOString();


interface EventRow {
  data: string;
  updated_at: string;
  deleted_at: string | null;
  merged_into: string | null;
}


export class SqliteStore implements Store {
  readonly kind = "sqlite" as const;
  readonly db: Database.Database;
  private readonly fuser: SqliteFuser;

  constructor(readonly location: string) {
    try {
      if (location !== ":memory:") mkdirSync(dirname(location), { recursive: true });
      this.db = new Database(location);
      this.db.pragma("journal_mode = WAL");
      this.db.pragma("synchronous = NORMAL");
      this.db.pragma("foreign_keys = ON");
      this.db.pragma("busy_timeout = 5000");
      applyMigrations(this.db);
      this.fuser = new SqliteFuser(this.db, (events) => this.writeEvents(events));
    } catch (err) {
      if (err instanceof SitrepError) throw err;
      throw new SitrepError("SITREP_E_DB", `${location}: ${(err as Error).message}`);
    }
  }

  async putArticle(a: Article): Promise<PutArticleResult> {
    return this.db.transaction((): PutArticleResult => {
      const same = this.db
        .prepare("SELECT id, revision FROM articles WHERE content_hash = ?")
        .get(a.contentHash) as { id: number; revision: number } | undefined;
      if (same) return { status: "unchanged", ...same };
      const last = this.db
        .prepare("SELECT MAX(revision) AS rev FROM articles WHERE key = ?")
        .get(a.key) as { rev: number | null };
      const revision = (last.rev ?? 0) + 1;
      if (revision > 1) this.db.prepare("UPDATE articles SET is_current = 0 WHERE key = ?").run(a.key);
      const info = this.db
        .prepare(
          `INSERT INTO articles (key, revision, is_current, content_hash, url, title, outlet, published, lang,
             text, blocks, media, origin, ingested_at)
           VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          a.key, revision, a.contentHash, a.url ?? null, a.title ?? null, a.outlet ?? null,
          a.published ?? null, a.lang ?? null, a.text, JSON.stringify(a.blocks), JSON.stringify(a.media),
          a.origin, now(),
        );
      const id = Number(info.lastInsertRowid);
      const addSentence = this.db.prepare("INSERT INTO sentences (article_id, idx, start, end) VALUES (?, ?, ?, ?)");
      a.sentences.forEach((s, i) => addSentence.run(id, i, s.start, s.end));
      return { status: revision > 1 ? "revised" : "ingested", id, revision };
    }).immediate();
  }

  async recordSkip(origin: string, code: string, message: string): Promise<void> {
    this.db.prepare("INSERT INTO skipped_inputs (origin, code, message, at) VALUES (?, ?, ?, ?)").run(origin, code, message, now());
  }

  private toArticle(row: ArticleRow): StoredArticle {
    const sentences = this.db
      .prepare("SELECT start, end FROM sentences WHERE article_id = ? ORDER BY idx")
      .all(row.id) as { start: number; end: number }[];
    return toStoredArticle(row, sentences);

  }

  async getArticle(id: number): Promise<StoredArticle | undefined> {
    const row = this.db.prepare("SELECT * FROM articles WHERE id = ?").get(id) as ArticleRow | undefined;
    return row && this.toArticle(row);
  }

  async getArticleByKey(key: string): Promise<StoredArticle | undefined> {
    const row = this.db
      .prepare("SELECT * FROM articles WHERE key = ? AND is_current = 1")
      .get(key) as ArticleRow | undefined;
    return row && this.toArticle(row);
  }

  async articlesToExtract(limit: number): Promise<StoredArticle[]> {
    const rows = this.db
      .prepare("SELECT * FROM articles WHERE extracted_at IS NULL AND is_current = 1 ORDER BY id LIMIT ?")
      .all(limit) as ArticleRow[];
    return rows.map((r) => this.toArticle(r));
  }

  async saveExtraction(articleId: number, reports: Event[], note?: string, held: HeldInput[] = []): Promise<void> {
    this.db.transaction(() => {
      const row = this.db.prepare("SELECT * FROM articles WHERE id = ?").get(articleId) as ArticleRow | undefined;
      if (!row) throw new SitrepError("SITREP_E_NOT_FOUND", `article ${articleId}`);
      // Reports of this key's earlier revisions (and of this one, if re-extracted) are replaced,
      // and the reports are fused into canonical events (see src/fuse/sqlite-fuser.ts). So are the
      // events the keep-check held back, but editors' decisions on earlier held ones stand
      // (src/store/held-decisions.ts): a restored one is a report again (after the others), a
      // dismissed one stays off the list.
      const decided = applyDecisions(held, this.decisionsOf(row.key));
      this.fuser.replaceArticle(articleId, this.toArticle(row), [...reports, ...decided.restored]);
      this.db.prepare("DELETE FROM held_events WHERE article_key = ?").run(row.key);
      const add = this.db.prepare("INSERT INTO held_events (article_id, article_key, idx, probability, data, held_at) VALUES (?, ?, ?, ?, ?, ?)");
      const at = now();
      decided.held.forEach((h, i) => add.run(articleId, row.key, i, h.probability, JSON.stringify(h.event), at));
      this.db
        .prepare("UPDATE articles SET extracted_at = ?, extract_note = ? WHERE id = ?")
        .run(at, note ?? null, articleId);
    }).immediate();
  }

  async listHeld(limit: number, after?: number): Promise<HeldEvent[]> {
    const rows = this.db
      .prepare(`${HELD_SELECT} WHERE h.id < ? ORDER BY h.id DESC LIMIT ?`)
      .all(after ?? Number.MAX_SAFE_INTEGER, limit) as HeldRow[];
    return rows.map(toHeld);
  }

  async getHeld(id: number): Promise<HeldEvent | undefined> {
    const row = this.db.prepare(`${HELD_SELECT} WHERE h.id = ?`).get(id) as HeldRow | undefined;
    return row && toHeld(row);
  }

  private decisionsOf(articleKey: string): DecisionRow[] {
    return this.db
      .prepare('SELECT held_key AS "heldKey", detail_key AS "detailKey", decision FROM held_decisions WHERE article_key = ?')
      .all(articleKey) as DecisionRow[];
  }

  /**
   * The held row `id` for a decision, inside the decision's transaction: undefined when there is
   * none; SITREP_E_CONFLICT when an editor decided on it already.
   */
  private heldForDecision(id: number): HeldEvent | undefined {
    const row = this.db.prepare(`${HELD_SELECT} WHERE h.id = ?`).get(id) as HeldRow | undefined;
    if (row) return toHeld(row);
    const d = this.db.prepare("SELECT decision FROM held_decisions WHERE held_id = ?").get(id) as { decision: HeldDecision } | undefined;
    if (d) throw new SitrepError("SITREP_E_CONFLICT", alreadyDecided(id, d.decision));
    return undefined;
  }

  /** Records the decision and its audit row; runs inside the decision's transaction. */
  private decide(h: HeldEvent, decision: HeldDecision, audit: HeldAudit | undefined, eventId: string | null): void {
    const at = now();
    this.db
      .prepare(
        `INSERT INTO held_decisions (article_key, held_key, detail_key, decision, held_id, data, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (article_key, held_key, detail_key) DO UPDATE SET decision = excluded.decision, held_id = excluded.held_id,
           data = excluded.data, decided_at = excluded.decided_at`,
      )
      .run(h.articleKey, heldKey(h.event), detailKey(h.event), decision, h.id, JSON.stringify(h.event), at);
    this.db.prepare("DELETE FROM held_events WHERE id = ?").run(h.id);
    if (audit) {
      this.db
        .prepare("INSERT INTO audit_log (at, actor, action, subject_type, subject_id, before, after, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .run(...auditValues(audit(h, eventId), at));
    }
  }

  async restoreHeld(id: number, audit?: HeldAudit): Promise<string | undefined> {
    return this.db.transaction((): string | undefined => {
      const h = this.heldForDecision(id);
      if (!h) return undefined;
      const row = this.db.prepare("SELECT * FROM articles WHERE id = ?").get(h.articleId) as ArticleRow;
      // The article's reports as stored, then this one: fused through the same path as extraction's.
      const reports = (this.db.prepare("SELECT data FROM reports WHERE article_id = ? ORDER BY idx").all(h.articleId) as { data: string }[]).map((r) => JSON.parse(r.data) as Event);
      this.fuser.replaceArticle(h.articleId, this.toArticle(row), [...reports, h.event]);
      const r = this.db.prepare("SELECT event_id FROM reports WHERE article_id = ? AND idx = ?").get(h.articleId, reports.length) as { event_id: string };
      this.decide(h, "restored", audit, r.event_id);
      return r.event_id;
    }).immediate();
  }

  async dismissHeld(id: number, audit?: HeldAudit): Promise<boolean> {
    return this.db.transaction((): boolean => {
      const h = this.heldForDecision(id);
      if (!h) return false;
      this.decide(h, "dismissed", audit, null);
      return true;
    }).immediate();
  }

  async withdrawArticle(key: string): Promise<boolean> {
    return this.db.transaction((): boolean => {
      const row = this.db.prepare("SELECT * FROM articles WHERE key = ? AND is_current = 1").get(key) as ArticleRow | undefined;
      if (!row) return false;
      const at = now();
      this.db
        .prepare(
          `UPDATE articles SET withdrawn_at = COALESCE(withdrawn_at, ?), extracted_at = COALESCE(extracted_at, ?),
             extract_note = 'withdrawn' WHERE key = ?`,
        )
        .run(at, at, key);
      this.fuser.replaceArticle(null, this.toArticle(row), [], true);
      this.db.prepare("DELETE FROM held_events WHERE article_key = ?").run(key);
      return true;
    }).immediate();
  }

  async nearDuplicates(key?: string): Promise<NearDuplicate[]> {
    const rows = (key
      ? this.db.prepare("SELECT * FROM near_duplicates WHERE copy_key = ? OR original_key = ? ORDER BY copy_key, original_key").all(key, key)
      : this.db.prepare("SELECT * FROM near_duplicates ORDER BY copy_key, original_key").all()) as {
      copy_key: string;
      original_key: string;
      similarity: number;
    }[];
    return rows.map((r) => ({ copyKey: r.copy_key, originalKey: r.original_key, similarity: r.similarity }));
  }

  async controlPeriods(q: ControlQuery): Promise<ControlPeriod[]> {
    const where: string[] = [];
    const params: string[] = [];
    if (q.at) {
      where.push("(valid_from IS NULL OR valid_from <= ?) AND (valid_to IS NULL OR valid_to > ?)");
      params.push(q.at, q.at);
    }
    if (q.since) {
      where.push("valid_from >= ?");
      params.push(q.since);
    }
    if (q.placeKey) {
      where.push("place_key = ?");
      params.push(q.placeKey);
    }
    const sql = `SELECT * FROM control_periods ${where.length ? "WHERE " + where.join(" AND ") : ""}
      ORDER BY country, place, place_key, COALESCE(valid_from, '')`;
    return (this.db.prepare(sql).all(...params) as PeriodRow[]).map(toPeriod);
  }

  async reportsOf(eventId: string): Promise<ReportRow[]> {
    const rows = this.db
      .prepare("SELECT article_id, idx, event_id, data FROM reports WHERE event_id = ? ORDER BY article_id, idx")
      .all(eventId) as { article_id: number; idx: number; event_id: string; data: string }[];
    return rows.map((r) => ({ articleId: r.article_id, idx: r.idx, eventId: r.event_id, event: JSON.parse(r.data) }));
  }

  private putEventStmt?: Database.Statement;
  private reviewStmt?: Database.Statement;
  private suppressStmt?: Database.Statement;

  /**
   * Upserts canonical events; fusion and the review desk both write through here. Fields an
   * editor set by hand (event_review.locked, migration 004) are laid over whatever fusion
   * computed, and rejected or merged events stay tombstoned, so automatic re-extraction or
   * re-fusion never overwrites a hand edit. Must run inside a transaction.
   */
  writeEvents(events: Event[]): void {
    const review = (this.reviewStmt ??= this.db.prepare("SELECT state, locked FROM event_review WHERE event_id = ?"));
    const suppress = (this.suppressStmt ??= this.db.prepare(
      "UPDATE events SET deleted_at = COALESCE(deleted_at, ?) WHERE event_id_cnty = ?",
    ));
    const suppressed: string[] = [];
    events = events.map((e) => {
      const r = review.get(e.event_id_cnty) as { state: string; locked: string } | undefined;
      if (!r) return e;
      if (r.state === "rejected" || r.state === "merged") suppressed.push(e.event_id_cnty);
      const locked = JSON.parse(r.locked) as Partial<Event>;
      return Object.keys(locked).length ? { ...e, ...locked, event_id_cnty: e.event_id_cnty } : e;
    });
    this.upsertEvents(events);
    const at = now();
    for (const id of suppressed) suppress.run(at, id);
  }

  private upsertEvents(events: Event[]): void {
    // Prepared once: fusion writes events for every article.
    const put = (this.putEventStmt ??= this.db.prepare(
      `INSERT INTO events (event_id_cnty, event_date, country, country_code, event_type, sub_event_type, actor1, actor2,
         latitude, longitude, verification, data, updated_at, deleted_at)
       VALUES (@event_id_cnty, @event_date, @country, @country_code, @event_type, @sub_event_type, @actor1, @actor2,
         @latitude, @longitude, @verification, @data, @updated_at, NULL)
       ON CONFLICT (event_id_cnty) DO UPDATE SET event_date = excluded.event_date, country = excluded.country,
         country_code = excluded.country_code, event_type = excluded.event_type, sub_event_type = excluded.sub_event_type,
         actor1 = excluded.actor1, actor2 = excluded.actor2, latitude = excluded.latitude, longitude = excluded.longitude,
         verification = excluded.verification, data = excluded.data, updated_at = excluded.updated_at, deleted_at = NULL
       WHERE events.data IS NOT excluded.data OR events.deleted_at IS NOT NULL`,
    ));
    const at = now();
    for (const e of events) {
      put.run({
        event_id_cnty: e.event_id_cnty,
        event_date: e.event_date,
        country: e.country,
        country_code: e.country_code ?? null,
        event_type: e.event_type,
        sub_event_type: e.sub_event_type,
        actor1: e.actor1,
        actor2: e.actor2,
        latitude: e.latitude,
        longitude: e.longitude,
        verification: e.verification,
        data: JSON.stringify(e),
        updated_at: at,
      });
    }
  }

  private tombstone(ids: string[]): void {
    const del = this.db.prepare("UPDATE events SET deleted_at = ?, updated_at = ? WHERE event_id_cnty = ? AND deleted_at IS NULL");
    const at = now();
    for (const id of ids) del.run(at, at, id);
  }

  async putEvents(events: Event[]): Promise<void> {
    this.db.transaction(() => this.writeEvents(events)).immediate();
  }

  async deleteEvents(eventIds: string[]): Promise<void> {
    this.db.transaction(() => this.tombstone(eventIds)).immediate();
  }

  async listEvents(filter: EventFilter): Promise<StoredEvent[]> {
    const { where, params, postFilter } = compileFilter(filter);
    const limit = filter.limit ?? -1;
    const sql = `SELECT data, updated_at, deleted_at, merged_into FROM events ${where} ORDER BY event_date, event_id_cnty`;
    const out: StoredEvent[] = [];
    for (const row of this.db.prepare(sql).iterate(...params) as Iterable<EventRow>) {
      const ev = JSON.parse(row.data) as Event;
      if (postFilter && !postFilter(ev)) continue;
      out.push({ event: ev, updatedAt: row.updated_at, deletedAt: row.deleted_at, mergedInto: row.merged_into });
      if (limit >= 0 && out.length >= limit) break;
    }
    return out;
  }

  async getEvent(eventId: string): Promise<StoredEvent | undefined> {
    const row = this.db
      .prepare("SELECT data, updated_at, deleted_at, merged_into FROM events WHERE event_id_cnty = ?")
      .get(eventId) as EventRow | undefined;
    return row && { event: JSON.parse(row.data), updatedAt: row.updated_at, deletedAt: row.deleted_at, mergedInto: row.merged_into };
  }

  async status(): Promise<StoreStatus> {
    const n = (sql: string) => (this.db.prepare(sql).get() as { n: number }).n;
    return {
      articles: n("SELECT COUNT(DISTINCT key) AS n FROM articles"),
      revisions: n("SELECT COUNT(*) AS n FROM articles"),
      extracted: n("SELECT COUNT(*) AS n FROM articles WHERE extracted_at IS NOT NULL AND is_current = 1"),
      pendingExtraction: n("SELECT COUNT(*) AS n FROM articles WHERE extracted_at IS NULL AND is_current = 1"),
      reports: n("SELECT COUNT(*) AS n FROM reports"),
      events: n("SELECT COUNT(*) AS n FROM events WHERE deleted_at IS NULL"),
      deletedEvents: n("SELECT COUNT(*) AS n FROM events WHERE deleted_at IS NOT NULL"),
      skippedInputs: n("SELECT COUNT(*) AS n FROM skipped_inputs"),
    };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
