// A behavioural checklist for where and when: one invented wire sentence per way of telling a place or
// a day, the event otherwise the same, checked for the location and date a careful ACLED coder would code.
// ACLED: time_precision 1 = the day, 2 = a week or a span of days (middle day coded), 3 = a month.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "./index.js";
import { onlyEvent, PUBLISHED } from "./checklist-testing.js";


const when = (telling: string) => {
  const e = onlyEvent(`Gunmen killed five villagers in Beni ${telling}, officials said.`);
  return [e.event_date, e.time_precision] as const;
};

test("each way of telling a single day dates the event to that day", () => {
  const rows: [string, string][] = [
    ["on Sunday", "2023-10-08"],
    ["late on Friday", "2023-10-06"],
    ["on Sunday night", "2023-10-08"],
    ["in the early hours of Monday", "2023-10-09"],
    ["before dawn on Sunday", "2023-10-08"],
    ["on October 3", "2023-10-03"],
    ["on 3 October", "2023-10-03"],
    ["on Oct. 3", "2023-10-03"],
    ["on Saturday, Oct. 7", "2023-10-07"],
    ["two days ago", "2023-10-09"],
    ["yesterday", "2023-10-10"],
    ["on Wednesday", "2023-10-11"], // the paper's own day
    ["on Thursday last week", "2023-10-05"],
    ["on the night of Saturday to Sunday", "2023-10-07"], // one night, dated by the day it began
    ["on Saturday night into Sunday", "2023-10-07"],
  ];
  for (const [telling, date] of rows) assert.deepEqual(when(telling), [date, 1], telling);
});

test("a weekend told any way is the weekend's two days (time_precision 2), not the day of the report", () => {
  for (const telling of ["over the weekend", "at the weekend", "on the weekend"]) assert.deepEqual(when(telling), ["2023-10-07", 2], telling);
});

test("two days told as the span of one attack are a range (time_precision 2, the middle day coded), not its first day", () => {
  const rows: [string, string][] = [
    ["on Monday and Tuesday", "2023-10-09"],
    ["between Friday and Sunday", "2023-10-07"],
    ["from Friday to Sunday", "2023-10-07"],
    ["in attacks between October 2 and October 6", "2023-10-04"],
    ["in attacks from 2 to 6 October", "2023-10-04"],
    ["in attacks on October 2-6", "2023-10-04"],
  ];
  for (const [telling, date] of rows) assert.deepEqual(when(telling), [date, 2], telling);
});

test("a week or a month told loosely is dated by its middle with the matching precision", () => {
  assert.deepEqual(when("last week"), ["2023-10-05", 2]);
  assert.deepEqual(when("earlier this month"), ["2023-10-06", 3]);
  const since = onlyEvent("Gunmen have killed five villagers in Beni since Friday, officials said.");
  assert.deepEqual([since.event_date, since.time_precision], ["2023-10-08", 2]);
});

test("a later sentence that gives the span of days refines a lead dated only by when it was said", () => {
  const { events } = extractArticle({
    id: "span", published: PUBLISHED,
    text: "An aid group said on Tuesday that armed men had raped 30 women near Goma.\n\nThe group said the assaults took place between October 2 and October 6.",
  });
  assert.equal(events.length, 1);
  assert.deepEqual([events[0]!.event_date, events[0]!.time_precision], ["2023-10-04", 2]);
});

test("a day counted from the day told before it follows that day", () => {
  for (const [later, date] of [["A day later", "2023-10-09"], ["The following day", "2023-10-09"], ["Hours later", "2023-10-08"]] as const) {
    const { events } = extractArticle({
      id: "later", published: PUBLISHED,
      text: `Gunmen killed five villagers in Beni on Sunday. ${later}, gunmen abducted 12 people in Butembo, officials said.`,
    });
    assert.equal(events.length, 2, later);
    assert.equal(events.find((e) => e.location === "Butembo")?.event_date, date, later);
  }
});

const where = (text: string) => {
  const e = onlyEvent(text);
  return { country: e.country, location: e.location, admin1: e.admin1, precision: e.geo_precision, lat: e.latitude!, lon: e.longitude! };
};

