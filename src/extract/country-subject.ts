// A country named as the subject of a strike ("Israel launched ...", "Russia's army shelled ..."):
// the state acted, through its forces. Read by the cue finder (such a subject is an armed hand), by
// roles (the state's forces are actor1) and by places (the acting country is not the scene).
import { allActors, countryQualifiers } from "./actors.js";
import { gazetteer } from "../geo/gazetteer.js";
import { fold } from "../geo/fold.js";

/** What a state does to another place in a report: the verbs that make a country named before them the acting side. */
export const STATE_ACTS = String.raw`(?:launched|fired|struck|carried out|attacked|bombed|shelled|hit|targeted|used|deployed|began|conducted|pounded|sent|retaliated|responded|opened|established|set up|intercepted|shot down|downed)`;

/** The words after a country that make it the subject of a state's act ("Russia launched", "Israel's air force struck"). */
export const ACTS_AFTER_COUNTRY = new RegExp(String.raw`^(?:['’]s\s+(?:military|army|armed forces|forces|air force|navy|troops))?\s+(?:\w+ly\s+)?(?:(?:had|has|have)\s+)?${STATE_ACTS}\b`);

/** A clause's opening before its subject: any "MOSCOW — " dateline, and up to two words ("On Sunday", "But"). */
const LEAD_IN = String.raw`^\s*(?:[A-Z][A-Z .'’\/-]+(?:,\s+[A-Z][\w .'’-]*)?\s+[—–-]+\s+)?(?:[\w'’-]+\s+){0,2}?`;

const SUBJECT_VERB = new RegExp(String.raw`${LEAD_IN}([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})*(?:,?\s+and\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?)(?:['’]s\s+(?:military|army|armed forces|forces|air force|navy|troops))?\s+(?:\w+ly\s+)?(?:(?:had|has|have)\s+)?${STATE_ACTS}\b`);

/** A nationality's fire opening the clause as its subject: "Israeli fire killed", "Russian artillery fire hit", "Indian
 *  shelling wounded". */
const STATE_FIRE = new RegExp(String.raw`${LEAD_IN}([A-Z][\w'’-]*)\s+(?:(?:tank|artillery|army|military|naval|sniper|drone|mortar|rocket|machine-gun)\s+)?(?:fire|gunfire|shelling|bombardment|bombing|strikes|air\s+strikes|airstrikes|shells)\s+(?:\w+ly\s+)?(?:(?:has|have|had)\s+)?(?:killed|wounded|injured|hit|struck|destroyed|damaged)\b`);

const SAID_THAT = /\b(?:said|says|announced|reported|claimed|accused)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?=[A-Z])/;

/** "... were killed when Russia fired missiles at the city": a clause told after its toll has its own subject. */
const WHEN_THEN = /\b(?:when|as|after|while|before|once)\s+(?=[A-Z])/;

/** The country whose fire opens `clause` as its subject (STATE_FIRE), if any. */
function fireCountry(clause: string): string | undefined {
  const f = STATE_FIRE.exec(clause);
  return f ? countryQualifiers().lookup(f[1]!)[0] : undefined;
}

/** "Israeli fire killed ...", "Russian shelling wounded ...": the country whose fire is the clause's subject, if it has
 *  state forces. */
export function stateFireSubject(clause: string): string | undefined {
  const cc = fireCountry(clause);
  return cc && hasStateForce(cc) ? cc : undefined;
}

/** "Israel launched ...", "Russia's army shelled ...": the country the clause opens with (after any
 * "MOSCOW — " dateline), if any. */
export function countrySubject(clause: string): string[] {
  // "The Armenian defence ministry said Azerbaijan had used artillery": the reported clause has its own subject.
  const opens = SAID_THAT.exec(clause) ?? WHEN_THEN.exec(clause);
  const inner = opens ? clause.slice(opens.index + opens[0].length) : undefined;
  const m = SUBJECT_VERB.exec(clause) ?? (inner !== undefined ? SUBJECT_VERB.exec(inner) : null);
  if (!m) {
    // "Israeli fire killed at least 31 people", "Russian shelling hit a school": a state's fire told by its adjective.
    const cc = (inner !== undefined ? fireCountry(inner) : undefined) ?? fireCountry(clause);
    return cc ? [cc] : [];
  }
  // "The United States, Britain and France fired ...": every listed country, the first leading.
  const parts = m[1]!.split(/,\s*(?:and\s+)?|\s+and\s+/);
  const codes = parts.map((p) => countryQualifiers().lookup(p.trim().replace(/^the\s+/i, ""))[0]);
  return codes.every(Boolean) ? [...new Set(codes as string[])] : [];
}

let byCapital: Map<string, string[]> | undefined;
/**
 * The country whose government a capital's name stands for as a speaker ("Washington said it had killed ...", "Moscow
 * said its forces had taken ..."), when one country has that capital (data/countries.json).
 */
export function capitalCountry(name: string): string | undefined {
  if (!byCapital) {
    byCapital = new Map();
    for (const c of gazetteer().countries.values()) {
      if (!c.capital) continue;
      // (also without a trailing abbreviation: "Washington D.C." speaks as "Washington")
      for (const k of new Set([c.capital, c.capital.replace(/[\s,]+(?:\p{Lu}\.?){1,3}$/u, "")].map(fold))) byCapital.set(k, [...(byCapital.get(k) ?? []), c.code]);
    }
  }
  const hits = byCapital.get(fold(name));
  return hits?.length === 1 ? hits[0] : undefined;
}

let forceCountries: Set<string> | undefined;
/** Whether the registry holds a state military for country `cc` (whose forces a country subject stands for). */
export function hasStateForce(cc: string): boolean {
  forceCountries ??= new Set(allActors().filter((a) => a.kind === "military" && a.inter === 1).map((a) => a.country));
  return forceCountries.has(cc);
}
