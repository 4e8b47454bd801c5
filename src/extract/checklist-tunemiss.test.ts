// A checklist for misses read off tuning set 15 (session 12) whose causes hold for any report of their
// kind: an anniversary lead names the old happening's victims with a bare participle ("the schoolgirls
// abducted from X gathered ... to mark ten years since ..."), which is no new abduction; talks that a
// report says were not concluded ("a prisoner exchange discussed in X was not concluded") are no
// agreement; a verb joined to a dated one ("raped ... last week, and abducted several others, a charity
// said on Tuesday") shares its day, not the day it was said; violence told as going on ("fighting ... has
// continued this month") with no day of its own is background; a landmark the gazetteer lacked (a dam
// that places a strike); and a state's forces taking a place abroad ("Russian troops captured a village in
// Donetsk") take it as ACLED codes a non-state actor's taking, unless allied troops retake it from insurgents;
// "separatists" in a Cameroonian story are the Ambazonian Separatists (data/actors/generic.json
// country_groups); a cue inside the name of a treaty or body ("the Chemical Weapons Convention") is no
// happening; and Burkina Faso's provinces, which GeoNames writes "Province du X" or "X Province", are read
// as "X province" (scripts/build-gazetteer.ts). The sentences are invented for this test.
//
// Probe (session 12, against main at 9253752): 19 of 35 rows failed before (the other 16 are regression
// guards: the first two ongoing rows passed only because the dam was unknown, and guard the new entry); 0 still fail.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "./index.js";
import { onlyEvent, PUBLISHED } from "./checklist-testing.js";

const eventsOf = (text: string) => extractArticle({ id: "checklist", text, published: PUBLISHED }).events;

test("an anniversary lead's victims told with a bare participle are the old happening's, no new one", () => {
  const rows = [
    "Parents of the students abducted from a boarding school in Dapchi gathered there on Sunday to mark five years since fighters seized 110 girls.",
    "Relatives of the pupils kidnapped from a school in Kankara met at the school on Sunday to mark three years since gunmen took them.",
  ];
  for (const text of rows) assert.deepEqual(eventsOf(text).map((e) => e.sub_event_type), [], text);
});

test("an abduction told as news, with victims and a day of its own, stays an event (regression guard)", () => {
  const rows = [
    "Gunmen abducted 20 students from a school in Kankara on Sunday, police said.",
    "Parents said on Sunday that gunmen had abducted 20 students from a school in Kankara.",
  ];
  for (const text of rows) assert.equal(onlyEvent(text).sub_event_type, "Abduction/forced disappearance", text);
});

test("talks the report says were not concluded are no agreement", () => {
  const rows = [
    "A prisoner exchange discussed in Muscat on Sunday was not concluded, mediators said.",
    "A separate prisoner exchange discussed by the two sides in Muscat was not concluded.",
  ];
  for (const text of rows) assert.deepEqual(eventsOf(text).map((e) => e.sub_event_type), [], text);
});

test("a prisoner exchange carried out is an agreement (regression guard)", () => {
  assert.equal(onlyEvent("The two sides completed a prisoner exchange in Muscat on Sunday, mediators said.").sub_event_type, "Agreement");
});

test("a verb joined by 'and' to a dated one shares its day, not the day the source spoke", () => {
  // "last week" is 2 to 8 October; "on Tuesday" (10 October) is when the charity spoke.
  const rows = [
    "Militiamen raped at least ten women fleeing the camp near El Fasher last week, and abducted several others, a charity said on Tuesday.",
    // regression guard: an abduction joined to an attack told with its own day
    "Gunmen attacked a village near Gusau on Saturday, and abducted several farmers, police said on Tuesday.",
  ];
  for (const text of rows) {
    const events = eventsOf(text);
    assert.ok(events.length >= 1, text);
    for (const e of events) assert.ok(e.event_date <= "2023-10-08", `${text}\n${e.sub_event_type} dated ${e.event_date}`);
  }
});

test("a happening told only with the day it was said keeps that day (regression guard)", () => {
  assert.equal(onlyEvent("Gunmen abducted five traders near El Fasher, a charity said on Tuesday.").event_date, "2023-10-10");
});

test("violence told as going on, with no day of its own, is background", () => {
  const rows = [
    // the first two passed before only while the dam was unknown (regression guards for the new gazetteer entry)
    "The rebels announced on Wednesday that they had named a new leader in Idlib. Fighting between rival factions around the Tishreen Dam has continued this month.",
    "Fighting between rival factions around the Tishreen Dam has continued for weeks, residents said.",
    "Clashes between the army and rebels in the hills west of Beni have persisted since the spring.",
  ];
  for (const text of rows) assert.ok(!eventsOf(text).some((e) => e.event_type === "Battles"), text);
});

