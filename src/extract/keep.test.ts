// The learned keep-check (keep.ts): what it weighs and what it may do to the rules' events.
// Texts here are written for the tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle, extractCandidates } from "./index.js";
import { keepLikely, keepProbability, type KeepModel } from "./keep.js";
import { loadJson } from "./lexicon.js";

const REPORT = {
  id: "k",
  published: "2023-03-09",
  outlet: "Test Wire",
  text: [
    "MOGADISHU — Gunmen stormed a checkpoint in Jowhar on Tuesday, killing four soldiers, a local official said.",
    "The attackers fled towards nearby villages, he added.",
    "Separately, a roadside bomb struck a minibus in Baidoa on Wednesday, wounding six people, police said.",
  ].join("\n\n"),
};

const model = (threshold: number, weights: Record<string, number>, bias = 0, max_chars = 10_000): KeepModel => ({ about: "test", threshold, max_chars, bias, weights });

test("the check is a logistic model over named signals: no weight, no say", () => {
  const x = new Map([["a", 1], ["b", 2]]);
  assert.equal(keepProbability(x, model(0.5, {})), 0.5);
  assert.ok(Math.abs(keepProbability(x, model(0.5, { a: 1, b: -0.5 }, 0.3)) - 1 / (1 + Math.exp(-0.3))) < 1e-12);
  assert.equal(keepProbability(x, null), 1, "with no model shipped every event is kept");
});

test("turned off, the check keeps every event the rules built; by default it is on", () => {
  const all = extractCandidates(REPORT).candidates.map((c) => c.event.event_id_cnty);
  assert.deepEqual(extractArticle(REPORT, { keepCheck: false }).events.map((e) => e.event_id_cnty), all);
  const before = process.env.SITREP_KEEP_CHECK;
  try {
    process.env.SITREP_KEEP_CHECK = "0";
    assert.deepEqual(extractArticle(REPORT).events.map((e) => e.event_id_cnty), all, "SITREP_KEEP_CHECK=0 turns it off");
  } finally {
    if (before === undefined) delete process.env.SITREP_KEEP_CHECK;
    else process.env.SITREP_KEEP_CHECK = before;
  }
});

/** The report's events as the check sees them, none of them told as its own happening. */
const judged = () => extractCandidates(REPORT).candidates.map((c) => ({ ...c, own: false }));

test("a report longer than any the model was fitted on is left as the rules built it", () => {
  const doubter = (max: number) => model(0.5, { "first_sentence<=0": 1 }, -5, max);
  assert.equal(keepLikely(judged(), REPORT.text.length, doubter(REPORT.text.length)).length, 1, "within its range, a doubting model drops all but the likeliest");
  assert.equal(keepLikely(judged(), REPORT.text.length, doubter(REPORT.text.length - 1)).length, 2, "beyond it, nothing is dropped");
});

test("the check only ever removes events the rules built; it never adds or changes one", () => {
  const { candidates } = extractCandidates(REPORT);
  assert.equal(candidates.length, 2, "the rules find the raid and the bomb");
  const kept = extractArticle(REPORT, { keepCheck: true }).events;
  for (const e of kept) assert.ok(candidates.some((c) => JSON.stringify({ ...c.event, timestamp: 0 }) === JSON.stringify({ ...e, timestamp: 0 })));
  // A model that trusts everything keeps all; one that doubts everything keeps only the report's likeliest event.
  assert.equal(keepLikely(judged(), REPORT.text.length, model(0.5, {}, 5)).length, 2);
  const raidFirst = model(0.5, { "first_sentence<=0": 1 }, -5);
  assert.deepEqual(keepLikely(judged(), REPORT.text.length, raidFirst).map((c) => c.event.sub_event_type), [judged()[0]!.event.sub_event_type]);
});

test("an event told as a happening of its own is never dropped: its own day and place, or a sentence opening on when or where", () => {
  const doubter = model(0.5, { "first_sentence<=0": 1 }, -5); // would drop the bomb, were it not told as its own
  const { candidates } = extractCandidates(REPORT);
  assert.ok(candidates.every((c) => c.own), "the raid (Jowhar, Tuesday) and the bomb (Baidoa, Wednesday) each have their own day and place");
  assert.equal(keepLikely(candidates, REPORT.text.length, doubter).length, 2);
  const own = (text: string) => extractCandidates({ id: "o", published: "2023-03-09", outlet: "Test Wire", text }).candidates.map((c) => c.own);
  // A follow-up told by its tie to the lead, or opened on its place, is a new happening.
  const lead = "MOGADISHU — Gunmen stormed a checkpoint in Jowhar on Tuesday, killing four soldiers, a local official said.\n\n";
  assert.deepEqual(own(lead + "Hours later, a drone launched by the army struck a convoy of the gunmen, killing six of them."), [true, true]);
  assert.deepEqual(own("NAIROBI — Police fired tear gas at protesters in Nairobi on Tuesday.\n\nIn Kisumu, crowds looted shops along the main road."), [true, true]);
  // Told by context alone, it is judged.
  assert.deepEqual(own(lead + "Police later arrested twelve suspects, officials said."), [true, false]);
  // So is a happening whose sentence also tells what will happen, however exactly it is dated and placed.
  assert.deepEqual(own("Opposition parties said they will march through Kisumu on Thursday to protest the tax bill, and police clashed with students in Kisumu on Tuesday."), [false]);
});

