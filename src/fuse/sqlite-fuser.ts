// Incremental fusion on SQLite, run inside the store's per-article transaction.
// Invariant: every cluster (canonical event) is a connected component of the sameEvent relation
// over current reports. An update removes an article's old reports, adds its new ones, and walks
// out from the events it touches to the closed set of reports linked to them (component-walk.ts),
// recomputing those components from scratch, so the result depends only on the set of reports.
import type Database from "better-sqlite3";
import type { Event } from "../event.js";
import { buildCanonical } from "./canonical.js";
import { storySentences, storyText, verificationSentences, verifiedSentenceFor } from "./cues.js";
import { indexKeys, isTerritory, tracksControl, lookupCells, MAX_WINDOW_DAYS, sameEvent, dayNumber, dateWindow, type FuseReport } from "./match.js";
import { NearDupIndex } from "./near-dups.js";
import { ComponentWalk } from "./component-walk.js";
import { placeKeyOf } from "../control/places.js";
import { timelineOf } from "../control/timeline.js";
import { FUSION } from "./config.js";
import { toReport, type ReportDbRow, type ArticleForFusion } from "./report-row.js";
import { fnv1a32 } from "../util/hash.js";




export class SqliteFuser {
  readonly nearDups: NearDupIndex;
  private st;

  constructor(
    private db: Database.Database,
    /** Upserts canonical events (the store's writer, so columns stay in one place). */
    private writeEvents: (events: Event[]) => void,
  ) {
    this.nearDups = new NearDupIndex(db);
    this.st = {
      reportsOfKey: db.prepare("SELECT id, rid, article_key, event_id, data, verified_by FROM reports WHERE article_key = ?"),
      dropOfKey: db.prepare("DELETE FROM reports WHERE article_key = ?"),
      ridTaken: db.prepare("SELECT 1 FROM reports WHERE rid = ? AND article_key != ? LIMIT 1"),
      addReport: db.prepare(
        "INSERT INTO reports (article_id, idx, event_id, data, rid, article_key, verified_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
      ),
      addCell: db.prepare("INSERT INTO report_cells (report_id, cell, day_lo, day_hi) VALUES (?, ?, ?, ?)"),
      candidates: db.prepare(
        `SELECT r.id, r.rid, r.article_key, r.event_id, r.data, r.verified_by FROM report_cells c JOIN reports r ON r.id = c.report_id
         WHERE c.cell = ? AND c.day_lo BETWEEN ? AND ? AND c.day_hi >= ?`,
      ),
      eventsOfKey: db.prepare("SELECT DISTINCT event_id FROM reports WHERE article_key = ?"),
      reportsOfEvent: db.prepare("SELECT id, rid, article_key, event_id, data, verified_by FROM reports WHERE event_id = ?"),
      setEvent: db.prepare("UPDATE reports SET event_id = ? WHERE id = ?"),
      liveEvent: db.prepare("SELECT 1 FROM events WHERE event_id_cnty = ? AND deleted_at IS NULL"),
      tombstone: db.prepare(
        "UPDATE events SET deleted_at = ?, updated_at = ?, merged_into = ? WHERE event_id_cnty = ? AND deleted_at IS NULL",
      ),
      unmerge: db.prepare("UPDATE events SET merged_into = NULL WHERE event_id_cnty = ? AND merged_into IS NOT NULL"),
      outlet: db.prepare("SELECT outlet FROM articles WHERE key = ? AND is_current = 1"),
      // Review state and hand-edit locks (desk, migration 004) follow an event whose id changes.
      carryReview: db.prepare(
        `INSERT OR IGNORE INTO event_review (event_id, state, locked, reason, merged_into, by_user, at)
         SELECT ?, state, locked, reason, merged_into, by_user, at FROM event_review WHERE event_id = ? AND state IN ('accepted', 'edited')`,
      ),
      dupLinks: db.prepare("SELECT copy_key, original_key FROM near_duplicates WHERE copy_key = ?"),
      placeOf: db.prepare("SELECT place_key FROM control_events WHERE event_id = ?"),
      dropPlaceOf: db.prepare("DELETE FROM control_events WHERE event_id = ?"),
      setPlaceOf: db.prepare("INSERT OR REPLACE INTO control_events (event_id, place_key) VALUES (?, ?)"),
      placeEvents: db.prepare(
        `SELECT e.data FROM control_events c JOIN events e ON e.event_id_cnty = c.event_id
         WHERE c.place_key = ? AND e.deleted_at IS NULL`,
      ),
      dropPeriods: db.prepare("DELETE FROM control_periods WHERE place_key = ?"),
      addPeriod: db.prepare(
        `INSERT INTO control_periods (place_key, place, country, country_code, iso, latitude, longitude, holder, claimant,
           previous_holder, contested, valid_from, valid_to, event_id, verification, reason)
         VALUES (@placeKey, @place, @country, @countryCode, @iso, @latitude, @longitude, @holder, @claimant,
           @previousHolder, @contested, @validFrom, @validTo, @eventId, @verification, @reason)`,
      ),
    };
  }

