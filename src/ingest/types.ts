// The ingest stage's output unit: an article or the error that stopped one input.
import type { SitrepError } from "../errors.js";
import type { Article } from "../types.js";

/** Exactly one of `article` and `error` is set; `error.where` names the file (and line or item). */
export interface IngestItem {
  article?: Article;
  error?: SitrepError;
}
