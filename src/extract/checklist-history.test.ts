// A paragraph of history after an event ("The country has been in crisis since 2015. More than 400 people
// have been killed ...") tells the conflict, not the event before it: its toll and its speakers stay out of
// that event. Each report is invented. Both rows failed on the session's starting code (6847b6d): the
// event took the conflict's toll (400) and the president who "announced" something in 2015 as a source.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "./index.js";
import { PUBLISHED } from "./checklist-testing.js";

const REPORT = [
  "On Saturday night, a grenade exploded outside a bar in Ngozi, causing damage but no injuries, a local official said.",
  "",
  "Burundi has been in crisis since April 2015, when President Pierre Nkurunziza announced he would seek a third term. More than 400 people have been killed, according to the UN, and 240,000 have fled the country.",
].join("\n");

const grenade = () => {
  const events = extractArticle({ id: "history", text: REPORT, published: PUBLISHED }).events;
  assert.equal(events.length, 1, `one event expected, got ${events.map((e) => e.sub_event_type).join(", ")}`);
  return events[0]!;
};

test("a conflict's toll told in a paragraph of history is not the toll of the event before it", () => {
  const e = grenade();
  assert.equal(e.sub_event_type, "Grenade");
  assert.equal(e.fatalities, 0);
});

test("who 'announced' something in a sentence of history is no source of the event before it", () => {
  const e = grenade();
  assert.doesNotMatch(e.source, /Nkurunziza/);
  assert.ok(!e.claims?.some((c) => /Nkurunziza/.test(c.source)), JSON.stringify(e.claims));
});

test("guard: a toll told in the next paragraph with no history between still belongs to the event", () => {
  const text = "Gunmen attacked a village near Ngozi on Saturday, police said.\n\nAt least seven people were killed, a local official said.";
  const events = extractArticle({ id: "history", text, published: PUBLISHED }).events;
  assert.equal(events.length, 1);
  assert.equal(events[0]!.fatalities, 7);
});
