// Shared check for the curated-towns tests: each place resolves in its own country, as a town
// (precision 1), at about the stated distance and on the stated side of a town the gazetteer knows.
import { test } from "node:test";
import assert from "node:assert/strict";
import { resolvePlace, distanceKm } from "./index.js";
import { extractArticle } from "../extract/index.js";
import type { Event } from "../event.js";

/** name, country, a town of the gazetteer, and how far (km) and which way the place lies from it. */
export type TownRow = [string, string, string, number, "N" | "S" | "E" | "W"];

export function testTownPositions(towns: TownRow[], prefix = ""): void {
  for (const [name, cc, from, km, way] of towns) {
    test(`${prefix}${name} (${cc}) is about ${km} km ${way} of ${from}`, () => {
      const r = resolvePlace(name, { countries: [cc] });
      const ref = resolvePlace(from, { countries: [cc] });
      assert.ok(r && ref, `${name} and ${from} resolve`);
      assert.equal(r.country, cc);
      assert.equal(r.geo_precision, 1);
      const d = distanceKm(ref.latitude!, ref.longitude!, r.latitude!, r.longitude!);
      assert.ok(Math.abs(d - km) < 5, `${name} lies ${d.toFixed(0)} km from ${from}`);
      const dLat = r.latitude! - ref.latitude!, dLon = r.longitude! - ref.longitude!;
      const toward = { N: dLat > 0, S: dLat < 0, E: dLon > 0, W: dLon < 0 }[way];
      assert.ok(toward, `${name} lies ${way} of ${from}`);
    });
  }
}

/** Each news spelling resolves to the very point of the gazetteer's own spelling, in its country. */
export function assertSameTown(cases: [string, string, string][]): void {
  for (const [name, cc, geonames] of cases) {
    const a = resolvePlace(name, { countries: [cc] });
    const b = resolvePlace(geonames, { countries: [cc] });
    assert.ok(a && b, name);
    assert.equal(a.country, cc);
    assert.equal(distanceKm(a.latitude!, a.longitude!, b.latitude!, b.longitude!), 0, name);
  }
}

/** The one event a short report gives; fails, naming the text, when it gives none or several. */
export function soleEvent(text: string, published: string): Event {
  const { events } = extractArticle({ id: "town", text, published });
  assert.equal(events.length, 1, text);
  return events[0]!;
}
