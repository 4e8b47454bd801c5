// A filter that answers most lookups of absent keys without the Map that holds the keys (see KeyFilter).

/**
 * A Bloom filter over a set of strings, the bits of one string in one 64-byte block: a string it says no to is not in
 * the set (one read of that block, where a lookup in a large Map reads its bucket, its entry and the stored key, most of
 * them cache misses); yes may be wrong (~1% of strings outside the set, at 8 bits a string).
 */
export class KeyFilter {
  private readonly words: Int32Array;
  private readonly blockMask: number;
  constructor(keys: Iterable<string>, count: number) {
    // 8 bits a key, in blocks of 512 bits (16 words), a power of two of them.
    let blocks = 1;
    while (blocks * 512 < count * 8) blocks *= 2;
    this.words = new Int32Array(blocks * 16);
    this.blockMask = blocks - 1;
    for (const k of keys) this.add(k);
  }
  add(key: string): void {
    const h = hashOf(key);
    const base = (h & this.blockMask) << 4;
    const h2 = mix(h);
    for (let i = 0; i < 27; i += 9) {
      const bit = (h2 >>> i) & 511;
      this.words[base + (bit >>> 5)]! |= 1 << (bit & 31);
    }
  }
  mayHold(key: string): boolean {
    return this.mayHoldHash(hashOf(key));
  }
  /** mayHold(key) from hashOf(key), worked out once by a caller that asks several filters about one key. */
  mayHoldHash(h: number): boolean {
    const base = (h & this.blockMask) << 4;
    const h2 = mix(h);
    for (let i = 0; i < 27; i += 9) {
      const bit = (h2 >>> i) & 511;
      if ((this.words[base + (bit >>> 5)]! & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }
}

/** FNV-1a over the string's UTF-16 code units. */
export function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** A second, independent-enough hash from the first (murmur3's finaliser): picks the bits within a block. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

