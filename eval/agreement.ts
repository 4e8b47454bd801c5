// Inter-coder agreement: how far two careful coders of the same reports agree, scored with the very
// matching the extractor is scored with (eval/extract/score.ts). It tells how much of the extractor's
// gap on a set is disagreement a second coder would also have, and which of its misses and extras a
// second coder sides with.
//   npx tsx eval/agreement.ts GOLD.json CODED.json
// GOLD.json is a gold set (cases with text); CODED.json holds a second coder's events for the same
// case ids, in the gold format, coded from the texts alone. Coder B's required events stand in for
// output events (date: the first day of its window; fatalities: its lowest figure).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Event } from "../src/event.js";
import { extractArticle } from "../src/extract/index.js";
import { type GoldCase, type GoldEvent, loadCases, matchGold, optional, scoreCases, scoreLine } from "./extract/score.js";

interface CodedEvent extends GoldEvent {
  actor2?: string | string[];
  location?: { name?: string; country?: string; lat: number; lon: number; tolerance_km: number };
}
interface CodedCase { id: string; events: CodedEvent[] }

const first = <T>(v: T | T[] | undefined): T | undefined => (Array.isArray(v) ? v[0] : v);

/** A coder's gold event as the scorer sees an output event: only the fields the matching reads. */
function asOutput(g: CodedEvent): Event {
  return {
    event_type: first(g.event_type) ?? "",
    sub_event_type: first(g.sub_event_type) ?? "",
    actor1: first(g.actor1) ?? "",
    assoc_actor_1: "",
    event_date: g.date_window?.[0] ?? "",
    latitude: g.location?.lat ?? null,
    longitude: g.location?.lon ?? null,
    location: g.location?.name ?? "",
    fatalities: g.fatalities ?? g.fatalities_min ?? 0,
    source: "",
    claims: [],
  } as unknown as Event;
}

function main(goldPath: string, codedPath: string): void {
  const gold = loadCases(resolve(goldPath));
  const coded = new Map((JSON.parse(readFileSync(resolve(codedPath), "utf8")) as CodedCase[]).map((c) => [c.id, c]));
  const cases = gold.filter((c) => coded.has(c.id));
  if (cases.length < gold.length) console.log(`${gold.length - cases.length} gold cases have no coding and are left out`);
  const byB = (c: GoldCase) => coded.get(c.id)!.events.filter((e) => !optional(e)).map(asOutput);
  const bAsGold: GoldCase[] = cases.map((c) => ({ ...c, events: coded.get(c.id)!.events, must_not: [] }));
  const byA = (c: GoldCase) => gold.find((g) => g.id === c.id)!.events.filter((e) => !optional(e)).map(asOutput as (g: GoldEvent) => Event);
  const sitrep = new Map(cases.map((c) => [c.id, extractArticle({ id: c.id, text: c.text!, published: c.published, outlet: c.outlet }).events]));

  console.log(scoreLine("coder B scored against gold A", scoreCases(cases, byB)));
  console.log(scoreLine("coder A scored against coder B", scoreCases(bAsGold, byA)));
  console.log(scoreLine("sitrep scored against gold A", scoreCases(cases, (c) => sitrep.get(c.id)!)));
  console.log(scoreLine("sitrep scored against coder B", scoreCases(bAsGold, (c) => sitrep.get(c.id)!)));

  // Each required gold-A event: found by coder B? by sitrep? And each sitrep extra: does B code it?
  const tally = { both: 0, bOnly: 0, sitrepOnly: 0, neither: 0 };
  let extras = 0, extrasBCodes = 0;
  const lines: string[] = [];
  for (const c of cases) {
    const fromB = byB(c), fromS = sitrep.get(c.id)!;
    const missB = new Set(matchGold(c, fromB).missed.map((g) => g.id));
    const sm = matchGold(c, fromS);
    const missS = new Set(sm.missed.map((g) => g.id));
    for (const g of c.events) {
      if (optional(g)) continue;
      const b = !missB.has(g.id), s = !missS.has(g.id);
      if (b && s) tally.both++;
      else if (b) { tally.bOnly++; lines.push(`${c.id}: ${g.id} found by coder B, missed by sitrep`); }
      else if (s) { tally.sitrepOnly++; lines.push(`${c.id}: ${g.id} found by sitrep, not coded by B`); }
      else { tally.neither++; lines.push(`${c.id}: ${g.id} missed by both`); }
    }
    const spare = fromS.filter((_, k) => !sm.matchedTo.has(k));
    extras += spare.length;
    const bGold: GoldCase = { ...c, events: coded.get(c.id)!.events };
    const agree = matchGold(bGold, spare).matchedTo.size;
    extrasBCodes += agree;
  }
  console.log(`gold A's required events: found by both ${tally.both}, by coder B only ${tally.bOnly}, by sitrep only ${tally.sitrepOnly}, by neither ${tally.neither}`);
  console.log(`sitrep's extras against gold A: ${extras}, of which coder B codes ${extrasBCodes}`);
  if (process.argv.includes("--verbose")) for (const l of lines) console.log(`  ${l}`);
}

const [goldPath, codedPath] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (!goldPath || !codedPath) {
  console.error("usage: npx tsx eval/agreement.ts GOLD.json CODED.json [--verbose]");
  process.exit(2);
}
main(goldPath, codedPath);
