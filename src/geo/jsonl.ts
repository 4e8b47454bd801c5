// `sitrep geocode --jsonl`: one {id, name, context} per line in, one result per line out.
// A bad line yields {id?, error: {code, message}} and the stream goes on.
import { createInterface } from "node:readline";
import { SitrepError, asSitrepError } from "../errors.js";
import { findPlaces, type PlaceMention } from "./mentions.js";
import { resolvePlace } from "./resolve.js";
import { fold } from "./fold.js";

/** The mention of `name` inside `context`, so that "35 km north of X" or "X province" phrasing counts. */
export function mentionInContext(name: string, context: string): PlaceMention | string {
  const k = fold(name);
  const own = findPlaces(name).find((m) => m.start === 0 && m.end >= name.trim().length - 1 && (m.offsetKm !== undefined || m.qualifier));
  if (own) return own;
  return findPlaces(context).find((m) => fold(m.name) === k) ?? name;
}

export async function geocodeJsonl(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<void> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    let id: unknown;
    try {
      let rec: { id?: unknown; name?: unknown; context?: unknown };
      try {
        rec = JSON.parse(line);
      } catch {
        throw new SitrepError("SITREP_E_BAD_JSONL", "not JSON");
      }
      if (!rec || typeof rec !== "object") throw new SitrepError("SITREP_E_BAD_JSONL", "not an object");
      id = rec.id;
      if (typeof rec.name !== "string" || !rec.name.trim()) throw new SitrepError("SITREP_E_BAD_JSONL", "name must be a non-empty string");
      const context = typeof rec.context === "string" ? rec.context : "";
      const r = resolvePlace(mentionInContext(rec.name, context), { text: context || undefined });
      output.write(JSON.stringify({
        id: rec.id ?? null, name: rec.name, location: r?.location ?? rec.name, country: r?.country ?? null,
        admin1: r?.admin1 ?? null, latitude: r?.latitude ?? null, longitude: r?.longitude ?? null,
        geo_precision: r?.geo_precision ?? null, geonameid: r?.geonameid ?? null,
      }) + "\n");
    } catch (err) {
      const e = asSitrepError(err, `line ${n}`);
      output.write(JSON.stringify({ ...(id !== undefined ? { id } : {}), error: { code: e.code, message: e.message } }) + "\n");
    }
  }
}
