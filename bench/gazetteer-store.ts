// The user gazetteer store (src/geo/user-store.ts) at scale: import time, size on disk, gazetteer
// warm-up time and RSS at startup, and extraction throughput with and without the store.
// With no settings it makes a 100k-place synthetic dump (scripts/synthetic-geonames.ts) in a
// temporary directory. For allCountries scale, make the dump once and point the bench at it:
//   node --import tsx scripts/synthetic-geonames.ts 5000000 /tmp/synth-5m.txt
//   BENCH_GAZ_DUMP=/tmp/synth-5m.txt BENCH_GAZ_STORE=/tmp/gz5m.db node --import tsx bench/gazetteer-store.ts
// BENCH_GAZ_STORE alone (an existing store) skips the import. Startup is measured in fresh child
// processes, alternating with and without the store; extraction alternates in one process (the
// store detached and attached between rounds, on different texts, so no cache sees a text twice).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractArticle } from "../src/extract/index.js";
import { exactRows, gazetteer } from "../src/geo/gazetteer.js";
import { findPlaces } from "../src/geo/index.js";
import { cpuClock, makeWireReport, prng, rssMb, type WireReport } from "./util.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const N_TEXTS = Number(process.env.BENCH_GAZ_TEXTS ?? 600);
const ROUNDS = 6;
const STARTS = Number(process.env.BENCH_GAZ_STARTS ?? 3);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Runs a snippet in a fresh node (through tsx) with the given store path; returns its JSON line. */
function child(code: string, env: Record<string, string>): Record<string, number> {
  const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], {
    cwd: ROOT, env: { ...process.env, SITREP_GAZETTEER_USER: "/nonexistent/user.tsv", ...env }, encoding: "utf8", maxBuffer: 1 << 24,
  });
  return JSON.parse(out.trim().split("\n").pop()!) as Record<string, number>;
}

const IMPORT = (dump: string) => `
const { importGeonamesDump } = await import(${JSON.stringify(join(ROOT, "src/geo/index.ts"))});
const t0 = performance.now();
const r = await importGeonamesDump(${JSON.stringify(dump)});
console.log(JSON.stringify({ ...r, ms: performance.now() - t0, maxRssMb: process.resourceUsage().maxRSS / 1024 }));`;

const STARTUP = `
const { gazetteer } = await import(${JSON.stringify(join(ROOT, "src/geo/gazetteer.ts"))});
const rss0 = process.memoryUsage().rss;
const t0 = performance.now();
const g = gazetteer();
const ms = performance.now() - t0;
console.log(JSON.stringify({ ms, rssMb: process.memoryUsage().rss / 1e6, addedMb: (process.memoryUsage().rss - rss0) / 1e6, stored: g.store?.places ?? 0 }));`;

