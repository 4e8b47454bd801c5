// HTML pages to Article: metadata from the head (published, outlet, title), captions and credits
// moved to media, story text from @mozilla/readability over a linkedom DOM.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { SitrepError } from "../errors.js";
import type { Article, Block, Media } from "../types.js";
import { classifyBlocks } from "./chrome.js";
import { gluedCreditStart, isCredit } from "./credits.js";
import { loadChromeData, type HtmlData } from "./data.js";
import { parsePublished } from "./dates.js";
import { normalizeText } from "./normalize.js";
import { buildArticle } from "./text.js";

const cfg = loadChromeData<HtmlData>("html.json");
const captionClassRe = new RegExp(cfg.captionClassPattern, "i");
const creditClassRe = new RegExp(cfg.creditClassPattern, "i");
const DROP = new Set(cfg.dropTags.map((t) => t.toUpperCase()));
const ARTICLE_TYPES = new Set(cfg.jsonLdArticleTypes);
const BLOCK_TAGS = new Set(
  "P DIV SECTION ARTICLE MAIN HEADER FOOTER ASIDE NAV H1 H2 H3 H4 H5 H6 LI UL OL DL DT DD BLOCKQUOTE PRE TABLE THEAD TBODY TR TD TH FIGURE ADDRESS DETAILS SUMMARY HR FIELDSET".split(" "),
);
// Caption-ish class containers holding more than this are layout wrappers, not captions.
const MAX_CAPTION_CHARS = 600;
// Readability's default (500 chars) is tuned for long reads; short wire reports are shorter.
const CHAR_THRESHOLD = 200;

type El = Element;

export interface HtmlMeta {
  key: string;
  origin: string;
  url?: string;
}

/**
 * Parses an HTML page. Throws SITREP_E_BAD_HTML when there is no story text and
 * SITREP_E_BAD_DATE when no publication date is found or it is impossible.
 */
export function parseHtml(html: string, meta: HtmlMeta): Article {
  const page = readHtmlPage(html, meta.origin);
  if (!page.head.published) throw new SitrepError("SITREP_E_BAD_DATE", "no publication date in the page", meta.origin);
  const published = parsePublished(page.head.published, meta.origin);
  return buildArticle(
    page.text,
    page.blocks,
    { key: meta.key, origin: meta.origin, url: meta.url ?? page.head.url, title: page.head.title, outlet: page.head.outlet, published, lang: page.head.lang },
    page.media,
  );
}

/** The parts of a page before any date policy: text, blocks, media and head metadata. */
export function readHtmlPage(html: string, origin: string): { text: string; blocks: Block[]; media: Media[]; head: Head } {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  // linkedom leaves no root element for empty or text-only input; nothing to read there.
  if (!doc.documentElement) throw new SitrepError("SITREP_E_BAD_HTML", "no HTML document", origin);
  const head = readHead(doc);
  const media = takeMedia(doc);
  let content: Node | null = null;
  try {
    const r = new Readability<Node>(doc, { serializer: (n) => n, charThreshold: CHAR_THRESHOLD }).parse();
    content = r?.content ?? null;
    head.title ??= r?.title ?? undefined;
  } catch {
    // Readability can fail on odd trees; the plain body walk below is the fallback.
  }
  let text = content ? normalizeText(nodeText(content)) : "";
  if (text.trim() === "") {
    const body = doc.body ?? doc.documentElement;
    text = body ? normalizeText(nodeText(body)) : "";
  }
  const blocks = classifyBlocks(text);
  if (!blocks.some((b) => b.kind === "story")) {
    throw new SitrepError("SITREP_E_BAD_HTML", "no story text found", origin);
  }
  return { text, blocks, media, head };
}

/** HTML fragment (feed item body) to normalised text plus its captions; no Readability. */
export function htmlFragmentToText(html: string): { text: string; media: Media[] } {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const doc = document as unknown as Document;
  const media = takeMedia(doc);
  const body = doc.body ?? doc.documentElement;
  return { text: body ? normalizeText(nodeText(body)) : "", media };
}

export interface Head { published?: string; title?: string; outlet?: string; url?: string; lang?: string }

function readHead(doc: Document): Head {
  const h: Head = {};
  const ld = jsonLd(doc);
  for (const sel of cfg.publishedMeta) {
    const v = doc.querySelector(sel)?.getAttribute("content");
    if (v && v.trim()) {
      h.published = v.trim();
      break;
    }
  }
  h.published ??= ld.published;
  if (!h.published) {
    const t = doc.querySelector("time[datetime]")?.getAttribute("datetime");
    if (t && t.trim()) h.published = t.trim();
  }
  h.outlet = attr(doc, "meta[property='og:site_name']", "content") ?? ld.publisher;
  h.title = attr(doc, "meta[property='og:title']", "content") ?? ld.headline;
  h.url = attr(doc, "link[rel='canonical']", "href") ?? attr(doc, "meta[property='og:url']", "content");
  h.lang = doc.documentElement?.getAttribute("lang")?.trim() || undefined;
  return h;
}

