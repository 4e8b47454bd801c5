// The desk through the HTTP API and the CLI: the tip form (honeypot, per-address limit,
// triage into an article), review edits by an editor, audit export, `sitrep user add`.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { openStore, type Store } from "../store/index.js";
import { buildApp } from "../api/app.js";
import { seedSample } from "../api/sample-data.js";
import { deskStoreFor } from "./index.js";
import { addUser } from "./accounts.js";
import { userCommand } from "../cli/commands/user.js";
import type { DeskStore } from "../store/desk.js";

process.env.SITREP_ARGON2_FAST = "1";
const PW = "correct horse battery";
let dir: string;
let store: Store;
let desk: DeskStore;
let app: FastifyInstance;
let ed: { cookie: string; csrf: string };

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "sitrep-desk-"));
  store = await openStore(join(dir, "d.db"));
  await seedSample(store);
  desk = deskStoreFor(store)!;
  await addUser(desk, "ed@example.org", "editor", PW, "test");
  app = await buildApp({ store, webDist: false, limits: { tipsPerHour: 3 } });
  const r = await app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email: "ed@example.org", password: PW } });
  ed = { cookie: `sitrep_session=${r.cookies[0]!.value}`, csrf: r.json().csrf_token };
});

after(async () => {
  await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const as = (method: "GET" | "POST" | "PATCH", url: string, payload?: object) =>
  app.inject({ method, url, payload, headers: { cookie: ed.cookie, ...(method === "GET" ? {} : { "x-csrf-token": ed.csrf }) } });

test("tips: honeypot answered but not stored, links kept as text, limit per address, triage ingests the text", async () => {
  const post = (p: object, ip = "10.0.0.1") => app.inject({ method: "POST", url: "/api/v1/tips", payload: p, remoteAddress: ip });
  assert.equal((await post({ text: "Shelling reported near the bridge at dawn today.", link: "http://127.0.0.1:9/never-fetched", contact: "a reader" })).statusCode, 202);
  assert.equal((await post({ text: "Buy cheap watches now, best prices online", website: "http://spam.example" })).statusCode, 202);
  assert.equal((await post({ text: "short" })).statusCode, 400);
  assert.equal((await post({ text: "A fourth tip from the same address." })).statusCode, 429);
  assert.equal((await post({ text: "A tip from another address is fine." }, "10.0.0.2")).statusCode, 202);
  assert.equal((await post({ text: "Link with a bad scheme here", link: "javascript:alert(1)" }, "10.0.0.3")).statusCode, 400);
  const tips = (await as("GET", "/api/v1/tips")).json().tips;
  assert.equal(tips.length, 2);
  assert.ok(!tips.some((t: { text: string }) => t.text.includes("watches")));
  const first = tips.find((t: { link: string | null }) => t.link)!;
  const tr = await as("POST", `/api/v1/tips/${first.id}/triage`, { action: "ingest", title: "Reader tip", published: "2024-12-06" });
  assert.equal(tr.statusCode, 200, tr.body);
  assert.equal(tr.json().tip.state, "ingested");
  const art = await store.getArticleByKey(`tip-${first.id}`);
  assert.ok(art?.text.includes("Shelling reported"));
  assert.equal((await as("POST", `/api/v1/tips/${first.id}/triage`, { action: "dismiss" })).statusCode, 409);
});

test("review through the API: queue, side-by-side evidence, edit, reject needs a reason, audit export", async () => {
  const q = (await as("GET", "/api/v1/review")).json();
  assert.equal(q.items.length, 4);
  const detail = (await as("GET", "/api/v1/review/SYR-S1")).json();
  assert.ok(detail.articles[0].text.includes("Hama"));
  assert.ok(detail.event.evidence.length > 0);
  const e = await as("PATCH", "/api/v1/review/SYR-S1", { fields: { fatalities: 3, notes: `<script>alert("x")</script>` }, reason: "desk check" });
  assert.equal(e.statusCode, 200, e.body);
  assert.equal((await as("POST", "/api/v1/review/UKR-S3/reject", {})).statusCode, 400);
  assert.equal((await as("POST", "/api/v1/review/UKR-S3/reject", { reason: "duplicate of another report" })).statusCode, 200);
  assert.equal((await as("GET", "/api/v1/review")).json().items.length, 2);
  const jsonl = await as("GET", "/api/v1/audit?subject_type=event&format=jsonl");
  const rows = jsonl.body.trim().split("\n").map((l) => JSON.parse(l));
  assert.deepEqual(rows.map((r) => r.action), ["event.edit", "event.reject"]);
  assert.equal(rows[0].actor.endsWith("ed@example.org"), true);
  const csv = await as("GET", "/api/v1/audit?format=csv&subject_id=SYR-S1");
  assert.match(String(csv.headers["content-type"]), /text\/csv/);
  assert.match(csv.body.split("\n")[0]!, /^id,at,actor,action,subject_type,subject_id,before,after,reason$/);
  assert.equal(csv.body.trim().split("\n").length, 2);
  // there is no route to change the log
  for (const m of ["PUT", "PATCH", "DELETE"] as const) assert.equal((await app.inject({ method: m, url: "/api/v1/audit", headers: { cookie: ed.cookie, "x-csrf-token": ed.csrf } })).statusCode, 404);
});

test("sitrep user add: with --password; without it and no terminal, a clear error", async () => {
  const db = join(dir, "cli.db");
  const log = console.log;
  const out: string[] = [];
  console.log = (s: string) => out.push(s);
  try {
    assert.equal(await userCommand.run(["add", "Boss@Example.org", "--role", "admin", "--password", "a long admin password", "--db", db]), 0);
    assert.equal(await userCommand.run(["list", "--db", db]), 0);
  } finally {
    console.log = log;
  }
  assert.match(out.join("\n"), /boss@example\.org\tadmin/);
  const stdin = process.stdin as { isTTY?: boolean };
  const was = stdin.isTTY;
  stdin.isTTY = false;
  try {
    await assert.rejects(userCommand.run(["add", "x@example.org", "--role", "viewer", "--db", db]), /not a terminal/);
  } finally {
    stdin.isTTY = was;
  }
  await assert.rejects(userCommand.run(["add", "y@example.org", "--role", "boss", "--password", "a long password", "--db", db]), /role/);
});
