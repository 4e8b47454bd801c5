// The ingest stage's public API: inputs (files, folders, feeds, JSONL) to normalised Articles.
export type { IngestItem } from "./types.js";
export { readInputs, DEFAULT_MAX_BYTES } from "./read.js";
export { parseText, contentHash } from "./text.js";
export { parseHtml } from "./html.js";
export { parseFeed } from "./feed.js";
export { parseJsonlLine } from "./jsonl.js";
export { decodeBytes } from "./decode.js";
export { normalizeText } from "./normalize.js";
export { classifyBlocks } from "./chrome.js";
export { splitSentences } from "./sentences.js";
export { parsePublished } from "./dates.js";
