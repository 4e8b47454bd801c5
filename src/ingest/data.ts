// Loads the cue lists in data/chrome/*.json once; the code that uses them stays generic.
import { readFileSync } from "node:fs";

const DATA_DIR = new URL("../../data/chrome/", import.meta.url);

export function loadChromeData<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, DATA_DIR), "utf8")) as T;
}

export interface CueData {
  shortWords: number;
  maxWords: number;
  readerWords: string[];
  phrases: Record<string, string[]>;
  exactLines: string[];
  weakWords: string[];
  strongPhrases: string[];
  attributionWords: string[];
  linePrefixes: string[];
}
export interface CreditData { agencies: string[]; labels: string[] }
export interface CaptionData { imageMarkers: string[]; captionPrefixes: string[]; dateWords: string[]; maxWords: number }
export interface TimestampData { tokens: string[]; bylinePrefixes: string[] }
export interface AbbreviationData { abbreviations: string[]; sentenceStarters: string[] }
export interface HtmlData {
  publishedMeta: string[];
  jsonLdArticleTypes: string[];
  captionSelectors: string[];
  creditSelectors: string[];
  captionClassPattern: string;
  creditClassPattern: string;
  dropTags: string[];
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** Alternation of literals, longest first so "Getty Images" wins over "Getty". */
export function alternation(words: string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRe).join("|");
}
