// API bench: autocannon against `sitrep serve`'s app on a temp SQLite database of 100,000
// generated events (seeded), plus territory reports stored through fusion so control has periods.
// Routes: events list (bbox + date filter, limit 100), event detail, control as-of; GET /health is
// the baseline in the same run (framework + HTTP cost with no store work).
// The server runs in a child process, so the load generator does not share its event loop.
// Run: node --import tsx bench/api.ts   (BENCH_API_N=20000 BENCH_API_SECONDS=3 for a quicker run)
import { createRequire } from "node:module";
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openStore } from "../src/store/index.js";
import { buildApp } from "../src/api/app.js";
import { generateEvents, rng, sampleEvent } from "../src/api/sample-data.js";
import { parseJsonlLine } from "../src/ingest/index.js";

interface CannonResult {
  latency: { p50: number; p99: number; average: number };
  requests: { average: number };
  non2xx: number;
  errors: number;
}
type Cannon = (opts: Record<string, unknown>) => Promise<CannonResult>;
// autocannon ships no types; its promise API is used through require.
const autocannon = createRequire(import.meta.url)("autocannon") as Cannon;

const ACTORS = ["Military Forces of Syria (2000-2024)", "Hayat Tahrir al-Sham", "Syrian National Army", "Syrian Democratic Forces"];

export async function bench(): Promise<void> {
  const n = Number(process.env.BENCH_API_N ?? 100_000);
  const seconds = Number(process.env.BENCH_API_SECONDS ?? 5);
  const territoryPlaces = Number(process.env.BENCH_API_PLACES ?? 300);
  const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-api-"));
  const store = await openStore(join(dir, "bench.db"));
  try {
    let t = performance.now();
    const events = generateEvents(n, 7);
    for (let i = 0; i < events.length; i += 10_000) await store.putEvents(events.slice(i, i + 10_000));
    console.log(`seeded ${n} events in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    // Control: a few changes of hands per place, each from its own article, through fusion.
    t = performance.now();
    const r = rng(11);
    let reports = 0;
    for (let p = 0; p < territoryPlaces; p++) {
      const lat = Math.round((32 + r() * 5) * 1e4) / 1e4;
      const lon = Math.round((35 + r() * 6) * 1e4) / 1e4;
      for (let k = 0; k < 3; k++) {
        const date = new Date(Date.UTC(2023, 0, 1) + Math.floor((k * 240 + r() * 200) * 86400000)).toISOString().slice(0, 10);
        const key = `bench-territory-${p}-${k}`;
        const article = parseJsonlLine(
          JSON.stringify({ id: key, outlet: `Bench Outlet ${k}`, published: date, text: `Generated report ${p}/${k}: control of Town ${p} changed hands on ${date}.` }),
          "bench", 1,
        );
        const { id } = await store.putArticle(article);
        const winner = ACTORS[(p + k + 1) % ACTORS.length]!;
        const loser = ACTORS[(p + k) % ACTORS.length]!;
        await store.saveExtraction(id, [
          sampleEvent({
            event_id_cnty: `TER${p}-${k}`, event_date: date, sub_event_type: winner.startsWith("Military") ? "Government regains territory" : "Non-state actor overtakes territory",
            actor1: winner, actor2: loser, location: `Town ${p}`, latitude: lat, longitude: lon, articles: [key], source: `Bench Outlet ${k}`,
            claims: [{ source: `Bench Outlet ${k}`, stance: "asserts", kind: "outlet" }],
          }),
        ]);
        reports++;
      }
    }
    console.log(`fused ${reports} territory reports over ${territoryPlaces} places in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    const ids = events.filter((_, i) => i % 97 === 0).map((e) => e.event_id_cnty);
    events.length = 0;
    await store.close();
    const server = await startServer(join(dir, "bench.db"));
    const base = `http://127.0.0.1:${server.port}/api/v1`;
    let next = 0;
    const runs: [string, string, ((req: { path: string }) => { path: string }) | undefined][] = [
      ["baseline GET /health", `${base}/health`, undefined],
      ["events list (bbox + month, limit 100)", `${base}/events?bbox=35,31,40,35&since=2024-03-01&until=2024-03-31&limit=100`, undefined],
      ["events list (no filter, limit 100)", `${base}/events?limit=100`, undefined],
      ["event detail (rotating ids)", `${base}/events/${ids[0]}`, (req) => ({ ...req, path: `/api/v1/events/${ids[next++ % ids.length]}` })],
      ["control as-of (points)", `${base}/control?at=2024-06-01`, undefined],
    ];
    for (const connections of [1, 10]) {
      console.log(`\nautocannon: ${connections} connection(s), ${seconds} s per route, ${n} events`);
      console.log("route".padEnd(40), "p50 ms".padStart(8), "p99 ms".padStart(8), "req/s".padStart(9), "non-2xx".padStart(8));
      for (const [name, url, setup] of runs) {
        const res = await autocannon({ url, connections, duration: seconds, ...(setup ? { requests: [{ setupRequest: setup }] } : {}) });
        console.log(name.padEnd(40), String(res.latency.p50).padStart(8), String(res.latency.p99).padStart(8), res.requests.average.toFixed(0).padStart(9), String(res.non2xx + res.errors).padStart(8));
      }
    }
    server.child.kill("SIGTERM");
    await once(server.child, "exit");
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs this file as `--serve DB` in a child process and waits for the port it prints. */
async function startServer(db: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--serve", db], { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  for await (const chunk of child.stdout!) {
    out += String(chunk);
    const m = /listening (\d+)/.exec(out);
    if (m) return { child, port: Number(m[1]) };
  }
  throw new Error(`bench server exited: ${out}`);
}

async function serve(db: string): Promise<void> {
  const store = await openStore(db);
  const app = await buildApp({ store, webDist: false });
  await app.listen({ port: 0, host: "127.0.0.1" });
  console.log(`listening ${(app.server.address() as { port: number }).port}`);
  process.once("SIGTERM", () => void app.close().then(() => store.close()).then(() => process.exit(0)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf("--serve");
  if (i > 0) await serve(process.argv[i + 1]!);
  else await bench();
}
