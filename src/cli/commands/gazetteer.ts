import type { Command } from "../command.js";
import { parse } from "../args.js";
import { SitrepError } from "../../errors.js";
import { Progress } from "../progress.js";

const USAGE = `usage: sitrep gazetteer import FILE [--alternate-names FILE]
       sitrep gazetteer missing PATH... [--min-strong N] [--limit N] [--json | --tsv]
       sitrep gazetteer add NAME --country CC --lat LAT --lon LON [--alias NAME]... [--population N]
       sitrep gazetteer add --file PLACES.tsv`;

export const gazetteerCommand: Command = {
  name: "gazetteer",
  summary: "gazetteer import FILE: load a GeoNames dump; gazetteer missing PATH...: places your reports name that it lacks",
  help: `${USAGE}

import: adds every place of a GeoNames dump (allCountries.txt, XX.txt; alternateNamesV2.txt) to the
local gazetteer, for users who need every village. The places go into an indexed file
($SITREP_GAZETTEER_STORE, default ~/.sitrep/gazetteer-user.db); importing the same ids again replaces
them, and per-country files (XX.txt) accumulate.

missing: reads reports (text, HTML, RSS/Atom, JSONL, folders; as \`sitrep ingest\`) and lists the names
their story text says are places ("the village of X", "X village", "X, a town near ...", a dateline,
"near X") that the gazetteer cannot find, most reports first: villages to add (import the country's
GeoNames dump, or your own rows) so events there are placed. "strong" counts mentions with a place
noun, an apposition or a dateline; --min-strong N (default 1) hides names with fewer. Where a report
itself places a name ("X, 10 km south of Y", "X, near Y") the point is suggested; --tsv prints the
list as a file for \`gazetteer add --file\`: suggested points filled in (check them), the rest commented out.

add: adds a place by hand (a village \`missing\` listed), or every line of a TSV file
(name, country, lat, lon, aliases separated by '|', population; '#' comments). Adding the same name in
the same country again replaces it. Its admin1 and admin2 are those of the nearest known town.`,
  async run(argv) {
    const { values, positionals } = parse(argv, {
      "alternate-names": { type: "string" }, "min-strong": { type: "string" }, limit: { type: "string" }, json: { type: "boolean" },
      country: { type: "string" }, lat: { type: "string" }, lon: { type: "string" }, alias: { type: "string", multiple: true },
      population: { type: "string" }, file: { type: "string" }, tsv: { type: "boolean" },
    });
    const [sub, ...paths] = positionals;
    if (sub === "missing") return missing(paths, values);
    if (sub === "add") return add(paths, values);
    if (sub !== "import" || paths.length !== 1) throw new SitrepError("SITREP_E_BAD_ARGUMENT", USAGE);
    const { importGeonamesDump } = await import("../../geo/index.js");
    const progress = new Progress("gazetteer import", { unit: "lines", every: 100_000 });
    const r = await importGeonamesDump(paths[0]!, { alternateNames: values["alternate-names"] as string | undefined, onLine: () => progress.tick() });
    progress.done();
    console.log(`${r.places} places imported; the store holds ${r.stored} (${(r.bytes / 1e6).toFixed(0)} MB)${r.migrated ? `, ${r.migrated} of them moved from the old user TSV` : ""}`);
    return 0;
  },
};

function count(name: string, v: unknown, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new SitrepError("SITREP_E_BAD_ARGUMENT", `--${name}: expected a whole number, got "${String(v)}"`);
  return n;
}

