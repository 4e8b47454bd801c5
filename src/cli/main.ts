// The `sitrep` command: a table of sub-commands, each in its own file under commands/.
import { asSitrepError } from "../errors.js";
import type { Command } from "./command.js";
import { ingestCommand } from "./commands/ingest.js";
import { extractCommand } from "./commands/extract.js";
import { eventsCommand } from "./commands/events.js";
import { exportCommand } from "./commands/export.js";
import { demoCommand } from "./commands/demo.js";
import { statusCommand } from "./commands/status.js";
import { geocodeCommand } from "./commands/geocode.js";
import { gazetteerCommand } from "./commands/gazetteer.js";
import { controlCommand } from "./commands/control.js";
import { serveCommand } from "./commands/serve.js";
import { userCommand } from "./commands/user.js";
import { feedsCommand } from "./commands/feeds.js";
import { workerCommand } from "./commands/worker.js";
import { migrateCommand } from "./commands/migrate.js";

export const COMMANDS: Command[] = [
  ingestCommand,
  extractCommand,
  eventsCommand,
  exportCommand,
  controlCommand,
  statusCommand,
  demoCommand,
  serveCommand,
  geocodeCommand,
  gazetteerCommand,
  userCommand,
  feedsCommand,
  workerCommand,
  migrateCommand,
];

export function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "sitrep: news reports in, ACLED-coded, sourced, mapped events out.",
    "",
    "usage: sitrep <command> [options]   (every command takes --db PATH; default $SITREP_DB or ./sitrep.db)",
    "",
    "commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "sitrep <command> --help shows a command's options.",
  ].join("\n");
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    console.log(usage());
    return 0;
  }
  if (name === "--version") {
    console.log("sitrep 0.1.0");
    return 0;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    console.error(`SITREP_E_BAD_ARGUMENT: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    console.log(`sitrep ${cmd.name}: ${cmd.summary}\n\n${cmd.help}`);
    return 0;
  }
  try {
    return await cmd.run(rest);
  } catch (err) {
    const e = asSitrepError(err);
    console.error(e.toLine());
    if (e.code === "SITREP_E_INTERNAL" && process.env.SITREP_DEBUG) console.error((err as Error).stack);
    return e.code === "SITREP_E_BAD_ARGUMENT" ? 2 : 1;
  }
}
