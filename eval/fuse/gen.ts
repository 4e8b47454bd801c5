// Writes eval/fuse/clusters.json: a seeded set of gold clusters of already-extracted reports,
// built from scenario templates written for the project (wire copies, differing fatality figures,
// a claim later denied, a late report, captures across midnight, coarse geocodes) and distractors
// that must stay apart (same place on other days, same day in a nearby town, other actors).
// Run: node --import tsx eval/fuse/gen.ts
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Claim, Event, SubEventType } from "../../src/event.js";
import { sampleEvent } from "../../src/fuse/sample-event.js";

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const SEED = 20241205;
const rnd = mulberry32(SEED);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));

interface Place { name: string; country: string; cc: string; iso: number; lat: number; lon: number; admin1: string; near: string }
// Approximate public coordinates; `near` names a town 7-25 km away (for distractors).
const PLACES: Place[] = [
  { name: "Rastan", country: "Syria", cc: "SY", iso: 760, lat: 34.923, lon: 36.733, admin1: "Homs", near: "Talbiseh" },
  { name: "Talbiseh", country: "Syria", cc: "SY", iso: 760, lat: 34.84, lon: 36.73, admin1: "Homs", near: "Rastan" },
  { name: "Maarat al-Numan", country: "Syria", cc: "SY", iso: 760, lat: 35.648, lon: 36.674, admin1: "Idlib", near: "Khan Shaykhun" },
  { name: "Khan Shaykhun", country: "Syria", cc: "SY", iso: 760, lat: 35.442, lon: 36.648, admin1: "Idlib", near: "Maarat al-Numan" },
  { name: "Saraqib", country: "Syria", cc: "SY", iso: 760, lat: 35.864, lon: 36.806, admin1: "Idlib", near: "Sarmin" },
  { name: "Sarmin", country: "Syria", cc: "SY", iso: 760, lat: 35.903, lon: 36.726, admin1: "Idlib", near: "Saraqib" },
  { name: "Pokrovsk", country: "Ukraine", cc: "UA", iso: 804, lat: 48.282, lon: 37.176, admin1: "Donetsk", near: "Myrnohrad" },
  { name: "Myrnohrad", country: "Ukraine", cc: "UA", iso: 804, lat: 48.302, lon: 37.263, admin1: "Donetsk", near: "Pokrovsk" },
  { name: "Kurakhove", country: "Ukraine", cc: "UA", iso: 804, lat: 47.985, lon: 37.281, admin1: "Donetsk", near: "Pokrovsk" },
  { name: "El Fasher", country: "Sudan", cc: "SD", iso: 729, lat: 13.628, lon: 25.349, admin1: "North Darfur", near: "Zamzam" },
  { name: "Zamzam", country: "Sudan", cc: "SD", iso: 729, lat: 13.49, lon: 25.3, admin1: "North Darfur", near: "El Fasher" },
  { name: "Maungdaw", country: "Myanmar", cc: "MM", iso: 104, lat: 20.82, lon: 92.37, admin1: "Rakhine", near: "Buthidaung" },
  { name: "Buthidaung", country: "Myanmar", cc: "MM", iso: 104, lat: 20.87, lon: 92.53, admin1: "Rakhine", near: "Maungdaw" },
];
const byName = new Map(PLACES.map((p) => [p.name, p]));
const SIDES: Record<string, { state: string; rebels: string[]; stateVoice: string; rebelVoice: string[] }> = {
  SY: { state: "Military Forces of Syria (2000-2024)", rebels: ["Hayat Tahrir al-Sham", "Syrian National Army"], stateVoice: "Syrian army", rebelVoice: ["HTS operations command", "SNA spokesman"] },
  UA: { state: "Military Forces of Ukraine (2019-)", rebels: ["Military Forces of Russia (2000-)"], stateVoice: "Ukrainian general staff", rebelVoice: ["Russian defence ministry"] },
  SD: { state: "Military Forces of Sudan (2019-)", rebels: ["Rapid Support Forces"], stateVoice: "Sudanese army", rebelVoice: ["RSF spokesman"] },
  MM: { state: "Military Forces of Myanmar (2021-)", rebels: ["Arakan Army"], stateVoice: "Myanmar junta", rebelVoice: ["Arakan Army spokesman"] },
};
const OUTLETS = ["Levant Wire", "Daily Courier", "Frontline Monitor", "Gulf Morning Post", "Northern Dispatch", "Sahel Observer", "Kyiv Desk", "Bay of Bengal Monitor", "Crescent Times", "Euphrates Post"];
const MONITORS = ["a war monitor", "a local monitoring group", "a UN agency"];

