// MinHash sketches over word shingles, to find wire copies and light republications.
// Deterministic (fixed seeds), so the same texts give the same sketches in any order.

import { fmix32, fnv1a32, FNV_OFFSET } from "../util/hash.js";

export const SHINGLE_WORDS = 4;
export const NUM_HASHES = 64;
/** LSH banding: 16 bands of 4 rows finds pairs above ~0.5 Jaccard with high probability. */
export const BANDS = 16;
export const ROWS = NUM_HASHES / BANDS;
/** Estimated Jaccard similarity at or above which two articles are near-duplicates. */
export const NEAR_DUP_THRESHOLD = 0.5;

/** A 32-bit avalanche mix (murmur3 finaliser), used as the i-th hash function with a seed. */
const mix = (x: number, seed: number) => fmix32(x ^ seed);

const SEEDS = Array.from({ length: NUM_HASHES }, (_, i) => mix(i + 1, 0x9e3779b9));

/** Lower-cased word tokens (letters and digits, any script). */
export function words(text: string): string[] {
  return text.toLowerCase().normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Hashes of the overlapping SHINGLE_WORDS-word shingles (one shingle for short texts). */
export function shingleHashes(text: string): Set<number> {
  const w = words(text);
  const out = new Set<number>();
  if (w.length === 0) return out;
  if (w.length < SHINGLE_WORDS) out.add(fnv1a32(w.join(" ")));
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) out.add(fnv1a32(w.slice(i, i + SHINGLE_WORDS).join(" ")));
  return out;
}

/** The MinHash signature of a text; undefined when the text has no words. */
export function minhash(text: string): Uint32Array | undefined {
  const shingles = shingleHashes(text);
  if (shingles.size === 0) return undefined;
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  for (const s of shingles) {
    for (let i = 0; i < NUM_HASHES; i++) {
      const h = mix(s, SEEDS[i]!);
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of two signatures. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a[i] === b[i]) same++;
  return same / NUM_HASHES;
}

/** One hash per LSH band; two texts sharing any band hash are candidate near-duplicates. */
export function bandHashes(sig: Uint32Array): number[] {
  const out: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = FNV_OFFSET ^ b;
    for (let r = 0; r < ROWS; r++) h = mix(sig[b * ROWS + r]!, h);
    // Kept within SQLite's signed 32-bit friendly range.
    out.push(h & 0x7fffffff);
  }
  return out;
}

export function sigToBuffer(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

export function bufferToSig(buf: Buffer): Uint32Array {
  const copy = new Uint8Array(buf); // aligned copy
  return new Uint32Array(copy.buffer, 0, NUM_HASHES);
}
