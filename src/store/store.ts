// The storage interface every backend implements. The pipeline, CLI and API talk only to this.
// Methods are async so that a network database (PostgreSQL) fits behind the same surface.
import type { Article, StoredArticle } from "../types.js";
import type { Event } from "../event.js";
import type { ControlPeriod } from "../control/timeline.js";
import type { HeldAudit } from "./held-decisions.js";

export type { ControlPeriod };

/** A wire copy or light republication linked to the article it reproduces. */
export interface NearDuplicate {
  copyKey: string;
  originalKey: string;
  /** Estimated Jaccard similarity of the two story texts' word shingles (0..1). */
  similarity: number;
}

/** Which control periods to read: those in force on `at`, and/or those starting on or after `since`. */
export interface ControlQuery {
  at?: string;
  since?: string;
  placeKey?: string;
}

export type PutArticleStatus = "ingested" | "unchanged" | "revised";

export interface PutArticleResult {
  status: PutArticleStatus;
  id: number;
  revision: number;
}

/** Filters shared by `sitrep events`, exports and the HTTP API (same names everywhere). */
export interface EventFilter {
  country?: string; // ACLED country name or ISO2 code
  type?: string; // event_type or sub_event_type
  actor?: string; // substring of actor1/actor2/assoc actors
  since?: string; // YYYY-MM-DD inclusive
  until?: string; // YYYY-MM-DD inclusive
  bbox?: [number, number, number, number]; // minLon, minLat, maxLon, maxLat
  near?: { lat: number; lon: number; km: number };
  verification?: string;
  updatedSince?: string; // ISO timestamp: include tombstones changed after it
  includeDeleted?: boolean;
  limit?: number;
  after?: string; // cursor: event_id_cnty of the last row of the previous page (ordered by date, id)
}

export interface StoredEvent {
  event: Event;
  updatedAt: string;
  deletedAt: string | null;
  /** For a tombstone left by a merge: the event it was merged into. */
  mergedInto?: string | null;
}

export interface StoreStatus {
  articles: number;
  revisions: number;
  extracted: number;
  pendingExtraction: number;
  reports: number;
  events: number;
  deletedEvents: number;
  skippedInputs: number;
}

export interface ReportRow {
  articleId: number;
  idx: number;
  eventId: string;
  event: Event;
}

/** An event the keep-check held back (extract/index.ts ExtractResult.held), awaiting a desk's review. */
export interface HeldInput {
  event: Event;
  probability: number;
}

export interface HeldEvent {
  id: number;
  articleId: number;
  articleKey: string;
  title: string | null;
  outlet: string | null;
  probability: number;
  event: Event;
  heldAt: string;
}

export interface Store {
  readonly kind: "sqlite" | "postgres";
  readonly location: string;
  /** Stores one article in one transaction: new key, new revision of a key, or unchanged. */
  putArticle(a: Article): Promise<PutArticleResult>;
  recordSkip(origin: string, code: string, message: string): Promise<void>;
  getArticle(id: number): Promise<StoredArticle | undefined>;
  getArticleByKey(key: string): Promise<StoredArticle | undefined>;
  /** Current revisions that extraction has not run on yet, oldest first. */
  articlesToExtract(limit: number): Promise<StoredArticle[]>;
  /**
   * Saves what extraction found in one article, in one transaction: its reports, and the
   * canonical events they belong to (created, updated or tombstoned as needed), and the events
   * the keep-check held back (`held`), which replace those of the key's earlier extractions.
   */
  saveExtraction(articleId: number, reports: Event[], note?: string, held?: HeldInput[]): Promise<void>;
  /** Held events, newest first; `after`: the id of the last one of the previous page. Never events. */
  listHeld(limit: number, after?: number): Promise<HeldEvent[]>;
  getHeld(id: number): Promise<HeldEvent | undefined>;
  /**
   * Makes a held event a report of its article (appended after its reports, fused like them),
   * removes it from the held list and records the decision, so that re-extraction of the article
   * keeps it restored (src/store/held-decisions.ts), with `audit`'s row: all in one transaction.
   * Returns the id of the event it now belongs to; undefined when there is no such held event;
   * throws SITREP_E_CONFLICT when it was restored or dismissed already.
   */
  restoreHeld(id: number, audit?: HeldAudit): Promise<string | undefined>;
  /**
   * Removes a held event and records the decision (re-extraction does not list it again), with
   * `audit`'s row, in one transaction. False when there is none; SITREP_E_CONFLICT when decided already.
   */
  dismissHeld(id: number, audit?: HeldAudit): Promise<boolean>;
  /** Reports (per-article codings) of an event. */
  reportsOf(eventId: string): Promise<ReportRow[]>;
  listEvents(filter: EventFilter): Promise<StoredEvent[]>;
  getEvent(eventId: string): Promise<StoredEvent | undefined>;
  /** Inserts or replaces canonical events (used by fusion). */
  putEvents(events: Event[]): Promise<void>;
  /** Marks events deleted, keeping tombstones. */
  deleteEvents(eventIds: string[]): Promise<void>;
  /**
   * Withdraws an article (every revision of `key`): its reports are removed, the events that
   * rested only on it become tombstones. Returns false when no article has that key.
   */
  withdrawArticle(key: string): Promise<boolean>;
  /** Near-duplicate links, all or those of one article key (as copy or original). */
  nearDuplicates(key?: string): Promise<NearDuplicate[]>;
  /** Periods of the territorial-control timeline (see src/control/). */
  controlPeriods(q: ControlQuery): Promise<ControlPeriod[]>;
  status(): Promise<StoreStatus>;
  close(): Promise<void>;
}
