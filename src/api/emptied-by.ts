// When a filtered list comes back empty, say which filter emptied it: relax the filters one at a
// time and report the first whose removal brings events back (ACLED users' top complaint is a
// silent empty result).
import type { EventFilter, Store } from "../store/index.js";

/** Filters a user sets, in the order they are tried; the date range is also tried as a pair. */
const RELAXABLE: (keyof EventFilter)[] = ["country", "type", "actor", "verification", "since", "until", "bbox", "near"];

export interface EmptyExplanation {
  emptied_by: string | null;
  empty_reason: string;
}

export async function explainEmpty(store: Store, filter: EventFilter): Promise<EmptyExplanation> {
  const base: EventFilter = { ...filter, after: undefined, limit: 1 };
  const hits = async (f: EventFilter) => (await store.listEvents(f)).length > 0;
  const set = RELAXABLE.filter((k) => filter[k] !== undefined);
  for (const k of set) {
    if (await hits({ ...base, [k]: undefined })) {
      return { emptied_by: k, empty_reason: `no events match ${k}=${show(filter, k)} together with the other filters; without ${k} some do` };
    }
  }
  if (filter.since && filter.until && (await hits({ ...base, since: undefined, until: undefined }))) {
    return { emptied_by: "since,until", empty_reason: `no events between ${filter.since} and ${filter.until} with the other filters` };
  }
  if (filter.updatedSince) {
    return { emptied_by: "updated_since", empty_reason: `nothing changed since ${filter.updatedSince}` };
  }
  if (!(await hits({ limit: 1 }))) return { emptied_by: null, empty_reason: "the database holds no events yet" };
  return { emptied_by: set.length ? set.join(",") : null, empty_reason: "no events match the filters; no single filter explains it" };
}

function show(f: EventFilter, k: keyof EventFilter): string {
  const v = f[k];
  if (Array.isArray(v)) return v.join(",");
  if (v && typeof v === "object") return Object.values(v).join(",");
  return String(v);
}
