// A checklist for misses read off the long-article tuning sets (tune11-tune15, reports over 2,400
// characters) whose causes hold for any report of their kind:
// - a follow-up opened by the earlier happening it follows ("Hours after the rebels entered the town, a
//   drone struck ..."): the opener's verb is the happening already told, so it neither makes an event nor
//   hides the follow-up's own cue (the drone strike, not a clash over the town);
// - a day told inside a relative clause about someone ("police detained X, a former officer who resigned
//   last month, at the border crossing on Saturday") dates that clause, not the main verb;
// - a state broadcaster's or a ministry's account of the lead, quoted as the object of a report ("state
//   television broadcast a brief report about 'a terrorist incursion repelled by our forces'"), retells the
//   lead and is no second fight;
// - a distance from "the North Kordofan capital" is measured from that region's capital town (the unit's row
//   stands there), and a village placed off it is a place, not the region (data/gazetteer/cues.json unitCapitalAfter).
// The sentences are invented for this test.
//
// - a follow-up opening "A day after the attack," is dated from the lead's own day;
// - "security agents" who detain someone are the state's police (data/actors/generic.json), so the arrest
//   told late in a long report has its actor and is kept.
// Probe (session 12, against main at 367fa69): 10 of 15 rows failed before (the Ataq and Komanda follow-ups,
// both relative-clause dates, the state-television account, both region-capital rows, both "a day after"
// rows: on main the Komanda bomb and the Inates strike were read as background; the security agents' arrest);
// the other 5 are
// regression guards (the Palma follow-up, the ministry's statement, the lead told once, the lone opener, a
// main-clause day); 0 still fail.
// Misses before (eval --why; tune11 / tune12 / tune13 / tune14 / tune15): wrong place 1/3/6/11/2, wrong date
// 1/1/0/0/0, wrong type 1/3/4/3/4, nothing close 9/8/4/2/14. Of the long cases read by hand (Ataq, Mansila,
// north Kosovo, Galle Face, Munai, Inates), the general causes fixed here are the three above; the others were
// scenes the gazetteer lacks (Rudare, Jarinje, Medamulana), a lead dated by the day of the response ("extended a
// curfew on Tuesday after a day of violence in which ..."), actors the lexicon lacks ("security agents"), and
// cue readings ("blocked roads", "stormed a protest camp") left to the cue helpers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "./index.js";
import { PUBLISHED } from "./checklist-testing.js";

// PUBLISHED is Wednesday 11 October 2023: Tuesday is the 10th, Monday the 9th, Saturday the 7th.
const eventsOf = (text: string) => extractArticle({ id: "checklist", text, published: PUBLISHED }).events;
const brief = (text: string) => eventsOf(text).map((e) => `${e.sub_event_type} @ ${e.location} ${e.event_date}`);

test("a follow-up opened by the happening it follows is told by its own cue", () => {
  const rows: [string, string][] = [
    [
      "Rebels took control of the town of Ataq on Tuesday after two days of fighting, residents said. Hours after the rebels entered Ataq, a drone struck a rebel position in Nisab, killing three fighters.",
      "Air/drone strike @ Nisab",
    ],
    [
      "Gunmen stormed a police station in Bunia on Monday, killing two officers. A day after the gunmen attacked Bunia, a roadside bomb exploded near a market in Komanda, killing four people.",
      "Remote explosive/landmine/IED @ Komanda",
    ],
    [
      "Militants captured the town of Palma on Monday, officials said. Hours after the militants seized Palma, helicopters fired rockets at their positions near Mocimboa da Praia.",
      "Air/drone strike @ Mocimboa da Praia", // regression guard: no appositive here, it passed before
    ],
  ];
  for (const [text, want] of rows) {
    const got = brief(text);
    assert.ok(got.some((g) => g.startsWith(want)), `${text}\n  got ${JSON.stringify(got)}`);
  }
});

test("the opener's happening is the one told before, not a second event (regression guard on the lead)", () => {
  const text = "Rebels took control of the town of Ataq on Tuesday, residents said. Hours after the rebels entered Ataq, a drone struck a rebel position in Nisab, killing three fighters.";
  const got = brief(text);
  assert.equal(got.filter((g) => g.includes("@ Ataq")).length, 1, JSON.stringify(got));
});

