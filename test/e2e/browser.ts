// Shared e2e setup: Debian's chromium driven by playwright-core, and a sitrep server on a temp database.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import type { FastifyInstance } from "fastify";
import { openStore, type Store } from "../../src/store/index.js";
import { buildApp } from "../../src/api/app.js";
import { buildWeb } from "../../src/api/web.js";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SCREENSHOTS = join(process.cwd(), "test-artifacts", "screenshots");
// SwiftShader gives headless chromium a software WebGL so MapLibre can draw without a GPU.
const ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run",
  "--use-gl=angle", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
];

export function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing (apt-get install chromium, or set CHROMIUM_PATH)`);
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

export interface Server {
  url: string;
  store: Store;
  app: FastifyInstance;
  close(): Promise<void>;
}

/** A server on a fresh temp database filled by `seed`, serving a fresh build of the UI. */
export async function startServer(seed: (s: Store) => Promise<void>): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-e2e-"));
  // A fresh build of the current sources into the temp dir: never a stale src/web/dist, and
  // test files running in parallel do not overwrite each other's bundle.
  const web = join(dir, "web");
  await buildWeb({ quiet: true, outDir: web });
  const store = await openStore(join(dir, "e2e.db"));
  await seed(store);
  const app = await buildApp({ store, pollMs: 200, webDist: web });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const port = (app.server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    store,
    app,
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function shotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, name);
}

/** The README shows docs/screenshot.png: a copy of one e2e screenshot. */
export function publishScreenshot(name: string): void {
  mkdirSync(join(process.cwd(), "docs"), { recursive: true });
  copyFileSync(shotPath(name), join(process.cwd(), "docs", "screenshot.png"));
}
