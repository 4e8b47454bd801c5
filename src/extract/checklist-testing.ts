// Shared by the behavioural checklists (checklist*.test.ts): the publication day their invented
// one-line reports are read against, and the one event each should give.
import assert from "node:assert/strict";
import { extractArticle } from "./index.js";
import type { Event } from "../event.js";

/** A Wednesday: "on Sunday" is 8 October. */
export const PUBLISHED = "2023-10-11";

/** The one event a careful coder would code from `text`; fails, naming what came out, otherwise. */
export function onlyEvent(text: string): Event {
  const { events } = extractArticle({ id: "checklist", text, published: PUBLISHED });
  assert.equal(events.length, 1, `one event expected from: ${text}\ngot: ${events.map((e) => e.sub_event_type).join(", ") || "none"}`);
  return events[0]!;
}