function attr(doc: Document, sel: string, name: string): string | undefined {
  const v = doc.querySelector(sel)?.getAttribute(name)?.trim();
  return v ? v : undefined;
}

/** datePublished / headline / publisher from JSON-LD, looking inside arrays and @graph. */
function jsonLd(doc: Document): { published?: string; headline?: string; publisher?: string } {
  const out: { published?: string; headline?: string; publisher?: string } = {};
  let fallbackDate: string | undefined;
  const visit = (node: unknown, depth: number): void => {
    if (depth > 6 || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const x of node) visit(x, depth + 1);
      return;
    }
    const o = node as Record<string, unknown>;
    const types = ([] as unknown[]).concat(o["@type"] ?? []).map(String);
    const isArticle = types.some((t) => ARTICLE_TYPES.has(t));
    if (typeof o.datePublished === "string") {
      if (isArticle && !out.published) out.published = o.datePublished;
      fallbackDate ??= o.datePublished;
    }
    if (isArticle && typeof o.headline === "string") out.headline ??= o.headline;
    if (isArticle && o.publisher && typeof o.publisher === "object") {
      const name = (o.publisher as Record<string, unknown>).name;
      if (typeof name === "string") out.publisher ??= name;
    }
    if (o["@graph"]) visit(o["@graph"], depth + 1);
    if (o.mainEntity) visit(o.mainEntity, depth + 1);
  };
  for (const s of Array.from(doc.querySelectorAll("script[type='application/ld+json']"))) {
    try {
      visit(JSON.parse(s.textContent ?? ""), 0);
    } catch {
      // A broken JSON-LD block is common and harmless; the other date sources still apply.
    }
  }
  out.published ??= fallbackDate;
  return out;
}

/** Removes captions and credits from the DOM and returns them as media. */
function takeMedia(doc: Document): Media[] {
  const media: Media[] = [];
  const seen = new Set<El>();
  const captions: El[] = [];
  for (const sel of cfg.captionSelectors) for (const el of Array.from(doc.querySelectorAll(sel))) captions.push(el);
  for (const el of Array.from(doc.querySelectorAll("[class]"))) {
    const cls = el.getAttribute("class") ?? "";
    if (captionClassRe.test(cls) && !creditClassRe.test(cls)) captions.push(el);
  }
  const isCreditEl = (el: El) => creditClassRe.test(el.getAttribute("class") ?? "") || cfg.creditSelectors.some((s) => el.matches(s));
  for (const el of captions) {
    if (seen.has(el) || !el.parentNode || (el.textContent ?? "").length > MAX_CAPTION_CHARS) continue;
    seen.add(el);
    // A credit inside the caption element, or in the same figure.
    const fig = el.closest("figure");
    let credit: string | undefined;
    for (const c of Array.from((fig ?? el).querySelectorAll("*"))) {
      if (isCreditEl(c)) {
        credit = clean(c.textContent);
        c.remove();
        break;
      }
    }
    let caption = clean(el.textContent);
    if (!credit && caption) {
      const at = gluedCreditStart(caption);
      if (at !== undefined) {
        credit = caption.slice(at);
        caption = caption.slice(0, at).trim();
      } else if (isCredit(caption)) {
        credit = caption;
        caption = "";
      }
    }
    el.remove();
    if (caption || credit) media.push(caption ? (credit ? { caption, credit } : { caption }) : { credit });
  }
  for (const el of Array.from(doc.querySelectorAll("[class]"))) {
    if (!el.parentNode || !creditClassRe.test(el.getAttribute("class") ?? "")) continue;
    const t = clean(el.textContent);
    if (t.length > MAX_CAPTION_CHARS) continue;
    el.remove();
    if (t) media.push({ credit: t });
  }
  return media;
}

function clean(s: string | null | undefined): string {
  return (s ?? "").replace(/\s+/g, " ").trim();
}

/** Text of a subtree with block elements as paragraphs and <br> as line breaks. */
function nodeText(root: Node): string {
  const paras: string[] = [];
  let cur = "";
  const flush = () => {
    const t = cur
      .replace(/[ \t\r\n\f]+/g, " ")
      .replace(/ ?\u2028 ?/g, "\n")
      .trim();
    if (t) paras.push(t);
    cur = "";
  };
  const walk = (n: Node): void => {
    if (n.nodeType === 3) {
      cur += (n as Text).data;
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return;
    const tag = (n as El).tagName?.toUpperCase() ?? "";
    if (DROP.has(tag) || (n as El).getAttribute?.("hidden") !== null && (n as El).hasAttribute?.("hidden")) return;
    if (tag === "BR") {
      cur += "\u2028";
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    for (const c of Array.from(n.childNodes)) walk(c);
    if (block) flush();
  };
  walk(root);
  flush();
  return paras.join("\n\n");
}
