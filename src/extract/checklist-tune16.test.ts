// A checklist for misses read off tuning set 16 (session 12: long articles whose follow-ups are told only by
// context) whose causes hold for any report of their kind: a capital that is accused, blamed or urged
// ("accusing Moscow of breaking the convention") stands for its government, not a scene; a river named after
// "the left bank of the" shares a city's name but is no place of the event; the day of a statement ("In a
// statement read on state television on Thursday night, the ministry said ...") is when it was said, and the
// official account it opens, at the lead's own place and with no day of its own, is the lead's happening told
// again, not a second one; where survivors were "brought to" is no scene; and fighters who entered a town
// and were pushed out again, or met there by its defenders, took nothing (a clash); and attackers who
// "entered the camp", told after the attack on it, did the attack (no change of hands). The sentences are invented.
//
// Probe (session 12, against main at 2f4387c): 7 of 14 rows failed before (the other 7 are regression guards:
// the Goma row, a toy of the accusation rule, was already read right); 0 still fail.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "./index.js";
import { onlyEvent, PUBLISHED } from "./checklist-testing.js";

const eventsOf = (text: string) => extractArticle({ id: "checklist", text, published: PUBLISHED }).events;

test("a capital that is accused or blamed stands for its government, not the scene", () => {
  const rows: [string, string][] = [
    // (only the place is asserted: the perpetrator of a cue inside the accusation is a separate matter)
    ["Russian drones dropped grenades filled with tear gas on Ukrainian soldiers near the village of Krynky on Sunday, the army said, accusing Moscow of a chemical attack.", "Krynky"],
    ["Gunmen shelled a camp near Goma in eastern Congo on Sunday, officials said, accusing Kigali of arming the rebels.", "Goma"],
  ];
  for (const [text, place] of rows) assert.equal(onlyEvent(text).location, place, text);
});

test("a city the attack happened in keeps its place even with an accusation nearby (regression guard)", () => {
  assert.equal(onlyEvent("Missiles struck a hospital in Kharkiv on Sunday, killing three people, and officials accused Moscow of targeting homes.").location, "Kharkiv");
});

test("a river told as 'the left bank of the X' is no place of the event", () => {
  const text = "Soldiers holding positions on the left bank of the Dnipro near the village of Krynky came under shelling on Sunday, the army said.";
  assert.equal(onlyEvent(text).location, "Krynky");
});

test("an official account opened by the day of a statement retells the lead at its place, no second event", () => {
  const text = "Twenty soldiers were killed in an ambush by militants near Tillaberi on Sunday, the government said.\n\n"
    + "In a statement read on state television on Monday night, the defence ministry said a unit was attacked by fighters using improvised explosive devices near Tillaberi.";
  const events = eventsOf(text);
  assert.deepEqual(events.map((e) => [e.event_date, e.sub_event_type]), [["2023-10-08", "Armed clash"]], text);
});

test("a statement's day that comes with a new place, or a strike told for the next day, stays its own event (regression guard)", () => {
  const text = "Twenty soldiers were killed in an ambush by militants near Tillaberi on Sunday, the government said.\n\n"
    + "The next day, army aircraft struck fighters near Ayorou, killing dozens, the ministry said.";
  assert.deepEqual(eventsOf(text).map((e) => [e.event_date, e.sub_event_type]), [["2023-10-08", "Armed clash"], ["2023-10-09", "Air/drone strike"]], text);
});

test("where survivors were brought to is no scene", () => {
  const text = "Militants ambushed an army patrol near Tillaberi on Sunday, killing seven soldiers; survivors of the fighting were brought to Niamey.";
  assert.equal(onlyEvent(text).location, "Tillaberi");
});

test("a town the fighting came to is still a scene (regression guard)", () => {
  assert.equal(onlyEvent("Militants brought the fighting to Tillaberi on Sunday, killing seven soldiers.").location, "Tillaberi");
});

test("fighters who entered a town and were pushed out again, or met by defenders there, took nothing: a clash", () => {
  const rows = [
    "Rebel fighters entered Gondar on Saturday and fought soldiers in several districts before the army pushed them out, residents said.",
    "Armed men crossed from Ukraine on Thursday and entered the town of Klimovo in Russia's Bryansk region, where border guards engaged them, officials said.",
  ];
  for (const text of rows) assert.equal(onlyEvent(text).sub_event_type, "Armed clash", text);
});

test("fighters who entered a town and stayed took it (regression guard)", () => {
  const text = "Rebel fighters entered Gondar on Saturday after a day of fighting with soldiers and took control of the town, residents said.";
  assert.equal(onlyEvent(text).sub_event_type, "Non-state actor overtakes territory");
});

test("attackers who entered a camp, told after the attack on it, did the attack: no change of hands", () => {
  const text = "Militiamen armed with machetes attacked a camp for displaced people near Bunia in Ituri province on Sunday, killing nine civilians, officials said.\n\n"
    + "CODECO fighters entered the camp shortly after dark and went from hut to hut, a camp leader said.";
  assert.deepEqual(eventsOf(text).map((e) => [e.sub_event_type, e.actor2]), [["Attack", "Civilians (Democratic Republic of Congo)"]], text);
});

test("fighters who entered a town after a fight there took it (regression guard)", () => {
  const text = "Rebels fought soldiers on the edge of Bunia on Sunday, killing nine, officials said.\n\n"
    + "The rebels entered the town in the evening and took control of its centre, residents said.";
  assert.equal(eventsOf(text)[0]?.event_type, "Battles", text);
});
