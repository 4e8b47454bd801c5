// GET /events/:id: one event with everything it rests on: claims by stance, the per-article
// reports, the articles (text included) and each evidence span with a snippet around it.
import type { FastifyPluginAsync } from "fastify";
import { SitrepError } from "../errors.js";
import type { Evidence } from "../event.js";
import { STANCES } from "../event.js";
import type { Store } from "../store/index.js";
import type { StoredArticle } from "../types.js";
import type { ApiOptions } from "./context.js";
import { apiEvent } from "./event-item.js";
import { querySchema } from "./schemas.js";

/** Characters of context on each side of an evidence span in its snippet. */
const SNIPPET_CONTEXT = 90;

export interface EvidenceOut extends Evidence {
  /** False when the stored offsets no longer point at `text` in the current article revision. */
  matches: boolean;
  snippet: { before: string; text: string; after: string } | null;
}

export async function eventDetail(store: Store, id: string) {
  const stored = await store.getEvent(id);
  if (!stored) throw new SitrepError("SITREP_E_NOT_FOUND", `event "${id}"`);
  const e = stored.event;
  const reports = await store.reportsOf(id);
  const keys = new Set<string>(e.articles);
  for (const ev of e.evidence) keys.add(ev.article_id);
  for (const c of e.claims) if (c.article_id) keys.add(c.article_id);
  const byKey = new Map<string, StoredArticle>();
  for (const k of keys) {
    const a = await store.getArticleByKey(k);
    if (a) byKey.set(k, a);
  }
  const byRowId = new Map<number, StoredArticle>([...byKey.values()].map((a) => [a.id, a]));
  for (const r of reports) {
    if (!byRowId.has(r.articleId)) {
      const a = await store.getArticle(r.articleId);
      if (a) byRowId.set(r.articleId, a);
    }
  }
  const evidence: EvidenceOut[] = e.evidence.map((ev) => {
    const text = byKey.get(ev.article_id)?.text;
    if (text === undefined || ev.end > text.length || ev.start > ev.end) return { ...ev, matches: false, snippet: null };
    return {
      ...ev,
      matches: text.slice(ev.start, ev.end) === ev.text,
      snippet: {
        before: text.slice(Math.max(0, ev.start - SNIPPET_CONTEXT), ev.start),
        text: text.slice(ev.start, ev.end),
        after: text.slice(ev.end, ev.end + SNIPPET_CONTEXT),
      },
    };
  });
  const claimsByStance = Object.fromEntries(STANCES.map((s) => [s, e.claims.filter((c) => c.stance === s)]));
  return {
    event: apiEvent(stored),
    verification: { level: e.verification, reason: e.verification_reason ?? null, modality: e.modality },
    claims_by_stance: claimsByStance,
    evidence,
    articles: [...keys].map((k) => {
      const a = byKey.get(k);
      if (!a) return { key: k, missing: true };
      return {
        key: a.key,
        title: a.title ?? null,
        outlet: a.outlet ?? null,
        url: a.url ?? null,
        published: a.published ?? null,
        revision: a.revision,
        text: a.text,
        story: a.blocks.filter((b) => b.kind === "story").map((b) => [b.start, b.end]),
        evidence: evidence.filter((ev) => ev.article_id === k).map(({ field, start, end, text, matches }) => ({ field, start, end, text, matches })),
      };
    }),
    reports: reports.map((r) => {
      const a = byRowId.get(r.articleId);
      return {
        article_key: a?.key ?? null,
        outlet: a?.outlet ?? r.event.source ?? null,
        title: a?.title ?? null,
        url: a?.url ?? null,
        published: a?.published ?? null,
        idx: r.idx,
        event_date: r.event.event_date,
        sub_event_type: r.event.sub_event_type,
        actor1: r.event.actor1,
        actor2: r.event.actor2,
        location: r.event.location,
        fatalities: r.event.fatalities,
        modality: r.event.modality,
        verification: r.event.verification,
        claims: r.event.claims,
      };
    }),
  };
}

const detailResponse = {
  type: "object",
  description: "The event, its verification, claims by stance, evidence with snippets, articles with text and highlight spans, and per-article reports.",
  properties: {
    event: { $ref: "ApiEvent#" },
    verification: { type: "object", properties: { level: { type: "string" }, reason: { type: ["string", "null"] }, modality: { type: "string" } } },
    claims_by_stance: { type: "object", additionalProperties: true },
    evidence: { type: "array", items: { type: "object", additionalProperties: true } },
    articles: { type: "array", items: { type: "object", additionalProperties: true } },
    reports: { type: "array", items: { type: "object", additionalProperties: true } },
  },
};

export const eventDetailRoutes: FastifyPluginAsync<ApiOptions> = async (app, { store }) => {
  app.get(
    "/events/:id",
    {
      schema: {
        summary: "One event with its claims, reports, articles and evidence spans",
        tags: ["events"],
        params: { type: "object", required: ["id"], properties: { id: { type: "string", minLength: 1, description: "event_id_cnty" } } },
        querystring: querySchema({}),
        response: { 200: detailResponse },
      },
    },
    async (req, reply) => {
      const { id } = req.params as { id: string };
      return reply.type("application/json; charset=utf-8").send(JSON.stringify(await eventDetail(store, id)));
    },
  );
};
