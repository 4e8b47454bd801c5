// The public tip form's endpoint, and the editors' triage: a tip becomes an article (its text is
// ingested like any report, for extraction) or is dismissed. Links in tips are never fetched.
import type { FastifyPluginAsync } from "fastify";
import { SitrepError } from "../errors.js";
import { actorOf, type DeskContext } from "../desk/context.js";
import { checkTip, TIP_BODY_LIMIT, TIP_MAX_TEXT } from "../desk/tips.js";
import { bodySchema, limited } from "../desk/schemas.js";
import { parseText } from "../ingest/index.js";
import type { Tip } from "../store/desk.js";

const wire = (t: Tip) => ({
  id: t.id, text: t.text, link: t.link, contact: t.contact, created_at: t.createdAt, state: t.state,
  article_key: t.articleKey, triaged_by: t.triagedBy, triaged_at: t.triagedAt, note: t.note,
});

export const tipsRoutes: FastifyPluginAsync<DeskContext> = async (app, ctx) => {
  const { desk, store } = ctx;

  app.post(
    "/tips",
    {
      bodyLimit: TIP_BODY_LIMIT,
      config: limited(ctx.limits.tipsPerHour, 3600_000),
      schema: {
        summary: "Send a tip (text, optional link, optional contact)",
        tags: ["tips"],
        body: bodySchema(
          {
            text: { type: "string", maxLength: TIP_MAX_TEXT + 1000 },
            link: { type: "string", maxLength: 2000 },
            contact: { type: "string", maxLength: 300 },
            website: { type: "string", maxLength: 300, description: "leave empty (spam trap)" },
          },
          ["text"],
        ),
      },
    },
    async (req, reply) => {
      const t = checkTip(req.body as Record<string, unknown>);
      if (t) await desk.addTip(t);
      return reply.status(202).send({ ok: true, message: "thank you: the desk will read your tip" });
    },
  );

  app.get(
    "/tips",
    {
      schema: {
        summary: "Tips to triage",
        tags: ["tips"],
        querystring: { type: "object", properties: { state: { type: "string", enum: ["new", "ingested", "dismissed", "all"] }, limit: { type: "string", pattern: "^[0-9]{1,4}$" } }, additionalProperties: false },
      },
    },
    async (req) => {
      const q = req.query as { state?: "new"; limit?: string };
      return { tips: (await desk.listTips(q.state ?? "new", Number(q.limit ?? 100))).map(wire) };
    },
  );

  app.post(
    "/tips/:id/triage",
    {
      schema: {
        summary: "Ingest a tip's text as an article, or dismiss it",
        tags: ["tips"],
        params: { type: "object", properties: { id: { type: "string", pattern: "^[0-9]{1,12}$" } }, required: ["id"] },
        body: bodySchema(
          {
            action: { type: "string", enum: ["ingest", "dismiss"] },
            title: { type: "string", maxLength: 300 },
            published: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
            outlet: { type: "string", maxLength: 200 },
            note: { type: "string", maxLength: 2000 },
          },
          ["action"],
        ),
      },
    },
    async (req) => {
      const id = Number((req.params as { id: string }).id);
      const b = req.body as { action: "ingest" | "dismiss"; title?: string; published?: string; outlet?: string; note?: string };
      const tip = await desk.getTip(id);
      if (!tip) throw new SitrepError("SITREP_E_NOT_FOUND", `tip ${id}`);
      if (tip.state !== "new") throw new SitrepError("SITREP_E_CONFLICT", `tip ${id} is already ${tip.state}`);
      const actor = actorOf(req.principal);
      if (b.action === "dismiss") {
        const t = await desk.updateTip(id, { state: "dismissed", note: b.note ?? null, by: actor }, {
          actor, action: "tip.dismiss", subjectType: "tip", subjectId: String(id), before: { state: tip.state }, after: { state: "dismissed" }, reason: b.note ?? null,
        });
        return { tip: wire(t) };
      }
      const key = `tip-${id}`;
      // The link is kept as the article's url for the record; nothing fetches it.
      const article = parseText(tip.text, {
        key, origin: `tip:${id}`, title: b.title, published: b.published ?? tip.createdAt.slice(0, 10), outlet: b.outlet ?? "tip", url: tip.link ?? undefined,
      });
      const put = await store.putArticle(article);
      const t = await desk.updateTip(id, { state: "ingested", articleKey: key, note: b.note ?? null, by: actor }, {
        actor, action: "tip.ingest", subjectType: "tip", subjectId: String(id), before: { state: tip.state }, after: { state: "ingested", article_key: key, article_id: put.id }, reason: b.note ?? null,
      });
      return { tip: wire(t), article: { key, id: put.id, status: put.status } };
    },
  );
};
