import type { Command } from "../command.js";
import { oneOf, parse } from "../args.js";
import { openStore } from "../../store/index.js";
import { table } from "../table.js";
import { SitrepError } from "../../errors.js";
import { controlAreas, controlAt, controlChanges, controlPoints } from "../../control/index.js";

const FORMATS = ["table", "json", "geojson"] as const;

function dateOption(name: string, v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const d = new Date(v + "T00:00:00Z");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) {
    throw new SitrepError("SITREP_E_BAD_ARGUMENT", `--${name}: expected a date YYYY-MM-DD, got "${v}"`);
  }
  return v;
}

const who = (holder: string | null, contested: boolean, claimant: string | null) =>
  contested ? `contested${claimant ? ` (claimed by ${claimant})` : ""}` : (holder ?? "?");

export const controlCommand: Command = {
  name: "control",
  summary: "who controls each tracked place on a date, or the changes of control since a date",
  help: `usage: sitrep control [--at YYYY-MM-DD] [--format table|json|geojson] [--areas] [--db FILE]
       sitrep control --changes [--since YYYY-MM-DD] [--format table|json]

--at       the day asked about (default today); a place taken on day D is held by the taker from D on
--areas    with --format geojson: Voronoi control areas clipped to country outlines instead of points
--changes  list changes of hands (and contested claims), oldest first

Contested places (a claim without independent support, a denial, rival claims) show as
contested, with the claimant; the holder is not guessed.`,
  async run(argv) {
    const { values } = parse(
      argv,
      { at: { type: "string" }, since: { type: "string" }, changes: { type: "boolean" }, areas: { type: "boolean" }, format: { type: "string" } },
      false,
    );
    const format = oneOf("format", values.format as string | undefined, FORMATS, "table");
    const at = dateOption("at", values.at as string | undefined) ?? new Date().toISOString().slice(0, 10);
    const since = dateOption("since", values.since as string | undefined);
    const store = await openStore(values.db as string | undefined);
    try {
      if (values.changes) {
        const changes = await controlChanges(store, since);
        if (format === "table") {
          console.log(
            changes.length
              ? table(
                  ["date", "country", "place", "from", "to", "verification", "event"],
                  changes.map((c) => [c.date, c.country, c.place, c.from ?? "?", who(c.to, c.contested, c.claimant), c.verification ?? "", c.event_id ?? ""]),
                )
              : "no changes of control recorded",
          );
        } else console.log(JSON.stringify(format === "geojson" ? controlPoints(changes.map((c) => ({ ...c, holder: c.to, since: c.date, until: null, previous_holder: c.from }))) : changes, null, 1));
        return 0;
      }
      const records = await controlAt(store, at);
      if (format === "geojson") {
        console.log(JSON.stringify(values.areas ? await controlAreas(store, at) : controlPoints(records)));
      } else if (format === "json") {
        console.log(JSON.stringify({ at, places: records }, null, 1));
      } else {
        console.log(`control on ${at}`);
        console.log(
          records.length
            ? table(
                ["country", "place", "holder", "since", "verification", "event"],
                records.map((r) => [r.country, r.place, who(r.holder, r.contested, r.claimant), r.since ?? "before records", r.verification ?? "", r.event_id ?? ""]),
                44,
              )
            : "no tracked places (no territory events in the database)",
        );
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
