// A second behavioural checklist for the scene and its sources: a bare state body ("the ministry said",
// "the governor said") is the body of the report's country; a town that lies in one country only keeps
// the story there against an armed group's home country; "the state capital" is the seat of the unit the
// report names; a compass word before a region's name ("central Gaza") is the region, not its namesake
// town; and "Elsewhere, gunmen ..." names no group told before. The sentences are invented for this test.
//
// Probe (session 11, against main at 14360de): 23 of 45 rows failed before (the other 22 are regression
// guards, marked so); 0 still fail. Two gaps stayed test.todo, both fixed in session 12: the region-wide lead toll
// (a row below), and "the provincial capital" told after its province in one sentence (rows of checklist-places3.test.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "./index.js";
import { onlyEvent, PUBLISHED } from "./checklist-testing.js";

test("a bare ministry or governor speaking is the body of the report's country (or of the region named with it)", () => {
  const rows: [text: string, source: string][] = [
    ["Gunmen killed five villagers in Gusau on Sunday, the ministry said.", "Nigerian Ministry"],
    ["Rebels killed five soldiers near Beni on Sunday, the ministry said.", "Congolese Ministry"],
    ["Gunmen killed five villagers in Zamfara state on Sunday, the governor said.", "Nigerian Governor"],
    ["A bomb killed five people in Maiduguri on Sunday, the state governor said.", "Nigerian State Governor"],
    ["Taliban fighters killed five police officers in Ghazni on Sunday, the provincial governor said.", "Afghan Provincial Governor"],
  ];
  for (const [text, source] of rows) assert.equal(onlyEvent(text).source, source, text);
});

test("the bodies the text names in full keep their names (regression guard)", () => {
  const rows: [text: string, source: string][] = [
    ["Gunmen killed five villagers in Zamfara state on Sunday, the defence ministry said.", "Nigerian Defence Ministry"],
    ["Gunmen killed five villagers in Zamfara state on Sunday, the interior ministry said.", "Nigerian Interior Ministry"],
    ["Gunmen killed five villagers in Zamfara state on Sunday, the army said.", "Military Forces of Nigeria (2023-)"],
    ["Gunmen killed five villagers in Zamfara state on Sunday, police said.", "Police Forces of Nigeria (2023-)"],
    ["A bomb killed five people in Maiduguri on Sunday, the ministry of defence said.", "Nigerian Defence Ministry"],
    ["A bomb killed five people in Maiduguri on Sunday, Governor Babagana Zulum said.", "Babagana Zulum"],
    // an office whose words say whose it is stays as the text gives it
    ["A bomb killed five people in Maiduguri on Sunday, the Borno governor said.", "Borno governor"],
    ["A bomb killed five people in Maiduguri on Sunday, Borno's deputy governor said.", "Borno's deputy governor"],
  ];
  for (const [text, source] of rows) assert.equal(onlyEvent(text).source, source, text);
});

test("'the ministry' after a ministry named in full is that ministry told again, not a second source (regression guard)", () => {
  const e = onlyEvent("Nigeria's defence ministry said a bomb killed five people in Maiduguri on Sunday. The ministry said the attackers fled.");
  assert.equal(e.source, "Nigerian Defence Ministry");
});

test("a town that lies in one country only keeps the story there, whatever the armed group's home country", () => {
  const rows: [text: string, location: string, country: string, precision: number][] = [
    ["Al-Shabaab fighters killed five police officers in Mandera on Sunday.", "Mandera", "Kenya", 1],
    ["Al-Shabaab fighters attacked a police post in Mandera on Sunday, killing five officers.", "Mandera", "Kenya", 1],
    ["Al-Shabaab militants attacked a bus near Mandera on Sunday, killing five passengers.", "Mandera", "Kenya", 2],
    ["Al-Shabaab fighters killed five police officers outside Mandera on Sunday.", "Mandera", "Kenya", 2],
    ["Al-Shabaab fighters killed five soldiers in Baidoa on Sunday.", "Baidoa", "Somalia", 1], // regression guard
    ["Boko Haram fighters killed five villagers in Diffa on Sunday.", "Diffa", "Niger", 1], // regression guard
    ["Turkish drones killed four PKK militants near Sulaymaniyah on Sunday.", "Sulaymaniyah", "Iraq", 2], // regression guard (since gaz24 the city, near it: precision 2 at the same point the governorate had)
  ];
  for (const [text, location, country, precision] of rows) {
    const e = onlyEvent(text);
    assert.deepEqual([e.country, e.location, e.geo_precision], [country, location, precision], text);
  }
});

