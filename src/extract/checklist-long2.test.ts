// A second checklist for misses read off the long reports (over 2,400 characters) of tune14 and tune13,
// whose causes hold for any report:
// - "X, in support of Y forces": an idiom after "in" ("in support of", "in response to", "in retaliation
//   for") names no area, so it does not place an unknown-looking town inside a region named Y (the town
//   stays the gazetteer's own town, not a namesake region of a demonym);
// - "that same month", "that year", "later that year": a coarse time told by reference to the time the
//   sentence before named (an old one in a background paragraph) dates the clause with that time, so the
//   happening is background, not news of the lead's day;
// - "attacked a base with explosive-laden drones": an attack carried out with drones is an air/drone
//   strike (data/cues/events.json), not an armed clash.
// - "Also on Tuesday, the army said it had ...": "also" before a day opening the sentence still opens it
//   (the row here is a regression guard: the miss, in a longer report, did not reproduce in a short one).
// - "the rebels retreated to X", "withdrew towards X" (not in a relative clause): where fighters went after a
//   fight is no scene of it (src/extract/places.ts RETREAT_TO).
// The sentences are invented for this test.
// Probe (session 12, against main at 2f4387c): 10 of 18 rows failed before (both idiom rows, the three
// back-pointing times, the four drone rows, the retreat row); the other 8 are regression guards; 0 still fail.
// Misses of the long reports read by hand (tune14: 10 cases, tune13: 20): most were wrong places, and of
// those most were scenes the gazetteer lacks (Jiga, Motta, Kirta Wulgo, Moqokori, Mahas, Gawaan, Kani, Minpa,
// Puerto Jordan; the region or an inherited scene stood in), one a curated point 40 km off (Jagargunda), one a
// road "between A and B" coded at A where the gold took B; the general causes fixed here are the four above;
// left: a weekly tally
// read as an event ("70 drones and shells hit the district over the past week"), and "entered the village ...
// and shot dead seven men" read as territory taken and arrests rather than an attack.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "./index.js";
import { PUBLISHED } from "./checklist-testing.js";

// PUBLISHED is Wednesday 11 October 2023: Tuesday is the 10th, Monday the 9th.
const eventsOf = (text: string) => extractArticle({ id: "checklist", text, published: PUBLISHED }).events;
const brief = (text: string) => eventsOf(text).map((e) => `${e.sub_event_type} @ ${e.location} ${e.event_date}`);

test("'in support of', 'in response to' after a town name no area holding the town", () => {
  const rows: [string, RegExp][] = [
    ["On Tuesday, the US military said it had carried out an air strike near Jilib, in support of Somali forces, killing four militants.", /^Air\/drone strike @ Jilib/],
    ["Soldiers shelled rebel positions near Kidal, in response to Malian army losses, killing three fighters on Monday.", /@ Kidal/],
    ["Jets struck a camp near Afgooye, in retaliation for Somali police deaths, on Monday, killing five fighters.", /@ Afgooye/],
    // regression guard: an area after "in" still places an unknown village
    ["Gunmen killed four farmers in Zarbanko, in the Bokkos area, on Monday.", /@ (?:Zarbanko|Bokkos)/],
  ];
  const bad: string[] = [];
  for (const [text, want] of rows) {
    const got = brief(text);
    if (!got.some((g) => want.test(g))) bad.push(`${text}\n  got ${JSON.stringify(got)}`);
  }
  assert.deepEqual(bad, []);
});

