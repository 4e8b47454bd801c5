// Fine-grained locking for fusion on PostgreSQL, so workers fusing reports in different areas run
// in parallel instead of queueing behind one database-wide lock.
//
// What a fusion transaction reads and writes is bounded by the index cells it looks in: a report
// only fuses with reports indexed under its lookup cells (match.ts lookupCells is complete), so
// two transactions whose reports could touch hold at least one cell in common. Each transaction
// holds an advisory transaction lock on every (cell, week) it looks in (reportLocks), plus the
// near-duplicate bands of its article:
//  - first, blocking, in sorted lock-id order: the article's key, then the cells and bands known up
//    front (its old and new reports). Sorted order means two of these never deadlock;
//  - then, while walking out to linked events, any further cell with a non-blocking try. If one is
//    busy the transaction rolls back and starts again with the whole set it now knows it needs,
//    taken blocking in sorted order (NeedLocks). Holding locks while never waiting for one keeps
//    this phase deadlock-free too;
//  - last, blocking, in sorted order, the control places whose timelines it rebuilds (a place's
//    timeline spans all dates, so two workers fusing one place at different times meet there).
// Everyone takes the shared side of the old database-wide lock first: the review desk takes it
// exclusively, so a hand edit still never interleaves with fusion.
import type pg from "pg";
import type { Queryable } from "../store/pg-db.js";
import { inTx } from "../store/pg-db.js";
import type { Event } from "../event.js";
import { indexKeys, lookupCells } from "./match.js";
import { fnv1a32 } from "../util/hash.js";

/** advisory_lock(int4, int4) namespaces, apart from the single-bigint locks used elsewhere. */
const SPACE_KEY = 0x5f757365; // article keys being fused
const SPACE_CELL = 0x5f63656c; // index cells, sketch bands, control places

const SPACE_PLACE = 0x5f706c63; // control places, taken last (see acquirePlaces)

/** Days per time bucket of a cell lock: reports far apart in time share no lock. */
const BUCKET_DAYS = 7;

/**
 * Lock names of a report: each cell it looks in, per week its index interval covers. Two reports
 * that can be the same event share a cell (each one's own cell is in the other's look-up) and a
 * day (their index intervals overlap), so they share a lock; so do a report and any report its
 * candidate query reads.
 */
export function reportLocks(e: Event): string[] {
  const keys = indexKeys(e);
  if (!keys.length) return [];
  const { dayLo, dayHi } = keys[0]!;
  const out: string[] = [];
  for (const cell of lookupCells(e)) {
    for (let b = Math.floor(dayLo / BUCKET_DAYS); b <= Math.floor(dayHi / BUCKET_DAYS); b++) out.push(`${cell}@${b}`);
  }
  return out;
}

/** 32-bit FNV-1a as a signed int4: the lock id of a cell (collisions only over-serialise). */
export function lockId(key: string): number {
  return fnv1a32(key) | 0;
}

/** Thrown mid-fusion when a lock it needs is busy: retry with `keys` taken up front. */
export class NeedLocks extends Error {
  constructor(readonly keys: string[]) {
    super(`fusion needs ${keys.length} more locks; retrying`);
  }
}

export class FusionLocks {
  private readonly held = new Set<number>();
  private readonly names = new Set<string>();
  private blockingDone = false;

  constructor(
    private readonly db: Queryable,
    /** Keys a previous attempt found it needed; taken with the first batch. */
    private readonly preset: string[] = [],
  ) {}

  /** The shared fusion lock, then the article key: the first locks of every fusion transaction. */
  async begin(fuseLock: string, articleKey: string): Promise<void> {
    await this.db.query("SELECT pg_advisory_xact_lock_shared(hashtext($1))", [fuseLock]);
    await this.db.query("SELECT pg_advisory_xact_lock($1, $2)", [SPACE_KEY, lockId(articleKey)]);
  }

  /** The up-front batch, blocking, in sorted order. Only once, before any `extend`. */
  async acquire(keys: string[]): Promise<void> {
    if (this.blockingDone) throw new Error("FusionLocks.acquire after the walk began");
    this.blockingDone = true;
    const ids = this.fresh([...keys, ...this.preset]);
    if (!ids.length) return;
    // unnest yields in array order and the aggregate calls the function row by row: sorted order.
    await this.db.query("SELECT count(pg_advisory_xact_lock($1, x)) FROM unnest($2::int[]) AS t(x)", [SPACE_CELL, ids]);
    ids.forEach((id) => this.held.add(id));
  }

  /** Further locks found while walking: tried without waiting; throws NeedLocks if one is busy. */
  async extend(keys: string[]): Promise<void> {
    this.blockingDone = true;
    const ids = this.fresh(keys);
    if (!ids.length) return;
    const r = await this.db.query<{ busy: number[] | null }>(
      "SELECT array_agg(x) FILTER (WHERE NOT pg_try_advisory_xact_lock($1, x)) AS busy FROM unnest($2::int[]) AS t(x)",
      [SPACE_CELL, ids],
    );
    const busy = new Set(r.rows[0]?.busy ?? []);
    ids.forEach((id) => busy.has(id) || this.held.add(id));
    if (busy.size) throw new NeedLocks([...this.names]);
  }

  /**
   * Control places whose timelines the transaction rebuilds, blocking, in sorted order, last:
   * a transaction holding a place lock never waits for a cell lock, so this cannot deadlock.
   */
  async acquirePlaces(places: string[]): Promise<void> {
    this.blockingDone = true;
    const ids = [...new Set(places.map(lockId))].sort((a, b) => a - b);
    if (!ids.length) return;
    await this.db.query("SELECT count(pg_advisory_xact_lock($1, x)) FROM unnest($2::int[]) AS t(x)", [SPACE_PLACE, ids]);
  }

  /** Gives up this attempt: the transaction is retried with every lock asked for so far up front. */
  restart(): never {
    throw new NeedLocks([...this.names]);
  }

  /** Lock ids of `keys` not held yet, sorted; remembers every name asked for (for a retry). */
  private fresh(keys: string[]): number[] {
    const ids = new Set<number>();
    for (const k of keys) {
      this.names.add(k);
      const id = lockId(k);
      if (!this.held.has(id)) ids.add(id);
    }
    return [...ids].sort((a, b) => a - b);
  }
}

/** A lock-free stand-in, for callers that serialise fusion themselves. */
export const NO_LOCKS = {
  async begin() {},
  async acquire() {},
  async extend() {},
  async acquirePlaces() {},
  restart() {
    throw new Error("fusion state changed under a caller that holds no fusion locks");
  },
} as unknown as FusionLocks;

const RETRYABLE = new Set(["40P01", "40001"]); // deadlock detected, serialization failure

/**
 * Runs one fusion transaction with fine-grained locks, retrying it when it discovers a busy lock
 * (with everything it needs then taken up front) or when PostgreSQL reports a deadlock.
 */
export async function inFusionTx<T>(pool: pg.Pool, fn: (c: pg.PoolClient, locks: FusionLocks) => Promise<T>): Promise<T> {
  let preset: string[] = [];
  for (let attempt = 1; ; attempt++) {
    try {
      return await inTx(pool, (c) => fn(c, new FusionLocks(c, preset)));
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (attempt >= 50) throw err;
      if (err instanceof NeedLocks) preset = [...new Set([...preset, ...err.keys])];
      else if (!code || !RETRYABLE.has(code)) throw err;
      // A short random pause so two transactions that keep colliding fall out of step.
      await new Promise((r) => setTimeout(r, Math.random() * 5 * Math.min(attempt, 10)));
    }
  }
}
