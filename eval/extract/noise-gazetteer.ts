// What would a full GeoNames import cost in false places? allCountries holds millions of villages,
// and many share a name with a person, a people, a party or an ordinary word in the news. This writes
// a user-gazetteer file (the format of `sitrep gazetteer import`) that turns the capitalised words of
// the eval texts that the shipped gazetteer lacks into villages (population 0), as a stress proxy:
//   name-like words (not in the English dictionary) with probability 0.5 x SCALE,
//   dictionary words 0.15 x SCALE, all-capital words 0.1 x SCALE, two name-like words in a row 0.1 x SCALE;
//   each in the case's own country with probability OWN, else in a random country.
// Add BASE (an oracle file from oracle-gazetteer.ts) to see how much of the oracle's gain survives:
//   node --import tsx eval/extract/oracle-gazetteer.ts /tmp/oracle.tsv
//   node --import tsx eval/extract/noise-gazetteer.ts /tmp/noisy.tsv --own 1 --scale 2 --base /tmp/oracle.tsv
//   SITREP_GAZETTEER_USER=/tmp/noisy.tsv npm run eval
// Reads the tuning sets; with --sealed, the sealed held-out sets (counts only: never tune on them).
// Needs an English word list (Debian package wamerican: /usr/share/dict/words).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { exactRows, gazetteer, looseRows } from "../../src/geo/gazetteer.js";
import { fold, looseKey } from "../../src/geo/fold.js";
import { placeToLine } from "../../src/geo/rows.js";
import { prng } from "../../src/util/prng.js";
import { sealedSets, tuningSets } from "./sets.js";
import type { GoldCase } from "./score.js";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { own: { type: "string", default: "0.5" }, scale: { type: "string", default: "1" }, base: { type: "string" }, sealed: { type: "boolean" }, dict: { type: "string", default: "/usr/share/dict/words" } },
});
const out = positionals[0];
if (!out) throw new Error("usage: noise-gazetteer.ts OUT.tsv [--own P] [--scale S] [--base ORACLE.tsv] [--sealed]");
if (!existsSync(values.dict)) throw new Error(`no English word list at ${values.dict} (apt-get install wamerican, or pass --dict FILE)`);
const own = Number(values.own), scale = Number(values.scale);
const root = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const g = gazetteer();
const dict = new Set(readFileSync(values.dict, "utf8").split("\n").filter((w) => /^[a-z]/.test(w)));
const rand = prng(7);
const countries = [...g.countries.values()];
const lines = values.base ? readFileSync(values.base, "utf8").trim().split("\n") : [];
const seen = new Set(lines.map((l) => fold(l.split("\t")[1] ?? "")));
const known = (k: string) => exactRows(k).length > 0 || looseRows(looseKey(k)).length > 0 || seen.has(k);
const allCaps = (w: string) => /^\p{Lu}+$/u.test(w);
const nameLike = (w: string) => !dict.has(w.toLowerCase()) && !allCaps(w);
let added = 0;

type Case = Omit<GoldCase, "events"> & { events: { location?: { name?: string; country?: string } }[] };
for (const [, path] of values.sealed ? sealedSets(root) : tuningSets(root)) {
  for (const c of JSON.parse(readFileSync(path, "utf8")) as Case[]) {
    // Never a word of a gold scene: that would be the oracle's job, at the right point.
    const goldWords = new Set(c.events.flatMap((e) => fold(e.location?.name ?? "").split(" ")));
    const home = g.countries.get(c.events[0]?.location?.country ?? "");
    const add = (w: string, p: number) => {
      const k = fold(w);
      if (k.length < 3 || /['’-]/.test(w) || known(k) || k.split(" ").some((x) => goldWords.has(x))) return;
      seen.add(k);
      if (rand() >= p * scale) return;
      const country = home && rand() < own ? home : countries[Math.floor(rand() * countries.length)]!;
      lines.push(placeToLine({
        id: null, name: w, country: country.code, a1: "", a2: "", fcode: "PPL", pop: 0,
        lat: country.lat + (rand() - 0.5) * 3, lon: country.lon + (rand() - 0.5) * 3, kind: "place", aliases: [],
      }));
      added++;
    };
    const text = c.text ?? "";
    for (const [w] of text.matchAll(/\p{Lu}[\p{L}'’-]+/gu)) add(w, allCaps(w) ? 0.1 : nameLike(w) ? 0.5 : 0.15);
    for (const m of text.matchAll(/(\p{Lu}[\p{L}'’-]+) (\p{Lu}[\p{L}'’-]+)/gu)) if (nameLike(m[1]!) && nameLike(m[2]!)) add(m[0], 0.1);
  }
}
writeFileSync(out, lines.join("\n") + "\n");
console.log(`${added} noise villages (+ ${lines.length - added} from --base) -> ${out}`);
