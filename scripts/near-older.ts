// Checks a newly written gold set against every older one before it joins the project: each of its
// events that lies within 5 days and 80 km of an event of another set (tuning, sealed, dev or seed)
// is listed, so the writer can move it or pick another happening. A fresh held-out set that retells a
// tuned event would measure memory, not unseen reports.
//   node --import tsx scripts/near-older.ts eval/extract/holdout14.json
// Reads only dates and coordinates of the other sets, never their texts, so a blind writer may run it.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { haversineKm } from "../src/util/geo-math.js";

interface Gold { id: string; events: { date_window?: [string, string]; location?: { lat: number; lon: number } }[] }

const DAYS = 5;
const KM = 80;
const target = process.argv[2];
if (!target) throw new Error("usage: near-older.ts NEW_SET.json");
const dir = dirname(resolve(target));
const others = readdirSync(dir).filter((f) => f.endsWith(".json") && f !== basename(target)).map((f) => join(dir, f));
for (const shared of ["../../../shared/corpus/dev/cases.json", "../../../shared/corpus/seed/nbc-hama-2024-12-05.gold.json"]) {
  const p = resolve(dir, shared);
  if (existsSync(p)) others.push(p);
}
const day = (s: string) => Date.parse(s) / 86_400_000;
const read = (p: string): Gold[] => {
  const j = JSON.parse(readFileSync(p, "utf8")) as Gold[] | Gold;
  return Array.isArray(j) ? j : [j];
};
const placed = (c: Gold) => (c.events ?? []).filter((e) => e.date_window && e.location);

const older = others.flatMap((p) => read(p).flatMap((c) => placed(c).map((e) => ({ set: basename(p), id: c.id, e }))));
let near = 0;
for (const c of read(target)) {
  for (const a of placed(c)) {
    const [a0, a1] = a.date_window!.map(day);
    for (const o of older) {
      const [b0, b1] = o.e.date_window!.map(day);
      const gap = Math.max(0, a0 - b1, b0 - a1);
      const km = haversineKm(a.location!.lat, a.location!.lon, o.e.location!.lat, o.e.location!.lon);
      if (gap <= DAYS && km <= KM) {
        near++;
        console.log(`${c.id}: ${a.date_window!.join("..")} is ${gap} days and ${Math.round(km)} km from an event of ${o.set} (${o.id})`);
        break;
      }
    }
  }
}
console.log(`${near} events of ${basename(target)} lie within ${DAYS} days and ${KM} km of an older set's event`);
