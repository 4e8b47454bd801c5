import type { Command } from "../command.js";
import { parse } from "../args.js";
import { SitrepError } from "../../errors.js";
import { Progress } from "../progress.js";

export const gazetteerCommand: Command = {
  name: "gazetteer",
  summary: "gazetteer import FILE: load a GeoNames dump (allCountries.txt, XX.txt, alternateNamesV2.txt)",
  help: `usage: sitrep gazetteer import FILE [--alternate-names FILE]

Adds every place of a GeoNames dump to the local gazetteer, for users who need every village.
The places go into an indexed file ($SITREP_GAZETTEER_STORE, default ~/.sitrep/gazetteer-user.db);
importing the same ids again replaces them, and per-country files (XX.txt) accumulate.`,
  async run(argv) {
    const { values, positionals } = parse(argv, { "alternate-names": { type: "string" } });
    const [sub, file] = positionals;
    if (sub !== "import" || !file) throw new SitrepError("SITREP_E_BAD_ARGUMENT", "usage: sitrep gazetteer import FILE");
    const { importGeonamesDump } = await import("../../geo/index.js");
    const progress = new Progress("gazetteer import", { unit: "lines", every: 100_000 });
    const r = await importGeonamesDump(file, { alternateNames: values["alternate-names"] as string | undefined, onLine: () => progress.tick() });
    progress.done();
    console.log(`${r.places} places imported; the store holds ${r.stored} (${(r.bytes / 1e6).toFixed(0)} MB)${r.migrated ? `, ${r.migrated} of them moved from the old user TSV` : ""}`);
    return 0;
  },
};
