import type { Command } from "../command.js";
import { parse } from "../args.js";
import { openStore, redact } from "../../store/index.js";
import { SqliteStore } from "../../store/sqlite.js";
import { PostgresStore } from "../../store/postgres.js";
import { copySqliteToPostgres } from "../../store/pg-copy.js";
import { SitrepError } from "../../errors.js";
import { table } from "../table.js";

export const migrateCommand: Command = {
  name: "migrate",
  summary: "copy a SQLite database into PostgreSQL (everything), then verify the row counts",
  help: `usage: sitrep migrate --from sqlite:./sitrep.db --to postgres://user@host:5432/db[?schema=NAME]

Copies every table (articles and revisions, sentences, reports, events and tombstones, near-duplicate
links, control timeline, feeds and their fetch records, skipped inputs, and the analyst desk: users,
API tokens, pending reset/invite links, outbox, settings, the audit log, review state with hand-edit
locks, tips) in one transaction into an empty PostgreSQL database (migrations are applied first),
then checks each table's row count. Log-in sessions are not copied: everyone logs in again.
A SQLite table that PostgreSQL has no table for is reported and the exit code is 1.`,
  async run(argv) {
    const { values } = parse(argv, { from: { type: "string" }, to: { type: "string" } }, false);
    const from = values.from as string | undefined;
    const to = values.to as string | undefined;
    if (!from || !to) throw new SitrepError("SITREP_E_BAD_ARGUMENT", "give --from sqlite:FILE and --to postgres://...");
    if (!/^postgres(ql)?:\/\//.test(to)) throw new SitrepError("SITREP_E_BAD_ARGUMENT", `--to: expected a postgres:// URL, got "${redact(to)}"`);
    if (/^postgres(ql)?:\/\//.test(from)) throw new SitrepError("SITREP_E_BAD_ARGUMENT", "--from: expected a SQLite file (sqlite:./sitrep.db)");
    const src = await openStore(from);
    const dst = await openStore(to);
    try {
      if (!(src instanceof SqliteStore) || !(dst instanceof PostgresStore)) throw new SitrepError("SITREP_E_BAD_ARGUMENT", "migrate copies SQLite into PostgreSQL");
      let r;
      try {
        r = await copySqliteToPostgres(src.db, dst.pool, (t, n) => console.error(`copied ${t}: ${n} rows`));
      } catch (err) {
        throw new SitrepError("SITREP_E_DB", `${dst.location}: ${(err as Error).message} (nothing was copied)`);
      }
      console.log(table(["table", "sqlite rows", "postgres rows"], r.tables.map((t) => [t.table, t.source, t.target])));
      for (const k of r.skipped) if (k.rows) console.error(`skipped ${k.table} (${k.rows} rows): ${k.why}`);
      for (const m of r.missing) console.error(`not copied: ${m.table} (${m.rows} rows): no such table on PostgreSQL`);
      console.log(`copied ${r.tables.length} tables from ${src.location} to ${dst.location}; row counts verified`);
      return r.missing.length ? 1 : 0;
    } finally {
      await src.close();
      await dst.close();
    }
  },
};
