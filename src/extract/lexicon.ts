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

const reCache = new Map<string, RegExp>();
/** A case-insensitive regex from a data file's pattern string, compiled once. */
export function re(pattern: string, flags = "i"): RegExp {
  const k = flags + "\u0000" + pattern;
  let r = reCache.get(k);
  if (!r) {
    r = new RegExp(pattern, flags);
    reCache.set(k, r);
  }
  return r;
}
