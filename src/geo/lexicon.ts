// Word lists the geocoder reads from data/gazetteer/ (knowledge as data; the code stays generic).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_DIR } from "./gazetteer.js";
import { fold } from "./fold.js";
import { WordTrie } from "./word-trie.js";

export interface Cues {
  units: Record<string, number>;
  bearings: Record<string, number>;
  approx: string[];
  near: string[];
  outskirts: string[];
  regionBefore: string[];
  regionAfter: string[];
  nearAfter: string[];
  speechAfter: string[];
  personBefore: string[];
  locative: string[];
  connectors: string[];
}

export interface Lexicon {
  cues: Cues;
  common: Set<string>;
  locative: Set<string>;
  connectors: Set<string>;
  speechAfter: Set<string>;
  personBefore: Set<string>;
  /** folded actor phrase -> countries with weight */
  actors: Map<string, { codes: string[]; weight: number }>;
  /** The same actor phrases, as a trie for longest-match walks. */
  actorTrie: WordTrie<{ codes: string[]; weight: number }>;
  actorMaxWords: number;
}

let lex: Lexicon | null = null;

export function lexicon(): Lexicon {
  if (lex) return lex;
  const cues = JSON.parse(readFileSync(join(DATA_DIR, "cues.json"), "utf8")) as Cues;
  const lines = (f: string) =>
    readFileSync(join(DATA_DIR, f), "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  const common = new Set(lines("common-words.txt").map(fold));
  const actors = new Map<string, { codes: string[]; weight: number }>();
  const actorTrie = new WordTrie<{ codes: string[]; weight: number }>();
  let actorMaxWords = 1;
  for (const l of lines("actors.tsv")) {
    const [name, codes, weight] = l.split("\t");
    if (!name || !codes) continue;
    const k = fold(name);
    const v = { codes: codes.split(",").map((c) => c.trim()), weight: Number(weight) || 1 };
    actors.set(k, v);
    actorTrie.set(k, v);
    actorMaxWords = Math.max(actorMaxWords, k.split(" ").length);
  }
  lex = {
    cues, common, actors, actorTrie, actorMaxWords,
    locative: new Set(cues.locative), connectors: new Set(cues.connectors),
    speechAfter: new Set(cues.speechAfter), personBefore: new Set(cues.personBefore),
  };
  return lex;
}
