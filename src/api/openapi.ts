// GET /openapi.json: an OpenAPI 3.0 document generated from the routes' own JSON schemas,
// collected as Fastify registers them (so the document cannot drift from what is validated).
import type { FastifyInstance, FastifyPluginAsync, RouteOptions } from "fastify";
import type { ApiOptions } from "./context.js";
import { API_EVENT_SCHEMA, ERROR_SCHEMA, EVENT_SCHEMA } from "./schemas.js";

interface RouteDoc {
  method: string;
  url: string;
  schema: Record<string, unknown>;
}

const SHARED: Record<string, object> = { Event: EVENT_SCHEMA, ApiEvent: API_EVENT_SCHEMA, Error: ERROR_SCHEMA };

/** Starts collecting route schemas; call before the routes are registered. */
export function collectRoutes(app: FastifyInstance): RouteDoc[] {
  const routes: RouteDoc[] = [];
  app.addHook("onRoute", (r: RouteOptions) => {
    if (!r.schema || r.method === "HEAD" || (Array.isArray(r.method) && r.method.includes("HEAD"))) return;
    const methods = Array.isArray(r.method) ? r.method : [r.method];
    for (const m of methods) routes.push({ method: m.toLowerCase(), url: r.url, schema: r.schema as Record<string, unknown> });
  });
  return routes;
}

/** "Event#" style references (Fastify's shared schemas) become OpenAPI component references. */
function refs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(refs);
  if (!node || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === "$ref" && typeof v === "string" && v.endsWith("#")) out[k] = `#/components/schemas/${v.slice(0, -1)}`;
    else if (k === "$id" || k === "examples") continue;
    else out[k] = refs(v);
  }
  // OpenAPI 3.0 has no type arrays: ["string","null"] becomes type + nullable.
  if (Array.isArray(out.type)) {
    const types = (out.type as string[]).filter((t) => t !== "null");
    if (types.length < (out.type as string[]).length) out.nullable = true;
    out.type = types[0];
  }
  return out;
}

export function openApiDocument(routes: RouteDoc[]): object {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.url.replace(/:([A-Za-z_]+)/g, "{$1}");
    const s = r.schema;
    const parameters: object[] = [];
    for (const [where, key] of [["query", "querystring"], ["path", "params"]] as const) {
      const obj = s[key] as { properties?: Record<string, Record<string, unknown>>; required?: string[] } | undefined;
      for (const [name, p] of Object.entries(obj?.properties ?? {})) {
        const { description, examples, ...schema } = p;
        parameters.push({
          name, in: where, required: where === "path" || !!obj?.required?.includes(name),
          ...(description ? { description } : {}),
          ...(Array.isArray(examples) && examples.length ? { example: examples[0] } : {}),
          schema: refs(schema),
        });
      }
    }
    const responses: Record<string, unknown> = {};
    for (const [code, body] of Object.entries((s.response ?? {}) as Record<string, Record<string, unknown>>)) {
      const { description, ...schema } = body;
      responses[code] = { description: (description as string) ?? "OK", content: { "application/json": { schema: refs(schema) } } };
    }
    responses["400"] ??= { description: "Bad parameter: the message names it and says why.", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
    (paths[path] ??= {})[r.method] = {
      summary: s.summary, tags: s.tags, operationId: `${r.method}${path.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string) => (c ? c.toUpperCase() : ""))}`,
      parameters, responses,
    };
  }
  return {
    openapi: "3.0.3",
    info: {
      title: "sitrep API",
      version: "1",
      description: "ACLED-coded, sourced events, territorial control and live updates. Errors are `{error: {code, message}}` with SITREP_E_* codes.",
    },
    servers: [{ url: "/" }],
    paths,
    components: { schemas: Object.fromEntries(Object.entries(SHARED).map(([k, v]) => [k, refs(v)])) },
  };
}

export const openapiRoutes: FastifyPluginAsync<ApiOptions & { routes: RouteDoc[] }> = async (app, { routes }) => {
  app.get(
    "/openapi.json",
    { schema: { summary: "This document", tags: ["meta"], response: { 200: { type: "object", additionalProperties: true } } } },
    async () => openApiDocument(routes),
  );
};
