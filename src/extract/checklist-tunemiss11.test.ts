// A checklist for the misses left on tuning set 19 (session 14) whose causes hold for any report of their kind:
// a place that lies outside the governorate its sentence names as the frame right after it ("in Wadi X, in Y
// district of Z governorate", X a far namesake) won over the town inside; a joint dateline ("GAZA CITY/JERUSALEM,")
// kept the lead at the filing day, and its month "May" read as the modal "may" dropped the lead as a forecast;
// "killed five tourists" was no attack; a speaker judging "that the protests were legitimate" was one more
// protest; a boat that "came under attack", then was hit by rockets, was typed an armed clash; "the Niger River"
// was a clue to the country Niger; a lead summing up bombings at "two churches" stayed one more event at the
// dateline city. The sentences are invented for this test.
//
// Probe (session 14, against main at df28377): 9 of 16 rows failed before (the other 7 are regression guards);
// 0 still fail. Left as todo: a riot told by its deeds (burning tyres, torching a police station) is coded as
// looting by the police and a protest with intervention.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "./index.js";
import { check, none } from "./checklist-testing.js";

// PUBLISHED is Wednesday 2023-10-11.
test("a place outside the governorate its sentence names as the frame loses to one inside", () => {
  check([
    ["Two soldiers were killed on Monday when a landmine exploded under their vehicle in Wadi Marib, in Lawdar district of Abyan governorate, a military source said.",
      { sub: "Remote explosive/landmine/IED", loc: /Lawdar/, date: "2023-10-09" }],
    ["Gunmen ambushed an army patrol in Wadi Hama, in Idlib governorate, on Monday, killing three soldiers, a monitor said.",
      { sub: ["Armed clash", "Attack"], loc: /Idlib/, date: "2023-10-09" }],
    // guard: a town inside the governorate named after it stays
    ["Militants attacked a checkpoint in Lawdar, in Abyan governorate, on Monday, killing two soldiers, officials said.",
      { sub: ["Armed clash", "Attack"], loc: /Lawdar/, date: "2023-10-09" }],
  ]);
});

/** Events of a report filed on Wednesday 10 May 2023. */
const inMay = (text: string) => extractArticle({ id: "may", text, published: "2023-05-10" }).events.map((e) => `${e.sub_event_type} | ${e.location} | ${e.event_date}`);

test("a joint dateline's day is the filing day, and its May is a month, not a modal", () => {
  assert.deepEqual(inMay("GAZA CITY/JERUSALEM, May 10 (Reuters) — Israeli aircraft struck a house in Rafah before dawn on Tuesday, killing four people, medics said."),
    ["Air/drone strike | Rafah | 2023-05-09"]);
  assert.deepEqual(inMay("KHARTOUM, May 10 — Paramilitary fighters shelled a market in Omdurman on Monday, killing eight people, residents said."),
    ["Shelling/artillery/missile attack | Omdurman | 2023-05-08"]);
  // guard: the modal still makes a forecast
  assert.deepEqual(inMay("Officials warned that the rebels may attack the town of Kalehe on Friday."), []);
});

test("tourists killed are victims of an attack", () => {
  check([
    ["Islamic State fighters killed five tourists near Palmyra on Sunday, officials said.",
      { sub: "Attack", loc: /Palmyra|Tadmur/, date: "2023-10-08", fat: 5 }],
  ]);
});

test("a speaker judging the protests tells no protest of its own", () => {
  check([
    ["Thousands marched in Khartoum on Tuesday to demand civilian rule. The prime minister said in a speech on Monday that the protests were legitimate and promised reforms.",
      { sub: "Peaceful protest", loc: /Khartoum/, date: "2023-10-10" }],
    ["Thousands marched in Omdurman on Tuesday to demand civilian rule. The prime minister said in a speech on Saturday that the protests in Kassala were legitimate and promised reforms.",
      { sub: "Peaceful protest", loc: /Omdurman/, date: "2023-10-10" }],
  ]);
  // guard: protests told by a speaker as happening are still protests
  check([
    ["Police said that the protesters blocked the main road in Kisumu on Tuesday.",
      { sub: "Peaceful protest", loc: /Kisumu/, date: "2023-10-10" }],
  ]);
});

test("a boat that came under attack is typed by the weapon told next; a river named like a country is no clue to it", () => {
  check([
    ["A passenger ferry came under attack near Mopti on Monday. The assailants fired two rockets at the vessel, killing 12 passengers, the governor said.",
      { sub: ["Shelling/artillery/missile attack", "Attack"], loc: /Mopti/, date: "2023-10-09" }],
    ["Jihadists fired rockets at a passenger boat on the Niger River near Gao on Monday, killing 30 people, officials said.",
      { sub: ["Shelling/artillery/missile attack", "Attack"], loc: /Gao/, cc: "ML", date: "2023-10-09" }],
    // guard: an attack with no weapon told stays as it was
    ["An army convoy came under attack near Menaka on Monday, and soldiers fought the assailants for two hours, the army said.",
      { sub: "Armed clash", loc: /Menaka/, date: "2023-10-09" }],
  ]);
});

test("a lead summing up bombings at several scenes, placed only by the dateline, is the events told after it", () => {
  // guard: main already splits this one
  check([
    ["CAIRO, Oct 11 (Reuters) — Suicide bombers killed 31 people at two Coptic churches on Sunday. The first bomb exploded inside a church in Minya, killing 19 people. Hours later a suicide bomber blew himself up outside a cathedral in Assiut, killing 12.",
      { sub: ["Suicide bomb", "Remote explosive/landmine/IED"], loc: /Minya/, date: "2023-10-08" },
      { sub: "Suicide bomb", loc: /Asyut|Assiut/, date: "2023-10-08" }],
  ]);
  // (the Minya and Assiut scenes still merge into one event here: only the dateline's city is checked)
  const events = extractArticle({ id: "churches", published: "2023-10-11", text: "CAIRO, Oct 11 (Reuters) — Egypt declared a state of emergency on Monday after suicide bombers killed at least 31 people at two churches on Sunday, in attacks claimed by Islamic State.\n\nThe first bomb exploded inside a church in Minya, killing 19 people, the health ministry said. Hours later, a suicide bomber blew himself up at the gate of a cathedral in Assiut, killing 12 people.\n\nIslamic State said in a statement that two of its members had carried out the attacks." }).events;
  assert.deepEqual(events.filter((e) => /Cairo/.test(e.location)).map((e) => e.sub_event_type), []);
  assert.ok(events.some((e) => /Assiut|Asyut/.test(e.location)));
});

test("guard: a lead with one scene stays", () => {
  none(["CAIRO, Oct 11 (Reuters) — The government said on Sunday it would hold talks with the opposition next month."]);
});

test("a riot told by its deeds is a violent demonstration", { todo: "burning tyres and torching a police station are read as looting by the police (actor from the tear gas clause) and a protest with intervention; needs the deeds of a crowd typed as a riot" }, () => {
  check([
    ["Young men burned tyres, threw stones at police and set fire to a police station in Kasserine on Monday, witnesses said.",
      { sub: "Violent demonstration", loc: /Kasserine/, date: "2023-10-09" }],
  ]);
});
