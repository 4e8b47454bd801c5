// Builds the map UI into src/web/dist, which `sitrep serve` hosts. Everything is bundled:
// the base map comes from world-atlas, so the page loads nothing from the internet.
import { defineConfig } from "vite";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  base: "./",
  logLevel: "warn",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
    sourcemap: false,
  },
  server: {
    // `vite --config src/web/vite.config.ts` during UI work, with `sitrep serve` on 8080 for the API.
    proxy: { "/api": "http://127.0.0.1:8080" },
  },
});
