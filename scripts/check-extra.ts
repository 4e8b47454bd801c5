// Checks curated gazetteer points: every new place or feature in data/gazetteer/extra.tsv must
// reverse-geocode into its stated country (and, with an admin1 column, into that province). A wrong
// recalled position (a swapped sign, a digit slip, a namesake's point) shows up as a row abroad.
// Usage: node --import tsx scripts/check-extra.ts [--from LINE]; exit 1 when a row fails.
// The country shapes are coarse (Metula, on the border, falls in Lebanon), so a point passes when its
// country lies within EDGE_KM of it; a recalled position's real errors (a sign, a digit, a namesake)
// land tens or hundreds of kilometres away.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { reverseGeocode, offsetPoint } from "../src/geo/index.js";

const EDGE_KM = 8;
const countryAt = (lat: number, lon: number) => reverseGeocode(lat, lon)?.country ?? "none";

/** Whether the point lies in `country`, or within EDGE_KM of it (8 bearings, at 1/2 and all of EDGE_KM). */
function inOrNear(country: string, lat: number, lon: number): boolean {
  if (countryAt(lat, lon) === country) return true;
  for (const km of [EDGE_KM / 2, EDGE_KM]) for (let b = 0; b < 360; b += 45) {
    const p = offsetPoint(lat, lon, km, b);
    if (countryAt(p.lat, p.lon) === country) return true;
  }
  return false;
}

export interface ExtraCheck { line: number; name: string; country: string; got: string; }

/** The rows of extra.tsv (from `fromLine` on, 1-based) whose point lies outside their stated country. */
export function checkExtraCountries(text: string, fromLine = 1): ExtraCheck[] {
  const bad: ExtraCheck[] = [];
  const lines = text.split("\n");
  for (let i = Math.max(0, fromLine - 1); i < lines.length; i++) {
    const l = lines[i]!;
    if (!l || l.startsWith("#") || l.startsWith("kind\t")) continue;
    const [kind, country, names, of, lat, lon] = l.split("\t");
    if (of || kind === "admin1" || country === "XX" || !lat || !lon) continue;
    if (!inOrNear(country!, +lat, +lon)) bad.push({ line: i + 1, name: names!.split("|")[0]!, country: country!, got: countryAt(+lat, +lon) });
  }
  return bad;
}

if (process.argv[1]?.endsWith("check-extra.ts")) {
  const from = process.argv.includes("--from") ? Number(process.argv[process.argv.indexOf("--from") + 1]) : 1;
  const text = readFileSync(join(import.meta.dirname, "..", "data", "gazetteer", "extra.tsv"), "utf8");
  const bad = checkExtraCountries(text, from);
  for (const b of bad) console.log(`line ${b.line}: ${b.name} (${b.country}) falls in ${b.got}`);
  console.log(`${bad.length} row(s) outside their country`);
  process.exitCode = bad.length ? 1 : 0;
}
