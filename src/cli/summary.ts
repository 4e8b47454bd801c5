import type { Event } from "../event.js";
import { table } from "./table.js";

/** The events table shown by `sitrep events` and `sitrep demo`. */
export function eventsTable(events: Event[]): string {
  return table(
    ["date", "country", "location", "sub_event_type", "actor1", "actor2", "deaths", "verification"],
    events.map((e) => [e.event_date, e.country, e.location, e.sub_event_type, e.actor1, e.actor2, e.fatalities, e.verification]),
    34,
  );
}