test("a town told in, near, outside or on the outskirts of is that town, the vaguer tellings at precision 2", () => {
  const rows: [string, number][] = [["in Beni", 1], ["near Beni", 2], ["outside Beni", 2], ["on the outskirts of Beni", 2], ["in the village of Kamango-Mbwele near Beni", 2]];
  for (const [telling, precision] of rows) {
    const w = where(`Gunmen killed five villagers ${telling} on Sunday, officials said.`);
    assert.deepEqual([w.country, w.location, w.admin1, w.precision], ["Democratic Republic of Congo", "Beni", "North Kivu", precision], telling);
  }
  const w = where("Gunmen killed five villagers in Oicha, a town in North Kivu province, on Sunday, officials said.");
  assert.deepEqual([w.location, w.admin1, w.precision], ["Oicha", "North Kivu", 1]);
  assert.equal(where("KINSHASA — Gunmen killed five villagers in Beni on Sunday, officials said.").location, "Beni", "a dateline is where the reporter filed from");
});

test("a province or state told alone is coded at its capital (precision 3)", () => {
  for (const [text, loc, a1] of [
    ["Gunmen killed five villagers in Borno state on Sunday, officials said.", "Maiduguri", "Borno"],
    ["Gunmen killed five villagers in Ituri province on Sunday, officials said.", "Bunia", "Ituri"],
    ["A drone strike killed three people in the Kharkiv region on Sunday.", "Kharkiv", "Kharkiv"],
  ]) assert.deepEqual([where(text).location, where(text).admin1, where(text).precision], [loc, a1, 3], text);
});

test("a part of a country told by its bearing is coded in a region at that end of the country, not at the capital at the other", () => {
  const rows: [string, string, (lat: number, lon: number) => boolean][] = [
    ["in northern Burkina Faso", "Burkina Faso", (lat) => lat > 13.5], // Ouagadougou lies at 12.4 N
    ["in northeastern Nigeria", "Nigeria", (lat, lon) => lat > 10 && lon > 11], // not Abuja
    ["in north-eastern Nigeria", "Nigeria", (lat, lon) => lat > 10 && lon > 11],
    ["in southern Lebanon", "Lebanon", (lat) => lat < 33.7], // not Beirut
    ["in eastern Ukraine", "Ukraine", (_lat, lon) => lon > 35],
    ["in northwestern Pakistan", "Pakistan", (lat, lon) => lat > 33 && lon < 73], // Khyber Pakhtunkhwa, not Balochistan
    ["in eastern Congo", "Democratic Republic of Congo", (_lat, lon) => lon > 27], // wire style: "Congo" is the DRC
  ];
  for (const [telling, country, ok] of rows) {
    const w = where(`Gunmen killed five villagers ${telling} on Sunday, officials said.`);
    assert.equal(w.country, country, telling);
    assert.equal(w.precision, 3, telling);
    assert.ok(ok(w.lat, w.lon), `${telling}: ${w.location} (${w.lat}, ${w.lon})`);
  }
  assert.equal(where("Gunmen killed five villagers in Mali on Sunday, officials said.").precision, 3, "a country alone: its capital, precision 3");
  // A town told later in the report still refines the part of the country.
  const { events } = extractArticle({ id: "r", published: PUBLISHED, text: "Gunmen killed five villagers in northern Burkina Faso on Sunday. The attack hit the village of Arbinda, officials said." });
  assert.deepEqual(events.map((e) => [e.location, e.geo_precision]), [["Arbinda", 1]]);
});

test("a neighbour named only across a border does not pull the scene into that country", () => {
  for (const telling of ["in Cúcuta, across the border from Venezuela,", "in Cúcuta, near the border with Venezuela,"]) {
    const w = where(`Gunmen shot dead two men ${telling} on Sunday, police said.`);
    assert.deepEqual([w.country, w.location, w.precision], ["Colombia", "Cúcuta", 1], telling);
  }
});

test("a town in a district told with its possessor, or a town with its province after it, is coded there", () => {
  const jere = where("Gunmen killed five villagers in Maiduguri's Jere district on Sunday, officials said.");
  assert.deepEqual([jere.location, jere.admin1], ["Jere", "Borno"]);
  const goronyo = where("Gunmen killed seven people in Goronyo, Sokoto state, on Sunday.");
  assert.deepEqual([goronyo.location, goronyo.admin1, goronyo.precision], ["Goronyo", "Sokoto", 1]);
  const soacha = where("Gunmen killed nine people at a bar in Soacha, south of Bogota, on Sunday.");
  assert.deepEqual([soacha.location, soacha.precision], ["Soacha", 1], "a bearing with no distance makes Bogota a landmark");
});

