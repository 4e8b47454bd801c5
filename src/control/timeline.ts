// The control timeline of one place from its territory events: who held it from when to when.
// Pure: the same events give the same periods whatever order they are passed in.
import type { Event } from "../event.js";
import { normActor } from "../fuse/match.js";
import { placeKeyOf } from "./places.js";

export interface ControlPeriod {
  placeKey: string;
  place: string;
  country: string;
  countryCode: string | null;
  iso: number | null;
  latitude: number | null;
  longitude: number | null;
  /** Who held the place; null while contested (never guessed). */
  holder: string | null;
  /** Who claims the place while it is contested. */
  claimant: string | null;
  previousHolder: string | null;
  contested: boolean;
  /** First day of the period (YYYY-MM-DD); null: since before the first recorded change. */
  validFrom: string | null;
  /** First day after the period; null: still the case. */
  validTo: string | null;
  /** The territory event that started the period. */
  eventId: string | null;
  verification: string | null;
  reason: string;
}

/** Verification levels at which a change of hands is taken as settled. */
const SETTLED = new Set(["reported", "corroborated", "confirmed"]);

const byDateId = (a: Event, b: Event) =>
  a.event_date < b.event_date ? -1 : a.event_date > b.event_date ? 1 : a.event_id_cnty < b.event_id_cnty ? -1 : a.event_id_cnty > b.event_id_cnty ? 1 : 0;

/** Periods for the territory events of one place (any order; tombstones already removed). */
export function timelineOf(events: Event[]): ControlPeriod[] {
  if (!events.length) return [];
  const sorted = [...events].sort(byDateId);
  const first = sorted[0]!;
  // The place's name and point: from the most precisely located event, then the earliest.
  const anchor = [...sorted].sort((a, b) => a.geo_precision - b.geo_precision || byDateId(a, b))[0]!;
  const common = {
    placeKey: placeKeyOf(anchor),
    place: anchor.location,
    country: anchor.country,
    countryCode: anchor.country_code ?? null,
    iso: anchor.iso,
    latitude: anchor.latitude,
    longitude: anchor.longitude,
  };
  const periods: ControlPeriod[] = [];
  // The loser named by the first change, else by another change that day, else by a later change
  // by the same winner (one outlet may leave the loser out where another names it).
  const loser = first.actor2 || sorted.find((e) => e.actor2 && e.event_date === first.event_date)?.actor2 ||
    sorted.find((e) => e.actor2 && normActor(e.actor1) === normActor(first.actor1))?.actor2;
  if (loser) {
    periods.push({
      ...common, holder: loser, claimant: null, previousHolder: null, contested: false,
      validFrom: null, validTo: null, eventId: null, verification: null,
      reason: `held before the first recorded change (${first.event_id_cnty}), by the side that lost it`,
    });
  }
  // Changes on one day are taken together: different winners the same day means contested.
  const days = new Map<string, Event[]>();
  for (const e of sorted) days.set(e.event_date, [...(days.get(e.event_date) ?? []), e]);
  for (const [day, evs] of days) {
    const current = periods.at(-1);
    const winners = [...new Map(evs.filter((e) => e.actor1).map((e) => [normActor(e.actor1), e.actor1])).values()];
    const settled = evs.filter((e) => SETTLED.has(e.verification));
    const lead = settled[0] ?? evs[0]!;
    const previousHolder = current ? (current.holder ?? current.previousHolder) : null;
    let next: ControlPeriod;
    if (winners.length === 1 && settled.length) {
      if (current && !current.contested && current.holder && normActor(current.holder) === normActor(winners[0]!)) continue;
      next = {
        ...common, holder: winners[0]!, claimant: null, previousHolder, contested: false,
        validFrom: day, validTo: null, eventId: lead.event_id_cnty, verification: lead.verification,
        reason: `${lead.sub_event_type} (${lead.event_id_cnty}), ${lead.verification}: ${lead.verification_reason ?? ""}`.trim(),
      };
    } else {
      const why = winners.length > 1
        ? `rival claims the same day: ${winners.join(" / ")}`
        : winners.length
          ? `${lead.verification} only (${lead.verification_reason ?? "no independent source"})`
          : "the new holder is not named";
      next = {
        ...common, holder: null, claimant: winners.join(" / ") || null, previousHolder, contested: true,
        validFrom: day, validTo: null, eventId: lead.event_id_cnty, verification: lead.verification,
        reason: `contested: ${why}`,
      };
    }
    if (current) current.validTo = day;
    periods.push(next);
  }
  return periods;
}

/** The period in force on `date` (YYYY-MM-DD), if any. */
export function periodAt(periods: ControlPeriod[], date: string): ControlPeriod | undefined {
  return periods.find((p) => (p.validFrom === null || p.validFrom <= date) && (p.validTo === null || p.validTo > date));
}