  /**
   * Replaces every report of `article.key` (all revisions) with `reports` from revision
   * `articleId`, and refuses the events concerned. `reports` empty with `withdrawn` removes it.
   */
  replaceArticle(articleId: number | null, article: ArticleForFusion, reports: Event[], withdrawn = false): void {
    const key = article.key;
    const touched = new Set<string>();
    const fresh = new Set<string>();
    // Events the old reports belonged to, and events next to them: a vague report that the old
    // ones made ambiguous may now join its event again.
    for (const row of this.st.reportsOfKey.all(key) as ReportDbRow[]) {
      const old = toReport(row);
      touched.add(old.eventId);
      for (const c of this.findCandidates(old.event)) if (c.articleKey !== key && sameEvent(old, c)) touched.add(c.eventId);
    }
    this.st.dropOfKey.run(key);

    // Near-duplicate links change the independent-source count of the partners' events.
    const partners = withdrawn
      ? this.nearDups.remove(key)
      : this.nearDups.update({ key, outlet: article.outlet, published: article.published, text: article.text, storyText: storyText(article) });
    for (const p of partners) for (const r of this.st.eventsOfKey.all(p) as { event_id: string }[]) touched.add(r.event_id);

    if (articleId !== null && reports.length) {
      const verifying = verificationSentences(storySentences(article));
      const seen = new Set<string>();
      reports.forEach((e, idx) => {
        let rid = e.event_id_cnty;
        // Report ids must be unique: the extractor's ids should be; this guards against a slip.
        if (seen.has(rid) || this.st.ridTaken.get(rid, key)) rid = `${rid}-${idx}-${shortHash(key)}`;
        seen.add(rid);
        const data = rid === e.event_id_cnty ? e : { ...e, event_id_cnty: rid };
        const verified = verifiedSentenceFor(e, verifying, reports.length) ?? null;
        const info = this.st.addReport.run(articleId, idx, rid, JSON.stringify(data), rid, key, verified);
        const rowId = Number(info.lastInsertRowid);
        for (const k of indexKeys(e)) this.st.addCell.run(rowId, k.cell, k.dayLo, k.dayHi);
        touched.add(rid);
        fresh.add(rid);
        const me: FuseReport = { rid, articleKey: key, event: data, verifiedBy: verified ?? undefined };
        for (const c of this.findCandidates(data)) if (c.articleKey !== key && sameEvent(me, c)) touched.add(c.eventId);
      });
    }
    this.recluster(touched, fresh);
  }

  /** Reports from other articles that may be the same event as `e` (by cell and day range). */
  private findCandidates(e: Event): (FuseReport & { rowId: number; eventId: string })[] {
    const day = dayNumber(e.event_date);
    const win = dateWindow(e) + FUSION.territory_extra_days;
    const out = new Map<number, FuseReport & { rowId: number; eventId: string }>();
    for (const cell of lookupCells(e)) {
      for (const row of this.st.candidates.all(cell, day - win - 2 * MAX_WINDOW_DAYS, day + win, day - win) as ReportDbRow[]) {
        if (!out.has(row.id)) out.set(row.id, toReport(row));
      }
    }
    return [...out.values()];
  }

