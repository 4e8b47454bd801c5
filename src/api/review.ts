// Editors: the review queue. An event with its evidence side by side (the articles' texts and
// the coded spans), and the actions: accept, edit, reject, merge, split (src/desk/review.ts).
import type { FastifyPluginAsync } from "fastify";
import { SitrepError } from "../errors.js";
import { actorOf, type DeskContext } from "../desk/context.js";
import { acceptEvent, editEvent, mergeEvents, rejectEvent, splitEvent, EDITABLE } from "../desk/review.js";
import { bodySchema } from "../desk/schemas.js";
import type { HeldEvent } from "../store/store.js";

const ID = { type: "string", minLength: 1, maxLength: 100 };
const idParams = { type: "object", properties: { id: ID }, required: ["id"] };
const reason = (min: number) => ({ type: "string", minLength: min, maxLength: 2000 });
const STATES = ["unreviewed", "accepted", "edited", "rejected", "merged", "all"];
const HELD_ID = { type: "string", pattern: "^[0-9]{1,12}$" };
const heldParams = { type: "object", properties: { id: HELD_ID }, required: ["id"] };

/** A held event as the desk lists it: where it came from, what it says, how sure the check was. */
const heldItem = (h: HeldEvent) => ({
  id: h.id,
  article_id: h.articleId,
  article_key: h.articleKey,
  title: h.title,
  outlet: h.outlet,
  sub_event_type: h.event.sub_event_type,
  event_date: h.event.event_date,
  location: h.event.location,
  country: h.event.country,
  probability: h.probability,
  notes: h.event.notes,
  held_at: h.heldAt,
  event: h.event,
});

const heldLog = (h: HeldEvent) => ({ article_key: h.articleKey, probability: h.probability, event: h.event });

