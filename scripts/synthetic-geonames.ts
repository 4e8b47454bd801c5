// Writes a synthetic GeoNames dump (allCountries.txt format, 19 tab-separated columns) of N
// populated places with invented names, for measuring `sitrep gazetteer import` and lookups at
// the scale of allCountries (~5M populated places). Never commit the output; write it to /tmp.
//   node --import tsx scripts/synthetic-geonames.ts 1000000 /tmp/synth-1m.txt
// Names are 2-4 invented syllables (so some repeat across countries, as village names do), each
// with ~4 alternate names (a vowel variant, an article form, a suffix form, another invented
// name). SHARED_FRACTION of places take a name of the shipped gazetteer instead (allCountries has
// many villages named like towns), so that lookups of real names in report text hit the store.
import { createWriteStream, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { once } from "node:events";
import { DATA_DIR } from "../src/geo/gazetteer.js";
import { parsePlaceLine } from "../src/geo/rows.js";
import { prng } from "../src/util/prng.js";

const SYLLABLES = "ka ri mo tan bel dar sha kol mu zen ta lor vi ne gu ash ol bri sen dra ki po lem yar tum nor ghi sab e fa wen zu rok il ma hun tes ja rim o bul kez dov ur pra sil gan teh ya mir cho lun ed".split(" ");
const COUNTRIES = "AF IQ SY YE SO SD SS NG ML BF NE CD CF ET KE MZ UA RU PK IN MM PH CO MX LY LB PS TD CM".split(" ");
const SHARED_FRACTION = 0.02;

const n = Number(process.argv[2]);
const out = process.argv[3];
if (!n || !out) throw new Error("usage: synthetic-geonames.ts N OUT.txt");
const rnd = prng(20261126);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const invented = () => {
  let s = "";
  for (let i = 0, k = 2 + Math.floor(rnd() * 3); i < k; i++) s += pick(SYLLABLES);
  return cap(s);
};
const shipped = gunzipSync(readFileSync(`${DATA_DIR}/places.tsv.gz`)).toString("utf8").split("\n")
  .map(parsePlaceLine).filter((r) => r?.kind === "place").map((r) => r!.name);

const w = createWriteStream(out);
for (let i = 0; i < n; i++) {
  const name = rnd() < SHARED_FRACTION ? pick(shipped) : invented();
  const alts = [name.replace(/a/g, "e").replace(/o/g, "ou"), `Kafr ${name}`, `${name}ovo`, invented()].filter((a) => a !== name);
  const pop = rnd() < 0.9 ? 0 : Math.floor(10 ** (2 + rnd() * 4));
  const line = [9_000_000 + i, name, name, alts.join(","), (rnd() * 140 - 60).toFixed(5), (rnd() * 360 - 180).toFixed(5), "P", rnd() < 0.95 ? "PPL" : "PPLA3",
    pick(COUNTRIES), "", String(1 + Math.floor(rnd() * 30)).padStart(2, "0"), "", "", "", pop, "", "120", "Etc/UTC", "2026-01-01"].join("\t");
  if (!w.write(line + "\n")) await once(w, "drain");
}
w.end();
await once(w, "finish");
console.log(`${n} synthetic places -> ${out}`);
