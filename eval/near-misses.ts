// `npx tsx eval/near-misses.ts [place|date|type]`: the tuning sets' missed gold events for which an
// output event fits in all but one field (the --why counts of `npm run eval`, one line each): the
// set, case, gold event, the field that differs, the gold value and what was output. Reads the tuning
// sets only (eval/extract/sets.ts), never a sealed one.
import { loadCases, matchGold } from "./extract/score.js";
import { tuningSets } from "./extract/sets.js";
import { extractArticle } from "../src/extract/index.js";
import { haversineKm } from "../src/util/geo-math.js";
import type { Event } from "../src/event.js";
const root = new URL("..", import.meta.url).pathname;
const counts: Record<string, number> = {};
for (const [name, path] of tuningSets(root)) {
  for (const c of loadCases(path)) {
    const got = extractArticle({ id: c.id, text: c.text!, published: c.published, outlet: c.outlet }).events;
    const { matchedTo, missed } = matchGold(c, got);
    const spare = got.filter((_, k) => !matchedTo.has(k));
    for (const g of missed) {
      const tf = (e: Event) => !g.event_type || [g.event_type].flat().includes(e.event_type);
      const df = (e: Event) => !g.date_window || (e.event_date >= g.date_window[0] && e.event_date <= g.date_window[1]);
      const pf = (e: Event) => !g.location || (e.latitude != null && e.longitude != null && haversineKm(g.location.lat, g.location.lon, e.latitude, e.longitude) <= g.location.tolerance_km);
      let e = spare.find((e) => tf(e) && df(e)); let why = "place";
      if (!e) { e = spare.find((e) => tf(e) && pf(e)); why = "date"; }
      if (!e) { e = spare.find((e) => df(e) && pf(e)); why = "type"; }
      if (!e) continue;
      counts[why] = (counts[why] ?? 0) + 1;
      const gl = g.location as (NonNullable<typeof g.location> & { name?: string }) | undefined;
      const d = gl && e.latitude != null && e.longitude != null ? Math.round(haversineKm(gl.lat, gl.lon, e.latitude, e.longitude)) : "?";
      if (process.argv[2] && process.argv[2] !== why) continue;
      console.log(`${name}\t${c.id}\t${g.id}\t${why}\tgold: ${gl?.name} ${gl?.tolerance_km}km ${g.date_window?.join("..")} ${[g.sub_event_type].flat()[0] ?? g.event_type}\tgot: ${e.location} (${e.geo_precision}) d=${d} ${e.event_date} ${e.sub_event_type}`);
    }
  }
}
console.error(counts);
