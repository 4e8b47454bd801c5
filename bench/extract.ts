// Extraction bench (issue 3): articles/s and words/s of extractArticle on ~500-word generated wire
// reports (seeded), with compromise's people/places/organizations pass over the same texts as the
// baseline in the same run. Target: >= 300 articles/s on one core and >= 5x the compromise pass.
// Run: node --import tsx bench/extract.ts   (BENCH_EXTRACT_N=200 for a quicker run)
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import nlp from "compromise";
import { extractArticle } from "../src/extract/index.js";
import { line, makeWireReport, prng, rssMb, timeEach, wordCount, type WireReport } from "./util.js";

const WARM = 20;

export async function bench(): Promise<void> {
  const n = Number(process.env.BENCH_EXTRACT_N ?? 500);
  const r = prng(20241205);
  const reports: WireReport[] = Array.from({ length: n }, (_, i) => makeWireReport(r, i, 500));
  const words = reports.reduce((s, w) => s + wordCount(w.text), 0);
  const avgWords = words / n;
  console.log(`extract: ${n} generated wire reports, avg ${avgWords.toFixed(0)} words (${(reports.reduce((s, w) => s + w.text.length, 0) / n).toFixed(0)} chars), one core`);

  // The first call loads the lexicons, actor registry and gazetteer; reported apart from throughput.
  const c0 = performance.now();
  extractArticle({ id: "cold", text: reports[0]!.text, published: reports[0]!.published, outlet: reports[0]!.outlet });
  console.log(`first call (loads lexicons, actors, gazetteer): ${(performance.now() - c0).toFixed(0)} ms; RSS ${rssMb()} MB`);

  const extract = (w: WireReport) => extractArticle({ id: w.id, text: w.text, published: w.published, outlet: w.outlet, title: w.title });
  for (const w of reports.slice(0, WARM)) extract(w); // JIT warm-up, untimed
  let events = 0;
  let skipped = 0;
  const ex = timeEach(reports, (w) => {
    const res = extract(w);
    events += res.events.length;
    if (res.skipped) skipped++;
  });
  const exWords = ex.perSec * avgWords;
  console.log(line("extractArticle", ex, "articles/s", `${(exWords / 1000).toFixed(1)}k words/s, ${(events / n).toFixed(2)} events/article, ${skipped} skipped`));

  const cp = timeEach(reports, (w) => {
    const doc = nlp(w.text);
    doc.people().out("array");
    doc.places().out("array");
    doc.organizations().out("array");
  }, WARM);
  console.log(line("baseline compromise people/places/orgs", cp, "articles/s", `${((cp.perSec * avgWords) / 1000).toFixed(1)}k words/s`));

  // Both passes ran back to back on the same texts, so the ratio holds up better than either rate
  // when the machine is shared; the CPU-second rates are the one-core figures.
  const ratio = ex.perSec / cp.perSec;
  const cpuRate = ex.perCpuSec ?? ex.perSec;
  const ok = (b: boolean) => (b ? "met" : "NOT met");
  console.log(`ratio extractArticle / compromise: ${ratio.toFixed(2)}x (target >= 5x: ${ok(ratio >= 5)}); >= 300 articles/s per core: ${ok(cpuRate >= 300)} (${cpuRate.toFixed(0)} per CPU-second); load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores; RSS ${rssMb()} MB`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await bench();
