// Reads the knowledge files under data/ once. Code stays generic; words live in data/.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const DATA = fileURLToPath(new URL("../../data/", import.meta.url));
const cache = new Map<string, unknown>();

export function loadJson<T>(relPath: string): T {
  let v = cache.get(relPath);
  if (v === undefined) {
    v = JSON.parse(readFileSync(DATA + relPath, "utf8"));
    cache.set(relPath, v);
  }
  return v as T;
}

/** Compiled regexes by flags, then by pattern. Two levels, not one "flags + pattern" key: the
 *  patterns are the data files' own strings, whose hashes V8 keeps, while a joined key was a new
 *  string to hash in full (patterns run to a few thousand characters) on every call. */
const reCache = new Map<string, Map<string, RegExp>>();
/** A case-insensitive regex from a data file's pattern string, compiled once. */
export function re(pattern: string, flags = "i"): RegExp {
  let byPattern = reCache.get(flags);
  if (!byPattern) reCache.set(flags, (byPattern = new Map()));
  let r = byPattern.get(pattern);
  if (!r) {
    r = new RegExp(pattern, flags);
    byPattern.set(pattern, r);
  }
  return r;
}
