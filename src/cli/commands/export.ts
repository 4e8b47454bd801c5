import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Command } from "../command.js";
import { FILTER_OPTIONS, oneOf, parse } from "../args.js";
import { openStore } from "../../store/index.js";
import { parseFilter } from "../../store/filter-parse.js";
import { EXPORT_FORMATS, serializer } from "../../export/formats.js";
import { Progress } from "../progress.js";

export const exportCommand: Command = {
  name: "export",
  summary: "write all (or filtered) events as ACLED CSV, GeoJSON or JSONL",
  help: `usage: sitrep export --format acled-csv|geojson|jsonl [--out FILE] [filters as for "sitrep events"]

Without --out the export goes to standard output.`,
  async run(argv) {
    const { values } = parse(argv, { ...FILTER_OPTIONS, format: { type: "string" }, out: { type: "string" } }, false);
    const format = oneOf("format", values.format as string | undefined, EXPORT_FORMATS, "acled-csv");
    const filter = parseFilter(values as Record<string, string>);
    const store = await openStore(values.db as string | undefined);
    try {
      const progress = new Progress("export", { unit: "events", every: 10_000 });
      const n = await exportEvents(store, format, filter, values.out as string | undefined, progress);
      progress.done();
      if (values.out) console.error(`${n} events written to ${values.out}`);
      return 0;
    } finally {
      await store.close();
    }
  },
};

export async function exportEvents(
  store: Awaited<ReturnType<typeof openStore>>,
  format: (typeof EXPORT_FORMATS)[number],
  filter: ReturnType<typeof parseFilter>,
  out?: string,
  progress?: Progress,
): Promise<number> {
  const s = serializer(format);
  const stream = out ? createWriteStream(out) : process.stdout;
  const write = async (chunk: string) => {
    if (!stream.write(chunk)) await once(stream, "drain");
  };
  const events = await store.listEvents(filter);
  if (progress) progress.total = events.length;
  await write(s.head());
  for (let i = 0; i < events.length; i++) {
    await write(s.row(events[i]!.event, i));
    progress?.tick();
  }
  await write(s.tail());
  if (out) {
    (stream as ReturnType<typeof createWriteStream>).end();
    await once(stream, "finish");
  }
  return events.length;
}