export const reviewRoutes: FastifyPluginAsync<DeskContext> = async (app, { store, desk }) => {
  app.get(
    "/review",
    {
      schema: {
        summary: "The review queue (default: unreviewed events)",
        tags: ["review"],
        querystring: {
          type: "object",
          properties: { state: { type: "string", enum: STATES }, limit: { type: "string", pattern: "^[0-9]{1,4}$" }, after: ID },
          additionalProperties: false,
        },
      },
    },
    async (req) => {
      const q = req.query as { state?: string; limit?: string; after?: string };
      const items = await desk.reviewQueue((q.state ?? "unreviewed") as "all", Math.min(Number(q.limit ?? 100), 1000), q.after);
      return {
        items: items.map((i) => ({ event_id: i.eventId, state: i.state, event: i.event, updated_at: i.updatedAt, deleted_at: i.deletedAt })),
        next: items.length ? items[items.length - 1]!.eventId : null,
        editable: EDITABLE,
      };
    },
  );

  // Events the learned keep-check held back (ExtractResult.held): not events until restored.
  app.get(
    "/review/held",
    {
      schema: {
        summary: "Events the keep-check held back, newest first (not events: no map, list or export shows them)",
        tags: ["review"],
        querystring: {
          type: "object",
          properties: { limit: { type: "string", pattern: "^[0-9]{1,4}$" }, after: HELD_ID },
          additionalProperties: false,
        },
      },
    },
    async (req) => {
      const q = req.query as { limit?: string; after?: string };
      const items = await store.listHeld(Math.min(Number(q.limit ?? 100), 1000), q.after ? Number(q.after) : undefined);
      return { items: items.map(heldItem), next: items.length ? String(items[items.length - 1]!.id) : null };
    },
  );

  app.post(
    "/review/held/:id/restore",
    {
      schema: {
        summary: "Restore a held event: it becomes an extracted event of its article (fused like the others), and stays one when the article is extracted again",
        tags: ["review"],
        params: heldParams,
        body: bodySchema({ reason: reason(0) }),
      },
    },
    async (req) => {
      const id = Number((req.params as { id: string }).id);
      const reason = (req.body as { reason?: string } | undefined)?.reason ?? null;
      // The audit row is written in the restore's own transaction (no restore without its row).
      const eventId = await store.restoreHeld(id, (h, eventId) => ({
        actor: actorOf(req.principal), action: "held.restore", subjectType: "held", subjectId: String(id),
        before: heldLog(h), after: { event_id: eventId }, reason,
      }));
      if (!eventId) throw new SitrepError("SITREP_E_NOT_FOUND", `held event ${id}`);
      return { ok: true, event_id: eventId };
    },
  );

  app.post(
    "/review/held/:id/dismiss",
    { schema: { summary: "Dismiss a held event (removed from the held list, and kept off it when its article is extracted again)", tags: ["review"], params: heldParams, body: bodySchema({ reason: reason(0) }) } },
    async (req) => {
      const id = Number((req.params as { id: string }).id);
      const reason = (req.body as { reason?: string } | undefined)?.reason ?? null;
      const done = await store.dismissHeld(id, (h) => ({
        actor: actorOf(req.principal), action: "held.dismiss", subjectType: "held", subjectId: String(id),
        before: heldLog(h), after: null, reason,
      }));
      if (!done) throw new SitrepError("SITREP_E_NOT_FOUND", `held event ${id}`);
      return { ok: true };
    },
  );

  app.get("/review/:id", { schema: { summary: "An event with its evidence, review state and audit trail", tags: ["review"], params: idParams } }, async (req) => {
    const id = (req.params as { id: string }).id;
    const s = await store.getEvent(id);
    if (!s) throw new SitrepError("SITREP_E_NOT_FOUND", `event ${id}`);
    const reports = await store.reportsOf(id);
    const articles = new Map<number, { key: string; title: string | null; outlet: string | null; url: string | null; published: string | null; text: string }>();
    for (const r of reports) {
      if (articles.has(r.articleId)) continue;
      const a = await store.getArticle(r.articleId);
      if (a) articles.set(r.articleId, { key: a.key, title: a.title ?? null, outlet: a.outlet ?? null, url: a.url ?? null, published: a.published ?? null, text: a.text });
    }
    const review = await desk.reviewOf(id);
    return {
      event: s.event,
      deleted_at: s.deletedAt,
      review: review ?? { eventId: id, state: "unreviewed", locked: {} },
      reports: reports.map((r) => ({ article_id: r.articleId, idx: r.idx, event: r.event })),
      articles: [...articles.values()],
      audit: await desk.listAudit({ subjectType: "event", subjectId: id }),
    };
  });

  app.post(
    "/review/:id/accept",
    { schema: { summary: "Accept the coding as it is", tags: ["review"], params: idParams, body: bodySchema({ reason: reason(0) }) } },
    async (req) => {
      const id = (req.params as { id: string }).id;
      await acceptEvent(store, desk, id, actorOf(req.principal), (req.body as { reason?: string } | undefined)?.reason ?? null);
      return { ok: true, state: "accepted" };
    },
  );

  app.patch(
    "/review/:id",
    {
      schema: {
        summary: "Edit fields by hand (kept over later re-extraction and re-fusion)",
        tags: ["review"],
        params: idParams,
        body: bodySchema({ fields: { type: "object", minProperties: 1, maxProperties: 40 }, reason: reason(3) }, ["fields", "reason"]),
      },
    },
    async (req) => {
      const id = (req.params as { id: string }).id;
      const b = req.body as { fields: Record<string, unknown>; reason: string };
      return { ok: true, event: await editEvent(store, desk, id, b.fields, actorOf(req.principal), b.reason) };
    },
  );

  app.post(
    "/review/:id/reject",
    { schema: { summary: "Reject the event (stays a tombstone), with a reason", tags: ["review"], params: idParams, body: bodySchema({ reason: reason(3) }, ["reason"]) } },
    async (req) => {
      const id = (req.params as { id: string }).id;
      await rejectEvent(store, desk, id, actorOf(req.principal), (req.body as { reason: string }).reason);
      return { ok: true, state: "rejected" };
    },
  );

  app.post(
    "/review/merge",
    {
      schema: {
        summary: "Merge events into one",
        tags: ["review"],
        body: bodySchema({ into: ID, from: { type: "array", items: ID, minItems: 1, maxItems: 50 }, reason: reason(3) }, ["into", "from", "reason"]),
      },
    },
    async (req) => {
      const b = req.body as { into: string; from: string[]; reason: string };
      return { ok: true, event: await mergeEvents(store, desk, b.into, b.from, actorOf(req.principal), b.reason) };
    },
  );

  app.post(
    "/review/:id/split",
    {
      schema: {
        summary: "Split the reports of some articles out into a new event",
        tags: ["review"],
        params: idParams,
        body: bodySchema({ articles: { type: "array", items: { type: "string", maxLength: 2000 }, minItems: 1, maxItems: 200 }, reason: reason(3) }, ["articles", "reason"]),
      },
    },
    async (req, reply) => {
      const id = (req.params as { id: string }).id;
      const b = req.body as { articles: string[]; reason: string };
      return reply.status(201).send({ ok: true, event: await splitEvent(store, desk, id, b.articles, actorOf(req.principal), b.reason) });
    },
  );
};
