// Which place is the scene of an event: datelines in any script, people "in" a town who are victims
// rather than speakers, villages placed in "X's Y district", a district capital named as such.
// Texts written for the tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "./index.js";
import type { Event } from "../event.js";

const run = (text: string, published = "2024-03-14") => extractArticle({ id: "t", text, published, outlet: "Test Wire" }).events;
const where = (events: Event[]) => events.map((e) => `${e.sub_event_type}@${e.location}/${e.country}/p${e.geo_precision}`).join(", ") || "none";

test("a dateline with accented capitals is a dateline: the blast told next stays at the scene", () => {
  const events = run(
    "CÚCUTA — A car bomb exploded on Tuesday outside a police station in Tumaco, in the south-western department of Nariño, wounding four officers, police said.\n\n" +
      "The blast tore the roof off the station and damaged dozens of shops, the mayor's office said. Police commanders blamed the National Liberation Army (ELN).",
  );
  assert.equal(events.length, 1, where(events));
  assert.equal(events[0]!.location, "Tumaco", where(events));
});

test("'abducted a local official in X' makes X the scene; only officials in X who speak are a venue", () => {
  const events = run("YAOUNDE, Cameroon — Gunmen abducted a local official in Kumba in Cameroon's South-West region on Monday, residents said.");
  const abduction = events.find((e) => e.sub_event_type === "Abduction/forced disappearance");
  assert.equal(abduction?.location, "Kumba", where(events));
});

test("a village 'in A B's C district' is placed at C, not at the capital of region A B", () => {
  const events = run(
    "MAPUTO, Mozambique — Insurgents killed four farmers in the village of Nakoto in Cabo Delgado's Macomia district on Sunday, officials said.",
    "2024-03-12",
  );
  assert.equal(events[0]?.location, "Macomia", where(events));
});

test("'the district capital X' vouches for X as a place the report relates a village to", () => {
  const events = run(
    "NAMPULA, Mozambique — Insurgents beheaded two farmers in the village of Nakoto on Sunday, officials said. " +
      "Nakoto lies about 20 km north of the district capital Chiure.",
    "2024-03-12",
  );
  assert.equal(events[0]?.location, "Chiúre", where(events));
});
