// Marks the cases of a sealed held-out set that retell an event a tuning set also tells:
// a required event within 3 days and 60 km of a tuning set's event gets its case an
// `overlaps_tuned: "<set> <case id>"`, so `npm run eval` can also score the set without them.
//   node --import tsx scripts/mark-overlaps.ts eval/extract/holdout15.json
// Reads only dates and coordinates of the gold, never the texts, so running it leaks nothing.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { haversineKm } from "../src/util/geo-math.js";

interface Gold { id: string; events: { date_window?: [string, string]; location?: { lat: number; lon: number }; optional?: boolean; required?: boolean }[]; overlaps_tuned?: string }

const target = process.argv[2];
if (!target) throw new Error("usage: mark-overlaps.ts HOLDOUT.json");
const dir = dirname(target);
const tuned = readdirSync(dir).filter((f) => /^(cases|tune\d+)\.json$/.test(f));
const day = (s: string) => Date.parse(s) / 86_400_000;
const points = (c: Gold) => c.events.filter((e) => e.date_window && e.location && !e.optional && e.required !== false);

const cases = JSON.parse(readFileSync(target, "utf8")) as Gold[];
let marked = 0;
for (const c of cases) {
  delete c.overlaps_tuned;
  outer: for (const f of tuned) {
    for (const t of JSON.parse(readFileSync(join(dir, f), "utf8")) as Gold[]) {
      for (const a of points(c)) for (const b of points(t)) {
        const near = Math.abs(day(a.date_window![0]) - day(b.date_window![0])) <= 3 && haversineKm(a.location!.lat, a.location!.lon, b.location!.lat, b.location!.lon) <= 60;
        if (near) {
          c.overlaps_tuned = `${basename(f)} ${t.id}`;
          marked++;
          break outer;
        }
      }
    }
  }
}
writeFileSync(target, JSON.stringify(cases, null, 1) + "\n");
console.log(`${target}: ${marked} of ${cases.length} cases retell an event of ${tuned.join(", ")}`);
