import type { Command } from "../command.js";
import { parse } from "../args.js";
import { SitrepError } from "../../errors.js";

export const geocodeCommand: Command = {
  name: "geocode",
  summary: "place names to coordinates and ACLED admin columns (--jsonl: stdin to stdout)",
  help: `usage: sitrep geocode --jsonl < names.jsonl

Lines {id, name, context} in; lines {id, name, location, country, admin1, latitude, longitude,
geo_precision, geonameid} out. The context (sentence or article) picks the right country and town.`,
  async run(argv) {
    const { values } = parse(argv, { jsonl: { type: "boolean" } }, false);
    if (!values.jsonl) throw new SitrepError("SITREP_E_BAD_ARGUMENT", "geocode reads JSONL: use --jsonl");
    const { geocodeJsonl } = await import("../../geo/index.js");
    await geocodeJsonl(process.stdin, process.stdout);
    return 0;
  },
};
