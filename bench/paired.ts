// Paired A/B of extraction speed between two source trees (issue 3), for a shared, noisy machine.
// Run: node --import tsx bench/paired.ts OLD_TREE NEW_TREE   (each a checkout or copy holding src/ and data/;
//      e.g. `git archive <commit> src data | tar -x -C /tmp/old` for the old one). PAIRED_RUNS=3 repeats the pair.
//
// Each tree runs in its own process, both at once, over the same seeded wire reports: whatever load the other users
// of the machine put on it falls on both alike, and the figure compared is each process's CPU time. Run a tree
// against itself first (the same path twice): on the 2-core host of session 21, with a load average of 10-13, the
// total CPU ratio of such a run stayed within 1.00 +/- 0.01, while wall-clock ratios swung by 10%.
//
// Not two trees imported into one process: measured in session 21, the copy whose lexicons and gazetteer were
// loaded first ran ~1.4x faster than an identical copy loaded second (ratios 0.65-0.75 on identical code, whichever
// was called "new"), so such a comparison measures heap layout, not the change.
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { makeWireReport, prng } from "./util.js";

const WARM = Number(process.env.PAIRED_WARM ?? 800);
const SLICE = Number(process.env.PAIRED_SLICE ?? 25);
const ROUNDS = Number(process.env.PAIRED_ROUNDS ?? 40);

/** Child: extract the warm-up reports, then each round's slice; prints [wall ms, CPU ms] per round as JSON. */
async function child(tree: string): Promise<void> {
  const m = (await import(pathToFileURL(resolve(tree, "src/extract/index.ts")).href)) as typeof import("../src/extract/index.js");
  const r = prng(20241205);
  const run = (n: number, from: number): [number, number] => {
    const ws = Array.from({ length: n }, (_, i) => makeWireReport(r, from + i, 500));
    const c = process.cpuUsage();
    const t = performance.now();
    for (const w of ws) m.extractArticle({ id: w.id, text: w.text, published: w.published, outlet: w.outlet, title: w.title });
    const d = process.cpuUsage(c);
    return [performance.now() - t, (d.user + d.system) / 1000];
  };
  run(WARM, 0);
  const out: [number, number][] = [];
  for (let k = 0; k < ROUNDS; k++) out.push(run(SLICE, WARM + k * SLICE));
  console.log(JSON.stringify(out));
}

function runChild(tree: string): Promise<[number, number][]> {
  return new Promise((ok, fail) => {
    const p = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--child", tree], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    p.stdout.on("data", (b: Buffer) => (out += b.toString()));
    p.on("close", (code) => (code === 0 ? ok(JSON.parse(out.trim().split("\n").at(-1)!) as [number, number][]) : fail(new Error(`${tree}: exit ${code}`))));
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const [flag, tree] = process.argv.slice(2);
  if (flag === "--child") return child(tree!);
  const [oldTree, newTree] = process.argv.slice(2);
  if (!oldTree || !newTree) throw new Error("usage: node --import tsx bench/paired.ts OLD_TREE NEW_TREE");
  const totals: number[] = [];
  for (let i = 0; i < Number(process.env.PAIRED_RUNS ?? 1); i++) {
    const [a, b] = await Promise.all([runChild(oldTree), runChild(newTree)]);
    const sum = (xs: [number, number][], k: 0 | 1) => xs.reduce((s, x) => s + x[k], 0);
    const cpu = sum(a, 1) / sum(b, 1);
    totals.push(cpu);
    const rate = (xs: [number, number][]) => ((xs.length * SLICE) / sum(xs, 0)) * 1000;
    console.log(
      `run ${i + 1}: new/old speed, CPU time ${cpu.toFixed(3)} (median of ${a.length} rounds ${median(a.map((x, k) => x[1] / b[k]![1])).toFixed(3)}); ` +
        `wall ${(sum(a, 0) / sum(b, 0)).toFixed(3)}; old ${rate(a).toFixed(0)}/s, new ${rate(b).toFixed(0)}/s`,
    );
  }
  if (totals.length > 1) console.log(`median of ${totals.length} runs: ${median(totals).toFixed(3)} (runs ${totals.map((x) => x.toFixed(3)).join(" ")})`);
}

await main();
