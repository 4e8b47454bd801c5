// Row shapes both backends read (articles, control_periods) and their mapping to records.
import type { ControlPeriod, HeldEvent } from "./store.js";
import type { Event } from "../event.js";
import type { StoredArticle } from "../types.js";

export interface PeriodRow {
  place_key: string;
  place: string;
  country: string;
  country_code: string | null;
  iso: number | null;
  latitude: number | null;
  longitude: number | null;
  holder: string | null;
  claimant: string | null;
  previous_holder: string | null;
  contested: number;
  valid_from: string | null;
  valid_to: string | null;
  event_id: string | null;
  verification: string | null;
  reason: string;
}

export const toPeriod = (r: PeriodRow): ControlPeriod => ({
  placeKey: r.place_key,
  place: r.place,
  country: r.country,
  countryCode: r.country_code,
  iso: r.iso,
  latitude: r.latitude,
  longitude: r.longitude,
  holder: r.holder,
  claimant: r.claimant,
  previousHolder: r.previous_holder,
  contested: r.contested === 1,
  validFrom: r.valid_from,
  validTo: r.valid_to,
  eventId: r.event_id,
  verification: r.verification,
  reason: r.reason,
});

export interface ArticleRow {
  id: number;
  key: string;
  revision: number;
  content_hash: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  lang: string | null;
  text: string;
  blocks: string;
  media: string;
  origin: string;
  ingested_at: string;
}

/** An article row and its sentences as the StoredArticle record the pipeline reads. */
export function toStoredArticle(row: ArticleRow, sentences: { start: number; end: number }[]): StoredArticle {
  return {
    id: row.id,
    key: row.key,
    revision: row.revision,
    contentHash: row.content_hash,
    url: row.url ?? undefined,
    title: row.title ?? undefined,
    outlet: row.outlet ?? undefined,
    published: row.published ?? undefined,
    lang: row.lang ?? undefined,
    text: row.text,
    blocks: JSON.parse(row.blocks),
    media: JSON.parse(row.media),
    origin: row.origin,
    ingestedAt: row.ingested_at,
    sentences,
  };
}

/** A held event (held_events) with its article's title and outlet, as both backends read it. */
export interface HeldRow {
  id: number;
  article_id: number;
  article_key: string;
  probability: number;
  data: string;
  held_at: string;
  title: string | null;
  outlet: string | null;
}

export const HELD_SELECT = "SELECT h.*, a.title, a.outlet FROM held_events h JOIN articles a ON a.id = h.article_id";

export const toHeld = (r: HeldRow): HeldEvent => ({
  id: Number(r.id),
  articleId: Number(r.article_id),
  articleKey: r.article_key,
  title: r.title ?? null,
  outlet: r.outlet ?? null,
  probability: Number(r.probability),
  event: JSON.parse(r.data) as Event,
  heldAt: r.held_at,
});

