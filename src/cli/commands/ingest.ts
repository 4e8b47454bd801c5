import type { Command } from "../command.js";
import { parse } from "../args.js";
import { openStore } from "../../store/index.js";
import { ingestPaths, tallyLine } from "../../pipeline/ingest.js";
import { SitrepError } from "../../errors.js";
import { isoDate } from "../../store/filter-parse.js";
import { Progress } from "../progress.js";

export const ingestCommand: Command = {
  name: "ingest",
  summary: "store articles from text, HTML, RSS/Atom, JSONL files or folders",
  help: `usage: sitrep ingest PATH... [--db FILE] [--max-mb N] [--published YYYY-MM-DD] [--outlet NAME]

Reads plain text (.txt), HTML pages (.html), RSS/Atom feeds (.xml, .rss, .atom), JSONL
({id?, url?, title?, text | html, published, outlet, lang?} per line) and folders (recursive).
The same article twice changes nothing; changed text under the same id/URL becomes a new revision.
--published and --outlet apply to inputs that carry no date or outlet of their own (plain text).
Bad inputs are reported one line each and skipped; the exit code is 1 when anything was skipped.`,
  async run(argv) {
    const { values, positionals } = parse(argv, { "max-mb": { type: "string" }, published: { type: "string" }, outlet: { type: "string" } });
    const published = values.published as string | undefined;
    if (published) isoDate("--published", published);
    if (!positionals.length) throw new SitrepError("SITREP_E_BAD_ARGUMENT", "give at least one PATH to ingest");
    const maxMb = values["max-mb"] ? Number(values["max-mb"]) : undefined;
    if (maxMb !== undefined && !(maxMb > 0)) throw new SitrepError("SITREP_E_BAD_ARGUMENT", `--max-mb: expected a positive number`);
    const store = await openStore(values.db as string | undefined);
    try {
      const progress = new Progress("ingest", { unit: "articles", every: 1000 });
      const t = await ingestPaths(store, positionals, {
        onArticle: () => progress.tick(),
        onSkip: (line) => console.error(line),
        maxBytes: maxMb ? maxMb * 1024 * 1024 : undefined,
        defaults: { published, outlet: values.outlet as string | undefined },
      });
      progress.done();
      if (t.revised) console.log(`${t.revised} of the ingested are new revisions of earlier articles`);
      console.log(tallyLine(t));
      return t.skipped ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