// A long feature: a lead, paragraphs of background, and events told by context between them.
const BACKGROUND = [
  "Aid agencies say more than a million people in the region depend on food handouts, and many roads close during the rainy season.",
  "Farmers in the river valley have planted less this year, traders in the market said, and the price of millet has nearly doubled.",
  "Diplomats in Bamako describe a government that has grown more isolated from its neighbours and more reliant on foreign contractors.",
  "The United Nations mission left the country last year, and its former bases now house soldiers and a handful of civilian officials.",
  "Teachers say that schools in dozens of villages have stayed shut for a second year because staff are afraid to travel on the roads.",
].join(" ");
const feature = (...story: string[]) => ({
  id: "f",
  published: "2024-05-08",
  outlet: "Test Wire",
  text: ["GAO, Mali — Jihadist fighters overran an army post in the town of Ansongo on Monday after hours of fighting, the army said, in one of the heaviest assaults on the region this year.", BACKGROUND, BACKGROUND, ...story, BACKGROUND, BACKGROUND].join("\n\n"),
});
const HELICOPTERS = "Helicopters fired rockets at pick-up trucks carrying the fighters, a local monitoring group said.";

test("in a long feature, an event whose day and town the sentence before it tells is kept, however much the model doubts it", () => {
  const report = feature(`The army's air power was on show on Monday over Ansongo before its last units withdrew. ${HELICOPTERS}`);
  assert.ok(report.text.length > 2400);
  const { candidates } = extractCandidates(report);
  const strike = candidates.find((c) => c.event.event_type === "Explosions/Remote violence");
  assert.ok(strike, "the rules find the helicopters' strike");
  assert.equal(strike.own, false, "its sentence tells neither its day nor its place");
  assert.equal(strike.byContext, true, "the sentence before it, in the same paragraph, tells both");
  const doubter = (long_chars: number): KeepModel => ({ ...model(0.5, { "first_sentence<=0": 1 }, -5), long_chars });
  assert.ok(keepLikely(candidates, report.text.length, doubter(2400)).includes(strike), "a long report keeps it");
  assert.ok(!keepLikely(candidates, report.text.length, doubter(report.text.length)).includes(strike), "in a report the model counts as short, it is judged like any other");
});

test("an event is not told by context when its place is paragraphs away, or its sentence recalls the past", () => {
  const byContext = (story: string) => extractCandidates(feature(story)).candidates.filter((c) => c.event.event_type === "Explosions/Remote violence").map((c) => c.byContext);
  assert.deepEqual(byContext("Helicopters fired rockets at pick-up trucks carrying the fighters on Monday, a local monitoring group said."), [false], "the town is only in the lead, paragraphs before");
  assert.deepEqual(byContext(`The army's air power was on show on Monday over Ansongo before its last units withdrew. ${HELICOPTERS.replace(/\.$/, ", marking the anniversary of the first strike.")}`), [false]);
});

test("an event is described by how it is told: its own day and place, its rank among the report's events", () => {
  const [raid, bomb] = extractCandidates(REPORT).candidates.map((c) => c.features);
  assert.equal(raid!.get("date=own"), 1);
  assert.equal(raid!.get("place_kind=place"), 1);
  assert.equal(raid!.get("first_sentence<=0"), 1);
  assert.equal(bomb!.get("says_separately"), 1, "'Separately,' opens a new happening");
  assert.equal(raid!.get("events_in_report<=2"), 1);
});

test("the shipped weights name only signals the extractor produces, and the threshold is a probability", () => {
  let shipped: KeepModel;
  try {
    shipped = loadJson<KeepModel>("models/keep.json");
  } catch {
    return; // no model shipped: nothing to check
  }
  assert.ok(shipped.threshold > 0 && shipped.threshold < 1);
  assert.ok(shipped.max_chars > 500, "the model says how long the reports it was fitted on were");
  assert.match(shipped.about, /leave-one-set-out/, "the model says how it was validated");
  const known = /^(confidence|mentions|first_sentence|position|paragraph|date=|time_precision=|days_ago|place=|place_kind=|geo_precision=|no_point|country=|actor1=|inter1=|actor2|fatalities|verification=|claims|denied|unverified|outlet_voice|says_|events_in_report|same_type_|most_confident|chars)/;
  for (const k of Object.keys(shipped.weights)) assert.match(k, known);
});