test("the town an attack is told in decides the country over a neighbour's government speaking or a person's name", () => {
  for (const text of [
    "Gunmen killed five villagers in Goma on Sunday. Rwanda denied involvement.",
    "Gunmen killed five villagers in Goma on Sunday, officials said. Rwanda has denied backing the rebels.",
  ]) assert.deepEqual([where(text).country, where(text).location], ["Democratic Republic of Congo", "Goma"], text);
  const kaduna = where("Gunmen shot dead Victoria Ngozi, a teacher, in Kaduna on Sunday."); // Ngozi is also a town in Burundi
  assert.deepEqual([kaduna.country, kaduna.location, kaduna.precision], ["Nigeria", "Kaduna", 1]);
});

test("a scene told only as near a named town (a nearby village, somewhere between two towns) is coded at that town with precision 2", () => {
  for (const text of ["Gunmen killed five villagers on the road between Beni and Butembo on Sunday, officials said.", "Gunmen killed five villagers between Beni and Butembo on Sunday, officials said."]) {
    assert.deepEqual([where(text).location, where(text).precision], ["Beni", 2], text);
  }
  for (const later of ["A day later, gunmen killed three people in a nearby village", "On Monday, gunmen killed three people in the nearby village of Mbutanyi"]) {
    const { events } = extractArticle({ id: "n", published: PUBLISHED, text: `Gunmen killed five villagers in Beni on Sunday. ${later}, officials said.` });
    assert.deepEqual(events.map((e) => [e.event_date, e.location, e.geo_precision]), [["2023-10-08", "Beni", 1], ["2023-10-09", "Beni", 2]], later);
  }
});

test("a dateline, with or without the agency's name, is where the reporter filed: the part of the country the lead tells is the scene", () => {
  for (const text of [
    "ABUJA (Reuters) - Gunmen killed 12 people in northwest Nigeria on Sunday, police said.",
    "ABUJA — Gunmen killed 12 people in northwest Nigeria on Sunday, police said.",
  ]) {
    const w = where(text);
    assert.equal(w.precision, 3, text);
    assert.ok(w.lat > 11 && w.lon < 7, `${text}: ${w.location}`); // the north-west, not Abuja
  }
  const mali = where("BAMAKO, Mali (Reuters) — Gunmen killed five villagers in central Mali on Sunday, officials said.");
  assert.notEqual(mali.location, "Bamako");
  assert.equal(mali.precision, 3);
  // A town a later sentence names in that part of the country refines it, however far from the region's point.
  const { events } = extractArticle({ id: "r", published: PUBLISHED, text: "KINSHASA (Reuters) - Gunmen killed nine people in eastern Congo on Sunday. The attack hit the town of Beni, officials said." });
  assert.deepEqual(events.map((e) => [e.location, e.geo_precision]), [["Beni", 1]]);
});

test("the countryside of a town, and a distance from it with the miles in brackets, place the scene near that town (precision 2)", () => {
  for (const telling of ["in rural Idlib", "in the countryside of Idlib", "in Idlib's countryside"]) {
    const w = where(`Gunmen killed five people ${telling} on Sunday, a monitor said.`);
    assert.deepEqual([w.location, w.precision], ["Idlib", 2], telling);
  }
  for (const telling of ["about 40 km (25 miles) from Mopti", "some 40 kilometres from Mopti"]) {
    const w = where(`Gunmen killed five villagers ${telling} on Sunday, officials said.`);
    assert.deepEqual([w.country, w.location, w.precision], ["Mali", "Mopti", 2], telling);
  }
});

test("'the Somali capital' is Mogadishu, the city, not the Somali Region of Ethiopia nor the country", () => {
  for (const text of ["Gunmen killed two people in the Somali capital on Sunday.", "Gunmen killed two people in the Somali capital Mogadishu on Sunday."]) {
    const w = where(text);
    assert.deepEqual([w.country, w.location, w.precision], ["Somalia", "Mogadishu", 1], text);
  }
  assert.deepEqual([where("A suicide bomber killed 12 people in the Afghan capital on Sunday.").location], ["Kabul"]);
});
