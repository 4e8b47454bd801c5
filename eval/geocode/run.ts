// Geocoding evaluation: toponyms in context (eval/geocode/toponyms.jsonl, written for sitrep)
// resolved with the article text as context, scored against hand-checked coordinates.
//   node --import tsx eval/geocode/run.ts            summary
//   node --import tsx eval/geocode/run.ts --errors   also each miss
//   node --import tsx eval/geocode/run.ts --verify   gold points vs the gazetteer (> 30 km apart)
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { resolvePlace, distanceKm } from "../../src/geo/index.js";
import { candidates } from "../../src/geo/mentions.js";
import { mentionInContext } from "../../src/geo/jsonl.js";

interface Gold { id: string; name: string; context: string; country: string; lat: number; lon: number }

const FILE = join(dirname(fileURLToPath(import.meta.url)), "toponyms.jsonl");

export function loadGold(): Gold[] {
  return readFileSync(FILE, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Gold);
}

/** A name is ambiguous when the gazetteer holds it in more than one country or at points > 161 km apart. */
function ambiguous(name: string): boolean {
  const rows = candidates(name).rows;
  if (new Set(rows.map((r) => r.country)).size > 1) return true;
  return rows.some((a) => rows.some((b) => distanceKm(a.lat, a.lon, b.lat, b.lon) > 161));
}

export async function evalGeocode(opts: { errors?: boolean } = {}): Promise<string[]> {
  const gold = loadGold();
  let countryOk = 0, within161 = 0, amb = 0, ambOk = 0;
  const errs: number[] = [];
  const misses: string[] = [];
  const countries = new Set<string>();
  for (const g of gold) {
    countries.add(g.country);
    const isAmb = ambiguous(g.name);
    if (isAmb) amb++;
    const r = resolvePlace(mentionInContext(g.name, g.context), { text: g.context });
    const want = g.country === "XX" ? "" : g.country;
    const cOk = !!r && r.country === want;
    if (cOk) countryOk++;
    const err = r && r.latitude !== null && r.longitude !== null ? distanceKm(g.lat, g.lon, r.latitude, r.longitude) : Infinity;
    errs.push(err);
    if (err <= 161) { within161++; if (isAmb) ambOk++; }
    if (!cOk || err > 161) misses.push(`${g.id} ${g.name} (${g.country}) -> ${r ? `${r.location} ${r.country} ${r.latitude},${r.longitude}` : "null"} err ${err === Infinity ? "inf" : err.toFixed(0)} km`);
  }
  errs.sort((a, b) => a - b);
  const n = gold.length;
  const median = n % 2 ? errs[(n - 1) / 2]! : (errs[n / 2 - 1]! + errs[n / 2]!) / 2;
  const pct = (x: number) => `${((100 * x) / n).toFixed(1)}%`;
  const lines = [
    `geocode eval: ${n} toponyms, ${countries.size} countries, ${amb} ambiguous names`,
    `  country accuracy   ${pct(countryOk)} (${countryOk}/${n})`,
    `  Acc@161km          ${pct(within161)} (${within161}/${n}); ambiguous names ${amb ? ((100 * ambOk) / amb).toFixed(1) : "-"}%`,
    `  median error       ${median.toFixed(2)} km`,
  ];
  if (opts.errors) lines.push(...misses.map((m) => "  miss " + m));
  return lines;
}

function verify(): string[] {
  const out: string[] = [];
  for (const g of loadGold()) {
    const rows = candidates(g.name).rows.filter((r) => r.country === (g.country === "XX" ? "XX" : g.country));
    const d = Math.min(...rows.map((r) => distanceKm(g.lat, g.lon, r.lat, r.lon)));
    if (!(d <= 30)) out.push(`${g.id} ${g.name} ${g.country}: nearest gazetteer entry ${d === Infinity ? "none" : d.toFixed(0) + " km"}`);
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  if (args.includes("--verify")) console.log(verify().join("\n") || "all gold points within 30 km of a gazetteer entry");
  else console.log((await evalGeocode({ errors: args.includes("--errors") })).join("\n"));
}
