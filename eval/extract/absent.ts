// Where the "nothing close" misses go: for each required gold event the scorer found no output event near
// (no unmatched output agreeing on two of type, date and place), says what became of it:
//   held by keep-check   the rules built a fitting event (all three fields, or two) and the learned check dropped it;
//   merged into a matched event (TD|DP|TP|TDP)   an output event matched to another gold event agrees on those
//                        fields: two happenings came out as one;
//   spare output 1 field  an unmatched output agrees on only that field;
//   dropped mention on its date: REASON   a mention dated within the gold window was dropped (background, negated …);
//   no mention …          the rules found nothing at all.
// usage: node --import tsx eval/extract/absent.ts [--only NAME] [--verbose] [--sealed]
// --sealed reads the sealed held-out sets: counts only (--verbose is refused there), never for tuning.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCases, matchGold, type GoldCase, type GoldEvent } from "./score.js";
import { sealedSets, tuningSets } from "./sets.js";
import { extractArticle } from "../../src/extract/index.js";
import { buildContext } from "../../src/extract/context.js";
import { findMentions, type Mention } from "../../src/extract/mentions.js";
import { haversineKm } from "../../src/util/geo-math.js";
import type { Event } from "../../src/event.js";

const root = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const arr = <T>(v: T | T[] | undefined): T[] => (v == null ? [] : Array.isArray(v) ? v : [v]);
const fields: [string, (g: GoldEvent, e: Event) => boolean][] = [
  ["T", (g, e) => !g.event_type || arr(g.event_type).includes(e.event_type)],
  ["D", (g, e) => !g.date_window || (e.event_date >= g.date_window[0] && e.event_date <= g.date_window[1])],
  ["P", (g, e) => !g.location || (e.latitude != null && e.longitude != null && haversineKm(g.location.lat, g.location.lon, e.latitude, e.longitude) <= g.location.tolerance_km)],
];
const agree = (g: GoldEvent, e: Event) => fields.filter(([, f]) => f(g, e)).map(([k]) => k).join("");

function fate(g: GoldEvent, c: GoldCase, got: readonly Event[], used: Set<number>, held: readonly Event[], mentions: () => Mention[]): string | null {
  const spare = got.filter((_, k) => !used.has(k));
  if (spare.some((e) => agree(g, e).length >= 2)) return null; // the scorer's place/date/type misses, not "nothing close"
  if (held.some((e) => agree(g, e).length === 3)) return "held by keep-check (fits)";
  const merged = got.find((e, k) => used.has(k) && agree(g, e).length >= 2);
  if (merged) return `merged into a matched event (${agree(g, merged)})`;
  if (held.some((e) => agree(g, e).length === 2)) return "held by keep-check (2 fields)";
  const one = spare.map((e) => agree(g, e)).filter((a) => a.length === 1).sort();
  if (one.length) return `spare output 1 field: ${one[0]}`;
  const w = g.date_window;
  const dropped = mentions().filter((m) => m.drop && m.date?.date && (!w || (m.date.date >= w[0] && m.date.date <= w[1])));
  if (dropped.length) return `dropped mention on its date: ${dropped[0]!.drop!.split(/[:(]/)[0]!.trim().slice(0, 40)}`;
  if (mentions().some((m) => m.drop)) return "dropped mentions, none on its date";
  return got.length ? "no mention; the case has other events" : "no mention; the case has no event";
}

const sealed = process.argv.includes("--sealed");
if (sealed && process.argv.includes("--verbose")) throw new Error("--verbose lists sealed cases: counts only for --sealed");
const verbose = process.argv.includes("--verbose");
const onlyAt = process.argv.indexOf("--only");
const only = onlyAt > 0 ? process.argv[onlyAt + 1] : undefined;
const tally = new Map<string, number>();
for (const [name, path] of sealed ? sealedSets(root) : tuningSets(root)) {
  if (only && !path.includes(only)) continue;
  for (const c of loadCases(path)) {
    const input = { id: c.id, text: c.text!, published: c.published, outlet: c.outlet };
    const r = extractArticle(input);
    const { matchedTo, missed } = matchGold(c, r.events);
    let ms: Mention[] | undefined;
    const mentions = () => (ms ??= findMentions(buildContext(input)));
    for (const g of missed) {
      const f = fate(g, c, r.events, new Set(matchedTo.keys()), (r.held ?? []).map((h) => h.event), mentions);
      if (!f) continue;
      tally.set(f, (tally.get(f) ?? 0) + 1);
      if (verbose) console.log(`${name} ${c.id} ${g.id}: ${f}`);
    }
  }
}
const total = [...tally.values()].reduce((a, b) => a + b, 0);
console.log(`"nothing close" misses: ${total}`);
for (const [k, v] of [...tally].sort((a, b) => b[1] - a[1])) console.log(String(v).padStart(5), k);