test("'the state capital' is the seat of the state or province the report names, coded as that town", () => {
  const rows: [text: string, location: string, precision: number][] = [
    ["Gunmen killed five people in Zamfara's state capital on Sunday.", "Gusau", 1],
    ["Gunmen killed five people in the state capital of Zamfara on Sunday.", "Gusau", 1],
    ["Rebels attacked the Tigray regional capital on Sunday, killing five people.", "Mekelle", 1],
    ["Gunmen killed five people on the outskirts of the state capital of Borno on Sunday.", "Maiduguri", 2],
    ["Russian shelling of the Kherson regional capital killed five civilians on Sunday.", "Kherson", 1], // regression guard
    ["Gunmen killed five people in Gusau, the state capital, on Sunday.", "Gusau", 1], // regression guard
    ["Gunmen killed five people in the state capital Gusau on Sunday.", "Gusau", 1], // regression guard
  ];
  for (const [text, location, precision] of rows) {
    const e = onlyEvent(text);
    assert.deepEqual([e.location, e.geo_precision], [location, precision], text);
  }
});

test("'the state capital' in a later sentence is the seat of the state named before", () => {
  const { events } = extractArticle({
    id: "seat", published: PUBLISHED,
    text: "Gunmen attacked villages in Zamfara state on Saturday. On Sunday, gunmen killed five people in the state capital, police said.",
  });
  const sunday = events.find((e) => e.event_date === "2023-10-08");
  assert.deepEqual([sunday?.location, sunday?.geo_precision], ["Gusau", 1]);
});

test("a compass word before a region's name is the region (precision 3), not its namesake town", () => {
  const rows: [text: string, admin1: string][] = [
    ["An Israeli strike killed 20 people in central Gaza on Sunday.", "Gaza Strip"],
    ["An Israeli strike killed 20 people in northern Gaza on Sunday.", "Gaza Strip"],
    ["Russian shelling killed five civilians in southern Kherson on Sunday.", "Kherson"],
    ["Taliban fighters killed five police officers in eastern Ghazni on Sunday.", "Ghazni"],
    ["An air strike killed five people in northern Idlib on Sunday.", "Idlib"],
  ];
  for (const [text, admin1] of rows) {
    const e = onlyEvent(text);
    assert.deepEqual([e.admin1, e.geo_precision], [admin1, 3], text);
  }
});

test("the town itself, named with no compass word, stays the town (regression guard)", () => {
  for (const [text, location] of [
    ["An Israeli strike killed 20 people in Gaza City on Sunday.", "Gaza City"],
    ["Russian shelling killed five civilians in Kherson on Sunday.", "Kherson"],
    ["Gunmen killed five villagers in Kaduna on Sunday.", "Kaduna"],
    // a large city's quarters, and the centre of a city, are the city's
    ["An air strike killed five people in eastern Aleppo on Sunday.", "Aleppo"],
    ["A car bomb killed five people in central Baghdad on Sunday.", "Baghdad"],
  ]) {
    const e = onlyEvent(text);
    assert.deepEqual([e.location, e.geo_precision], [location, 1], text);
  }
});

test("a sentence that tells another happening ('Elsewhere,') does not hand its gunmen to the group told before", () => {
  const rows: [text: string, town: string, country: string][] = [
    ["Boko Haram fighters killed five villagers in Konduga on Sunday. Elsewhere, gunmen killed three farmers in Gwoza.", "Gwoza", "Nigeria"],
    ["Boko Haram fighters killed five villagers in Konduga on Sunday. In a separate incident, gunmen killed three farmers in Gwoza.", "Gwoza", "Nigeria"],
    ["ADF rebels killed five villagers near Beni on Sunday. Elsewhere, gunmen abducted 12 people in Butembo.", "Butembo", "Democratic Republic of Congo"],
    ["Al-Shabaab fighters attacked a military base in Afgoye on Sunday. Elsewhere, gunmen killed two traders in Baidoa.", "Baidoa", "Somalia"],
  ];
  for (const [text, town, country] of rows) {
    const { events } = extractArticle({ id: "elsewhere", text, published: PUBLISHED });
    assert.equal(events.find((e) => e.location === town)?.actor1, `Unidentified Armed Group (${country})`, text);
  }
  // ...while the story's own sentence keeps its named group, and so does one that names the group again (regression guard)
  const { events } = extractArticle({ id: "own", text: rows[0]![0], published: PUBLISHED });
  assert.match(events.find((e) => e.location === "Konduga")?.actor1 ?? "", /^Boko Haram/);
  const again = extractArticle({ id: "again", published: PUBLISHED, text: "Boko Haram fighters killed five villagers in Konduga on Sunday. Elsewhere, Boko Haram gunmen killed three farmers in Gwoza." });
  assert.match(again.events.find((e) => e.location === "Gwoza")?.actor1 ?? "", /^Boko Haram/);
});

test("a region-wide lead toll ('Fighting across the province killed 40 people') does not replace the town's own figure ('In Beni, 12 people died') (fixed in session 12; more rows in checklist-split2)", () => {
  const { events } = extractArticle({ id: "region-toll", published: PUBLISHED, text: "Fighting across the province killed 40 people on Sunday. In Beni, 12 people died." });
  assert.deepEqual(events.map((e) => [e.location, e.fatalities]), [["Beni", 12]]);
});
