// Small schema helpers for the desk's routes: closed JSON bodies, per-route rate limits.
export function bodySchema(properties: Record<string, object>, required: string[] = []): object {
  return { type: "object", properties, required, additionalProperties: false };
}

/** Route config for @fastify/rate-limit: `max` requests per `ms` per client address. */
export function limited(max: number, ms: number): { rateLimit: { max: number; timeWindow: number } } {
  return { rateLimit: { max, timeWindow: ms } };
}

export const okSchema = { 200: { type: "object", properties: { ok: { type: "boolean" } } } };

/** For routes without parameters: any query parameter is an error. */
export const NO_QUERY = { type: "object", properties: {}, additionalProperties: false };
