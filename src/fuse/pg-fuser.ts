// Incremental fusion on PostgreSQL: the same algorithm as sqlite-fuser.ts (same invariant: every
// canonical event is a connected component of sameEvent over current reports), written against an
// async client inside the store's per-article transaction. The rules themselves (match.ts,
// canonical.ts, verify.ts, control/timeline.ts) are shared, so both backends give the same events.
// Clusters span articles, so two workers fusing at once could each miss the other's reports: the
// fuser holds advisory locks on the index cells it looks in (pg-locks.ts, taken through the
// FusionLocks the store passes in), so workers in different areas fuse in parallel.
import type { Event } from "../event.js";
import type { Queryable } from "../store/pg-db.js";
import { buildCanonical } from "./canonical.js";
import { storySentences, storyText, verificationSentences, verifiedSentenceFor } from "./cues.js";
import { indexKeys, isTerritory, tracksControl, lookupCells, MAX_WINDOW_DAYS, sameEvent, dayNumber, dateWindow, type FuseReport } from "./match.js";
import { bandHashes, bufferToSig, minhash, NEAR_DUP_THRESHOLD, sigToBuffer, similarity } from "./minhash.js";
import { originalOf, type SketchInput } from "./near-dups.js";
import { ComponentWalk } from "./component-walk.js";
import { NO_LOCKS, reportLocks, type FusionLocks } from "./pg-locks.js";
import { placeKeyOf } from "../control/places.js";
import { timelineOf } from "../control/timeline.js";
import { FUSION } from "./config.js";
import { REPORT_COLS, toReport, type ReportDbRow, type ArticleForFusion, type StoredReport } from "./report-row.js";
import { fnv1a32 } from "../util/hash.js";

type Rep = StoredReport;


export class PgFuser {
  constructor(
    private db: Queryable,
    /** Upserts canonical events (the store's writer, so columns stay in one place). */
    private writeEvents: (db: Queryable, events: Event[]) => Promise<void>,
    /** Fine-grained fusion locks (pg-locks.ts); NO_LOCKS when the caller serialises fusion. */
    private locks: FusionLocks = NO_LOCKS,
  ) {}

  private async rows<R extends object>(sql: string, params: unknown[] = []): Promise<R[]> {
    return (await this.db.query(sql, params)).rows as R[];
  }