// Sentence pool for article bodies, written for the project; {P} place, {A} first actor.
const FILLER = [
  "Residents described a night of heavy explosions and said many families had fled toward nearby villages.",
  "Local officials said roads into {P} were closed and that aid convoys had been turned back.",
  "The area has changed hands several times since the start of the war.",
  "Analysts said the fighting showed how thin the defensive lines around {P} had become.",
  "Hospitals in the region reported a shortage of blood and basic supplies.",
  "Footage shared online showed smoke rising over the eastern districts of {P}.",
  "Aid groups called for a pause in the fighting so that the wounded could be evacuated.",
  "{A} did not respond to a request for comment by the time of publication.",
  "Mobile phone networks in {P} were cut for most of the day, residents said.",
  "The road linking {P} to the provincial capital is a key supply route for both sides.",
  "Schools in the district have been shut since the fighting intensified last month.",
  "A diplomat in the region said talks on a local truce had stalled.",
  "Farmers said they had abandoned fields on the edge of {P} because of the shelling.",
  "The front line around {P} had been largely static for months before this week.",
  "Displaced families were sheltering in mosques, schools and unfinished buildings.",
  "Prices of bread and fuel in {P} have more than doubled, traders said.",
];

interface GoldReport { article: { key: string; outlet: string; published: string; text: string }; event: Event }
interface GoldCluster { id: string; scenario: string; expect_verification?: Event["verification"]; reports: GoldReport[] }

let rid = 0;
let art = 0;
const DAY = 86_400_000;
const addDays = (d: string, n: number) => new Date(Date.parse(d + "T00:00:00Z") + n * DAY).toISOString().slice(0, 10);

function body(first: string, place: Place, actor: string, n = 4): string {
  const pool = [...FILLER];
  const out = [first];
  for (let i = 0; i < n; i++) out.push(pool.splice(Math.floor(rnd() * pool.length), 1)[0]!.replaceAll("{P}", place.name).replaceAll("{A}", actor));
  return out.join(" ");
}

interface Spec {
  sub: SubEventType;
  date: string;
  place: Place;
  actor1: string;
  actor2: string;
  fatalities?: number;
  outlet: string;
  published?: string;
  claims?: Claim[];
  modality?: Event["modality"];
  time_precision?: 1 | 2 | 3;
  geo?: { precision: 1 | 2 | 3; dLat: number; dLon: number; location: string };
  text?: string;
}

const VERBS: Partial<Record<SubEventType, string[]>> = {
  "Armed clash": ["fought", "clashed with", "battled"],
  "Non-state actor overtakes territory": ["captured", "seized", "took control of"],
  "Government regains territory": ["retook", "recaptured", "regained control of"],
  "Non-violent transfer of territory": ["moved into", "took over without a fight", "entered unopposed"],
  "Air/drone strike": ["bombed", "carried out air strikes on"],
  "Shelling/artillery/missile attack": ["shelled", "fired rockets at"],
  "Peaceful protest": ["rallied in", "marched through"],
};

function report(s: Spec): GoldReport {
  const key = `eval-${String(++art).padStart(3, "0")}`;
  const published = s.published ?? s.date;
  const verb = pick(VERBS[s.sub] ?? ["attacked"]);
  const dead = s.fatalities ? ` At least ${s.fatalities} people were killed, according to ${pick(MONITORS)}.` : "";
  const first = `${s.place.name.toUpperCase()} - ${s.actor1 || "Gunmen"} ${verb} ${s.sub.includes("territory") ? s.place.name : `${s.actor2 || "positions"} near ${s.place.name}`} on ${s.date}, ${s.outlet} reported.${dead}`;
  const text = s.text ?? body(first, s.place, s.actor1 || s.actor2, int(3, 5));
  const geo = s.geo ?? { precision: 1 as const, dLat: 0, dLon: 0, location: s.place.name };
  const sides = SIDES[s.place.cc]!;
  const stateSide = (a: string) => (a === sides.state ? 1 : a.startsWith("Civilians") ? 7 : a ? 2 : 0);
  const event = sampleEvent({
    event_id_cnty: `EVAL${String(++rid).padStart(4, "0")}`,
    event_date: s.date,
    sub_event_type: s.sub,
    time_precision: s.time_precision ?? 1,
    actor1: s.actor1,
    inter1: stateSide(s.actor1),
    actor2: s.actor2,
    inter2: stateSide(s.actor2),
    country: s.place.country,
    country_code: s.place.cc,
    iso: s.place.iso,
    admin1: s.place.admin1,
    location: geo.location,
    latitude: Number((s.place.lat + geo.dLat).toFixed(4)),
    longitude: Number((s.place.lon + geo.dLon).toFixed(4)),
    geo_precision: geo.precision,
    source: s.outlet,
    source_scale: "International",
    fatalities: s.fatalities ?? 0,
    claims: s.claims ?? [{ source: s.outlet, stance: "asserts", kind: "outlet" }],
    modality: s.modality ?? "reported",
    articles: [key],
    notes: first,
  });
  return { article: { key, outlet: s.outlet, published, text }, event };
}