  /**
   * Recomputes the clusters reachable from `eventIds` (see component-walk.ts), writes them, and
   * tombstones the events that no longer exist.
   */
  private recluster(seeds: Set<string>, fresh: Set<string>): void {
    const walk = new ComponentWalk(seeds, fresh);
    while (!walk.done) {
      for (const id of walk.takeEvents()) walk.addReports((this.st.reportsOfEvent.all(id) as ReportDbRow[]).map(toReport));
      walk.takeAdded(); // one writer at a time on SQLite: nothing to lock
      for (const r of walk.takeLookups()) walk.addCandidates(r, this.findCandidates(r.event));
    }
    const comps = walk.components();
    const eventIds = walk.eventIds;

    const written: Event[] = [];
    const newIdOfOld = new Map<string, Set<string>>();
    for (const members of comps) {
      const event = this.canonical(members);
      written.push(event);
      for (const m of members) {
        newIdOfOld.set(m.eventId, (newIdOfOld.get(m.eventId) ?? new Set()).add(event.event_id_cnty));
        if (m.eventId !== event.event_id_cnty) {
          this.st.setEvent.run(event.event_id_cnty, m.rowId);
          this.st.carryReview.run(event.event_id_cnty, m.eventId);
        }
      }
    }
    this.writeEvents(written);
    const newIds = new Set(written.map((e) => e.event_id_cnty));
    newIds.forEach((id) => this.st.unmerge.run(id));
    const at = new Date().toISOString();
    const gone: string[] = [];
    for (const id of eventIds) {
      if (newIds.has(id) || !this.st.liveEvent.get(id)) continue;
      const into = [...(newIdOfOld.get(id) ?? [])];
      this.st.tombstone.run(at, at, into.length === 1 ? into[0]! : null, id);
      gone.push(id);
    }
    this.refreshControl(written, gone);
  }

  private canonical(members: FuseReport[]): Event {
    const keys = [...new Set(members.map((m) => m.articleKey))];
    const inCluster = new Set(keys);
    const outletOf = new Map<string, string>();
    const nearDups: [string, string][] = [];
    for (const k of keys) {
      outletOf.set(k, (this.st.outlet.get(k) as { outlet: string | null } | undefined)?.outlet ?? "");
      for (const l of this.st.dupLinks.all(k) as { copy_key: string; original_key: string }[]) {
        if (inCluster.has(l.original_key)) nearDups.push([l.copy_key, l.original_key]);
      }
    }
    return buildCanonical({ reports: members, nearDups, outletOf });
  }

  /** Moves territory events between places and recomputes the timelines of the places concerned. */
  private refreshControl(written: Event[], gone: string[]): void {
    const places = new Set<string>();
    const was = (id: string) => (this.st.placeOf.get(id) as { place_key: string } | undefined)?.place_key;
    for (const id of gone) {
      const p = was(id);
      if (p) {
        places.add(p);
        this.st.dropPlaceOf.run(id);
      }
    }
    for (const e of written) {
      const p = was(e.event_id_cnty);
      if (p) places.add(p);
      if (tracksControl(e)) {
        const key = placeKeyOf(e);
        if (key !== p) this.st.setPlaceOf.run(e.event_id_cnty, key);
        places.add(key);
      } else if (p) this.st.dropPlaceOf.run(e.event_id_cnty);
    }
    for (const place of places) this.rebuildPlace(place);
  }

  rebuildPlace(place: string): void {
    const events = (this.st.placeEvents.all(place) as { data: string }[]).map((r) => JSON.parse(r.data) as Event);
    this.st.dropPeriods.run(place);
    for (const p of timelineOf(events)) this.st.addPeriod.run({ ...p, placeKey: place, contested: p.contested ? 1 : 0 });
  }
}

function shortHash(s: string): string {
  return fnv1a32(s).toString(36);
}
