// Long reports: the history of the trouble, calls and self-dispersal are no new events. Texts are written for the tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "./index.js";
import type { Event } from "../event.js";

const run = (text: string, published = "2021-06-13") => extractArticle({ id: "t", text, published, outlet: "Test Wire" }).events;
const where = (events: Event[]) => events.map((e) => `${e.sub_event_type}@${e.location}/${e.event_date}`).join(", ") || "none";

test("a paragraph opened by how the unrest began retells history: its earlier marches are background", () => {
  const events = run(
    "CORDOBA, Argentina — Police fired tear gas at thousands of teachers in Cordoba on Saturday, officials said.\n\n" +
      "The protests began after the province froze salaries in May. On Tuesday, teachers marched through Rosario to the governor's office.\n\n" +
      "In Mendoza, police on Friday fired rubber bullets to clear students who had blocked a bridge.",
  );
  assert.ok(!events.some((e) => e.event_date === "2021-06-08"), where(events));
  assert.ok(events.some((e) => e.event_date === "2021-06-11"), where(events));
});

test("the opening of a paragraph that says when the fighting began on a recent day is still news", () => {
  const events = run(
    "MOSUL, Iraq — Two soldiers were killed in clashes with militants near Mosul on Saturday, the army said.\n\n" +
      "The fighting began on Thursday night when militants attacked an army checkpoint near Mosul. Clashes went on on Friday.",
  );
  assert.ok(events.some((e) => e.event_date === "2021-06-10" || e.event_date === "2021-06-11"), where(events));
});

test("a 'since' date in the sentence before does not date the next sentence's happening", () => {
  const events = run(
    "TOWNSVILLE, Honduras — Troops fired tear gas at protesters in Tegucigalpa on Friday.\n\n" +
      "Friday was the worst night since the election on June 6. In San Pedro Sula, groups of men looted shops on the main avenue.",
  );
  assert.ok(events.some((e) => e.sub_event_type.startsWith("Looting") && e.event_date === "2021-06-11"), where(events));
});

test("supporters called on to march on a later day is a call, not a march", () => {
  const events = run(
    "TEGUCIGALPA, Honduras — Police fired tear gas at protesters in Tegucigalpa on Friday.\n\n" +
      "The opposition leader has called for a general strike and for his followers to march again on Sunday.",
  );
  assert.equal(events.filter((e) => e.sub_event_type === "Peaceful protest").length, 0, where(events));
});

test("a crowd that disperses on its own is a peaceful protest, not one with intervention", () => {
  const events = run("QUITO, Ecuador — Thousands of students rallied outside the ministry in Quito on Friday and sang before dispersing in the evening, police said.");
  assert.deepEqual(events.map((e) => e.sub_event_type), ["Peaceful protest"], where(events));
});

test("forces that withdraw their support from a leader give up no territory", () => {
  const events = run("SUCRE, Bolivia — The president resigned on Thursday after the police and the army withdrew their support, officials said.");
  assert.ok(!events.some((e) => e.event_type === "Battles" || /territory/i.test(e.sub_event_type)), where(events));
});

test("security forces firing on supporters who were blocking a plant is force against protesters", () => {
  const events = run("ORURO, Bolivia — Soldiers opened fire on supporters of the opposition who were blocking a gas plant in Oruro on Saturday, killing three people, the ombudsman said.");
  assert.ok(events.some((e) => e.sub_event_type === "Excessive force against protesters"), where(events));
});
