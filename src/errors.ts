// Every error a user can see has a stable code, defined here once.
// Codes are never reused once retired; the CLI and the API print the same codes.

export const ERRORS = {
  SITREP_E_EMPTY_INPUT: { status: 400, message: "the input is empty" },
  SITREP_E_BINARY_INPUT: { status: 400, message: "the input looks binary, not text, HTML, a feed or JSONL" },
  SITREP_E_TOO_LARGE: { status: 413, message: "the input is larger than the limit" },
  SITREP_E_ENCODING: { status: 400, message: "the text encoding could not be decoded" },
  SITREP_E_BAD_HTML: { status: 400, message: "the HTML page has no readable story text" },
  SITREP_E_BAD_FEED: { status: 400, message: "the RSS/Atom feed is not well-formed XML" },
  SITREP_E_BAD_JSONL: { status: 400, message: "the JSONL line is not a valid article record" },
  SITREP_E_BAD_DATE: { status: 400, message: "the publication date is missing or impossible" },
  SITREP_E_NOT_FOUND: { status: 404, message: "the path or record does not exist" },
  SITREP_E_UNSUPPORTED_LANGUAGE: { status: 422, message: "the text is not in a supported language" },
  SITREP_E_BAD_ARGUMENT: { status: 400, message: "a command-line option or parameter is invalid" },
  SITREP_E_DB: { status: 500, message: "the database could not be opened or written" },
  SITREP_E_SCHEMA: { status: 500, message: "a record failed schema validation" },
  SITREP_E_GAZETTEER: { status: 400, message: "the gazetteer file could not be read" },
  SITREP_E_INTERNAL: { status: 500, message: "an unexpected internal error" },
  SITREP_E_UNAUTHENTICATED: { status: 401, message: "log in first (or send a valid API token)" },
  SITREP_E_FORBIDDEN: { status: 403, message: "your role does not allow this" },
  SITREP_E_CSRF: { status: 403, message: "the CSRF token is missing or wrong (send the x-csrf-token header)" },
  SITREP_E_BAD_LOGIN: { status: 401, message: "the e-mail or password is wrong" },
  SITREP_E_LOCKED: { status: 429, message: "too many attempts; wait and try again" },
  SITREP_E_BAD_TOKEN: { status: 400, message: "the link or token is invalid, expired or already used" },
  SITREP_E_CONFLICT: { status: 409, message: "the record already exists or changed meanwhile" },
} as const;

export type ErrorCode = keyof typeof ERRORS;

export class SitrepError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** Where it happened, e.g. "demo/a.html" or "feed.jsonl:12". */
  readonly where?: string;

  constructor(code: ErrorCode, detail?: string, where?: string) {
    super(detail ? `${ERRORS[code].message}: ${detail}` : ERRORS[code].message);
    this.name = "SitrepError";
    this.code = code;
    this.status = ERRORS[code].status;
    this.where = where;
  }

  /** One line for the CLI: `SITREP_E_X demo/a.html:3: message`. */
  toLine(): string {
    return `${this.code}${this.where ? ` ${this.where}` : ""}: ${this.message}`;
  }
}

/** Wraps anything thrown into a SitrepError so batch loops can report and go on. */
export function asSitrepError(err: unknown, where?: string): SitrepError {
  if (err instanceof SitrepError) {
    return err.where || !where ? err : new SitrepError(err.code, detailOf(err), where);
  }
  const msg = err instanceof Error ? err.message : String(err);
  return new SitrepError("SITREP_E_INTERNAL", msg, where);
}

function detailOf(err: SitrepError): string | undefined {
  const base = ERRORS[err.code].message;
  return err.message.startsWith(base + ": ") ? err.message.slice(base.length + 2) : undefined;
}
