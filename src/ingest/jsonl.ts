// One JSONL line {id?, url?, title?, text | html, published, outlet, lang?} to an Article.
import { SitrepError } from "../errors.js";
import type { Article } from "../types.js";
import { parsePublished } from "./dates.js";
import { readHtmlPage } from "./html.js";
import { buildArticle, parseText } from "./text.js";

const STRING_FIELDS = ["url", "title", "text", "html", "published", "outlet", "lang"] as const;

/**
 * Parses one line. Throws SITREP_E_BAD_JSONL (not JSON, not an object, wrong field types, no text)
 * or SITREP_E_BAD_DATE (published missing or impossible), with where = "origin:lineNo".
 */
export function parseJsonlLine(line: string, origin: string, lineNo: number): Article {
  const where = `${origin}:${lineNo}`;
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch (err) {
    throw new SitrepError("SITREP_E_BAD_JSONL", `not JSON (${err instanceof Error ? err.message : String(err)})`, where);
  }
  if (rec === null || typeof rec !== "object" || Array.isArray(rec)) {
    throw new SitrepError("SITREP_E_BAD_JSONL", "the line is not a JSON object", where);
  }
  const r = rec as Record<string, unknown>;
  for (const f of STRING_FIELDS) {
    if (r[f] !== undefined && r[f] !== null && typeof r[f] !== "string") {
      throw new SitrepError("SITREP_E_BAD_JSONL", `field "${f}" must be a string`, where);
    }
  }
  if (r.id !== undefined && r.id !== null && typeof r.id !== "string" && typeof r.id !== "number") {
    throw new SitrepError("SITREP_E_BAD_JSONL", `field "id" must be a string or number`, where);
  }
  const s = (f: (typeof STRING_FIELDS)[number]) => (typeof r[f] === "string" && (r[f] as string).trim() !== "" ? (r[f] as string) : undefined);
  const text = s("text");
  const html = s("html");
  if (!text && !html) throw new SitrepError("SITREP_E_BAD_JSONL", `needs a non-empty "text" or "html" field`, where);
  const id = r.id === undefined || r.id === null || r.id === "" ? undefined : String(r.id);
  const key = id ?? s("url") ?? where;
  if (text) {
    if (!s("published")) throw new SitrepError("SITREP_E_BAD_DATE", `no "published" field`, where);
    return parseText(text, { key, origin: where, published: s("published"), outlet: s("outlet"), title: s("title"), url: s("url"), lang: s("lang") });
  }
  const page = readHtmlPage(html!, where);
  const rawDate = s("published") ?? page.head.published;
  if (!rawDate) throw new SitrepError("SITREP_E_BAD_DATE", `no "published" field and none in the HTML`, where);
  const published = parsePublished(rawDate, where);
  return buildArticle(
    page.text,
    page.blocks,
    {
      key,
      origin: where,
      url: s("url") ?? page.head.url,
      title: s("title") ?? page.head.title,
      outlet: s("outlet") ?? page.head.outlet,
      published,
      lang: s("lang") ?? page.head.lang,
    },
    page.media,
  );
}
