// Runs every *.test.ts under src/, test/ and bench/ with node's test runner (through tsx).
// node 20's --test does not expand globs, so the files are found here.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";

const roots = ["src", "test"];
const files = [];
const walk = (dir) => {
  let names = [];
  try { names = readdirSync(dir); } catch { return; }
  for (const name of names.sort()) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith(".test.ts")) files.push(p);
  }
};
roots.forEach(walk);
const filter = process.argv.slice(2);
const chosen = filter.length ? files.filter((f) => filter.some((x) => f.includes(x))) : files;
const r = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-concurrency=2", ...chosen], { stdio: "inherit" });
process.exit(r.status ?? 1);
