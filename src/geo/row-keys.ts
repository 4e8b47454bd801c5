// The keys a gazetteer row is found by: the folded form of its name and each alias (the exact
// index) and their loose transliteration keys (the loose index). One function, so the in-memory
// index (gazetteer.ts) and the on-disk user store (user-store.ts) file a row under the same keys.
import { fold, looseKey } from "./fold.js";
import type { PlaceRow } from "./rows.js";

export function eachKey(r: PlaceRow, onExact: (k: string) => void, onLoose: (k: string) => void): void {
  for (const n of [r.name, ...r.aliases]) {
    const k = fold(n);
    if (!k) continue;
    onExact(k);
    const l = looseKey(k);
    if (l) onLoose(l);
    // GeoNames writes some towns "Marawi City", "Cotabato City"; reports write "Marawi". The bare
    // name goes in the loose index only, which is read when no exact name matches, so "Mexico"
    // and "Kuwait" still mean the countries.
    if (r.kind === "place" && k.endsWith(" city") && k.length > 9) {
      const b = looseKey(k.slice(0, -5));
      if (b) onLoose(b);
    }
    // Provinces and countries GeoNames names "X and Y" ("Sistan and Baluchestan", "Bosnia and
    // Herzegovina") are often written "X-Y" or "X Y" in reports: that form goes in the loose index.
    if ((r.kind === "admin1" || r.kind === "country") && k.includes(" and ")) {
      const b = looseKey(k.replace(/ and /g, " "));
      if (b) onLoose(b);
    }
  }
}

/** A row's distinct exact and loose keys (for the store, which files each key once per row). */
export function rowKeys(r: PlaceRow): { exact: Set<string>; loose: Set<string> } {
  const exact = new Set<string>(), loose = new Set<string>();
  eachKey(r, (k) => exact.add(k), (k) => loose.add(k));
  return { exact, loose };
}
