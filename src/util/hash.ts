// 32-bit string hashes the stages share: FNV-1a over UTF-16 code units, and the murmur3 finaliser to
// mix one. Their values are stored (MinHash band hashes, the gazetteer store's key filter, hand-made
// place ids), so they must never change.

export const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a of `s` (UTF-16 code units), unsigned; `seed` in place of the standard offset basis gives another hash. */
export function fnv1a32(s: string, seed = FNV_OFFSET): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The murmur3 32-bit finaliser: every input bit moves every output bit. Unsigned. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
