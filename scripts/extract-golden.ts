// Extraction's whole output as normalized JSONL, so a refactor that must not change behaviour (a
// function split into steps for V8's sake, a faster data structure) is proven byte-identical with cmp:
//   node --import tsx scripts/extract-golden.ts /tmp/before.jsonl   (on the old commit)
//   node --import tsx scripts/extract-golden.ts /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl
// Texts: every tuning set and the shared dev set (tuningSets: never a sealed held-out set) and 500
// generated bench reports. Per text, one line: the events and the held events (with the keep-check's
// probability) as extractArticle returns them, and the rules' events with the check off. Timestamps
// (the clock at extraction) are zeroed.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractArticle } from "../src/extract/index.js";
import type { ExtractInput } from "../src/types.js";
import type { Event } from "../src/event.js";
import { tuningSets } from "../eval/extract/sets.js";
import { makeWireReport, prng } from "../bench/util.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = process.argv[2];
if (!out) {
  console.error("usage: node --import tsx scripts/extract-golden.ts OUT.jsonl");
  process.exit(2);
}
const BENCH_TEXTS = 500;

const inputs: { set: string; input: ExtractInput }[] = [];
for (const [set, path] of tuningSets(root)) {
  for (const c of JSON.parse(readFileSync(path, "utf8")) as ExtractInput[]) {
    inputs.push({ set, input: { id: c.id, text: c.text, published: c.published, outlet: c.outlet, title: c.title } });
  }
}
const r = prng(20241205); // the extract bench's corpus seed
for (let i = 0; i < BENCH_TEXTS; i++) {
  const w = makeWireReport(r, i, 500);
  inputs.push({ set: "bench", input: { id: w.id, text: w.text, published: w.published, outlet: w.outlet, title: w.title } });
}

const norm = (e: Event): Event => ({ ...e, timestamp: 0 });
const lines = inputs.map(({ set, input }) => {
  const a = extractArticle(input);
  const rules = extractArticle(input, { keepCheck: false });
  return JSON.stringify({
    set, id: input.id, events: a.events.map(norm), skipped: a.skipped,
    held: a.held?.map((h) => ({ event: norm(h.event), probability: h.probability })),
    rules: rules.events.map(norm), rulesSkipped: rules.skipped,
  });
});
writeFileSync(out, lines.join("\n") + "\n");
console.log(`${inputs.length} texts -> ${out}`);
