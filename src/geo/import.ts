// `sitrep gazetteer import FILE`: GeoNames dumps (allCountries.txt, XX.txt, alternateNamesV2.txt)
// into the user's gazetteer extension (userGazetteerPath()), read by every later lookup.
import { createReadStream, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { createInterface } from "node:readline";
import { SitrepError } from "../errors.js";
import { parsePlaceLine, placeToLine, PLACE_COLUMNS, type PlaceRow } from "./rows.js";
import { resetGazetteer, userGazetteerPath } from "./gazetteer.js";

// Feature codes kept from a full dump: populated places, admin units, and the non-town features
// conflict news names (airports, ports, bases, crossings, camps, bridges, dams, seas, straits).
const KEEP_FEATURE = /^(P\.|A\.ADM[1-3]$|S\.(AIRP|AIRB|AIRF|PRT|MILB|INSM|BDG|DAM|CMP|CMPRF|PSTB|BCN|PS|HSP|MKT)$|H\.(SEA|GULF|STRT|BAY|CHN|LK|STM)$|L\.(RGN|AREA|OAS|PRK)$|T\.(MT|HLL|PASS|VAL|PLN|DSRT|ISL)$)/;

function lines(file: string): AsyncIterable<string> {
  if (!existsSync(file)) throw new SitrepError("SITREP_E_NOT_FOUND", file);
  return createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity });
}

export async function importGeonamesDump(file: string, opts: { alternateNames?: string; onLine?: () => void } = {}): Promise<{ places: number }> {
  const target = userGazetteerPath();
  const byId = new Map<number, PlaceRow>();
  const noId: PlaceRow[] = [];
  // Keep what an earlier import stored; a re-import of the same ids replaces them.
  if (existsSync(target)) {
    for (const l of readFileSync(target, "utf8").split("\n")) {
      const r = parsePlaceLine(l);
      if (r) (r.id !== null ? byId.set(r.id, r) : noId.push(r));
    }
  }
  let n = 0, lineNo = 0;
  for await (const line of lines(file)) {
    lineNo++;
    opts.onLine?.();
    if (!line || line.startsWith("#")) continue;
    const f = line.split("\t");
    if (f.length < 15) throw new SitrepError("SITREP_E_GAZETTEER", `not GeoNames format (${f.length} columns)`, `${file}:${lineNo}`);
    const [id, name, ascii, alt, lat, lon, fclass, fcode, cc, , a1, a2, , , pop] = f;
    const idN = Number(id), latN = Number(lat), lonN = Number(lon);
    if (!Number.isInteger(idN) || !Number.isFinite(latN) || !Number.isFinite(lonN)) {
      throw new SitrepError("SITREP_E_GAZETTEER", "bad id or coordinates", `${file}:${lineNo}`);
    }
    if (!KEEP_FEATURE.test(`${fclass}.${fcode}`)) continue;
    const aliases = new Set<string>();
    if (ascii && ascii !== name) aliases.add(ascii);
    for (const a of (alt ?? "").split(",")) if (a && a !== name && !/^[a-z]{2,3}:/.test(a) && !/^https?:/.test(a)) aliases.add(a.trim());
    const kind = fcode === "ADM1" ? "admin1" : fclass === "P" ? "place" : "feature";
    byId.set(idN, {
      id: idN, name: name!, country: cc!, a1: a1 ?? "", a2: a2 ?? "", fcode: fcode!, pop: Number(pop) || 0,
      lat: latN, lon: lonN, kind, aliases: [...aliases].filter((a) => a.length > 1 && !a.includes("\t") && !a.includes("|")),
    });
    n++;
  }
  if (opts.alternateNames) {
    // alternateNamesV2: altId, geonameid, isolanguage, name, isPreferred, isShort, isColloquial, isHistoric, from, to
    for await (const line of lines(opts.alternateNames)) {
      const f = line.split("\t");
      const r = byId.get(Number(f[1]));
      const lang = f[2] ?? "", alt = f[3];
      if (!r || !alt || ["link", "post", "iata", "icao", "faac", "wkdt", "unlc", "abbr"].includes(lang)) continue;
      if (f[6] === "1" || alt.includes("|") || alt.includes("\t")) continue; // colloquial names are not toponyms
      if (alt !== r.name && !r.aliases.includes(alt)) r.aliases = [...r.aliases, alt];
    }
  }
  mkdirSync(dirname(target), { recursive: true });
  const header = `# sitrep user gazetteer (GeoNames import, CC BY 4.0); last import ${file}\n# ${PLACE_COLUMNS.join("\t")}\n`;
  writeFileSync(target, header + [...byId.values(), ...noId].map(placeToLine).join("\n") + "\n");
  resetGazetteer();
  return { places: n };
}
