// Turns anything a route throws into `{error: {code, message}}` with the code's HTTP status.
// Schema (ajv) failures become SITREP_E_BAD_ARGUMENT with a message naming the parameter.
import type { FastifyError, FastifyInstance } from "fastify";
import { ERRORS, SitrepError, asSitrepError } from "../errors.js";

export interface ApiError {
  error: { code: string; message: string };
}

/** The message without the code's generic prefix: "since: expected a date ..." rather than "a ... is invalid: since: ...". */
export function detail(err: SitrepError): string {
  const base = ERRORS[err.code].message;
  return err.message.startsWith(base + ": ") ? err.message.slice(base.length + 2) : err.message;
}

export function errorBody(err: SitrepError): ApiError {
  return { error: { code: err.code, message: detail(err) } };
}

interface AjvIssue {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

/** One readable sentence from ajv's first issue: which parameter and why. */
export function validationMessage(issues: AjvIssue[], where: string | undefined, data?: unknown): string {
  const i = issues[0];
  if (!i) return `${where ?? "request"}: invalid`;
  const name = i.instancePath.replace(/^\//, "").replace(/\//g, ".");
  const got = (key: string) => {
    const v = (data as Record<string, unknown> | undefined)?.[key];
    return v === undefined ? "" : `, got ${JSON.stringify(v)}`;
  };
  switch (i.keyword) {
    case "additionalProperties":
      return `${String(i.params.additionalProperty)}: unknown parameter`;
    case "required":
      return `${String(i.params.missingProperty)}: required parameter is missing`;
    case "enum":
      return `${name}: expected one of ${(i.params.allowedValues as unknown[]).join(", ")}${got(name)}`;
    case "type":
      return `${name}: expected a single ${String(i.params.type)} value${got(name)}`;
    default:
      return `${name || where || "request"}: ${i.message ?? "invalid"}${got(name)}`;
  }
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError & { validation?: AjvIssue[]; validationContext?: string }, req, reply) => {
    let e: SitrepError;
    if (err.validation) {
      const ctx = err.validationContext;
      const data = ctx === "querystring" ? req.query : ctx === "params" ? req.params : undefined;
      e = new SitrepError("SITREP_E_BAD_ARGUMENT", validationMessage(err.validation, ctx, data));
    } else if (err instanceof SitrepError) {
      e = err;
    } else if (typeof err.statusCode === "number" && err.statusCode >= 400 && err.statusCode < 500) {
      // Fastify's own client errors (bad JSON body, unsupported media type, rate limit...).
      const code = err.statusCode === 404 ? "SITREP_E_NOT_FOUND" : "SITREP_E_BAD_ARGUMENT";
      reply.status(err.statusCode).send({ error: { code, message: err.message } });
      return;
    } else {
      e = asSitrepError(err);
      req.log.error(err);
    }
    reply.status(e.status).send(errorBody(e));
  });
  app.setNotFoundHandler((req, reply) => {
    const e = new SitrepError("SITREP_E_NOT_FOUND", `${req.method} ${req.url.split("?")[0]}`);
    reply.status(404).send(errorBody(e));
  });
}
