// The held list through the HTTP API: events the keep-check held back, listed for editors and up,
// restored (an extracted event of its article, fused and on the map) or dismissed, each audit-logged.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { openStore, type Store } from "../store/index.js";
import { buildApp } from "./app.js";
import { seedSample } from "./sample-data.js";
import { deskStoreFor } from "../desk/index.js";
import { addUser } from "../desk/accounts.js";
import { testArticle, testEvent } from "../../test/records.js";

process.env.SITREP_ARGON2_FAST = "1";
const PW = "correct horse battery";
let dir: string;
let store: Store;
let app: FastifyInstance;
let ed: { cookie: string; csrf: string };
let viewer: { cookie: string; csrf: string };
let articleId: number;

const doubted = (id: string, notes: string) =>
  testEvent({
    event_id_cnty: id, event_type: "Protests", sub_event_type: "Peaceful protest", disorder_type: "Demonstrations",
    actor1: "Protesters (Syria)", actor2: "", inter1: 6, inter2: 0, interaction: 60, location: "Qusayr", admin1: "Homs",
    latitude: 34.51, longitude: 36.58, event_date: "2024-12-04", notes, articles: ["held-art"],
  });

async function login(email: string) {
  const r = await app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password: PW } });
  return { cookie: `sitrep_session=${r.cookies[0]!.value}`, csrf: r.json().csrf_token as string };
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "sitrep-held-"));
  store = await openStore(join(dir, "h.db"));
  await seedSample(store);
  const desk = deskStoreFor(store)!;
  await addUser(desk, "ed@example.org", "editor", PW, "test");
  await addUser(desk, "vi@example.org", "viewer", PW, "test");
  const a = await store.putArticle(testArticle("held-art", "Residents protested in Qusayr.", { title: "<b>Qusayr</b> protest" }));
  articleId = a.id;
  await store.saveExtraction(a.id, [], undefined, [
    { event: doubted("SYR-H1", "Residents protested in Qusayr."), probability: 0.21 },
    { event: doubted("SYR-H2", `<img src=x onerror=alert(1)>`), probability: 0.12 },
  ]);
  app = await buildApp({ store, webDist: false });
  ed = await login("ed@example.org");
  viewer = await login("vi@example.org");
});