test("fighting that went on with a day and a toll of its own is still an event (regression guard)", () => {
  const rows = [
    "Fighting between the army and rebels continued in Beni on Sunday, killing five soldiers.",
    "Fighting between the army and rebels in Beni has continued since Sunday, and five soldiers were killed on Monday, the army said.",
  ];
  for (const text of rows) assert.ok(eventsOf(text).some((e) => e.sub_event_type === "Armed clash"), text);
});

test("a dam named as the scene places the event there", () => {
  const rows: [text: string, location: string][] = [
    ["A drone strike hit a convoy near the Tishreen Dam in northern Syria on Sunday, killing four people.", "Tishreen Dam"],
    ["Turkish drones struck a car near the Tishrin Dam on Sunday, killing two fighters.", "Tishreen Dam"],
  ];
  for (const [text, location] of rows) assert.equal(onlyEvent(text).location, location, text);
});

test("a state's forces taking a place abroad from that state, or from no one told, take it as a non-state actor does", () => {
  const rows = [
    "Russia's defence ministry said on Sunday its troops had captured the village of Illinka in Ukraine's Donetsk region.",
    "Russian troops captured the village of Illinka near Kurakhove in eastern Ukraine on Sunday after days of fighting.",
    "Ukrainian troops captured the Russian town of Sudzha in the Kursk region on Sunday.",
  ];
  for (const text of rows) assert.equal(onlyEvent(text).sub_event_type, "Non-state actor overtakes territory", text);
});

test("a government's own troops, or allied troops retaking a town from insurgents, regain it (regression guard)", () => {
  const rows = [
    "Nigerian troops retook the town of Marte from Boko Haram fighters on Sunday.",
    "Rwandan troops retook the town of Mocimboa da Praia from insurgents on Sunday.",
  ];
  for (const text of rows) assert.equal(onlyEvent(text).sub_event_type, "Government regains territory", text);
});

test("'separatists' in a Cameroonian story are the Ambazonian Separatists", () => {
  const rows = [
    "Armed separatists set fire to a school and abducted four teachers in Kumba on Saturday, an official said.",
    "Separatist fighters set off a bomb against a police patrol in Bamenda on Wednesday, killing one officer.",
    "Separatists killed two soldiers near Buea on Sunday, the army said.",
  ];
  for (const text of rows) assert.equal(onlyEvent(text).actor1, "Ambazonian Separatists", text);
});

test("the word stays generic elsewhere, and other words stay unnamed in Cameroon (regression guard)", () => {
  const rows: [text: string, actor1: string][] = [
    ["Separatists attacked a checkpoint in Donetsk on Sunday, killing two soldiers.", "Unidentified Armed Group (Ukraine)"],
    ["Gunmen killed two farmers near Kumba on Sunday, residents said.", "Unidentified Armed Group (Cameroon)"],
  ];
  for (const [text, actor1] of rows) assert.equal(onlyEvent(text).actor1, actor1, text);
});

test("a cue that is part of the name of a treaty or body names that thing, not a happening", () => {
  const rows = [
    "Ukraine accused Moscow on Monday of breaching the Chemical Weapons Convention.",
    "The country signed the Chemical Weapons Convention in 1993, the foreign ministry said on Monday.", // regression guard (an old year)
  ];
  for (const text of rows) assert.deepEqual(eventsOf(text).map((e) => e.sub_event_type), [], text);
  // ...and the happening the sentence does tell is read, not the name
  const e = onlyEvent("Ukraine's army said on Monday that a Russian drone dropped tear gas grenades on its positions near Orikhiv on Sunday, accusing Moscow of breaching the Chemical Weapons Convention.");
  assert.equal(e.location, "Orikhiv");
});

test("a chemical attack told as a happening stays one (regression guard)", () => {
  const rows = [
    "Rebels fired a chemical weapon at an army post near Orikhiv on Sunday, the army said.",
    "Syrian forces carried out a Chemical attack on Douma on Saturday, killing 40 people.",
  ];
  for (const text of rows) assert.equal(onlyEvent(text).sub_event_type, "Chemical weapon", text);
});

test("a province GeoNames writes in French ('Province du Koulpelogo') or with its word after ('Zoundweogo Province') is read as reports write it", () => {
  const rows: [text: string, location: string][] = [
    ["Gunmen shot dead a village chief and his son in Burkina Faso's Koulpelogo province on Wednesday night, residents said.", "Koulpelogo"],
    ["Gunmen shot dead a village chief and his son in Burkina Faso's Zoundweogo province on Wednesday night, residents said.", "Zoundweogo"],
    ["Jihadists killed 12 soldiers in an ambush in the Yagha province of Burkina Faso on Wednesday, the army said.", "Yagha"],
  ];
  for (const [text, location] of rows) {
    const e = onlyEvent(text);
    assert.deepEqual([e.location, e.geo_precision], [location, 2], text);
  }
});
