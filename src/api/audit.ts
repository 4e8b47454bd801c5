// The audit log: read-only (there is no route that edits or deletes it, and SQLite triggers
// refuse UPDATE/DELETE on its rows). Filter by record, page by id, export as JSONL or CSV.
import type { FastifyPluginAsync } from "fastify";
import type { DeskContext } from "../desk/context.js";
import type { AuditRow } from "../store/desk.js";

const COLUMNS = ["id", "at", "actor", "action", "subject_type", "subject_id", "before", "after", "reason"] as const;

const wire = (r: AuditRow) => ({
  id: r.id, at: r.at, actor: r.actor, action: r.action, subject_type: r.subjectType, subject_id: r.subjectId,
  before: r.before ?? null, after: r.after ?? null, reason: r.reason ?? null,
});

/** RFC 4180 quoting; a leading = + - @ is prefixed with ' so a spreadsheet does not run it. */
function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? "" : typeof v === "string" ? v : JSON.stringify(v);
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const auditRoutes: FastifyPluginAsync<DeskContext> = async (app, { desk }) => {
  app.get(
    "/audit",
    {
      schema: {
        summary: "The audit log (who, when, before, after, why); per record with subject_type + subject_id",
        tags: ["audit"],
        querystring: {
          type: "object",
          properties: {
            subject_type: { type: "string", enum: ["event", "user", "setting", "tip", "token", "control", "held"] },
            subject_id: { type: "string", maxLength: 200 },
            after: { type: "string", pattern: "^[0-9]{1,15}$" },
            limit: { type: "string", pattern: "^[0-9]{1,6}$" },
            format: { type: "string", enum: ["json", "jsonl", "csv"] },
          },
          additionalProperties: false,
        },
      },
    },
    async (req, reply) => {
      const q = req.query as { subject_type?: string; subject_id?: string; after?: string; limit?: string; format?: string };
      const rows = (await desk.listAudit({ subjectType: q.subject_type, subjectId: q.subject_id, afterId: q.after ? Number(q.after) : undefined, limit: Math.min(Number(q.limit ?? 1000), 100000) })).map(wire);
      if (q.format === "jsonl") return reply.type("application/x-ndjson; charset=utf-8").send(rows.map((r) => JSON.stringify(r) + "\n").join(""));
      if (q.format === "csv") {
        reply.header("content-disposition", 'attachment; filename="audit.csv"');
        return reply.type("text/csv; charset=utf-8").send([COLUMNS.join(","), ...rows.map((r) => COLUMNS.map((c) => csvCell(r[c])).join(","))].join("\n") + "\n");
      }
      return { entries: rows, next: rows.length ? rows[rows.length - 1]!.id : null };
    },
  );
};
