// Admin: instance settings (public or private instance, base URL of mailed links). Each change
// is audited.
import type { FastifyPluginAsync } from "fastify";
import { SitrepError } from "../errors.js";
import { actorOf, settingsOf, type DeskContext } from "../desk/context.js";
import { NO_QUERY, bodySchema } from "../desk/schemas.js";

export const settingsRoutes: FastifyPluginAsync<DeskContext> = async (app, { desk }) => {
  app.get("/settings", { schema: { summary: "Instance settings", tags: ["admin"], querystring: NO_QUERY } }, async () => ({ settings: await settingsOf(desk) }));

  app.put(
    "/settings",
    {
      schema: {
        summary: "Change instance settings",
        tags: ["admin"],
        body: bodySchema({
          public: { type: "boolean", description: "anonymous visitors may read events and the map" },
          base_url: { type: ["string", "null"], maxLength: 200, description: "origin used in mailed links, e.g. https://desk.example.org" },
          reason: { type: "string", maxLength: 2000 },
        }),
      },
    },
    async (req) => {
      const b = req.body as { public?: boolean; base_url?: string | null; reason?: string };
      if (b.base_url) {
        let u: URL;
        try {
          u = new URL(b.base_url);
        } catch {
          throw new SitrepError("SITREP_E_BAD_ARGUMENT", "base_url: not a URL");
        }
        if (!/^https?:$/.test(u.protocol) || u.username || u.password) throw new SitrepError("SITREP_E_BAD_ARGUMENT", "base_url: expected http(s)://host[:port]");
      }
      const cur = await settingsOf(desk);
      for (const key of ["public", "base_url"] as const) {
        if (b[key] === undefined || b[key] === cur[key]) continue;
        await desk.setSetting(key, b[key], {
          actor: actorOf(req.principal), action: "setting.change", subjectType: "setting", subjectId: key,
          before: cur[key], after: b[key], reason: b.reason ?? null,
        });
      }
      return { settings: await settingsOf(desk) };
    },
  );
};
