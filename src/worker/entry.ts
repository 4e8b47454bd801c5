// Runs the team-scale commands (worker, feeds, migrate) without the main CLI table, for tests,
// benchmarks and child processes: node --import tsx src/worker/entry.ts worker --db postgres://...
import { asSitrepError } from "../errors.js";
import { workerCommand } from "../cli/commands/worker.js";
import { feedsCommand } from "../cli/commands/feeds.js";
import { migrateCommand } from "../cli/commands/migrate.js";

const [name, ...rest] = process.argv.slice(2);
const cmd = [workerCommand, feedsCommand, migrateCommand].find((c) => c.name === name);
if (!cmd) {
  console.error(`SITREP_E_BAD_ARGUMENT: expected worker, feeds or migrate, got "${name ?? ""}"`);
  process.exitCode = 2;
} else {
  try {
    process.exitCode = await cmd.run(rest);
  } catch (err) {
    const e = asSitrepError(err);
    console.error(e.toLine());
    process.exitCode = e.code === "SITREP_E_BAD_ARGUMENT" ? 2 : 1;
  }
}
