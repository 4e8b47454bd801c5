// `npx tsx eval/pair.ts ORIGINAL.json RETOLD.json`: where a retelling of a set (same facts, same gold,
// new words) loses what the original wording gave. For each case, the gold events matched in one
// telling and missed in the other, with the output events of both tellings, so the wording that broke
// a rule is found by reading two short lists side by side. Never run it on a sealed set
// (paraphrase*.json): their misses must stay unread.
import { loadCases, matchGold, optional, type GoldCase } from "./extract/score.js";
import { extractArticle } from "../src/extract/index.js";
import type { Event } from "../src/event.js";

const [origPath, paraPath] = process.argv.slice(2);
if (!origPath || !paraPath) {
  console.error("usage: npx tsx eval/pair.ts ORIGINAL.json RETOLD.json");
  process.exit(2);
}
if (/paraphrase\d*\.json$|holdout\d*\.json$/.test(paraPath) || /paraphrase\d*\.json$|holdout\d*\.json$/.test(origPath)) {
  console.error("SITREP_E_SEALED_SET: sealed sets are scored by `npm run eval` only; their misses are not listed");
  process.exit(2);
}

const run = (c: GoldCase): Event[] => extractArticle({ id: c.id, text: c.text!, published: c.published, outlet: c.outlet }).events;
const brief = (e: Event) => `${e.event_date} ${e.sub_event_type} @ ${e.location || "?"} | ${e.actor1} | ${e.fatalities}`;

const orig = loadCases(origPath);
const para = new Map(loadCases(paraPath).map((c) => [c.id.replace(/-p$/, ""), c]));
let lost = 0, gained = 0, both = 0;
for (const o of orig) {
  const p = para.get(o.id);
  if (!p) continue;
  const [eo, ep] = [run(o), run(p)];
  const [mo, mp] = [matchGold(o, eo), matchGold(p, ep)];
  const missO = new Set(mo.missed.map((g) => g.id));
  const missP = new Set(mp.missed.map((g) => g.id));
  const required = o.events.filter((g) => !optional(g));
  const lines: string[] = [];
  for (const g of required) {
    if (missP.has(g.id) && !missO.has(g.id)) { lost++; lines.push(`  LOST   ${g.id}`); }
    else if (!missP.has(g.id) && missO.has(g.id)) { gained++; lines.push(`  GAINED ${g.id}`); }
    else if (missP.has(g.id)) both++;
  }
  const extrasO = eo.length - [...mo.matchedTo.values()].length;
  const extrasP = ep.length - [...mp.matchedTo.values()].length;
  if (extrasP > extrasO) lines.push(`  EXTRAS ${extrasO} -> ${extrasP}`);
  if (!lines.length) continue;
  console.log(`${o.id}\n${lines.join("\n")}`);
  console.log(`  original: ${eo.map(brief).join("\n            ") || "no event"}`);
  console.log(`  retold:   ${ep.map(brief).join("\n            ") || "no event"}`);
}
console.log(`\nrequired gold events lost in the retelling ${lost}, gained ${gained}, missed in both ${both}`);
