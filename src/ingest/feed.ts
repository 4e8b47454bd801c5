// RSS 2.0, RSS 1.0 (RDF) and Atom files to articles, one per item; bad items become error items.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { SitrepError, asSitrepError } from "../errors.js";
import type { Article, Media } from "../types.js";
import { classifyBlocks } from "./chrome.js";
import { parsePublished } from "./dates.js";
import { htmlFragmentToText } from "./html.js";
import type { IngestItem } from "./types.js";
import { buildArticle } from "./text.js";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  // Feeds escape HTML inside description; entities must come back as characters.
  processEntities: true,
  htmlEntities: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === "item" || name === "entry" || name === "link",
});

type Node = Record<string, unknown>;

/**
 * Parses a feed. Never throws for bad input: broken XML gives one SITREP_E_BAD_FEED item naming
 * `origin`; an item without text or with a missing/impossible date gives an error item `origin#N`.
 */
export function parseFeed(xml: string, origin: string): IngestItem[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const e = valid.err;
    return [{ error: new SitrepError("SITREP_E_BAD_FEED", `${e.msg} (line ${e.line}, col ${e.col})`, origin) }];
  }
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (err) {
    return [{ error: new SitrepError("SITREP_E_BAD_FEED", err instanceof Error ? err.message : String(err), origin) }];
  }
  const rss = obj(doc.rss);
  const rdf = obj(doc["rdf:RDF"]);
  const atom = obj(doc.feed);
  let items: Node[];
  let outlet: string | undefined;
  if (rss) {
    const channel = obj(rss.channel) ?? {};
    outlet = text(channel.title);
    items = arr(channel.item);
  } else if (rdf) {
    outlet = text(obj(rdf.channel)?.title);
    items = arr(rdf.item);
  } else if (atom) {
    outlet = text(atom.title);
    items = arr(atom.entry);
  } else {
    return [{ error: new SitrepError("SITREP_E_BAD_FEED", "no <rss>, <rdf:RDF> or <feed> root element", origin) }];
  }
  return items.map((it, i) => {
    const where = `${origin}#${i + 1}`;
    try {
      return { article: feedItem(it, where, outlet) };
    } catch (err) {
      return { error: asSitrepError(err, where) };
    }
  });
}

function feedItem(it: Node, where: string, outlet: string | undefined): Article {
  const url = linkOf(it);
  const guid = text(it.guid) ?? text(it.id);
  const title = text(it.title);
  const body = text(it["content:encoded"]) ?? text(it.content) ?? text(it.description) ?? text(it.summary) ?? "";
  const { text: bodyText, media } = htmlFragmentToText(body);
  if (bodyText.trim() === "") throw new SitrepError("SITREP_E_BAD_FEED", "item has no text", where);
  const rawDate = text(it.pubDate) ?? text(it.published) ?? text(it["dc:date"]) ?? text(it.updated);
  if (!rawDate) throw new SitrepError("SITREP_E_BAD_DATE", "item has no pubDate/published/updated", where);
  const published = parsePublished(rawDate, where);
  const blocks = classifyBlocks(bodyText);
  return buildArticle(bodyText, blocks, { key: guid ?? url ?? where, origin: where, url, title, outlet, published }, media as Media[]);
}

function linkOf(it: Node): string | undefined {
  const links: unknown[] = arr(it.link);
  // Atom: <link rel="alternate" href="..."/>; RSS: <link>url</link>.
  let fallback: string | undefined;
  for (const l of links) {
    if (typeof l === "string") return l.trim() || undefined;
    const o = l as Node;
    const href = typeof o["@_href"] === "string" ? (o["@_href"] as string) : text(o);
    if (!href) continue;
    if (!o["@_rel"] || o["@_rel"] === "alternate") return href;
    fallback ??= href;
  }
  return fallback;
}

function obj(x: unknown): Node | undefined {
  return x && typeof x === "object" && !Array.isArray(x) ? (x as Node) : undefined;
}

function arr(x: unknown): Node[] {
  if (x === undefined || x === null) return [];
  return (Array.isArray(x) ? x : [x]) as Node[];
}

/** Text of an element that may be a string or {#text, @_type}. */
function text(x: unknown): string | undefined {
  if (x === undefined || x === null) return undefined;
  if (typeof x === "string") return x.trim() || undefined;
  if (typeof x === "number") return String(x);
  if (Array.isArray(x)) return text(x[0]);
  if (typeof x === "object") return text((x as Node)["#text"]);
  return undefined;
}
