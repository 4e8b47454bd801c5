// The built web UI (src/web/dist): find it, build it with Vite's JS API when missing, serve it.
import { existsSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { SitrepError } from "../errors.js";

export const WEB_DIR = fileURLToPath(new URL("../web/", import.meta.url));
export const WEB_DIST = join(WEB_DIR, "dist");

export function webBuilt(dist = WEB_DIST): boolean {
  return existsSync(join(dist, "index.html"));
}

/** True when a UI source file (src/web/*, not dist) is newer than the built index.html. */
export function webStale(dist = WEB_DIST): boolean {
  if (!webBuilt(dist)) return true;
  const built = statSync(join(dist, "index.html")).mtimeMs;
  return readdirSync(WEB_DIR).some((f) => f !== "dist" && !f.endsWith(".test.ts") && statSync(join(WEB_DIR, f)).mtimeMs > built);
}

/** Builds the UI into src/web/dist, or `outDir` (a few seconds); the same as `npm run build:web`. */
export async function buildWeb(opts: { quiet?: boolean; outDir?: string } = {}): Promise<void> {
  try {
    const vite = await import("vite");
    await vite.build({
      configFile: join(WEB_DIR, "vite.config.ts"),
      logLevel: opts.quiet ? "error" : "warn",
      ...(opts.outDir ? { build: { outDir: opts.outDir, emptyOutDir: true } } : {}),
    });
  } catch (err) {
    throw new SitrepError(
      "SITREP_E_INTERNAL",
      `the web UI is not built and building it failed (${(err as Error).message}); run \`npm run build:web\` (vite build --config src/web/vite.config.ts)`,
    );
  }
}
