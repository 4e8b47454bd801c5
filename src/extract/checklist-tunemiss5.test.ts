// A checklist for misses read off tuning set 17 (session 13) whose causes hold for any report of their kind:
// - a closing attribution followed by a clause ("..., local officials said, as fighting flared ...") names
//   its speaker after the last comma, so the group named as the subject ("Houthi shelling killed ...") stays
//   the actor and is no speaker;
// - ACLED names Turkey's forces by period: "(2002-2016)" before the July 2016 coup attempt, "(2016-)" after;
// - ACLED's name for South Sudan's armed opposition is "SPLM/A-IO: Sudan People's Liberation Movement/Army
//   (In Opposition)";
// - armed youths of the Murle community are ACLED's Murle Ethnic Militia (South Sudan);
// - "strikes also hit ..." is a strike like "strikes hit ...";
// - "killing 11 civilians and a local journalist": a person told with "a" after "and" is one more dead;
// - a day in the dateline ("LAGOS, March 3 — ...") is when the report was filed: a sentence that also gives
//   its event a day ("on Monday") keeps that day.
// The sentences are invented for this test.
//
// Probe (session 13, against main at 0bc4ffe): 14 of 20 rows failed before (the other 6 are regression
// guards); 0 still fail.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "./index.js";
import { grid, check, ARMY, CIVILIANS, NOBODY, ANY } from "./checklist-testing.js";

const eventsOf = (text: string, published: string) => extractArticle({ id: "checklist", text, published }).events;

test("a group named as the subject stays the actor when the closing attribution is followed by a clause", () => {
  grid([
    ["Houthi shelling killed three civilians in Hodeidah on Sunday, medics said, as fighting flared along the coast.", "Shelling/artillery/missile attack", /^Ansar Allah$/, CIVILIANS("Yemen"), 3, "Hodeidah"],
    ["Al Shabaab fighters killed four villagers in Afgooye on Sunday, elders said, adding that the attackers fled.", "Attack", /^Al Shabaab$/, CIVILIANS("Somalia"), 4, "Afgooye"],
    // regression guards: the attribution closing the sentence
    ["Houthi shelling killed three civilians in Hodeidah on Sunday, medics said.", "Shelling/artillery/missile attack", /^Ansar Allah$/, CIVILIANS("Yemen"), 3, "Hodeidah"],
    ["Al Shabaab fighters killed four villagers in Afgooye on Sunday, elders said.", "Attack", /^Al Shabaab$/, CIVILIANS("Somalia"), 4, "Afgooye"],
  ]);
});

test("Turkey's forces are named by ACLED's period", () => {
  const rows: [string, string, RegExp][] = [
    ["Turkish drones struck a village near Qamishli on Sunday, killing three fighters.", "2021-06-08", /^Military Forces of Turkey \(2016-\)$/],
    ["Turkish jets bombed PKK positions near Duhok on Sunday.", "2019-06-04", /^Military Forces of Turkey \(2016-\)$/],
    ["Turkish police detained 40 people in Ankara on Sunday.", "2018-06-05", /^Police Forces of Turkey \(2016-\)$/],
    // before the coup attempt
    ["Turkish jets bombed PKK positions near Duhok on Sunday.", "2015-08-04", /^Military Forces of Turkey \(2002-2016\)$/],
  ];
  const failed = rows.filter(([text, published, a1]) => !eventsOf(text, published).some((e) => a1.test(e.actor1)));
  assert.deepEqual(failed.map((r) => r[0] + " " + r[1]), []);
});

test("South Sudan's armed opposition carries ACLED's name", () => {
  grid([
    ["SPLA-IO fighters clashed with government troops near Kajo Keji on Sunday, killing five soldiers.", "Armed clash", /^SPLM\/A-IO: Sudan People's Liberation Movement\/Army \(In Opposition\)$/, ARMY("South Sudan"), 5, "Kajo Keji"],
  ]);
});

test("armed youths of the Murle community are the Murle ethnic militia", () => {
  grid([
    ["Armed youths from the Murle community raided a cattle camp near Akobo on Sunday, killing nine herders.", "Attack", /^Murle Ethnic Militia \(South Sudan\)$/, CIVILIANS("South Sudan"), 9, "Akobo"],
    ["Murle gunmen attacked a village near Pibor on Sunday, killing six people.", "Attack", /^Murle Ethnic Militia \(South Sudan\)$/, CIVILIANS("South Sudan"), 6, "Pibor"],
  ]);
});

test("'strikes also hit' is a strike", () => {
  check([
    ["Russian strikes hit a market in Idlib on Sunday, killing nine people. Strikes also hit a bakery in Ariha on Sunday.",
      { sub: "Air/drone strike", loc: /Idlib/ }, { sub: "Air/drone strike", loc: /Ariha/ }],
  ]);
  grid([["Air strikes again hit the outskirts of Marib on Sunday.", "Air/drone strike", ANY, NOBODY, 0, "Marib"]]);
});

test("a dateline's day is not the day the sentence gives its event", () => {
  // published on a Tuesday; "on Sunday" is 2 days before
  const rows: [string, string][] = [
    ["MAIDUGURI, Nigeria, March 7 — Gunmen killed four farmers near Konduga on Sunday, residents said.", "2023-03-05"],
    ["GOMA, Feb 14 — Rebels attacked a village near Rutshuru early on Sunday, killing six civilians.", "2023-02-12"],
  ];
  const published = (text: string) => (text.startsWith("MAIDUGURI") ? "2023-03-07" : "2023-02-14");
  const failed = rows.filter(([text, day]) => !eventsOf(text, published(text)).every((e) => e.event_date === day) || !eventsOf(text, published(text)).length);
  assert.deepEqual(failed.map((r) => r[0]), []);
  // regression guard: a dateline's day dates a report that gives no other
  const events = eventsOf("GOMA, Feb 14 — Rebels attacked a village near Rutshuru, killing six civilians, officials said.", "2023-02-14");
  assert.ok(events.length >= 1 && events.every((e) => e.event_date === "2023-02-14"), JSON.stringify(events.map((e) => e.event_date)));
});

test("a person told with 'a' after 'and' is one more dead", () => {
  grid([
    ["Militiamen attacked a village near Bunia on Sunday, killing nine villagers and a local chief.", "Attack", ANY, CIVILIANS("Democratic Republic of Congo"), 10, "Bunia"],
    ["Israeli strikes hit a house in Khan Younis on Sunday, killing six civilians and a journalist.", "Air/drone strike", ANY, ANY, 7, "Khan Younis"],
    ["A bomb killed two soldiers and a civilian in Mogadishu on Sunday.", "Remote explosive/landmine/IED", ANY, ANY, 3, "Mogadishu"],
    // regression guard: an animal is no victim
    ["Gunmen attacked a village near Gusau on Sunday, killing 11 farmers and a dog.", "Attack", ANY, CIVILIANS("Nigeria"), 11, "Gusau"],
  ]);
});
