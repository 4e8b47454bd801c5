// Fusion eval: loads eval/fuse/clusters.json into a temporary SQLite store through the real
// path (putArticle + saveExtraction, articles in a seeded shuffled order) and scores the
// "same event" decision over every pair of reports against the gold clusters.
// Run: node --import tsx eval/fuse/run.ts
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Event } from "../../src/event.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import { sampleArticle } from "../../src/fuse/sample-event.js";

interface GoldReport { article: { key: string; outlet: string; published: string; text: string }; event: Event }
interface GoldCluster { id: string; scenario: string; expect_verification?: string; reports: GoldReport[] }

export const TARGET = { precision: 0.95, recall: 0.9 };

function shuffle<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export async function evalFuse(): Promise<string[]> {
  const gold = JSON.parse(readFileSync(fileURLToPath(new URL("./clusters.json", import.meta.url)), "utf8")) as { clusters: GoldCluster[] };
  const dir = mkdtempSync(join(tmpdir(), "sitrep-eval-fuse-"));
  const store = new SqliteStore(join(dir, "eval.db"));
  try {
    const reports = gold.clusters.flatMap((c) => c.reports.map((r) => ({ ...r, cluster: c.id })));
    for (const r of shuffle(reports, 7)) {
      const a = await store.putArticle(sampleArticle(r.article.key, r.article.text, { outlet: r.article.outlet, published: r.article.published }));
      await store.saveExtraction(a.id, [r.event]);
    }
    const predicted = new Map<string, string>(); // report id -> canonical event id
    const events = await store.listEvents({});
    for (const s of events) for (const row of await store.reportsOf(s.event.event_id_cnty)) predicted.set(row.event.event_id_cnty, s.event.event_id_cnty);

    let tp = 0, fp = 0, fn = 0;
    const errors: string[] = [];
    for (let i = 0; i < reports.length; i++) {
      for (let j = i + 1; j < reports.length; j++) {
        const a = reports[i]!, b = reports[j]!;
        const same = a.cluster === b.cluster;
        const said = predicted.get(a.event.event_id_cnty) === predicted.get(b.event.event_id_cnty);
        if (same && said) tp++;
        else if (said) {
          fp++;
          if (errors.length < 8) errors.push(`  merged apart: ${a.cluster} ${a.event.event_id_cnty} / ${b.cluster} ${b.event.event_id_cnty} (${gold.clusters.find((c) => c.id === b.cluster)!.scenario})`);
        } else if (same) {
          fn++;
          if (errors.length < 8) errors.push(`  split: ${a.cluster} ${a.event.event_id_cnty} / ${b.event.event_id_cnty} (${gold.clusters.find((c) => c.id === a.cluster)!.scenario})`);
        }
      }
    }
    const precision = tp / (tp + fp || 1);
    const recall = tp / (tp + fn || 1);
    // Verification: the level of the event holding most of each gold cluster's reports.
    let vOk = 0, vAll = 0;
    const byId = new Map(events.map((s) => [s.event.event_id_cnty, s.event]));
    for (const c of gold.clusters) {
      if (!c.expect_verification) continue;
      vAll++;
      const ev = byId.get(predicted.get(c.reports[0]!.event.event_id_cnty)!);
      if (ev?.verification === c.expect_verification) vOk++;
      else if (errors.length < 12) errors.push(`  verification ${c.id} (${c.scenario}): expected ${c.expect_verification}, got ${ev?.verification} (${ev?.verification_reason})`);
    }
    const dups = await store.nearDuplicates();
    const wireCopies = gold.clusters.filter((c) => c.scenario === "wire copy").length;
    return [
      `fusion eval: ${gold.clusters.length} gold clusters, ${reports.length} reports, ${events.length} predicted events`,
      `pairwise precision ${precision.toFixed(3)} (target ${TARGET.precision}), recall ${recall.toFixed(3)} (target ${TARGET.recall}); tp ${tp} fp ${fp} fn ${fn}`,
      `verification level matches gold: ${vOk}/${vAll}`,
      `near-duplicate links: ${dups.length} (gold wire copies: ${wireCopies})`,
      ...errors,
    ];
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const line of await evalFuse()) console.log(line);
}
