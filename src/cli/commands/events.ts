import type { Command } from "../command.js";
import { FILTER_OPTIONS, oneOf, parse } from "../args.js";
import { openStore } from "../../store/index.js";
import { parseFilter } from "../../store/filter-parse.js";
import { serializeAll } from "../../export/formats.js";
import { eventsTable } from "../summary.js";

const FORMATS = ["table", "json", "csv", "geojson", "jsonl"] as const;

export const eventsCommand: Command = {
  name: "events",
  summary: "list stored events, filtered, as a table, JSON, CSV or GeoJSON",
  help: `usage: sitrep events [--country C] [--type T] [--actor A] [--since D] [--until D]
                     [--bbox minLon,minLat,maxLon,maxLat] [--near lat,lon,km] [--verification V]
                     [--limit N] [--format table|json|csv|geojson|jsonl]

--country takes the ACLED name or the ISO2 code; --type an event type or sub-type.`,
  async run(argv) {
    const { values } = parse(argv, { ...FILTER_OPTIONS, format: { type: "string" } }, false);
    const format = oneOf("format", values.format as string | undefined, FORMATS, "table");
    const filter = parseFilter(values as Record<string, string>);
    const store = await openStore(values.db as string | undefined);
    try {
      const events = (await store.listEvents(filter)).map((s) => s.event);
      if (format === "table") {
        console.log(events.length ? eventsTable(events) : "no events match");
      } else {
        process.stdout.write(serializeAll(format === "csv" ? "acled-csv" : format, events));
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
