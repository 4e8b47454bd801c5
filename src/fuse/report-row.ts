// A row of the `reports` table as both backends read it, and the FuseReport it becomes.
import type { Article } from "../types.js";
import type { Event } from "../event.js";
import type { FuseReport } from "./match.js";

export interface ReportDbRow {
  id: number;
  rid: string;
  article_key: string;
  event_id: string;
  data: string;
  verified_by: string | null;
}

/** A report as fusion works on it: the rule's view plus where it is stored. */
export type StoredReport = FuseReport & { rowId: number; eventId: string };

/** What fusion needs of an article (near-duplicate sketch, verification cues). */
export type ArticleForFusion = Pick<Article, "key" | "text" | "blocks" | "sentences" | "outlet" | "published">;

export const REPORT_COLS = "id, rid, article_key, event_id, data, verified_by";

export const toReport = (r: ReportDbRow): StoredReport => ({
  rowId: r.id,
  rid: r.rid,
  articleKey: r.article_key,
  eventId: r.event_id,
  event: JSON.parse(r.data) as Event,
  verifiedBy: r.verified_by ?? undefined,
});
