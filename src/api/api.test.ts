// API tests: app.inject() against a real SQLite database in a temp dir, seeded through the real
// ingest + fusion path (src/api/sample-data.ts).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { request } from "node:http";
import type { FastifyInstance } from "fastify";
import { openStore, type Store } from "../store/index.js";
import { buildApp } from "./app.js";
import { sampleEvent, seedSample } from "./sample-data.js";

let dir: string;
let store: Store;
let app: FastifyInstance;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "sitrep-api-"));
  store = await openStore(join(dir, "t.db"));
  await seedSample(store);
  const web = join(dir, "web");
  mkdirSync(web);
  writeFileSync(join(web, "index.html"), "<!doctype html><title>sitrep test</title>");
  app = await buildApp({ store, webDist: web, pollMs: 50 });
});

after(async () => {
  await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = async (url: string) => {
  const r = await app.inject({ method: "GET", url });
  return { status: r.statusCode, type: String(r.headers["content-type"]), body: r.body, json: () => JSON.parse(r.body) };
};

describe("events list", () => {
  test("JSON page with all events, oldest first, each with updated_at", async () => {
    const r = await get("/api/v1/events");
    assert.equal(r.status, 200);
    const b = r.json();
    assert.deepEqual(b.events.map((e: { event_id_cnty: string }) => e.event_id_cnty), ["UKR-S3", "SYR-S2", "SYR-S1", "MMR-S4"]);
    assert.equal(b.next, null);
    assert.equal(b.count, 4);
    assert.match(b.events[0].updated_at, /^\d{4}-\d{2}-\d{2}T/);
  });

  test("cursor pagination walks every event once", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const b: { events: { event_id_cnty: string }[]; next: string | null } = (await get(`/api/v1/events?limit=1${cursor ? `&after=${cursor}` : ""}`)).json();
      seen.push(...b.events.map((e) => e.event_id_cnty));
      cursor = b.next;
    } while (cursor);
    assert.deepEqual(seen, ["UKR-S3", "SYR-S2", "SYR-S1", "MMR-S4"]);
  });

  test("filters use the CLI names", async () => {
    const ids = async (q: string) => (await get(`/api/v1/events?${q}`)).json().events.map((e: { event_id_cnty: string }) => e.event_id_cnty);
    assert.deepEqual(await ids("country=SY"), ["SYR-S2", "SYR-S1"]);
    assert.deepEqual(await ids("country=Ukraine"), ["UKR-S3"]);
    assert.deepEqual(await ids("type=Battles"), ["SYR-S2", "SYR-S1", "MMR-S4"]);
    assert.deepEqual(await ids("type=Armed%20clash"), ["SYR-S2"]);
    assert.deepEqual(await ids("since=2024-12-04&until=2024-12-31"), ["SYR-S1", "MMR-S4"]);
    assert.deepEqual(await ids("since=2024-12-04&until=2024-12-31&country=SY"), ["SYR-S1"]);
    assert.deepEqual(await ids("bbox=36,35,37,35.2"), ["SYR-S1"]);
    assert.deepEqual(await ids("near=35.13,36.75,5"), ["SYR-S1"]);
    assert.deepEqual(await ids("actor=russia"), ["UKR-S3"]);
  });

  test("bad parameters: 400 naming the parameter and why", async () => {
    const cases: [string, RegExp][] = [
      ["since=2024-13-45", /^since: /],
      ["since=yesterday", /^since: expected a date YYYY-MM-DD, got "yesterday"/],
      ["bbox=1,2,3", /^bbox: expected minLon,minLat,maxLon,maxLat/],
      ["limit=0", /^limit: expected a positive integer/],
      ["verification=rumour", /^verification: expected one of claimed, reported/],
      ["format=xml", /^format: expected one of json, geojson, csv, jsonl/],
      ["contry=SY", /^contry: unknown parameter/],
      ["after=NOPE", /^after: no event "NOPE"/],
      ["fields=event_id_cnty,bogus", /^fields: unknown field "bogus"/],
      ["country=SY&country=UA", /^country: expected a single string/],
    ];
    for (const [q, re] of cases) {
      const r = await get(`/api/v1/events?${q}`);
      assert.equal(r.status, 400, q);
      const b = r.json();
      assert.equal(b.error.code, "SITREP_E_BAD_ARGUMENT", q);
      assert.match(b.error.message, re, q);
    }
  });

  test("an empty result says which filter emptied it", async () => {
    const b = (await get("/api/v1/events?country=SY&type=Protests")).json();
    assert.deepEqual(b.events, []);
    assert.equal(b.emptied_by, "type");
    assert.match(b.empty_reason, /type=Protests/);
    const c = (await get("/api/v1/events?country=ML")).json();
    assert.equal(c.emptied_by, "country");
  });

  test("GeoJSON, ACLED CSV and JSONL are streamed", async () => {
    const g = await get("/api/v1/events?format=geojson&country=SY");
    assert.match(g.type, /application\/geo\+json/);
    const fc = g.json();
    assert.equal(fc.type, "FeatureCollection");
    assert.equal(fc.features.length, 2);
    assert.deepEqual(fc.features[1].geometry.coordinates, [36.75783, 35.13179]);
    const c = await get("/api/v1/events?format=csv");
    assert.match(c.type, /text\/csv/);
    const lines = c.body.trim().split("\n");
    assert.match(lines[0]!, /^event_id_cnty,event_date,year,/);
    assert.equal(lines.length, 5);
    const j = await get("/api/v1/events?format=jsonl&limit=2");
    assert.equal(j.body.trim().split("\n").length, 2);
  });

  test("fields= projects the properties (light map layer)", async () => {
    const fc = (await get("/api/v1/events?format=geojson&fields=event_id_cnty,event_type")).json();
    assert.deepEqual(Object.keys(fc.features[0].properties).sort(), ["event_id_cnty", "event_type"]);
    assert.ok(fc.features[0].geometry);
    const b = (await get("/api/v1/events?fields=event_id_cnty")).json();
    assert.deepEqual(Object.keys(b.events[0]), ["event_id_cnty"]);
  });

  test("updated_since gives changes and tombstones", async () => {
    const mark = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));
    const extra = sampleEvent({ event_id_cnty: "SYR-T9", sub_event_type: "Arrests", event_date: "2024-12-07" });
    await store.putEvents([extra]);
    await store.deleteEvents(["SYR-T9"]);
    const b = (await get(`/api/v1/events?updated_since=${encodeURIComponent(mark)}`)).json();
    assert.deepEqual(b.events.map((e: { event_id_cnty: string }) => e.event_id_cnty), ["SYR-T9"]);
    assert.equal(b.next, null);
    assert.equal(b.events[0].deleted, true);
    assert.ok(b.events[0].deleted_at);
    // Without updated_since, tombstones are not listed.
    assert.ok(!(await get("/api/v1/events")).json().events.some((e: { event_id_cnty: string }) => e.event_id_cnty === "SYR-T9"));
    const none = (await get(`/api/v1/events?updated_since=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).json();
    assert.equal(none.emptied_by, "updated_since");
  });
});

describe("event detail", () => {
  test("claims by stance, reports, articles and evidence spans that match the text", async () => {
    const r = await get("/api/v1/events/SYR-S1");
    assert.equal(r.status, 200);
    const d = r.json();
    assert.equal(d.event.event_id_cnty, "SYR-S1");
    assert.equal(d.verification.level, d.event.verification);
    assert.ok(d.claims_by_stance.asserts.length >= 1);
    assert.equal(d.articles.length, 1);
    const a = d.articles[0];
    assert.equal(a.key, "sample-hama-20241205");
    assert.ok(a.evidence.length >= 5);
    for (const e of a.evidence) {
      assert.equal(e.matches, true);
      assert.equal(a.text.slice(e.start, e.end), e.text);
    }
    const ev = d.evidence.find((e: { field: string }) => e.field === "event");
    assert.equal(ev.snippet.text, "entered the city of Hama on Thursday");
    assert.match(ev.snippet.before, /Hayat Tahrir al-Sham $/);
    assert.equal(d.reports.length, 1);
    assert.equal(d.reports[0].article_key, "sample-hama-20241205");
    assert.equal(d.reports[0].outlet, "Sample Wire");
  });

  test("unknown id: 404 with SITREP_E_NOT_FOUND", async () => {
    const r = await get("/api/v1/events/NOPE-1");
    assert.equal(r.status, 404);
    assert.equal(r.json().error.code, "SITREP_E_NOT_FOUND");
  });
});

describe("control", () => {
  test("Hama: government on 2024-12-04, HTS on 2024-12-06 (points)", async () => {
    const holder = async (at: string) => {
      const fc = (await get(`/api/v1/control?at=${at}`)).json();
      assert.equal(fc.type, "FeatureCollection");
      assert.equal(fc.at, at);
      return fc.features.find((f: { properties: { place: string } }) => f.properties.place === "Hama")?.properties.holder;
    };
    assert.equal(await holder("2024-12-04"), "Military Forces of Syria (2000-2024)");
    assert.equal(await holder("2024-12-06"), "Hayat Tahrir al-Sham");
  });

  test("areas are GeoJSON polygons with a holder", async () => {
    const fc = (await get("/api/v1/control/areas?at=2024-12-06")).json();
    assert.equal(fc.type, "FeatureCollection");
    assert.ok(fc.features.length >= 2);
    for (const f of fc.features) assert.match(f.geometry.type, /Polygon/);
    const holders = fc.features.map((f: { properties: { holder: string } }) => f.properties.holder).sort();
    assert.deepEqual(holders, ["Hayat Tahrir al-Sham", "Military Forces of Myanmar (2021-)"]);
  });

  test("changes since a date", async () => {
    const b = (await get("/api/v1/control/changes?since=2024-12-01")).json();
    const hama = b.changes.find((c: { place: string }) => c.place === "Hama");
    assert.equal(hama.date, "2024-12-05");
    assert.equal(hama.to, "Hayat Tahrir al-Sham");
    assert.equal((await get("/api/v1/control/changes?since=2025-01-01")).json().changes.length, 0);
  });

  test("bad dates are 400s naming the parameter", async () => {
    const r = await get("/api/v1/control?at=04-12-2024");
    assert.equal(r.status, 400);
    assert.match(r.json().error.message, /^at: expected a date YYYY-MM-DD/);
    assert.match((await get("/api/v1/control/changes?since=2024-02-30")).json().error.message, /^since: "2024-02-30" is not a real date/);
  });
});

describe("reference and aggregates", () => {
  test("actors from events, with counts; registry on request", async () => {
    const b = (await get("/api/v1/actors")).json();
    const hts = b.actors.find((a: { name: string }) => a.name === "Hayat Tahrir al-Sham");
    assert.equal(hts.events, 2);
    assert.equal(hts.first_date, "2024-12-03");
    const q = (await get("/api/v1/actors?q=russia")).json();
    assert.deepEqual(q.actors.map((a: { name: string }) => a.name), ["Military Forces of Russia (2000-)"]);
    const reg = (await get("/api/v1/actors?registry=true")).json();
    assert.ok(reg.count >= b.count);
  });

  test("aggregates per day, week and admin1", async () => {
    const day = (await get("/api/v1/aggregates?by=day")).json();
    assert.deepEqual(day.buckets.map((x: { key: string }) => x.key), ["2024-11-20", "2024-12-03", "2024-12-05", "2024-12-08"]);
    assert.equal(day.total, 4);
    const week = (await get("/api/v1/aggregates?by=week&country=SY")).json();
    assert.deepEqual(week.buckets, [{ key: "2024-12-02", events: 2, fatalities: 12 }]);
    const a1 = (await get("/api/v1/aggregates?by=admin1")).json();
    assert.equal(a1.buckets[0].key, "Syria / Hama");
    const r = await get("/api/v1/aggregates");
    assert.equal(r.status, 400);
    assert.match(r.json().error.message, /^by: required parameter is missing/);
  });

  test("places search resolves a name with the gazetteer", async () => {
    const b = (await get("/api/v1/places?q=Hama&country=SY")).json();
    assert.equal(b.places[0]?.country, "SY");
    assert.ok(Math.abs(b.places[0].latitude - 35.13) < 0.2);
    assert.equal((await get("/api/v1/places")).status, 400);
  });

  test("places search returns ranked candidates up to limit, with scores", async () => {
    const b = (await get("/api/v1/places?q=Tripoli")).json();
    assert.equal(b.query, "Tripoli");
    assert.ok(b.places.length > 2 && b.places.length <= 10);
    assert.equal(b.count, b.places.length);
    assert.ok(b.places.some((p: { country: string }) => p.country === "LB"));
    for (let i = 1; i < b.places.length; i++) assert.ok(b.places[i - 1].score >= b.places[i].score);
    for (const k of ["name", "country", "admin1", "latitude", "longitude", "population", "kind", "feature_code", "score", "match"]) assert.ok(k in b.places[0], k);
    const lb = (await get("/api/v1/places?q=Tripoli&country=LB&limit=2")).json();
    assert.equal(lb.places.length, 2);
    assert.equal(lb.places[0].country, "LB");
    assert.equal((await get("/api/v1/places?q=Ham&limit=3")).json().places.length, 3);
    const none = (await get("/api/v1/places?q=Xqzzyvv")).json();
    assert.deepEqual(none.places, []);
    assert.match(none.empty_reason, /^q: /);
    for (const bad of ["0", "101", "x"]) {
      const r = await get(`/api/v1/places?q=Hama&limit=${bad}`);
      assert.equal(r.status, 400, bad);
      assert.match(r.json().error.message, /^limit: /);
    }
    const doc = (await get("/api/v1/openapi.json")).json();
    const op = doc.paths["/api/v1/places"].get;
    assert.ok(op.parameters.some((p: { name: string }) => p.name === "limit"));
    assert.ok(op.responses["200"].content["application/json"].schema.properties.places.items.properties.score);
  });
});

describe("meta", () => {
  test("health and the OpenAPI document", async () => {
    assert.deepEqual((await get("/api/v1/health")).json(), { ok: true, store: "sqlite" });
    const doc = (await get("/api/v1/openapi.json")).json();
    assert.equal(doc.openapi, "3.0.3");
    for (const p of ["/api/v1/events", "/api/v1/events/{id}", "/api/v1/control", "/api/v1/control/areas", "/api/v1/control/changes", "/api/v1/actors", "/api/v1/places", "/api/v1/aggregates", "/api/v1/stream", "/api/v1/health"]) {
      assert.ok(doc.paths[p]?.get, p);
    }
    const names = doc.paths["/api/v1/events"].get.parameters.map((x: { name: string }) => x.name);
    for (const n of ["country", "type", "actor", "since", "until", "bbox", "near", "verification", "limit", "after", "updated_since", "format"]) assert.ok(names.includes(n), n);
    assert.ok(doc.components.schemas.Event.properties.event_id_cnty);
  });

  test("pipeline status: the store's counts; no job queue on SQLite; in the OpenAPI document", async () => {
    const r = await get("/api/v1/status");
    assert.equal(r.status, 200);
    const b = r.json();
    assert.equal(b.store, "sqlite");
    assert.equal(b.queue, null);
    // The same counts `sitrep status` prints, from the seeded sample.
    assert.deepEqual(b.counts, await store.status());
    assert.equal(b.counts.events, 4);
    assert.ok(b.counts.articles > 0 && b.counts.extracted === b.counts.articles && b.counts.pendingExtraction === 0, r.body);
    assert.equal((await get("/api/v1/status?x=1")).status, 400);
    const op = (await get("/api/v1/openapi.json")).json().paths["/api/v1/status"]?.get;
    assert.ok(op, "GET /api/v1/status documented");
    const schema = op.responses["200"].content["application/json"].schema;
    assert.ok(schema.properties.counts.properties.pendingExtraction);
    assert.equal(schema.properties.queue.nullable, true);
  });

  test("unknown API path: 404 JSON; the UI is served at /", async () => {
    const r = await get("/api/v1/nope");
    assert.equal(r.status, 404);
    assert.equal(r.json().error.code, "SITREP_E_NOT_FOUND");
    const ui = await get("/");
    assert.equal(ui.status, 200);
    assert.match(ui.body, /sitrep test/);
  });
});

describe("live stream", () => {
  test("pushes a new event to a connected client", async () => {
    await app.listen({ port: 0, host: "127.0.0.1" });
    const port = (app.server.address() as { port: number }).port;
    const got = await new Promise<string>((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, path: "/api/v1/stream" }, (res) => {
        assert.match(String(res.headers["content-type"]), /text\/event-stream/);
        let buf = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          buf += chunk;
          if (buf.includes(": connected")) {
            void store.putEvents([sampleEvent({ event_id_cnty: "SYR-LIVE", sub_event_type: "Arrests", event_date: "2024-12-08" })]);
          }
          const m = /event: event\ndata: (.*)\n\n/.exec(buf);
          if (m) {
            req.destroy();
            resolve(m[1]!);
          }
        });
      });
      req.on("error", reject);
      req.end();
      setTimeout(() => reject(new Error("no event within 5 s")), 5000).unref();
    });
    assert.equal(JSON.parse(got).event_id_cnty, "SYR-LIVE");
  });
});
