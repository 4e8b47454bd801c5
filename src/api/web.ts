// The built web UI (src/web/dist): find it, build it with Vite's JS API when missing, serve it.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { SitrepError } from "../errors.js";

export const WEB_DIR = fileURLToPath(new URL("../web/", import.meta.url));
export const WEB_DIST = join(WEB_DIR, "dist");

export function webBuilt(dist = WEB_DIST): boolean {
  return existsSync(join(dist, "index.html"));
}

/** Builds the UI into src/web/dist (a few seconds); the same as `npm run build:web`. */
export async function buildWeb(opts: { quiet?: boolean } = {}): Promise<void> {
  try {
    const vite = await import("vite");
    await vite.build({ configFile: join(WEB_DIR, "vite.config.ts"), logLevel: opts.quiet ? "error" : "warn" });
  } catch (err) {
    throw new SitrepError(
      "SITREP_E_INTERNAL",
      `the web UI is not built and building it failed (${(err as Error).message}); run \`npm run build:web\` (vite build --config src/web/vite.config.ts)`,
    );
  }
}
