// The re-clustering step both fusers share: from the events an update touches, walk out along the
// sameEvent relation until the set of reports is closed, then split it into connected components.
// The walk is driven by the backend (sync on SQLite, async on PostgreSQL) through takeEvents /
// addReports / takeLookups / addCandidates, so the rule lives in one place.
//
// Why a walk and not "the touched events only": what a cluster is must be a function of the SET of
// current reports, and an update can change links beyond the events it touches directly: a vague
// report that stops being ambiguous (a precise report it matched was withdrawn) links to events
// of its own, vague ones included, and those may link further. The walk looks up in the (complete)
// candidate index every report whose links may have changed: the update's new reports and every
// vague report reached (whose ambiguity is judged against all current reports). Every event one of
// them links to is pulled in whole. Other links are between reports of events already pulled in
// (clusters were components before the update), so components over the walked set, computed from
// scratch with sameEvent on every pair, are exactly the components over all reports.
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
  private readonly ambiguous = new Set<number>();
  private eventsToLoad: string[] = [];
  private added: StoredReport[] = [];
  private toLookUp: StoredReport[] = [];

  constructor(
    seedEventIds: Iterable<string>,
    /** Ids (rid) of the update's new reports: looked up whether vague or not. */
    private readonly fresh: ReadonlySet<string> = new Set(),
  ) {
    for (const id of seedEventIds) this.wantEvent(id);
  }

  private wantEvent(id: string): void {
    if (this.eventIds.has(id)) return;
    this.eventIds.add(id);
    this.eventsToLoad.push(id);
  }

  get done(): boolean {
    return !this.eventsToLoad.length && !this.toLookUp.length && !this.added.length;
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
      this.added.push(r);
      if (isVague(r.event) || this.fresh.has(r.rid)) this.toLookUp.push(r);
    }
  }

  /** Reports that joined the walk since the last call (PostgreSQL locks their cells). */
  takeAdded(): StoredReport[] {
    const out = this.added;
    this.added = [];
    return out;
  }

  /** Reports whose index candidates the driver must fetch and pass to addCandidates. */
  takeLookups(): StoredReport[] {
    const out = this.toLookUp;
    this.toLookUp = [];
    return out;
  }

  addCandidates(r: StoredReport, candidates: StoredReport[]): void {
    const found = candidates.filter((c) => c.rowId !== r.rowId && sameEvent(r, c));
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
    const parent = reports.map((_, i) => i);
    const find = (i: number): number => {
      while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
      return i;
    };
    for (let i = 0; i < reports.length; i++) {
      if (this.ambiguous.has(reports[i]!.rowId)) continue;
      for (let j = i + 1; j < reports.length; j++) {
        if (this.ambiguous.has(reports[j]!.rowId)) continue;
        const a = find(i);
        const b = find(j);
        if (a !== b && sameEvent(reports[i]!, reports[j]!)) parent[Math.max(a, b)] = Math.min(a, b);
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
