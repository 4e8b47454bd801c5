// Ingest bench (issue 2): articles/s into a fresh SQLite file through the real pipeline
// (ingestPaths: read, decode, parse, chrome/sentences, one transaction per article).
//  - 10,000 generated plain-text wire reports (seeded, 300-600 words) from one JSONL file;
//  - 1,000 generated HTML pages (one file each) through Readability (parseHtml) + SQLite.
// Baselines in the same run: raw better-sqlite3 inserts of the same texts, in one transaction
// and in one transaction per article. Target: >= 2,000 plain articles/s on one core.
// Run: node --import tsx bench/ingest.ts   (BENCH_INGEST_N=2000 BENCH_INGEST_HTML=200 for a quicker run)
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { ingestPaths, tallyLine, type IngestTally } from "../src/pipeline/ingest.js";
import { openStore } from "../src/store/index.js";
import { between, cpuClock, line, makeWireReport, prng, rssMb, summarize, wireReportHtml, type Timing, type WireReport } from "./util.js";

/** Ingests `paths` into a fresh database; per-article time is the gap between onArticle callbacks. */
async function ingestTimed(db: string, paths: string[]): Promise<{ t: Timing; tally: IngestTally; skips: string[] }> {
  const store = await openStore(db);
  const skips: string[] = [];
  try {
    const times: number[] = [];
    const cpu = cpuClock();
    const t0 = performance.now();
    let last = t0;
    const tally = await ingestPaths(store, paths, {
      maxBytes: 1 << 30, // the whole corpus is one JSONL file, larger than the default 20 MB cap
      onSkip: (l) => skips.push(l),
      onArticle: () => {
        const now = performance.now();
        times.push(now - last);
        last = now;
      },
    });
    return { t: summarize(times, performance.now() - t0, cpu()), tally, skips };
  } finally {
    await store.close();
  }
}

/** Raw better-sqlite3: the same texts into a bare table with the store's pragmas. */
function rawInserts(db: string, reports: WireReport[], perArticle: boolean): Timing {
  const d = new Database(db);
  d.pragma("journal_mode = WAL");
  d.pragma("synchronous = NORMAL");
  d.exec("CREATE TABLE articles (id INTEGER PRIMARY KEY, key TEXT UNIQUE, outlet TEXT, published TEXT, text TEXT)");
  const ins = d.prepare("INSERT INTO articles (key, outlet, published, text) VALUES (?, ?, ?, ?)");
  const one = (w: WireReport) => ins.run(w.id, w.outlet, w.published, w.text);
  const times: number[] = [];
  const cpu = cpuClock();
  const t0 = performance.now();
  if (perArticle) {
    const tx = d.transaction(one);
    for (const w of reports) {
      const a = performance.now();
      tx.immediate(w);
      times.push(performance.now() - a);
    }
  } else {
    d.transaction(() => {
      for (const w of reports) {
        const a = performance.now();
        one(w);
        times.push(performance.now() - a);
      }
    })();
  }
  const t = summarize(times, performance.now() - t0, cpu());
  d.close();
  return t;
}

export async function bench(): Promise<void> {
  const n = Number(process.env.BENCH_INGEST_N ?? 10_000);
  const nHtml = Number(process.env.BENCH_INGEST_HTML ?? 1_000);
  const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-ingest-"));
  try {
    const r = prng(20241206);
    const reports = Array.from({ length: n }, (_, i) => makeWireReport(r, i, between(r, 300, 600)));
    const jsonl = join(dir, "corpus.jsonl");
    writeFileSync(jsonl, reports.map((w) => JSON.stringify({ id: w.id, title: w.title, text: w.text, published: w.published, outlet: w.outlet })).join("\n") + "\n");
    const mb = statSync(jsonl).size / 1e6;
    console.log(`ingest: ${n} plain-text reports in one JSONL file (${mb.toFixed(1)} MB, avg ${(reports.reduce((s, w) => s + w.text.length, 0) / n).toFixed(0)} chars), ${nHtml} HTML pages; fresh SQLite files in ${tmpdir()}`);

    const plain = await ingestTimed(join(dir, "plain.db"), [jsonl]);
    console.log(line("ingestPaths JSONL -> SQLite", plain.t, "articles/s", `${(mb / (plain.t.totalMs / 1000)).toFixed(1)} MB/s; ${tallyLine(plain.tally)}`));
    for (const s of plain.skips.slice(0, 3)) console.log(`  skipped: ${s}`);

    // Same file again into the same database: every article is found by content hash.
    const again = await ingestTimed(join(dir, "plain.db"), [jsonl]);
    console.log(line("re-ingest of the same file (idempotent)", again.t, "articles/s", tallyLine(again.tally)));

    console.log(line("baseline raw inserts, one transaction", rawInserts(join(dir, "raw1.db"), reports, false)));
    console.log(line("baseline raw inserts, tx per article", rawInserts(join(dir, "rawN.db"), reports, true)));

    const pages = join(dir, "pages");
    mkdirSync(pages);
    const hr = prng(20241207);
    for (let i = 0; i < nHtml; i++) {
      const w = makeWireReport(hr, i, between(hr, 300, 600));
      writeFileSync(join(pages, `page-${String(i).padStart(5, "0")}.html`), wireReportHtml(w));
    }
    const html = await ingestTimed(join(dir, "html.db"), [pages]);
    console.log(line("ingestPaths HTML files (Readability) -> SQLite", html.t, "articles/s", tallyLine(html.tally)));
    for (const s of html.skips.slice(0, 3)) console.log(`  skipped: ${s}`);

    const ok = (x: number) => (x >= 2000 ? "met" : "NOT met");
    const cpuRate = plain.t.perCpuSec ?? 0;
    console.log(`target >= 2,000 plain articles/s on one core: wall ${ok(plain.t.perSec)} (${plain.t.perSec.toFixed(0)}), per CPU-second ${ok(cpuRate)} (${cpuRate.toFixed(0)}); load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores; RSS ${rssMb()} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await bench();
