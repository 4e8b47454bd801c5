import type { Command } from "../command.js";
import { parse } from "../args.js";
import { SitrepError } from "../../errors.js";
import { openStore, redact } from "../../store/index.js";
import { buildApp, API_PREFIX } from "../../api/app.js";
import { buildWeb, webBuilt, webStale } from "../../api/web.js";

export const serveCommand: Command = {
  name: "serve",
  summary: "serve the HTTP API (/api/v1) and the web map from one process",
  help: `usage: sitrep serve [--port 8080] [--host 127.0.0.1] [--db FILE] [--no-build]
                    [--smtp smtp://user:pass@host:587] [--secure-cookies] [--base-url https://desk.example.org]

Serves the API under ${API_PREFIX} (OpenAPI document at ${API_PREFIX}/openapi.json) and the map UI
built into src/web/dist. When the UI is not built, or its sources changed since, it is built
first with Vite (a few seconds); --no-build skips that (build with \`npm run build:web\`).
--smtp sends account mail (default $SITREP_SMTP; without it mail goes to the outbox an admin reads);
--secure-cookies marks session cookies Secure (use behind HTTPS); --base-url is used in e-mailed links.`,
  async run(argv) {
    const { values } = parse(
      argv,
      { port: { type: "string" }, host: { type: "string" }, "no-build": { type: "boolean" }, smtp: { type: "string" }, "secure-cookies": { type: "boolean" }, "base-url": { type: "string" } },
      false,
    );
    const port = Number(values.port ?? process.env.PORT ?? 8080);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new SitrepError("SITREP_E_BAD_ARGUMENT", `--port: expected 0..65535, got "${values.port}"`);
    }
    const host = (values.host as string | undefined) ?? "127.0.0.1";
    if (!values["no-build"] && webStale()) {
      console.error("building the web UI (src/web/dist)...");
      await buildWeb();
    } else if (!webBuilt()) {
      console.error("the web UI is not built (run `npm run build:web`); serving the API only");
    }
    const store = await openStore(values.db as string | undefined);
    const app = await buildApp({
      store,
      smtp: values.smtp as string | undefined,
      secureCookies: (values["secure-cookies"] as boolean | undefined) || undefined,
      baseUrl: values["base-url"] as string | undefined,
    });
    const shutdown = async () => {
      await app.close();
      await store.close();
      process.exit(0);
    };
    process.once("SIGINT", () => void shutdown());
    process.once("SIGTERM", () => void shutdown());
    try {
      await app.listen({ port, host });
    } catch (err) {
      await store.close();
      throw new SitrepError("SITREP_E_BAD_ARGUMENT", `--port ${port}: ${(err as Error).message}`);
    }
    const addr = app.server.address();
    const shown = typeof addr === "object" && addr ? `http://${addr.family === "IPv6" ? `[${addr.address}]` : addr.address}:${addr.port}/` : String(addr);
    console.log(`sitrep serving ${redact(store.location)}`);
    console.log(`  map: ${shown}`);
    console.log(`  API: ${shown}${API_PREFIX.slice(1)}/events  (OpenAPI: ${shown}${API_PREFIX.slice(1)}/openapi.json)`);
    // Runs until a signal; the promise never settles.
    return new Promise<number>(() => undefined);
  },
};
