// What would a complete gazetteer give? Writes a user-gazetteer file (the format of
// `sitrep gazetteer import`) holding every gold scene name of the tuning sets that the shipped
// gazetteer lacks, at the gold point. Score with it to get an upper bound on what importing a full
// GeoNames dump (allCountries, with every village) could add; never ship or tune on it:
//   node --import tsx eval/extract/oracle-gazetteer.ts /tmp/oracle.tsv
//   SITREP_GAZETTEER_USER=/tmp/oracle.tsv npm run eval -- --only tune12
// Reads the tuning sets; with --sealed, the sealed held-out sets instead, for the bound on unseen
// reports (read its F1 lines as counts only: never tune on them).
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import { exactRows } from "../../src/geo/gazetteer.js";
import { fold } from "../../src/geo/fold.js";
import { placeToLine } from "../../src/geo/rows.js";
import { sealedSets, tuningSets } from "./sets.js";
import type { GoldCase } from "./score.js";

const out = process.argv[2];
if (!out) throw new Error("usage: oracle-gazetteer.ts OUT.tsv [--sealed]");
const root = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const added = new Set<string>();
const lines: string[] = [];
for (const [, path] of process.argv.includes("--sealed") ? sealedSets(root) : tuningSets(root)) {
  for (const c of JSON.parse(readFileSync(path, "utf8")) as (GoldCase & { events: { location?: { name?: string; country?: string; lat: number; lon: number } }[] })[]) {
    for (const e of c.events) {
      const l = e.location;
      // "Aynata (near Bint Jbeil)" -> "Aynata"; "Kutupalong camp" -> "Kutupalong".
      const name = l?.name?.split(/[(,]/)[0]!.replace(/\s+(?:camp|township|forest|airfield|oil terminal|valley)$/i, "").trim();
      if (!l || !name || !l.country || !c.text?.includes(name)) continue;
      const key = fold(name);
      if (exactRows(key).length || added.has(key)) continue;
      added.add(key);
      lines.push(placeToLine({ id: null, name, country: l.country, a1: "", a2: "", fcode: "PPL", pop: 0, lat: l.lat, lon: l.lon, kind: "place", aliases: [] }));
    }
  }
}
writeFileSync(out, lines.join("\n") + "\n");
console.log(`${lines.length} scene names the shipped gazetteer lacks -> ${out}`);