async function missing(paths: string[], values: Record<string, unknown>): Promise<number> {
  if (!paths.length) throw new SitrepError("SITREP_E_BAD_ARGUMENT", "give at least one PATH of reports to read");
  const minStrong = count("min-strong", values["min-strong"], 1);
  const limit = count("limit", values.limit, 100);
  const { readInputs } = await import("../../ingest/index.js");
  const { MissingPlaceTally } = await import("../../geo/missing.js");
  const tally = new MissingPlaceTally();
  let skipped = 0;
  for await (const item of readInputs(paths)) {
    if (item.error) {
      skipped++;
      console.error(`skipped ${item.error.where ?? ""}: ${item.error.code} ${item.error.message}`);
      continue;
    }
    const a = item.article!;
    // Story text only: a "Contact us" box or a related-links list names no scene.
    const story = a.blocks.filter((b) => b.kind === "story").map((b) => a.text.slice(b.start, b.end)).join("\n\n");
    tally.add(a.key, story || a.text);
  }
  const list = tally.list(minStrong).slice(0, limit || undefined);
  if (values.json) {
    for (const p of list) console.log(JSON.stringify(p));
  } else if (values.tsv) {
    // The format `gazetteer add --file` reads; a name with no point in its reports waits, commented, for one.
    console.log(["name", "country", "lat", "lon"].join("\t"));
    for (const p of list) {
      const country = p.countries[0]?.code ?? "";
      if (p.suggested) console.log(`${p.name}\t${country}\t${p.suggested.lat}\t${p.suggested.lon}\t\t\t# ${p.suggested.from} (${p.suggested.id}); check before adding`);
      else console.log(`# ${p.name}\t${country}\t\t\t# no point in the reports; e.g. ${p.example.id}: ${p.example.snippet}`);
    }
  } else {
    console.log(["reports", "mentions", "strong", "countries", "name", "suggested", "example"].join("\t"));
    for (const p of list) {
      const countries = p.countries.map((c) => `${c.code}:${c.reports}`).join(",") || "-";
      const suggested = p.suggested ? `${p.suggested.lat},${p.suggested.lon} (${p.suggested.from})` : "-";
      console.log([p.reports, p.mentions, p.strong, countries, p.name, suggested, `${p.example.id}: ${p.example.snippet}`].join("\t"));
    }
  }
  return skipped ? 1 : 0;
}

function decimal(name: string, v: unknown): number {
  const n = Number(v);
  if (v === undefined || String(v).trim() === "" || !Number.isFinite(n)) throw new SitrepError("SITREP_E_BAD_ARGUMENT", `--${name}: expected a decimal number, got "${String(v ?? "")}"`);
  return n;
}

async function add(names: string[], values: Record<string, unknown>): Promise<number> {
  const { addPlaces } = await import("../../geo/index.js");
  let places: import("../../geo/index.js").UserPlace[];
  if (values.file) {
    if (names.length) throw new SitrepError("SITREP_E_BAD_ARGUMENT", "give a NAME or --file, not both");
    const { readFileSync, existsSync } = await import("node:fs");
    const file = String(values.file);
    if (!existsSync(file)) throw new SitrepError("SITREP_E_NOT_FOUND", file);
    places = [];
    readFileSync(file, "utf8").split("\n").forEach((line, i) => {
      if (!line.trim() || line.startsWith("#")) return;
      const [name, country, lat, lon, aliases, population] = line.split("\t").map((f) => f.trim());
      if (name === "name" && country === "country") return; // a header line
      const where = `${file}:${i + 1}`;
      const num = (v: string | undefined, what: string) => {
        const n = Number(v);
        if (!v || !Number.isFinite(n)) throw new SitrepError("SITREP_E_GAZETTEER", `${what} must be a decimal number`, where);
        return n;
      };
      places.push({
        name: name ?? "", country: country ?? "", lat: num(lat, "lat"), lon: num(lon, "lon"),
        aliases: aliases ? aliases.split("|") : [], population: population ? num(population, "population") : 0,
      });
    });
    if (!places.length) throw new SitrepError("SITREP_E_GAZETTEER", `no places in ${file}`);
  } else {
    if (names.length !== 1) throw new SitrepError("SITREP_E_BAD_ARGUMENT", USAGE);
    places = [{
      name: names[0]!, country: String(values.country ?? ""), lat: decimal("lat", values.lat), lon: decimal("lon", values.lon),
      aliases: (values.alias as string[] | undefined) ?? [], population: values.population === undefined ? 0 : decimal("population", values.population),
    }];
  }
  const r = addPlaces(places);
  console.log(`${r.added} place${r.added === 1 ? "" : "s"} added; the store holds ${r.stored}`);
  return 0;
}
