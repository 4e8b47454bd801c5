// How a stored event looks on the wire: the Event, plus `updated_at`, plus tombstone marks.
import type { StoredEvent } from "../store/index.js";
import type { Event } from "../event.js";

export type ApiEvent = Event & { updated_at: string; deleted?: true; deleted_at?: string; merged_into?: string };

export function apiEvent(s: StoredEvent): ApiEvent {
  const out: ApiEvent = { ...s.event, updated_at: s.updatedAt };
  if (s.deletedAt) {
    out.deleted = true;
    out.deleted_at = s.deletedAt;
    // A tombstone left by fusion points at the event that absorbed it, so sync clients can follow.
    if (s.mergedInto) out.merged_into = s.mergedInto;
  }
  return out;
}
