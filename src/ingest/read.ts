// Walks files and folders and turns each input into articles or one-line errors; never throws.
import { open, readdir, realpath, stat } from "node:fs/promises";
import { basename, extname, join, normalize } from "node:path";
import { SitrepError, asSitrepError } from "../errors.js";
import type { Article } from "../types.js";
import { parsePublished } from "./dates.js";
import { decodeBytes } from "./decode.js";
import { parseFeed } from "./feed.js";
import { parseHtml } from "./html.js";
import { parseJsonlLine } from "./jsonl.js";
import { contentHash, parseText } from "./text.js";
import type { IngestItem } from "./types.js";

/** Files over this size are refused before being read (SITREP_E_TOO_LARGE); override with opts.maxBytes. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

type Kind = "text" | "html" | "feed" | "jsonl";
const EXT_KIND: Record<string, Kind> = {
  ".txt": "text", ".text": "text", ".md": "text", ".markdown": "text",
  ".html": "html", ".htm": "html", ".xhtml": "html",
  ".xml": "feed", ".rss": "feed", ".atom": "feed",
  ".jsonl": "jsonl", ".ndjson": "jsonl",
};
const FILENAME_DATE = /(?:^|[^0-9])(\d{4}-\d{2}-\d{2})(?![0-9])/;

/**
 * Reads files and folders. Folders are walked recursively in sorted order, skipping dotfiles and
 * files whose extension is not one of the known input kinds; a file named directly is always read
 * (its kind sniffed from the content). One bad file or line yields an error item; the rest goes on.
 */
export async function* readInputs(paths: string[], opts: { maxBytes?: number } = {}): AsyncGenerator<IngestItem> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const p of paths) {
    const where = normalize(p);
    let st;
    try {
      st = await stat(p);
    } catch {
      yield { error: new SitrepError("SITREP_E_NOT_FOUND", undefined, where) };
      continue;
    }
    if (st.isDirectory()) {
      for await (const f of walk(where, new Set())) yield* readOne(f.path, f.size, maxBytes);
    } else {
      yield* readOne(where, st.size, maxBytes);
    }
  }
}

async function* walk(dir: string, seen: Set<string>): AsyncGenerator<{ path: string; size: number }> {
  let real: string;
  let names: string[];
  try {
    real = await realpath(dir);
    if (seen.has(real)) return; // symlink loop
    seen.add(real);
    names = (await readdir(dir)).filter((n) => !n.startsWith(".")).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    let st;
    try {
      st = await stat(path);
    } catch {
      continue; // dangling symlink
    }
    if (st.isDirectory()) yield* walk(path, seen);
    else if (st.isFile() && EXT_KIND[extname(name).toLowerCase()]) yield { path, size: st.size };
  }
}

async function* readOne(path: string, size: number, maxBytes: number): AsyncGenerator<IngestItem> {
  try {
    if (size > maxBytes) {
      throw new SitrepError("SITREP_E_TOO_LARGE", `${size} bytes, limit ${maxBytes}`, path);
    }
    const buf = await readCapped(path, maxBytes);
    const text = decodeBytes(buf, path);
    const kind = sniffKind(text, EXT_KIND[extname(path).toLowerCase()]);
    if (kind === "feed") {
      yield* parseFeed(text, path);
    } else if (kind === "jsonl") {
      yield* readJsonl(text, path);
    } else if (kind === "html") {
      const a = parseHtml(text, { key: path, origin: path });
      // A page's identity is its URL when it names one; the file path otherwise.
      if (a.url) a.key = a.url;
      yield { article: a };
    } else {
      yield { article: withFilenameDate(parseText(text, { key: path, origin: path }), path) };
    }
  } catch (err) {
    yield { error: asSitrepError(err, path) };
  }
}

/** Reads at most maxBytes (+1 to notice growth since stat), so a file growing under us cannot blow memory. */
async function readCapped(path: string, maxBytes: number): Promise<Buffer> {
  const fh = await open(path, "r");
  try {
    const buf = Buffer.alloc(Math.min(maxBytes + 1, (await fh.stat()).size + 1));
    let n = 0;
    while (n < buf.length) {
      const { bytesRead } = await fh.read(buf, n, buf.length - n, n);
      if (bytesRead === 0) break;
      n += bytesRead;
    }
    if (n > maxBytes) throw new SitrepError("SITREP_E_TOO_LARGE", `more than ${maxBytes} bytes`, path);
    return buf.subarray(0, n);
  } finally {
    await fh.close();
  }
}

function* readJsonl(text: string, path: string): Generator<IngestItem> {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === "") continue;
    try {
      yield { article: parseJsonlLine(line.charCodeAt(0) === 0xfeff ? line.slice(1) : line, path, i + 1) };
    } catch (err) {
      yield { error: asSitrepError(err, `${path}:${i + 1}`) };
    }
  }
}

/** Content wins over the extension when it is unambiguous (an .xml page that is HTML, a .txt that is a feed). */
function sniffKind(text: string, byExt: Kind | undefined): Kind {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (byExt === "jsonl") return "jsonl";
  if (head.startsWith("<")) {
    if (/<(?:rss|feed|rdf:rdf)[\s>]/.test(head) && !head.startsWith("<!doctype html") && !head.startsWith("<html")) return "feed";
    if (/^<(?:!doctype html|html|head|body)[\s>]/.test(head)) return "html";
    if (head.startsWith("<?xml")) return /<html[\s>]/.test(head) ? "html" : "feed";
    if (byExt) return byExt;
    return /<(?:p|div|article|h1)[\s>]/.test(head) ? "html" : "text";
  }
  if (byExt) return byExt;
  if (head.startsWith("{")) {
    const first = text.slice(0, text.indexOf("\n") === -1 ? text.length : text.indexOf("\n"));
    try {
      const v = JSON.parse(first);
      if (v && typeof v === "object" && !Array.isArray(v)) return "jsonl";
    } catch {
      // not JSONL: plain text that starts with a brace
    }
  }
  return "text";
}

/** Plain text has no date field; a YYYY-MM-DD in the file name is the publication date when none was given. */
function withFilenameDate(a: Article, path: string): Article {
  if (a.published) return a;
  const m = FILENAME_DATE.exec(basename(path));
  if (!m) return a;
  try {
    const d = parsePublished(m[1], path);
    if (d) {
      a.published = d;
      a.contentHash = contentHash(a);
    }
  } catch {
    // A file name like "2024-02-30-notes.txt" is not a date claim worth an error.
  }
  return a;
}
