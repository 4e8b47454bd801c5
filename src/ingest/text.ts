// Plain text to Article: optional "Key: value" header, normalisation, blocks, sentences, media.
import { createHash } from "node:crypto";
import type { Article, Block, Media } from "../types.js";
import { classifyBlocks, findDateline } from "./chrome.js";
import { parsePublished } from "./dates.js";
import { normalizeText } from "./normalize.js";
import { splitSentences } from "./sentences.js";

export interface TextMeta {
  key: string;
  origin: string;
  published?: string;
  outlet?: string;
  title?: string;
  url?: string;
  lang?: string;
}

// Header keys a plain-text file may start with (one "Key: value" per line, then a blank line).
const HEADER_KEYS: Record<string, keyof Omit<TextMeta, "key" | "origin">> = {
  title: "title", headline: "title",
  published: "published", date: "published", "published at": "published", "publication date": "published",
  outlet: "outlet", source: "outlet", publisher: "outlet", site: "outlet",
  url: "url", link: "url",
  lang: "lang", language: "lang",
};
const HEADER_LINE = /^([A-Za-z][A-Za-z ]{1,20}):[ \t]*(.*)$/;

/**
 * Parses a plain-text article. Explicit `meta` fields win over a "Published: ..." style header.
 * A missing date is allowed (published undefined); a present but impossible one throws SITREP_E_BAD_DATE.
 */
export function parseText(raw: string, meta: TextMeta): Article {
  let text = normalizeText(raw);
  const header = readHeader(text);
  if (header) text = text.slice(header.length).replace(/^\n+/, "");
  const h = header?.fields ?? {};
  const published = parsePublished(meta.published ?? h.published, meta.origin);
  const blocks = classifyBlocks(text);
  const title = meta.title ?? h.title ?? headlineOf(text, blocks);
  return buildArticle(text, blocks, {
    key: meta.key,
    origin: meta.origin,
    url: meta.url ?? h.url,
    title,
    outlet: meta.outlet ?? h.outlet,
    published,
    lang: meta.lang ?? h.lang,
  });
}

/** Assembles an Article from normalised text and its blocks (shared by text, HTML, feed, JSONL). */
export function buildArticle(
  text: string,
  blocks: Block[],
  f: { key: string; origin: string; url?: string; title?: string; outlet?: string; published?: string; lang?: string },
  extraMedia: Media[] = [],
): Article {
  const sentences = splitSentences(text, blocks);
  const media = [...extraMedia, ...mediaOf(text, blocks)];
  const article: Article = {
    key: f.key,
    text,
    blocks,
    sentences,
    media,
    origin: f.origin,
    contentHash: "",
  };
  if (f.url) article.url = f.url;
  if (f.title) article.title = normalizeText(f.title).replace(/\s+/g, " ");
  if (f.outlet) article.outlet = f.outlet.trim();
  if (f.published) article.published = f.published;
  if (f.lang) article.lang = f.lang.trim();
  const dateline = findDateline(text, blocks);
  if (dateline) article.dateline = dateline;
  article.contentHash = contentHash(article);
  return article;
}

/** sha256 (hex) of what makes two reports the same content, independent of key and origin. */
export function contentHash(a: Pick<Article, "text" | "published" | "title">): string {
  return createHash("sha256")
    .update(a.text)
    .update("\u0000")
    .update(a.published ?? "")
    .update("\u0000")
    .update(a.title ?? "")
    .digest("hex");
}

/** Caption blocks paired with the credit block right after them; lone credits on their own. */
function mediaOf(text: string, blocks: Block[]): Media[] {
  const out: Media[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === "caption") {
      const m: Media = { caption: text.slice(b.start, b.end) };
      const n = blocks[i + 1];
      if (n?.kind === "credit") {
        m.credit = text.slice(n.start, n.end);
        i++;
      }
      out.push(m);
    } else if (b.kind === "credit") out.push({ credit: text.slice(b.start, b.end) });
  }
  return out;
}

function headlineOf(text: string, blocks: Block[]): string | undefined {
  const b = blocks.find((x) => x.kind === "title" && x.rule === "headline");
  return b ? text.slice(b.start, b.end) : undefined;
}

function readHeader(text: string): { length: number; fields: Partial<Record<keyof TextMeta, string>> } | undefined {
  const end = text.indexOf("\n\n");
  const para = end === -1 ? text : text.slice(0, end);
  const lines = para.split("\n");
  if (lines.length > 12) return undefined;
  const fields: Partial<Record<keyof TextMeta, string>> = {};
  for (const line of lines) {
    const m = HEADER_LINE.exec(line.trim());
    const key = m ? HEADER_KEYS[m[1]!.toLowerCase().trim()] : undefined;
    // Every line must be a known key, or this paragraph is story text, not a header.
    if (!m || !key) return undefined;
    if (m[2]!.trim() !== "") fields[key] = m[2]!.trim();
  }
  // A body must follow; a one-paragraph file is never all header.
  if (end === -1) return undefined;
  return { length: para.length, fields };
}
