// Shared test helpers: temp folders, running the real `sitrep` command, the shared corpus path.
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
export const BIN = join(ROOT, "bin", "sitrep.js");
/** The team's shared folder (read-only), beside the repository. */
export const SHARED = resolve(ROOT, "..", "shared");
export const SEED_TXT = join(SHARED, "corpus", "seed", "nbc-hama-2024-12-05.txt");
export const SEED_GOLD = join(SHARED, "corpus", "seed", "nbc-hama-2024-12-05.gold.json");
export const DEV_CASES = join(SHARED, "corpus", "dev", "cases.json");
export const hasShared = () => existsSync(SEED_TXT);

export function tempDir(prefix = "sitrep-test-"): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `sitrep ARGS` in a child process, as a user would. */
export function runCli(args: string[], opts: { input?: string; cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: opts.input,
    cwd: opts.cwd ?? ROOT,
    encoding: "utf8",
    env: { ...process.env, ...opts.env },
    maxBuffer: 1 << 28,
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

/** Starts `sitrep ARGS` without waiting (for kill tests). */
export function startCli(args: string[], opts: { cwd?: string } = {}) {
  return spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, stdio: ["ignore", "pipe", "pipe"] });
}
