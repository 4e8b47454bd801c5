// The plain records the pipeline stages pass to each other.
// Stages depend on these types only, never on each other's internals.

/** A piece of text the ingest stage recognised that is not story text. */
export type BlockKind = "story" | "title" | "chrome" | "caption" | "credit" | "dateline";

/** A line or paragraph of the source, classified. Offsets index `Article.text`. */
export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  /** Which general rule classified it (for debugging chrome detection). */
  rule?: string;
}

/** A sentence of story text; offsets index `Article.text` (UTF-16 code units). */
export interface Sentence {
  start: number;
  end: number;
}

/** Photos, captions and credits found in a page; kept apart from the story. */
export interface Media {
  caption?: string;
  credit?: string;
}

/** One article as ingested: normalised text plus the structure found in it. */
export interface Article {
  /** Stable identity of the report: the input id, else the URL, else the file path. */
  key: string;
  url?: string;
  title?: string;
  outlet?: string;
  /** ISO date or date-time (YYYY-MM-DD[THH:MM...]) of publication, if known. */
  published?: string;
  lang?: string;
  /** Full normalised text (NFC, \n line endings) including chrome; blocks say which part is what. */
  text: string;
  blocks: Block[];
  sentences: Sentence[];
  media: Media[];
  /** Where it came from: file path (and line for JSONL) or feed URL. */
  origin: string;
  /** sha256 of key-independent content (text + published + title), hex. */
  contentHash: string;
  /** Wire dateline opening the story ("BAMAKO, Mali"); the text stays inside the first story block. */
  dateline?: string;
}

/** An article as stored: a revision of a report identified by `key`. */
export interface StoredArticle extends Article {
  id: number;
  revision: number;
  ingestedAt: string;
}

/** Input to extraction: the minimum an extractor needs. */
export interface ExtractInput {
  id: string;
  text: string;
  published?: string;
  outlet?: string;
  title?: string;
  /** Story-text ranges; when absent the extractor classifies the text itself. */
  blocks?: Block[];
}
