// GET /health: liveness plus the store's counts (also the benchmark's baseline route).
import type { FastifyPluginAsync } from "fastify";
import type { ApiOptions } from "./context.js";
import { querySchema } from "./schemas.js";

export const healthRoutes: FastifyPluginAsync<ApiOptions> = async (app, { store }) => {
  app.get(
    "/health",
    {
      schema: {
        summary: "Liveness and store backend",
        tags: ["meta"],
        querystring: querySchema({ counts: { type: "string", enum: ["true", "false"], description: "include the store's counts" } }),
        response: {
          200: {
            type: "object",
            properties: {
              ok: { type: "boolean" },
              store: { type: "string" },
              counts: { type: "object", additionalProperties: { type: "integer" } },
            },
          },
        },
      },
    },
    async (req) => {
      const { counts } = req.query as { counts?: string };
      return { ok: true, store: store.kind, ...(counts === "true" ? { counts: await store.status() } : {}) };
    },
  );
};
