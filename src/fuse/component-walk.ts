// The re-clustering step both fusers share: from the events an update touches, walk out along the
// sameEvent relation until the set of reports is closed, then split it into connected components.
// The walk is driven by the backend (sync on SQLite, async on PostgreSQL) through takeEvents /
// addReports / takeLookups / addCandidates, so the rule lives in one place.
//
// Why a walk and not "the touched events only": what a cluster is must be a function of the SET of
// current reports. Each report in the walk is looked up in the (complete) candidate index, its
// ambiguity is judged against all current reports, and every event it links to is pulled in whole,
// so the components found are exactly the connected components of the relation over all reports
// that reach the touched ones, whatever order the reports came in (and whatever state an earlier,
// order-dependent version of fusion left behind: the walk repairs it).
import type { Event } from "../event.js";
import { sameEvent, type FuseReport } from "./match.js";

export type StoredReport = FuseReport & { rowId: number; eventId: string };

/** A report whose date or place is coarse enough to match more than one happening. */
export const isVague = (e: Event): boolean => e.time_precision > 1 || e.geo_precision > 1;

/**
 * A vague report (week-level date, district-level place) links nothing when the precise reports it
 * matches are not all the same happening: it stands alone rather than chain two events together.
 */
export function isAmbiguous(r: FuseReport, matches: FuseReport[]): boolean {
  if (!isVague(r.event)) return false;
  const near = matches.filter((c) => !isVague(c.event));
  return near.some((x, i) => near.slice(i + 1).some((y) => !sameEvent(x, y)));
}

export class ComponentWalk {
  /** Events (old cluster ids) pulled in; every one is loaded whole. */
  readonly eventIds = new Set<string>();
  private readonly pool = new Map<number, StoredReport>();
  private readonly matches = new Map<number, number[]>();
  private readonly ambiguous = new Set<number>();
  private eventsToLoad: string[] = [];
  private toLookUp: StoredReport[] = [];

  constructor(seedEventIds: Iterable<string>) {
    for (const id of seedEventIds) this.wantEvent(id);
  }

  private wantEvent(id: string): void {
    if (this.eventIds.has(id)) return;
    this.eventIds.add(id);
    this.eventsToLoad.push(id);
  }

  get done(): boolean {
    return !this.eventsToLoad.length && !this.toLookUp.length;
  }

  /** Event ids whose reports the driver must load and pass to addReports. */
  takeEvents(): string[] {
    const out = this.eventsToLoad;
    this.eventsToLoad = [];
    return out;
  }

  addReports(rows: StoredReport[]): void {
    for (const r of rows) {
      if (this.pool.has(r.rowId)) continue;
      this.pool.set(r.rowId, r);
      this.toLookUp.push(r);
    }
  }

  /** Reports whose index candidates the driver must fetch and pass to addCandidates. */
  takeLookups(): StoredReport[] {
    const out = this.toLookUp;
    this.toLookUp = [];
    return out;
  }

  addCandidates(r: StoredReport, candidates: StoredReport[]): void {
    const found = candidates.filter((c) => c.rowId !== r.rowId && sameEvent(r, c));
    this.matches.set(r.rowId, found.map((c) => c.rowId));
    if (isAmbiguous(r, found)) {
      this.ambiguous.add(r.rowId);
      return;
    }
    // A report it links to brings its whole event: that event must be re-split or merged too.
    for (const c of found) this.wantEvent(c.eventId);
    // And the report itself, in case its event was read before it joined (a concurrent writer).
    this.addReports(found);
  }

  /** Connected components of the walked reports (ambiguous reports alone), members sorted by rid. */
  components(): StoredReport[][] {
    if (!this.done) throw new Error("ComponentWalk.components() before the walk is done");
    const reports = [...this.pool.values()].sort((a, b) => (a.rid < b.rid ? -1 : a.rid > b.rid ? 1 : 0));
    const at = new Map(reports.map((r, i) => [r.rowId, i]));
    const parent = reports.map((_, i) => i);
    const find = (i: number): number => {
      while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
      return i;
    };
    for (const r of reports) {
      if (this.ambiguous.has(r.rowId)) continue;
      for (const c of this.matches.get(r.rowId) ?? []) {
        const j = at.get(c);
        if (j === undefined || this.ambiguous.has(c)) continue;
        const a = find(at.get(r.rowId)!);
        const b = find(j);
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
    const comps = new Map<number, StoredReport[]>();
    reports.forEach((r, i) => {
      const root = find(i);
      const list = comps.get(root);
      if (list) list.push(r);
      else comps.set(root, [r]);
    });
    return [...comps.values()];
  }
}