export async function bench(): Promise<void> {
  let dir: string | null = null;
  let store = process.env.BENCH_GAZ_STORE;
  let dump = process.env.BENCH_GAZ_DUMP;
  if (!store || !dump && !existsSync(store)) {
    dir = mkdtempSync(join(tmpdir(), "sitrep-gazbench-"));
    store ??= join(dir, "store.db");
    if (!dump) {
      dump = join(dir, "dump.txt");
      execFileSync(process.execPath, ["--import", "tsx", "scripts/synthetic-geonames.ts", "100000", dump], { cwd: ROOT, stdio: "ignore" });
    }
  }
  try {
    if (dump) {
      if (existsSync(store)) rmSync(store);
      const r = child(IMPORT(dump), { SITREP_GAZETTEER_STORE: store });
      console.log(`import: ${r.places} places in ${(r.ms / 1000).toFixed(1)} s (${((r.places / r.ms) * 1000).toFixed(0)} places/s); store ${(statSync(store).size / 1e6).toFixed(0)} MB on disk; peak RSS ${r.maxRssMb!.toFixed(0)} MB`);
    }

    // Startup, alternating: the machine's load drifts.
    const off: Record<string, number>[] = [], on: Record<string, number>[] = [];
    for (let i = 0; i < STARTS; i++) {
      off.push(child(STARTUP, { SITREP_GAZETTEER_STORE: "/nonexistent/store.db" }));
      on.push(child(STARTUP, { SITREP_GAZETTEER_STORE: store }));
    }
    const show = (xs: Record<string, number>[]) => `load ${median(xs.map((x) => x.ms)).toFixed(0)} ms, RSS ${median(xs.map((x) => x.rssMb!)).toFixed(0)} MB`;
    console.log(`startup (median of ${STARTS}): without store ${show(off)}; with store (${on[0]!.stored} places) ${show(on)}`);
    console.log(`  store adds ${(median(on.map((x) => x.ms)) - median(off.map((x) => x.ms))).toFixed(0)} ms and ${(median(on.map((x) => x.rssMb!)) - median(off.map((x) => x.rssMb!))).toFixed(0)} MB`);

    if (!N_TEXTS) return; // BENCH_GAZ_TEXTS=0: import and startup only
    // Extraction, in this process: the store attached in odd rounds, detached in even ones.
    process.env.SITREP_GAZETTEER_USER = "/nonexistent/user.tsv";
    process.env.SITREP_GAZETTEER_STORE = store;
    const g = gazetteer();
    const attached = g.store!;
    const rnd = prng(20261126);
    const texts: WireReport[] = Array.from({ length: N_TEXTS + 100 }, (_, i) => makeWireReport(rnd, i, 500));
    const run = (ws: WireReport[]) => {
      const cpu = cpuClock();
      const t0 = performance.now();
      for (const w of ws) extractArticle({ id: w.id, text: w.text, published: w.published, outlet: w.outlet, title: w.title });
      return { wall: performance.now() - t0, cpu: cpu() };
    };
    run(texts.slice(N_TEXTS)); // warm-up with the store attached
    const per = N_TEXTS / ROUNDS;
    const ms = { off: { wall: 0, cpu: 0 }, on: { wall: 0, cpu: 0 } };
    let places = { off: 0, on: 0 };
    for (let r = 0; r < ROUNDS; r++) {
      // Each round's slice is read once, with or without the store, alternating which comes first.
      const slice = texts.slice(r * per, (r + 1) * per);
      const half = Math.floor(slice.length / 2);
      for (const [which, ws] of (r % 2 ? [["on", slice.slice(0, half)], ["off", slice.slice(half)]] : [["off", slice.slice(0, half)], ["on", slice.slice(half)]]) as ["on" | "off", WireReport[]][]) {
        g.store = which === "on" ? attached : null;
        const t = run(ws);
        ms[which].wall += t.wall;
        ms[which].cpu += t.cpu;
      }
    }
    g.store = attached;
    // CPU time as well as wall time: on a shared machine the wall clock mostly measures the neighbours.
    const rate = (t: number) => (N_TEXTS / 2) / (t / 1000);
    const cmp = (k: "wall" | "cpu") => `${rate(ms.off[k]).toFixed(0)} -> ${rate(ms.on[k]).toFixed(0)} articles/s (${((rate(ms.on[k]) / rate(ms.off[k]) - 1) * 100).toFixed(1)}%)`;
    console.log(`extractArticle (${N_TEXTS} generated reports, halves alternating), without -> with store: wall ${cmp("wall")}; CPU ${cmp("cpu")}; RSS ${rssMb()} MB`);

    // findPlaces alone, the lookup-heavy part, same texts both ways.
    const fp = (on: boolean) => {
      g.store = on ? attached : null;
      const t0 = performance.now();
      let n = 0;
      for (const w of texts.slice(0, N_TEXTS)) n += findPlaces(w.text).length;
      places = { ...places, [on ? "on" : "off"]: n };
      return performance.now() - t0;
    };
    const fpMs = { off: 0, on: 0 };
    for (let r = 0; r < 3; r++) { fpMs.off += fp(false); fpMs.on += fp(true); }
    g.store = attached;
    console.log(`findPlaces (${N_TEXTS} reports x3): without store ${(fpMs.off / 3 / N_TEXTS * 1000).toFixed(0)} µs/report (${places.off} mentions), with store ${(fpMs.on / 3 / N_TEXTS * 1000).toFixed(0)} µs/report (${places.on} mentions)`);

    // A name the store lacks, the common case: the key filter answers, SQLite is not asked.
    const misses = Array.from({ length: 200_000 }, (_, i) => `nowhere ${i} ${Math.floor(rnd() * 1e9)}`);
    const missNs = (on: boolean) => {
      g.store = on ? attached : null;
      const t0 = performance.now();
      for (const k of misses) exactRows(k, g);
      return ((performance.now() - t0) * 1e6) / misses.length;
    };
    const mOff: number[] = [], mOn: number[] = [];
    for (let r = 0; r < 3; r++) { mOff.push(missNs(false)); mOn.push(missNs(true)); }
    g.store = attached;
    console.log(`exactRows of an absent name: without store ${median(mOff).toFixed(0)} ns, with store ${median(mOn).toFixed(0)} ns`);
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await bench();
