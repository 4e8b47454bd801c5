// Probe which place names the gazetteer lacks: reads "Name<TAB>CC" lines on stdin and prints, for each,
// what resolvePlace gives in that country and whether findPlaces reads the name in a plain sentence.
// Why: curating data/gazetteer/extra.tsv starts from names the gazetteer does not find (or finds abroad).
import { readFileSync } from "node:fs";
import { resolvePlace, findPlaces, warmGazetteer } from "../src/geo/index.js";

warmGazetteer();
const lines = readFileSync(0, "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
for (const line of lines) {
  const [name, cc] = line.split("\t");
  if (!name || !cc) continue;
  const r = resolvePlace(name, { countries: [cc] });
  const any = resolvePlace(name, {});
  const inText = findPlaces(`Fighting in ${name} killed five people on Monday.`).some((m) => m.kind === "place" && m.name.toLowerCase() === name.toLowerCase());
  let status: string;
  if (!r || r.country !== cc) status = any ? `ABROAD:${any.country}` : "NONE";
  else if (r.geo_precision !== 1) status = `PREC${r.geo_precision}`;
  else status = inText ? "OK" : "NOTEXT";
  const at = r && r.country === cc ? `${r.latitude?.toFixed(3)},${r.longitude?.toFixed(3)} ${r.admin1 ?? ""}` : "";
  console.log(`${status}\t${name}\t${cc}\t${at}`);
}