test("'that same month' after an old time dates the clause then: background", () => {
  const rows: string[] = [
    "Rebels shelled Goma on Tuesday, killing two people, officials said.\n\nThe province has been the scene of fighting between rebels and the army since November 2012, when clashes killed dozens in Sake and Rutshuru. A car bomb outside a church in Kiwanja that same month wounded several people.",
    "Gunmen killed three soldiers in Djibo on Monday.\n\nThe region has seen attacks since March 2021, when militants killed 30 people in Arbinda. A roadside bomb struck a bus near Dori later that year, killing six.",
    "A drone struck a car in Kherson on Tuesday, killing a man.\n\nRussian forces withdrew from Kherson in November 2022, after months of fighting in the region. A missile hit the port of Mykolaiv that same month, killing four people.",
    // regression guard: the old time opening the sentence already dated it
    "Gunmen killed three soldiers in Djibo on Monday.\n\nThe region has seen attacks since March 2021, when militants killed 30 people in Arbinda. That same month, gunmen burned a school in Kaya.",
  ];
  const bad: string[] = [];
  for (const text of rows) {
    const got = brief(text);
    if (got.length !== 1) bad.push(`${text}\n  got ${JSON.stringify(got)}`);
  }
  assert.deepEqual(bad, []);
  // regression guard: "the same day" after a recent day is still that day's news
  const same = brief("Gunmen attacked Djibo on Sunday, killing five civilians. A roadside bomb killed three soldiers in Arbinda the same day.");
  assert.equal(same.length, 2, JSON.stringify(same));
});

test("a day opening the sentence after 'Also' dates its clause (regression guard: it passed before)", () => {
  const got = brief("Troops recaptured the town of Jowhar from militants on Monday after a brief gunfight, the government said.\n\nOn Tuesday, a roadside bomb struck a vehicle carrying militiamen about 20 km west of Jowhar, killing three of them, a commander said.\n\nAlso on Tuesday, the army said it had carried out an air strike near Baidoa, in support of clan militias, killing two fighters.");
  assert.ok(got.some((g) => /^Air\/drone strike @ Baidoa 2023-10-10/.test(g)), JSON.stringify(got));
});

test("an attack carried out with drones is an air/drone strike", () => {
  const rows: string[] = [
    "Rebels attacked an army base in Kidal with explosive-laden drones on Monday, wounding four soldiers, the army said.",
    "Militants targeted a police station in Bannu with armed drones on Tuesday, wounding two officers.",
    "Dissidents struck a military post in Suarez with two drones carrying explosives on Monday, the army said.",
    "Rebels attacked an army camp on the edge of the village of Tessit, in the Gao region of eastern Mali, with armed drones on Monday, the army said.",
  ];
  const bad: string[] = [];
  for (const text of rows) {
    const got = brief(text);
    if (!got.some((g) => g.startsWith("Air/drone strike"))) bad.push(`${text}\n  got ${JSON.stringify(got)}`);
  }
  assert.deepEqual(bad, []);
  // regression guard: drones only watched, the clash is fought by hand
  const watched = brief("Soldiers clashed with rebels in Kidal on Monday, with drones circling overhead, killing two fighters.");
  assert.ok(watched.some((g) => g.startsWith("Armed clash")), JSON.stringify(watched));
});

test("where fighters withdrew or retreated to is not the fight's scene", () => {
  // Row 1 failed before (a second clash at Komanda); rows 2-3 are regression guards.
  const retreat = brief("Soldiers clashed with rebels in Bunia on Tuesday, and the rebels retreated to Komanda after three hours of fighting, killing two soldiers.");
  assert.deepEqual(retreat.map((g) => g.split(" @ ")[1]?.split(" ")[0]), ["Bunia"], JSON.stringify(retreat));
  // regression guard: rebels who had retreated to a town and fight there fight at that town
  const there = brief("Rebels who had retreated to Komanda attacked an army post there on Monday.");
  assert.ok(there.some((g) => /@ Komanda/.test(g)), JSON.stringify(there));
  // regression guard: the fight's own town stays its scene
  const own = brief("Gunmen attacked a checkpoint in Kidal on Monday and then withdrew towards the town of Anefis, after a gunfight that killed three soldiers.");
  assert.ok(own.some((g) => /@ Kidal/.test(g)) && !own.some((g) => /@ Anefis/.test(g)), JSON.stringify(own));
});