test("a follow-up with no other cue of its own keeps the opener's reading (regression guard)", () => {
  // Nothing else happens in the sentence: the opener is all it tells, and the report tells it once.
  const text = "Hours after gunmen attacked a church in Kafanchan on Sunday, residents fled the town, police said.";
  assert.equal(eventsOf(text).length, 1, JSON.stringify(brief(text)));
});

test("a day told in a relative clause about a person dates that clause, not the main verb", () => {
  const rows: [string, string][] = [
    [
      "Police said they detained Ivan Markov, a former officer who resigned last month with dozens of colleagues, in Mitrovica on Saturday.",
      "2023-10-07",
    ],
    [
      "Soldiers arrested Musa Keita, a local official who fled the town in August, in Mopti on Monday, his family said.",
      "2023-10-09",
    ],
  ];
  for (const [text, want] of rows) {
    const got = eventsOf(text).map((e) => e.event_date);
    assert.deepEqual(got, [want], text);
  }
});

test("a day in the main clause still dates it when the relative clause has none (regression guard)", () => {
  const got = eventsOf("Police on Saturday detained Ivan Markov, a former officer who led the protests, in Mitrovica.").map((e) => e.event_date);
  assert.deepEqual(got, ["2023-10-07"]);
});

test("a broadcaster's quoted account of the lead is no second fight", () => {
  const rows = [
    'Militants overran an army base at Mansila on Monday, killing dozens of soldiers, security sources said. State television on Tuesday broadcast only a brief report about "a terrorist incursion in the Sahel region repelled by our valiant forces".',
    'Rebels attacked an army post in Kidal on Monday, local officials said. The defence ministry on Tuesday issued a statement about "an attack by armed bandits repulsed by our forces in the north".',
  ];
  for (const text of rows) {
    const got = brief(text);
    assert.equal(got.length, 1, `${text}\n  got ${JSON.stringify(got)}`);
  }
});

test("a distance from 'the <region> capital' is measured from that region's capital town", () => {
  // El Obeid (13.18 N) is the capital of North Kordofan: 30 km south of it is about 12.91 N.
  const text = "Fighters stormed a village on Sunday, killing 21 villagers. The attackers arrived at Hilat Saeed, about 30 km south of the North Kordofan capital, in the early afternoon.";
  const [e] = eventsOf(text);
  assert.ok(e && Math.abs(e.latitude! - 12.91) < 0.05, JSON.stringify(e && [e.location, e.latitude, e.longitude]));
});

test("'the <region> capital' names the capital town itself, not the region", () => {
  const [e] = eventsOf("Hundreds of people marched in the North Kordofan capital on Sunday to demand the release of detainees.");
  assert.ok(e && e.location === "El Obeid" && e.geo_precision <= 2, JSON.stringify(e && [e.location, e.geo_precision]));
});

test("a follow-up opening 'A day after the attack,' is dated a day after the lead's own day", () => {
  const rows: [string, string][] = [
    ["Gunmen stormed a police station in Bunia on Monday, killing two officers. A day after the gunmen attacked Bunia, a roadside bomb exploded near a market in Komanda, killing four people.", "2023-10-10"],
    ["Militants overran an army camp at Inates on Saturday, the ministry said. Two days after the attack, jets struck militant positions near Inates, a security source said.", "2023-10-09"],
  ];
  for (const [text, want] of rows) {
    const got = eventsOf(text).map((e) => `${e.sub_event_type} ${e.event_date}`);
    assert.ok(got.some((g) => !g.startsWith("Armed clash") && !g.startsWith("Non-state") && g.endsWith(want)), `${text}\n  got ${JSON.stringify(got)}`);
  }
});

test("'security agents' who detain someone are the state's police, so the arrest has its actor and stays", () => {
  // data/actors/generic.json police.alone; an arrest with no actor1 is dropped (assemble.ts).
  const got = eventsOf("In Ouagadougou on Thursday, security agents detained a journalist, his colleagues said.").map((e) => `${e.sub_event_type} | ${e.actor1}`);
  assert.deepEqual(got, ["Arrests | Police Forces of Burkina Faso (2022-)"]);
});