const HOLDS = {
  id: "h",
  published: "2023-03-09",
  outlet: "Test Wire",
  text: [
    "MOGADISHU — Gunmen stormed a checkpoint in Jowhar on Tuesday, killing four soldiers, a local official said.",
    "Residents said protesters later gathered in the town to denounce the killings.",
    "Al-Shabaab fighters also clashed with troops near Balcad, witnesses said.",
  ].join("\n\n"),
};

test("the events the check drops are held back for a desk to review, with the model's probability; the events are unchanged", () => {
  const { candidates } = extractCandidates(HOLDS);
  const r = extractArticle(HOLDS, { keepCheck: true });
  assert.ok(r.held && r.held.length >= 1, "the protest the check doubts is held, not lost");
  assert.deepEqual(r.held.map((h) => h.event.sub_event_type), ["Peaceful protest"]);
  const p = keepProbability(candidates.find((c) => c.event.sub_event_type === "Peaceful protest")!.features);
  assert.equal(r.held[0]!.probability, p);
  assert.ok(p < 0.5);
  // kept and held together are every event the rules built, in their order, none of them twice
  const ids = (es: { event_id_cnty: string }[]) => es.map((e) => e.event_id_cnty);
  assert.deepEqual([...ids(r.events), ...ids(r.held.map((h) => h.event))].sort(), ids(candidates.map((c) => c.event)).sort());
  // the events are those the check kept before held events existed: the rules' events minus the held ones
  const strip = (e: object) => JSON.stringify({ ...e, timestamp: 0 });
  const heldIds = new Set(ids(r.held.map((h) => h.event)));
  assert.deepEqual(r.events.map(strip), extractArticle(HOLDS, { keepCheck: false }).events.filter((e) => !heldIds.has(e.event_id_cnty)).map(strip));
});

test("held is absent when the check did not judge the report", () => {
  assert.equal(extractArticle(HOLDS, { keepCheck: false }).held, undefined);
  assert.equal(extractArticle({ ...HOLDS, text: "" }, { keepCheck: true }).held, undefined);
});

// Kinds of telling the check never judges (keep.ts toldAsOwnHappening, toldApart): the events the rules tell
// apart this way must survive any refit of the weights. Each report is invented; each is a kind, not a case.
const GUARDED: [kind: string, text: string][] = [
  ["a second town told the same day", "Gunmen killed six farmers near Kaya on Tuesday. Bandits also abducted ten traders in Dori the same day."],
  ["a round-up's next town", "Students marched in Kano on Tuesday over fees. In Zaria, crowds blocked the main road. Police fired tear gas at students in Katsina."],
  ["the answer of the side attacked", "Fighters stormed an army base near Menaka on Tuesday, killing seven soldiers. Army helicopters fired on the attackers as they withdrew."],
  ["another side's deed in the lead sentence", "ACCRA — Soldiers arrested dozens of people across Ghana on Tuesday as thousands protested against power cuts, a rights group said."],
];

test("events told apart (another town in the opening sentences, another side's deed) are never judged, so no refit drops them", () => {
  const doubter = model(0.99, { "first_sentence<=0": 1 }, -8); // would drop all but the likeliest
  for (const [kind, text] of GUARDED) {
    const input = { id: "g", published: "2023-03-09", outlet: "Test Wire", text };
    const { candidates } = extractCandidates(input);
    assert.ok(candidates.length >= 2, `${kind}: the rules find every happening (${candidates.map((c) => c.event.location).join(", ")})`);
    const likeliest = candidates.reduce((a, b) => ((b.event.confidence ?? 0) > (a.event.confidence ?? 0) ? b : a));
    assert.ok(candidates.every((c) => c.own || c === likeliest), `${kind}: each is told as its own or apart (${candidates.filter((c) => !c.own).map((c) => c.event.sub_event_type).join(", ")})`);
    assert.equal(keepLikely(candidates, text.length, doubter).length, candidates.length, `${kind}: a doubting model keeps them all`);
    // ...and so does the shipped model, whatever a refit made of its weights
    assert.equal(extractArticle(input, { keepCheck: true }).events.length, candidates.length, `${kind}: the shipped check keeps them all`);
  }
});

test("an event is not told apart when it shares the other's town, is background, or is the same side's deed", () => {
  const own = (text: string) => extractCandidates({ id: "n", published: "2023-03-09", outlet: "Test Wire", text }).candidates.map((c) => c.own);
  // a crowd's protest at the attack's town, and a side the attack did not act on coming in later: judged
  assert.deepEqual(own("Gunmen killed six farmers near Kaya on Tuesday. Residents later protested in the town against the killings."), [true, false]);
  assert.deepEqual(own("Gunmen killed six farmers near Kaya on Tuesday. Soldiers later clashed with the gunmen near the town."), [true, false]);
});
