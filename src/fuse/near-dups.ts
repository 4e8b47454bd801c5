// Near-duplicate links between articles (wire copies, light republications) kept in SQLite:
// a MinHash sketch per article, LSH bands to find candidates, and a link copy -> original.
import type Database from "better-sqlite3";
import { bandHashes, bufferToSig, minhash, NEAR_DUP_THRESHOLD, sigToBuffer, similarity } from "./minhash.js";

export interface SketchInput {
  key: string;
  outlet?: string | null;
  published?: string | null;
  text: string;
  storyText: string;
}

interface Side {
  key: string;
  outlet: string | null;
  published: string | null;
  text: string;
}

const names = (text: string, outlet: string | null) => !!outlet && text.toLowerCase().includes(outlet.toLowerCase());

/**
 * Which of two near-duplicates is the original: the one the other credits by outlet name
 * ("(Levant Wire)"), else the one published first, else the lower key. Symmetric in a and b.
 */
export function originalOf(a: Side, b: Side): [original: Side, copy: Side] {
  const aCreditsB = names(a.text, b.outlet) && !names(b.text, a.outlet);
  const bCreditsA = names(b.text, a.outlet) && !names(a.text, b.outlet);
  if (aCreditsB !== bCreditsA) return aCreditsB ? [b, a] : [a, b];
  const pa = a.published ?? "9999";
  const pb = b.published ?? "9999";
  if (pa !== pb) return pa < pb ? [a, b] : [b, a];
  return a.key < b.key ? [a, b] : [b, a];
}

export class NearDupIndex {
  private st;

  constructor(private db: Database.Database) {
    this.st = {
      links: db.prepare("SELECT copy_key, original_key FROM near_duplicates WHERE copy_key = ? OR original_key = ?"),
      dropLinks: db.prepare("DELETE FROM near_duplicates WHERE copy_key = ? OR original_key = ?"),
      dropBands: db.prepare("DELETE FROM sketch_bands WHERE article_key = ?"),
      dropSketch: db.prepare("DELETE FROM article_sketches WHERE article_key = ?"),
      addSketch: db.prepare("INSERT INTO article_sketches (article_key, outlet, published, minhash) VALUES (?, ?, ?, ?)"),
      addBand: db.prepare("INSERT OR IGNORE INTO sketch_bands (band, hash, article_key) VALUES (?, ?, ?)"),
      band: db.prepare("SELECT article_key FROM sketch_bands WHERE band = ? AND hash = ? AND article_key != ?"),
      sketch: db.prepare("SELECT article_key, outlet, published, minhash FROM article_sketches WHERE article_key = ?"),
      text: db.prepare("SELECT text FROM articles WHERE key = ? AND is_current = 1"),
      addLink: db.prepare("INSERT OR REPLACE INTO near_duplicates (copy_key, original_key, similarity) VALUES (?, ?, ?)"),
    };
  }

  /** Removes an article's sketch and links; returns the keys it was linked to. */
  remove(key: string): string[] {
    const rows = this.st.links.all(key, key) as { copy_key: string; original_key: string }[];
    this.st.dropLinks.run(key, key);
    this.st.dropBands.run(key);
    this.st.dropSketch.run(key);
    return rows.map((r) => (r.copy_key === key ? r.original_key : r.copy_key));
  }

  /** (Re)sketches an article and links it to its near-duplicates; returns every key linked before or now. */
  update(a: SketchInput): string[] {
    const before = this.remove(a.key);
    const sig = minhash(a.storyText);
    if (!sig) return before;
    this.st.addSketch.run(a.key, a.outlet ?? null, a.published ?? null, sigToBuffer(sig));
    const candidates = new Set<string>();
    bandHashes(sig).forEach((h, band) => {
      this.st.addBand.run(band, h, a.key);
      for (const r of this.st.band.all(band, h, a.key) as { article_key: string }[]) candidates.add(r.article_key);
    });
    const linked: string[] = [];
    for (const key of [...candidates].sort()) {
      const row = this.st.sketch.get(key) as { article_key: string; outlet: string | null; published: string | null; minhash: Buffer } | undefined;
      if (!row) continue;
      const sim = similarity(sig, bufferToSig(row.minhash));
      if (sim < NEAR_DUP_THRESHOLD) continue;
      const other: Side = { key, outlet: row.outlet, published: row.published, text: (this.st.text.get(key) as { text: string } | undefined)?.text ?? "" };
      const self: Side = { key: a.key, outlet: a.outlet ?? null, published: a.published ?? null, text: a.text };
      const [orig, copy] = originalOf(self, other);
      this.st.addLink.run(copy.key, orig.key, sim);
      linked.push(key);
    }
    return [...new Set([...before, ...linked])];
  }
}
