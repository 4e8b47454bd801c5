#!/usr/bin/env node
// Entry point of the `sitrep` command: registers the TypeScript loader, then runs the CLI.
import { register } from "tsx/esm/api";
register();
// V8 settings first (src/util/v8-flags.ts says why), before the pipeline allocates anything.
await import("../src/util/v8-flags.ts");
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