after(async () => {
  await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const as = (who: { cookie: string; csrf: string }, method: "GET" | "POST", url: string, payload?: object) =>
  app.inject({ method, url, payload, headers: { cookie: who.cookie, ...(method === "GET" ? {} : { "x-csrf-token": who.csrf }) } });

test("the held list needs a session, an editor or admin, and CSRF on its changes", async () => {
  for (const [method, url] of [["GET", "/api/v1/review/held"], ["POST", "/api/v1/review/held/1/restore"], ["POST", "/api/v1/review/held/1/dismiss"]] as const) {
    const anon = await app.inject({ method, url, payload: method === "POST" ? {} : undefined });
    assert.equal(anon.statusCode, 401, `${method} ${url} without a session`);
    assert.equal(anon.json().error.code, "SITREP_E_UNAUTHENTICATED");
    const low = await as(viewer, method, url, method === "POST" ? {} : undefined);
    assert.equal(low.statusCode, 403, `${method} ${url} as a viewer`);
    assert.equal(low.json().error.code, "SITREP_E_FORBIDDEN");
  }
  const noCsrf = await app.inject({ method: "POST", url: "/api/v1/review/held/1/dismiss", payload: {}, headers: { cookie: ed.cookie } });
  assert.equal(noCsrf.statusCode, 403);
  assert.equal(noCsrf.json().error.code, "SITREP_E_CSRF");
  assert.equal((await as(ed, "GET", "/api/v1/review/held")).json().items.length, 2, "nothing changed");
});

test("an editor lists held events newest first, with article, sub-type, date, place, probability and notes (as data, not HTML)", async () => {
  const r = await as(ed, "GET", "/api/v1/review/held?limit=1");
  assert.equal(r.statusCode, 200, r.body);
  const [h] = r.json().items;
  assert.deepEqual(
    [h.article_id, h.title, h.outlet, h.sub_event_type, h.event_date, h.location, h.probability, h.notes],
    [articleId, "<b>Qusayr</b> protest", "Test Wire", "Peaceful protest", "2024-12-04", "Qusayr", 0.12, "<img src=x onerror=alert(1)>"],
  );
  assert.match(r.headers["content-type"] as string, /application\/json/);
  const next = await as(ed, "GET", `/api/v1/review/held?after=${r.json().next}`);
  assert.deepEqual(next.json().items.map((x: { event: { event_id_cnty: string } }) => x.event.event_id_cnty), ["SYR-H1"]);
  assert.equal((await as(ed, "GET", "/api/v1/review/held?limit=x")).statusCode, 400);
  // not events: the map's list does not show them
  const events = (await app.inject({ method: "GET", url: "/api/v1/events?limit=1000", headers: { cookie: ed.cookie } })).json();
  assert.ok(!JSON.stringify(events).includes("SYR-H"));
});

test("restore makes a held event an event of its article, on the map and in the review queue; dismiss removes one; both audit-logged", async () => {
  const items = (await as(ed, "GET", "/api/v1/review/held")).json().items as { id: number; event: { event_id_cnty: string } }[];
  const h1 = items.find((i) => i.event.event_id_cnty === "SYR-H1")!;
  const h2 = items.find((i) => i.event.event_id_cnty === "SYR-H2")!;
  const r = await as(ed, "POST", `/api/v1/review/held/${h1.id}/restore`, { reason: "a real protest" });
  assert.equal(r.statusCode, 200, r.body);
  const eventId = r.json().event_id as string;
  assert.equal(eventId, "SYR-H1");
  const ev = await app.inject({ method: "GET", url: `/api/v1/events/${eventId}`, headers: { cookie: ed.cookie } });
  assert.equal(ev.statusCode, 200, ev.body);
  assert.deepEqual((await store.reportsOf(eventId)).map((x) => x.articleId), [articleId]);
  assert.ok((await as(ed, "GET", "/api/v1/review")).json().items.some((i: { event_id: string }) => i.event_id === eventId), "unreviewed, like any machine-coded event");
  const twice = await as(ed, "POST", `/api/v1/review/held/${h1.id}/restore`, {});
  assert.equal(twice.statusCode, 409, "restored already");
  assert.equal(twice.json().error.code, "SITREP_E_CONFLICT");

  const d = await as(ed, "POST", `/api/v1/review/held/${h2.id}/dismiss`, {});
  assert.equal(d.statusCode, 200, d.body);
  assert.equal((await as(ed, "POST", `/api/v1/review/held/${h2.id}/dismiss`, {})).statusCode, 409, "dismissed already");
  const late = await as(ed, "POST", `/api/v1/review/held/${h2.id}/restore`, {});
  assert.equal(late.statusCode, 409, "a dismissed event cannot be restored");
  assert.equal(late.json().error.code, "SITREP_E_CONFLICT");
  for (const action of ["restore", "dismiss"]) {
    const unknown = await as(ed, "POST", `/api/v1/review/held/999999/${action}`, {});
    assert.equal(unknown.statusCode, 404, `${action} of an unknown id`);
    assert.equal(unknown.json().error.code, "SITREP_E_NOT_FOUND");
  }
  assert.deepEqual((await as(ed, "GET", "/api/v1/review/held")).json().items, []);
  assert.equal(await store.getEvent("SYR-H2"), undefined);

  const audit = (await as(ed, "GET", "/api/v1/audit?subject_type=held")).json();
  const rows = audit.entries as { action: string; subject_id: string; actor: string; reason: string | null; after: unknown }[];
  assert.deepEqual(rows.map((x) => [x.action, x.subject_id]), [["held.restore", String(h1.id)], ["held.dismiss", String(h2.id)]]);
  assert.ok(rows[0]!.actor.endsWith("ed@example.org"));
  assert.equal(rows[0]!.reason, "a real protest");
  assert.deepEqual(rows[0]!.after, { event_id: "SYR-H1" });
});

test("the held routes are in the OpenAPI document", async () => {
  const doc = (await as(ed, "GET", "/api/v1/openapi.json")).json();
  assert.ok(doc.paths["/api/v1/review/held"]?.get);
  assert.ok(doc.paths["/api/v1/review/held/{id}/restore"]?.post);
  assert.ok(doc.paths["/api/v1/review/held/{id}/dismiss"]?.post);
});
