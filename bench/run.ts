// `npm run bench`: every bench in one process, in sequence, each under a header. A bench that
// fails (or whose module does not load) is reported and the rest still run; the exit code is
// non-zero when any failed. Sizes are chosen so the whole run fits in a few minutes on 2 cores;
// each bench's BENCH_* variables override them. The api bench (100k events, a server child) is last.
// Run: npm run bench            one bench: npm run bench -- extract
import { rssMb } from "./util.js";

interface BenchModule {
  bench(): Promise<void>;
}

const BENCHES: [name: string, load: () => Promise<BenchModule>][] = [
  ["ingest-parse", () => import("./ingest-parse.js")],
  ["ingest", () => import("./ingest.js")],
  ["extract", () => import("./extract.js")],
  ["geocode", () => import("./geocode.js")],
  ["gazetteer-store", () => import("./gazetteer-store.js")],
  ["fuse", () => import("./fuse.js")],
  ["storage", () => import("./storage.js")],
  ["pipeline", () => import("./pipeline.js")],
  ["api", () => import("./api.js")],
];

// Defaults for a run of all benches that finishes in minutes; set the variable to change one.
const RUN_DEFAULTS: Record<string, string> = {
  BENCH_FUSE_N: "20000",
};

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const chosen = only.length ? BENCHES.filter(([name]) => only.includes(name)) : BENCHES;
  if (only.length && chosen.length !== only.length) {
    console.error(`unknown bench: ${only.filter((o) => !BENCHES.some(([n]) => n === o)).join(", ")}; known: ${BENCHES.map(([n]) => n).join(", ")}`);
    process.exitCode = 2;
    return;
  }
  for (const [k, v] of Object.entries(RUN_DEFAULTS)) process.env[k] ??= v;
  console.log(`sitrep bench: node ${process.version}, ${process.platform}/${process.arch}; ${Object.entries(RUN_DEFAULTS).map(([k]) => `${k}=${process.env[k]}`).join(" ")}`);

  const results: { name: string; ok: boolean; secs: number; error?: string }[] = [];
  const start = performance.now();
  for (const [name, load] of chosen) {
    console.log(`\n=== ${name} ${"=".repeat(Math.max(0, 70 - name.length))}`);
    const t0 = performance.now();
    try {
      await (await load()).bench();
      results.push({ name, ok: true, secs: (performance.now() - t0) / 1000 });
    } catch (err) {
      const error = err instanceof Error ? (err.stack ?? err.message) : String(err);
      console.log(`FAILED: ${error}`);
      results.push({ name, ok: false, secs: (performance.now() - t0) / 1000, error: error.split("\n")[0] });
    }
  }

  console.log(`\n=== summary ${"=".repeat(63)}`);
  for (const r of results) console.log(`${r.name.padEnd(14)} ${r.ok ? "ok    " : "FAILED"} ${r.secs.toFixed(1).padStart(7)} s${r.error ? `  ${r.error}` : ""}`);
  console.log(`total ${((performance.now() - start) / 1000).toFixed(1)} s; RSS at end ${rssMb()} MB`);
  if (results.some((r) => !r.ok)) process.exitCode = 1;
}

await main();