const outletsFor = (n: number) => {
  const pool = [...OUTLETS];
  return Array.from({ length: n }, () => pool.splice(Math.floor(rnd() * pool.length), 1)[0]!);
};

const clusters: GoldCluster[] = [];
let cid = 0;
const add = (scenario: string, reports: GoldReport[], expect?: Event["verification"]) =>
  clusters.push({ id: `c${String(++cid).padStart(3, "0")}`, scenario, ...(expect ? { expect_verification: expect } : {}), reports });

// Each round draws a place and a date and lays several clusters around them, so the
// distractors (same place other days, nearby town, other actors) sit right next to real matches.
const START = Date.parse("2024-06-01T00:00:00Z");
for (let round = 0; round < 9; round++) {
  const place = PLACES[round % PLACES.length]!;
  const sides = SIDES[place.cc]!;
  const rebel = pick(sides.rebels);
  const date = new Date(START + int(0, 200) * DAY).toISOString().slice(0, 10);

  // 1. Wire copy: an original, its republication with a credit line, and an independent outlet.
  {
    const [o1, o2, o3] = outletsFor(3);
    const orig = report({ sub: "Armed clash", date, place, actor1: rebel, actor2: sides.state, fatalities: int(3, 9), outlet: o1! });
    const copyText = orig.article.text.split(". ").slice(0, -1).join(". ") + `. (${o1})`;
    const copy = report({ sub: "Armed clash", date, place, actor1: rebel, actor2: sides.state, fatalities: orig.event.fatalities, outlet: o2!, text: copyText });
    const reps = [orig, copy];
    if (round % 2 === 0) reps.push(report({ sub: "Armed clash", date, place, actor1: rebel, actor2: sides.state, fatalities: int(10, 20), outlet: o3! }));
    add("wire copy", reps, reps.length === 3 ? "corroborated" : "reported");
  }
  // 2. Different fatality figures from 2-4 outlets, one of them a day late.
  const strikeDate = addDays(date, 3);
  {
    const n = int(2, 4);
    const reps = outletsFor(n).map((o, i) =>
      report({ sub: i === 1 ? "Shelling/artillery/missile attack" : "Air/drone strike", date: strikeDate, place, actor1: rebel, actor2: `Civilians (${place.country})`, fatalities: int(2, 30), outlet: o, published: i === n - 1 ? addDays(strikeDate, 1) : strikeDate }),
    );
    add("different fatality figures, one late", reps, n >= 2 ? "corroborated" : "reported");
  }
  // 3. A capture claimed by the attacker, denied by the state, then reported by an outlet a day late
  //    (coded by that outlet as the next day, as captures often straddle midnight).
  const capDate = addDays(date, 8);
  {
    const [o1, o2, o3] = outletsFor(3);
    const reps = [
      report({ sub: "Non-state actor overtakes territory", date: capDate, place, actor1: rebel, actor2: sides.state, outlet: o1!, modality: "claimed", claims: [{ source: pick(sides.rebelVoice), stance: "claims", kind: "armed_group" }] }),
      report({ sub: "Non-state actor overtakes territory", date: capDate, place, actor1: rebel, actor2: sides.state, outlet: o2!, modality: "denied", published: addDays(capDate, 1), claims: [{ source: sides.stateVoice, stance: "denies", kind: "military" }] }),
    ];
    if (round % 3 !== 2) reps.push(report({ sub: "Armed clash", date: capDate, place, actor1: rebel, actor2: sides.state, outlet: o3!, published: addDays(capDate, 1), fatalities: int(1, 6) }));
    if (round % 3 === 1) reps.push(report({ sub: "Non-state actor overtakes territory", date: addDays(capDate, 1), place, actor1: rebel, actor2: "", outlet: outletsFor(1)[0]!, published: addDays(capDate, 2) }));
    add("claim later denied", reps, "disputed");
  }
  // 4. Coarse geocodes: one outlet only names the district (precision 2, centroid ~15 km off),
  //    another gives the week ("earlier this week", precision 2, date two days before).
  const raidDate = addDays(date, 14);
  {
    const [o1, o2, o3] = outletsFor(3);
    const reps = [
      report({ sub: "Armed clash", date: raidDate, place, actor1: sides.state, actor2: rebel, outlet: o1!, fatalities: int(2, 8) }),
      report({ sub: "Armed clash", date: raidDate, place, actor1: sides.state, actor2: rebel, outlet: o2!, geo: { precision: 2, dLat: 0.1, dLon: -0.08, location: `${place.admin1} district` } }),
    ];
    if (round % 2 === 1) reps.push(report({ sub: "Armed clash", date: addDays(raidDate, -2), place, actor1: sides.state, actor2: "", outlet: o3!, time_precision: 2, published: addDays(raidDate, 2) }));
    add("coarse place or week", reps, "corroborated");
  }
  // 5. Both sides agree on a withdrawal (non-violent transfer coded by one, capture by the other).
  const wdDate = addDays(date, 20);
  {
    const [o1, o2] = outletsFor(2);
    add("both sides agree", [
      report({ sub: "Non-violent transfer of territory", date: wdDate, place, actor1: rebel, actor2: sides.state, outlet: o1!, claims: [{ source: sides.stateVoice, stance: "claims", kind: "military" }] }),
      report({ sub: "Non-state actor overtakes territory", date: wdDate, place, actor1: rebel, actor2: sides.state, outlet: o2!, claims: [{ source: pick(sides.rebelVoice), stance: "claims", kind: "armed_group" }] }),
    ], "confirmed");
  }
  // Distractors: each must stay a cluster of its own (2 reports each so recall is measured too).
  {
    const [o1, o2, o3, o4] = outletsFor(4);
    // Same place, same type, two days after the wire-copy clash.
    add("same place, two days later", [
      report({ sub: "Armed clash", date: addDays(date, 2), place, actor1: rebel, actor2: sides.state, outlet: o1! }),
      report({ sub: "Armed clash", date: addDays(date, 2), place, actor1: rebel, actor2: sides.state, outlet: o2!, fatalities: int(1, 4) }),
    ], "corroborated");
    // Same day and type as the strike, in the nearby town.
    const near = byName.get(place.near)!;
    add("same day, nearby town", [
      report({ sub: "Air/drone strike", date: strikeDate, place: near, actor1: rebel, actor2: `Civilians (${place.country})`, outlet: o3!, fatalities: int(1, 5) }),
      report({ sub: "Air/drone strike", date: strikeDate, place: near, actor1: rebel, actor2: `Civilians (${place.country})`, outlet: o4! }),
    ], "corroborated");
  }
  if (round % 2 === 0) {
    // Same place and day as the district-level clash, but between other armed groups.
    const [o1, o2] = outletsFor(2);
    const other = place.cc === "SY" ? ["Syrian Democratic Forces", "Islamic State (Syria)"] : [`Unidentified Armed Group (${place.country})`, `Police Forces of ${place.country}`];
    add("same place and day, other actors", [
      report({ sub: "Armed clash", date: raidDate, place, actor1: other[0]!, actor2: other[1]!, outlet: o1!, fatalities: int(1, 3) }),
      report({ sub: "Armed clash", date: raidDate, place, actor1: other[0]!, actor2: other[1]!, outlet: o2! }),
    ], "corroborated");
  }
  if (round % 3 === 0) {
    // Same place and day as the withdrawal: a protest, a different kind of event.
    const [o1, o2] = outletsFor(2);
    add("same place and day, other type", [
      report({ sub: "Peaceful protest", date: wdDate, place, actor1: `Protesters (${place.country})`, actor2: "", outlet: o1! }),
      report({ sub: "Peaceful protest", date: wdDate, place, actor1: `Protesters (${place.country})`, actor2: "", outlet: o2! }),
    ], "corroborated");
  }
}

const out = {
  source: "Written for the sitrep project by eval/fuse/gen.ts (seeded). Places and actor names are real; every report, text and figure is invented from templates; no outlet wording is copied.",
  seed: SEED,
  clusters,
};
writeFileSync(fileURLToPath(new URL("./clusters.json", import.meta.url)), JSON.stringify(out, null, 1) + "\n");
console.log(`${clusters.length} clusters, ${clusters.reduce((n, c) => n + c.reports.length, 0)} reports`);