  async replaceArticle(articleId: number | null, article: ArticleForFusion, reports: Event[], withdrawn = false): Promise<void> {
    const key = article.key;
    const touched = new Set<string>();
    const fresh = new Set<string>();
    // Locks known up front (pg-locks.ts): the cells the old and new reports look in, and the
    // near-duplicate bands of the old and new sketch (two similar articles share a band).
    const oldRows = await this.rows<ReportDbRow>(`SELECT ${REPORT_COLS} FROM reports WHERE article_key = $1`, [key]);
    const oldBands = await this.rows<{ band: number; hash: string }>("SELECT band, hash FROM sketch_bands WHERE article_key = $1", [key]);
    const sig = withdrawn ? null : minhash(storyText(article));
    await this.locks.acquire([
      ...oldRows.flatMap((r) => reportLocks(JSON.parse(r.data) as Event)),
      ...reports.flatMap((e) => reportLocks(e)),
      ...oldBands.map((b) => `band:${b.band}:${b.hash}`),
      ...(sig ? bandHashes(sig).map((h, i) => `band:${i}:${h}`) : []),
    ]);
    for (const row of oldRows) {
      const old = toReport(row);
      touched.add(old.eventId);
      for (const c of await this.findCandidates(old.event)) if (c.articleKey !== key && sameEvent(old, c)) touched.add(c.eventId);
    }
    await this.db.query("DELETE FROM reports WHERE article_key = $1", [key]);

    const partners = withdrawn
      ? await this.removeSketch(key)
      : await this.updateSketch({ key, outlet: article.outlet, published: article.published, text: article.text, storyText: storyText(article) });
    for (const p of partners) {
      for (const r of await this.rows<{ event_id: string }>("SELECT DISTINCT event_id FROM reports WHERE article_key = $1", [p])) touched.add(r.event_id);
    }

    if (articleId !== null && reports.length) {
      const verifying = verificationSentences(storySentences(article));
      const seen = new Set<string>();
      for (const [idx, e] of reports.entries()) {
        let rid = e.event_id_cnty;
        const taken = await this.rows("SELECT 1 FROM reports WHERE rid = $1 AND article_key != $2 LIMIT 1", [rid, key]);
        if (seen.has(rid) || taken.length) rid = `${rid}-${idx}-${shortHash(key)}`;
        seen.add(rid);
        const data = rid === e.event_id_cnty ? e : { ...e, event_id_cnty: rid };
        const verified = verifiedSentenceFor(e, verifying, reports.length) ?? null;
        const [ins] = await this.rows<{ id: number }>(
          `INSERT INTO reports (article_id, idx, event_id, data, rid, article_key, verified_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [articleId, idx, rid, JSON.stringify(data), rid, key, verified],
        );
        const keys = indexKeys(e);
        if (keys.length) {
          await this.db.query(
            "INSERT INTO report_cells (report_id, cell, day_lo, day_hi) SELECT $1, * FROM unnest($2::text[], $3::int[], $4::int[])",
            [ins!.id, keys.map((k) => k.cell), keys.map((k) => k.dayLo), keys.map((k) => k.dayHi)],
          );
        }
        touched.add(rid);
        fresh.add(rid);
        const me: FuseReport = { rid, articleKey: key, event: data, verifiedBy: verified ?? undefined };
        for (const c of await this.findCandidates(data)) if (c.articleKey !== key && sameEvent(me, c)) touched.add(c.eventId);
      }
    }
    await this.recluster(touched, fresh);
  }

  private async findCandidates(e: Event): Promise<Rep[]> {
    return (await this.findCandidatesMany([e]))[0]!;
  }

  /** Index candidates of several reports in one round trip (one list per report, same order). */
  private async findCandidatesMany(events: Event[]): Promise<Rep[][]> {
    const qi: number[] = [];
    const qcell: string[] = [];
    const qlo: number[] = [];
    const qhi: number[] = [];
    const qmin: number[] = [];
    events.forEach((e, i) => {
      const day = dayNumber(e.event_date);
      const win = dateWindow(e) + FUSION.territory_extra_days;
      for (const cell of lookupCells(e)) {
        qi.push(i);
        qcell.push(cell);
        qlo.push(day - win - 2 * MAX_WINDOW_DAYS);
        qhi.push(day + win);
        qmin.push(day - win);
      }
    });
    const out: Map<number, Rep>[] = events.map(() => new Map());
    if (!qi.length) return out.map(() => []);
    const rows = await this.rows<ReportDbRow & { q: number }>(
      `SELECT DISTINCT q.i AS q, r.id, r.rid, r.article_key, r.event_id, r.data, r.verified_by
       FROM unnest($1::int[], $2::text[], $3::int[], $4::int[], $5::int[]) AS q(i, cell, lo_min, lo_max, hi_min)
       JOIN report_cells c ON c.cell = q.cell AND c.day_lo BETWEEN q.lo_min AND q.lo_max AND c.day_hi >= q.hi_min
       JOIN reports r ON r.id = c.report_id`,
      [qi, qcell, qlo, qhi, qmin],
    );
    for (const row of rows) if (!out[row.q]!.has(row.id)) out[row.q]!.set(row.id, toReport(row));
    return out.map((m) => [...m.values()]);
  }

  private async loadEvents(ids: string[], pool: Map<number, Rep>): Promise<void> {
    if (!ids.length) return;
    for (const row of await this.rows<ReportDbRow>(`SELECT ${REPORT_COLS} FROM reports WHERE event_id = ANY($1::text[])`, [ids])) {
      pool.set(row.id, toReport(row));
    }
  }

  /** Recomputes the clusters reachable from `seeds` (see component-walk.ts), as the SQLite fuser does. */
  private async recluster(seeds: Set<string>, fresh: Set<string>): Promise<void> {
    const walk = new ComponentWalk(seeds, fresh);
    while (!walk.done) {
      const pool = new Map<number, Rep>();
      await this.loadEvents(walk.takeEvents(), pool);
      walk.addReports([...pool.values()]);
      const added = walk.takeAdded();
      if (added.length) {
        // Every report re-clustered is locked, so two workers never rewrite one event at once.
        await this.locks.extend(added.flatMap((r) => reportLocks(r.event)));
        // Those reports were read before their cells were locked: if another worker moved or
        // removed one in between, start again with every lock taken up front.
        const ids = added.map((r) => r.rowId);
        const now = new Map((await this.rows<{ id: number; event_id: string }>("SELECT id, event_id FROM reports WHERE id = ANY($1::int[])", [ids])).map((r) => [r.id, r.event_id]));
        if (added.some((r) => now.get(r.rowId) !== r.eventId)) this.locks.restart();
      }
      const lookups = walk.takeLookups();
      const found = await this.findCandidatesMany(lookups.map((r) => r.event));
      lookups.forEach((r, i) => walk.addCandidates(r, found[i]!));
    }
    const comps = walk.components();
    const eventIds = walk.eventIds;

    const written: Event[] = [];
    const newIdOfOld = new Map<string, Set<string>>();
    const moves: [string, number][] = [];
    for (const members of comps) {
      const event = await this.canonical(members);
      written.push(event);
      for (const m of members) {
        newIdOfOld.set(m.eventId, (newIdOfOld.get(m.eventId) ?? new Set()).add(event.event_id_cnty));
        if (m.eventId !== event.event_id_cnty) moves.push([event.event_id_cnty, m.rowId]);
      }
    }
    if (moves.length) {
      await this.db.query(
        "UPDATE reports r SET event_id = m.e FROM unnest($1::text[], $2::int[]) AS m(e, id) WHERE r.id = m.id",
        [moves.map((m) => m[0]), moves.map((m) => m[1])],
      );
    }
    await this.writeEvents(this.db, written);
    const newIds = written.map((e) => e.event_id_cnty);
    if (newIds.length) await this.db.query("UPDATE events SET merged_into = NULL WHERE event_id_cnty = ANY($1::text[]) AND merged_into IS NOT NULL", [newIds]);
    const at = new Date().toISOString();
    const newSet = new Set(newIds);
    const candidates = [...eventIds].filter((id) => !newSet.has(id));
    const live = candidates.length
      ? new Set((await this.rows<{ id: string }>("SELECT event_id_cnty AS id FROM events WHERE event_id_cnty = ANY($1::text[]) AND deleted_at IS NULL", [candidates])).map((r) => r.id))
      : new Set<string>();
    const gone: string[] = [];
    for (const id of candidates) {
      if (!live.has(id)) continue;
      const into = [...(newIdOfOld.get(id) ?? [])];
      await this.db.query(
        "UPDATE events SET deleted_at = $1, updated_at = $1, merged_into = $2 WHERE event_id_cnty = $3 AND deleted_at IS NULL",
        [at, into.length === 1 ? into[0]! : null, id],
      );
      gone.push(id);
    }
    await this.refreshControl(written, gone);
  }

  private async canonical(members: FuseReport[]): Promise<Event> {
    const keys = [...new Set(members.map((m) => m.articleKey))];
    const inCluster = new Set(keys);
    const outletOf = new Map<string, string>(keys.map((k) => [k, ""]));
    for (const r of await this.rows<{ key: string; outlet: string | null }>("SELECT key, outlet FROM articles WHERE key = ANY($1::text[]) AND is_current = 1", [keys])) {
      outletOf.set(r.key, r.outlet ?? "");
    }
    const nearDups: [string, string][] = [];
    const links = await this.rows<{ copy_key: string; original_key: string }>(
      "SELECT copy_key, original_key FROM near_duplicates WHERE copy_key = ANY($1::text[]) ORDER BY copy_key, original_key",
      [keys],
    );
    // Same order as the SQLite fuser (per key in cluster order, then link order).
    for (const k of keys) for (const l of links) if (l.copy_key === k && inCluster.has(l.original_key)) nearDups.push([l.copy_key, l.original_key]);
    return buildCanonical({ reports: members, nearDups, outletOf });
  }

  private async refreshControl(written: Event[], gone: string[]): Promise<void> {
    const places = new Set<string>();
    const ids = [...gone, ...written.map((e) => e.event_id_cnty)];
    const was = new Map<string, string>();
    if (ids.length) {
      for (const r of await this.rows<{ event_id: string; place_key: string }>("SELECT event_id, place_key FROM control_events WHERE event_id = ANY($1::text[])", [ids])) {
        was.set(r.event_id, r.place_key);
      }
    }
    // Two workers rebuilding one place's timeline would each miss the other's events.
    await this.locks.acquirePlaces([...was.values(), ...written.filter((e) => tracksControl(e)).map((e) => placeKeyOf(e))]);
    for (const id of gone) {
      const p = was.get(id);
      if (p) {
        places.add(p);
        await this.db.query("DELETE FROM control_events WHERE event_id = $1", [id]);
      }
    }
    for (const e of written) {
      const p = was.get(e.event_id_cnty);
      if (p) places.add(p);
      if (tracksControl(e)) {
        const key = placeKeyOf(e);
        if (key !== p) {
          await this.db.query(
            "INSERT INTO control_events (event_id, place_key) VALUES ($1, $2) ON CONFLICT (event_id) DO UPDATE SET place_key = excluded.place_key",
            [e.event_id_cnty, key],
          );
        }
        places.add(key);
      } else if (p) await this.db.query("DELETE FROM control_events WHERE event_id = $1", [e.event_id_cnty]);
    }
    for (const place of places) await this.rebuildPlace(place);
  }

  async rebuildPlace(place: string): Promise<void> {
    const events = (await this.rows<{ data: string }>(
      `SELECT e.data FROM control_events c JOIN events e ON e.event_id_cnty = c.event_id WHERE c.place_key = $1 AND e.deleted_at IS NULL`,
      [place],
    )).map((r) => JSON.parse(r.data) as Event);
    await this.db.query("DELETE FROM control_periods WHERE place_key = $1", [place]);
    for (const p of timelineOf(events)) {
      await this.db.query(
        `INSERT INTO control_periods (place_key, place, country, country_code, iso, latitude, longitude, holder, claimant,
           previous_holder, contested, valid_from, valid_to, event_id, verification, reason)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
        [place, p.place, p.country, p.countryCode, p.iso, p.latitude, p.longitude, p.holder, p.claimant, p.previousHolder,
          p.contested ? 1 : 0, p.validFrom, p.validTo, p.eventId, p.verification, p.reason],
      );
    }
  }

  // --- near-duplicate links (MinHash + LSH bands), as in near-dups.ts ---

  private async removeSketch(key: string): Promise<string[]> {
    const rows = await this.rows<{ copy_key: string; original_key: string }>(
      "DELETE FROM near_duplicates WHERE copy_key = $1 OR original_key = $1 RETURNING copy_key, original_key",
      [key],
    );
    await this.db.query("DELETE FROM sketch_bands WHERE article_key = $1", [key]);
    await this.db.query("DELETE FROM article_sketches WHERE article_key = $1", [key]);
    return rows.map((r) => (r.copy_key === key ? r.original_key : r.copy_key));
  }

  private async updateSketch(a: SketchInput): Promise<string[]> {
    const before = await this.removeSketch(a.key);
    const sig = minhash(a.storyText);
    if (!sig) return before;
    await this.db.query("INSERT INTO article_sketches (article_key, outlet, published, minhash) VALUES ($1, $2, $3, $4)", [
      a.key, a.outlet ?? null, a.published ?? null, sigToBuffer(sig),
    ]);
    const hashes = bandHashes(sig);
    await this.db.query(
      "INSERT INTO sketch_bands (band, hash, article_key) SELECT b, h, $3 FROM unnest($1::int[], $2::bigint[]) AS x(b, h) ON CONFLICT DO NOTHING",
      [hashes.map((_, i) => i), hashes, a.key],
    );
    const cands = await this.rows<{ article_key: string; outlet: string | null; published: string | null; minhash: Buffer; text: string | null }>(
      `SELECT s.article_key, s.outlet, s.published, s.minhash, (SELECT text FROM articles WHERE key = s.article_key AND is_current = 1 LIMIT 1) AS text
       FROM article_sketches s WHERE s.article_key IN (
         SELECT DISTINCT b.article_key FROM sketch_bands b JOIN unnest($1::int[], $2::bigint[]) AS x(band, hash)
           ON b.band = x.band AND b.hash = x.hash WHERE b.article_key != $3)
       ORDER BY s.article_key`,
      [hashes.map((_, i) => i), hashes, a.key],
    );
    const linked: string[] = [];
    for (const row of cands) {
      const sim = similarity(sig, bufferToSig(row.minhash));
      if (sim < NEAR_DUP_THRESHOLD) continue;
      const other = { key: row.article_key, outlet: row.outlet, published: row.published, text: row.text ?? "" };
      const self = { key: a.key, outlet: a.outlet ?? null, published: a.published ?? null, text: a.text };
      const [orig, copy] = originalOf(self, other);
      await this.db.query(
        `INSERT INTO near_duplicates (copy_key, original_key, similarity) VALUES ($1, $2, $3)
         ON CONFLICT (copy_key, original_key) DO UPDATE SET similarity = excluded.similarity`,
        [copy.key, orig.key, sim],
      );
      linked.push(row.article_key);
    }
    return [...new Set([...before, ...linked])];
  }
}

function shortHash(s: string): string {
  return fnv1a32(s).toString(36);
}
