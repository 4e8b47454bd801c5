// GET /stream: Server-Sent Events of new, changed and deleted events for the open map.
// One poller per server asks the store every `pollMs` for rows with updated_at after the oldest
// client cursor, and fans them out; it runs only while someone is connected.
import type { ServerResponse } from "node:http";
import type { FastifyPluginAsync } from "fastify";
import { SitrepError } from "../errors.js";
import type { Store } from "../store/index.js";
import type { ApiOptions } from "./context.js";
import { apiEvent } from "./event-item.js";
import { querySchema } from "./schemas.js";

const HEARTBEAT_MS = 15_000;

interface Client {
  res: ServerResponse;
  /** updated_at of the last change this client was sent. */
  cursor: string;
}

export class ChangeHub {
  private clients = new Set<Client>();
  private timer: NodeJS.Timeout | null = null;
  private beat: NodeJS.Timeout | null = null;
  private polling = false;

  constructor(private store: Store, private pollMs: number) {}

  add(c: Client): void {
    this.clients.add(c);
    this.timer ??= setInterval(() => void this.poll(), this.pollMs);
    this.beat ??= setInterval(() => this.broadcast(": heartbeat\n\n"), HEARTBEAT_MS);
  }

  remove(c: Client): void {
    this.clients.delete(c);
    if (!this.clients.size) this.stop();
  }

  get size(): number {
    return this.clients.size;
  }

  private stop(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.beat) clearInterval(this.beat);
    this.timer = this.beat = null;
  }

  close(): void {
    this.stop();
    for (const c of this.clients) c.res.end();
    this.clients.clear();
  }

  private broadcast(chunk: string): void {
    for (const c of this.clients) c.res.write(chunk);
  }

  async poll(): Promise<void> {
    if (this.polling || !this.clients.size) return;
    this.polling = true;
    try {
      let oldest = "";
      for (const c of this.clients) if (!oldest || c.cursor < oldest) oldest = c.cursor;
      const rows = await this.store.listEvents({ updatedSince: oldest });
      if (!rows.length) return;
      rows.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
      for (const c of this.clients) {
        let out = "";
        for (const r of rows) {
          if (r.updatedAt <= c.cursor) continue;
          out += `id: ${r.updatedAt}\nevent: ${r.deletedAt ? "deleted" : "event"}\ndata: ${JSON.stringify(apiEvent(r))}\n\n`;
          c.cursor = r.updatedAt;
        }
        if (out) c.res.write(out);
      }
    } catch {
      // A failed poll (database busy) is retried on the next tick; the clients keep their cursors.
    } finally {
      this.polling = false;
    }
  }
}

export const streamRoutes: FastifyPluginAsync<ApiOptions> = async (app, { store, pollMs }) => {
  const hub = new ChangeHub(store, pollMs ?? 1000);
  app.addHook("onClose", async () => hub.close());
  app.get(
    "/stream",
    {
      schema: {
        summary: "Server-Sent Events: `event` for new or changed events, `deleted` for tombstones; ids are updated_at timestamps",
        tags: ["events"],
        querystring: querySchema({
          since: { type: "string", description: "ISO timestamp to replay changes from (default: now; the Last-Event-ID header also works)" },
        }),
        response: { 200: { description: "text/event-stream", type: "string" } },
      },
    },
    async (req, reply) => {
      const q = req.query as { since?: string };
      const from = q.since ?? (req.headers["last-event-id"] as string | undefined);
      let cursor = new Date().toISOString();
      if (from) {
        if (Number.isNaN(Date.parse(from))) throw new SitrepError("SITREP_E_BAD_ARGUMENT", `since: expected an ISO timestamp, got "${from}"`);
        cursor = new Date(from).toISOString();
      }
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache",
        connection: "keep-alive",
        "x-accel-buffering": "no",
      });
      res.write(`retry: 3000\n: connected ${cursor}\n\n`);
      const client: Client = { res, cursor };
      hub.add(client);
      req.raw.on("close", () => hub.remove(client));
      if (from) void hub.poll();
    },
  );
};
