// A blocked Bloom filter over the user store's keys, so that a lookup of a name the store lacks
// (nearly every candidate span findPlaces tries) never touches SQLite. Each key sets K bits inside
// one 512-bit block (one cache line), so a probe costs one memory access. At BITS_PER_KEY = 12
// about 0.5% of absent keys pass (measured in key-filter.test.ts); those cost one indexed query.
// Saved in the store as one blob (header + bits) at the end of an import; startup reads it whole.

import { fmix32, fnv1a32, FNV_OFFSET } from "../util/hash.js";

const BLOCK_WORDS = 16; // 512 bits
const K = 7;
export const BITS_PER_KEY = 12;
const MAGIC = 0x5347_4b46; // "SGKF"
const HEADER_WORDS = 4; // magic, blocks, keys added, reserved

/** Kind 0: exact (folded) keys; 1: loose keys. Hashed apart so one filter holds both. */
export type KeyKind = 0 | 1;

// FNV-1a over UTF-16 code units, seeded by kind; three mixes of it pick the block and the bits.
const fnv = (kind: KeyKind, key: string) => fnv1a32(key, kind === 0 ? FNV_OFFSET : 0x050c5d1f);

export class KeyFilter {
  private constructor(private readonly words: Uint32Array, private readonly blocks: number) {}

  /** An empty filter sized for about `keys` keys. */
  static sized(keys: number): KeyFilter {
    const blocks = Math.max(1, Math.ceil((Math.max(keys, 1) * BITS_PER_KEY) / (BLOCK_WORDS * 32)));
    const words = new Uint32Array(HEADER_WORDS + blocks * BLOCK_WORDS);
    words[0] = MAGIC;
    words[1] = blocks;
    return new KeyFilter(words, blocks);
  }

  /** Reads a filter saved by toBuffer(); null when the bytes are not one. */
  static fromBuffer(buf: Buffer): KeyFilter | null {
    if (buf.byteLength < HEADER_WORDS * 4 || buf.byteLength % 4) return null;
    // A view on the bytes when they are aligned (a large blob from SQLite is its own allocation),
    // else a copy: the filter is the store's largest piece of memory, so no second copy of it.
    let words: Uint32Array;
    if (buf.byteOffset % 4 === 0) words = new Uint32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
    else {
      words = new Uint32Array(buf.byteLength / 4);
      new Uint8Array(words.buffer).set(buf);
    }
    if (words[0] !== MAGIC || words.length !== HEADER_WORDS + words[1]! * BLOCK_WORDS || !words[1]) return null;
    return new KeyFilter(words, words[1]!);
  }

  toBuffer(): Buffer {
    return Buffer.from(this.words.buffer, this.words.byteOffset, this.words.byteLength);
  }

  get bytes(): number {
    return this.words.byteLength;
  }

  /** Keys added so far (repeats counted), and how many it was sized for: past that, build a bigger one. */
  get added(): number {
    return this.words[2]!;
  }

  get capacity(): number {
    return Math.floor((this.blocks * BLOCK_WORDS * 32) / BITS_PER_KEY);
  }

  add(kind: KeyKind, key: string): void {
    this.probe(kind, key, true);
    this.words[2] = (this.words[2]! + 1) >>> 0;
  }

  /** False: the key is surely absent. True: it is probably present. */
  has(kind: KeyKind, key: string): boolean {
    return this.probe(kind, key, false);
  }

  /** The key's K bits in its block: sets them (`set`), or tells whether all are set. */
  private probe(kind: KeyKind, key: string, set: boolean): boolean {
    const h = fnv(kind, key);
    const base = HEADER_WORDS + (fmix32(h) % this.blocks) * BLOCK_WORDS;
    let a = fmix32(h ^ 0x9e3779b9);
    const b = fmix32(h ^ 0x7f4a7c15) | 1;
    for (let i = 0; i < K; i++, a = (a + b) >>> 0) {
      const bit = a & 511;
      const w = base + (bit >>> 5);
      if (set) this.words[w]! |= 1 << (bit & 31);
      else if (!(this.words[w]! & (1 << (bit & 31)))) return false;
    }
    return true;
  }
}
