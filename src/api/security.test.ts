// Security tests of the HTTP API: the authorization matrix over EVERY registered route, CSRF,
// sessions (flags, fixation, log-out everywhere, password change), brute-force back-off, API
// tokens, reset links over a real SMTP server, logging without secrets, hostile input.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { SMTPServer } from "smtp-server";
import type { FastifyInstance, InjectOptions } from "fastify";
import { openStore, type Store } from "../store/index.js";
import { SqliteStore } from "../store/sqlite.js";
import { buildApp, registeredRoutes, type AppOptions } from "./app.js";
import { seedSample } from "./sample-data.js";
import { RULES, decide, ruleFor, type Rule } from "../desk/authz.js";
import { deskStoreFor } from "../desk/index.js";
import { addUser } from "../desk/accounts.js";
import { sha256 } from "../desk/secrets.js";
import type { DeskStore, Role } from "../store/desk.js";

process.env.SITREP_ARGON2_FAST = "1";
const PW = "correct horse battery";

let dir: string;
let store: Store;
let desk: DeskStore;
let app: FastifyInstance;
const tokens: Record<Role, string> = { admin: "", editor: "", viewer: "" };

async function makeApp(extra: Partial<AppOptions> = {}): Promise<FastifyInstance> {
  const web = join(dir, "web");
  mkdirSync(web, { recursive: true });
  writeFileSync(join(web, "index.html"), "<!doctype html><title>t</title>");
  return buildApp({ store, webDist: web, pollMs: 50, limits: { loginsPerMinute: 10_000, forgotPerHour: 10_000, tipsPerHour: 10_000 }, ...extra });
}

async function login(a: FastifyInstance, email: string, password = PW, cookie?: string) {
  const r = await a.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password }, headers: cookie ? { cookie } : {} });
  const set = r.cookies.find((c) => c.name === "sitrep_session");
  return { status: r.statusCode, body: r.json(), cookie: set ? `sitrep_session=${set.value}` : "", raw: set, csrf: r.json().csrf_token as string };
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "sitrep-sec-"));
  store = await openStore(join(dir, "s.db"));
  await seedSample(store);
  desk = deskStoreFor(store)!;
  for (const role of ["admin", "editor", "viewer"] as Role[]) await addUser(desk, `${role}@example.org`, role, PW, "test");
  app = await makeApp();
  for (const role of ["admin", "editor", "viewer"] as Role[]) {
    const s = await login(app, `${role}@example.org`);
    const r = await app.inject({ method: "POST", url: "/api/v1/auth/tokens", headers: { cookie: s.cookie, "x-csrf-token": s.csrf }, payload: { name: "matrix", scope: "write" } });
    assert.equal(r.statusCode, 201, r.body);
    tokens[role] = r.json().token;
  }
});

after(async () => {
  await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const fill = (url: string) => url.replace(/:(\w+)/g, (_, p) => (p === "id" ? "999999" : "x")).replace(/\*$/, "index.html");

describe("authorization matrix", () => {
  test("every registered route has a rule in src/desk/authz.ts", () => {
    const routes = registeredRoutes(app);
    assert.ok(routes.length >= 30, `only ${routes.length} routes collected`);
    const missing = routes.filter((r) => !ruleFor(r.method, r.url)).map((r) => `${r.method} ${r.url}`);
    assert.deepEqual(missing, [], `routes without an authorization rule: ${missing.join(", ")}`);
    // and the table names no route that does not exist (a stale rule hides a renamed route)
    const have = new Set(routes.map((r) => `${r.method === "HEAD" ? "GET" : r.method} ${r.url}`));
    assert.deepEqual(Object.keys(RULES).filter((k) => !have.has(k)), []);
  });

  for (const mode of ["public", "private"] as const) {
    test(`every route x anonymous/viewer/editor/admin answers as the table says (${mode} instance)`, async () => {
      await desk.setSetting("public", mode === "public", { actor: "test", action: "setting.change", subjectType: "setting", subjectId: "public" });
      let checked = 0;
      for (const r of registeredRoutes(app)) {
        if (r.method === "HEAD" || r.method === "OPTIONS") continue;
        const rule = ruleFor(r.method, r.url) as Rule;
        for (const who of ["anonymous", "viewer", "editor", "admin"] as const) {
          const principal = who === "anonymous" ? null : { userId: 0, email: "", role: who, via: "token" as const, scope: "write" as const };
          const want = decide(rule, r.method, principal, mode === "public");
          // An allowed live stream never ends; its rule is checked, not its body.
          if (want === "allow" && r.url.endsWith("/stream")) continue;
          // Log-out-everywhere would end the sessions other tests use; it is tested below.
          const opts: InjectOptions = { method: r.method as "GET", url: fill(r.url), headers: who === "anonymous" ? {} : { authorization: `Bearer ${tokens[who]}` } };
          if (r.method !== "GET") opts.payload = {};
          const res = await app.inject(opts);
          const label = `${r.method} ${r.url} as ${who} (${mode}): ${res.statusCode} ${res.body.slice(0, 120)}`;
          if (want === "allow") assert.ok(![401, 403].includes(res.statusCode) && res.statusCode < 500, label);
          else assert.equal(res.statusCode, want === "unauthenticated" ? 401 : 403, label);
          checked++;
        }
      }
      assert.ok(checked > 100, `checked ${checked}`);
    });
  }

  test("read-scoped tokens only read; a revoked or made-up token is refused, never treated as anonymous", async () => {
    await desk.setSetting("public", true, { actor: "test", action: "setting.change", subjectType: "setting", subjectId: "public" });
    const s = await login(app, "admin@example.org");
    const t = (await app.inject({ method: "POST", url: "/api/v1/auth/tokens", headers: { cookie: s.cookie, "x-csrf-token": s.csrf }, payload: { name: "ro", scope: "read" } })).json();
    const auth = { authorization: `Bearer ${t.token}` };
    assert.equal((await app.inject({ url: "/api/v1/users", headers: auth })).statusCode, 200);
    const w = await app.inject({ method: "PUT", url: "/api/v1/settings", headers: auth, payload: { public: true } });
    assert.equal(w.statusCode, 403);
    assert.equal((await app.inject({ method: "DELETE", url: `/api/v1/auth/tokens/${t.id}`, headers: { cookie: s.cookie, "x-csrf-token": s.csrf } })).statusCode, 200);
    assert.equal((await app.inject({ url: "/api/v1/events", headers: auth })).statusCode, 401);
    assert.equal((await app.inject({ url: "/api/v1/events", headers: { authorization: "Bearer st_not-a-real-token-at-all-000" } })).statusCode, 401);
    // hashed at rest: the raw token is nowhere in the database
    const db = (store as SqliteStore).db;
    const row = db.prepare("SELECT token_hash FROM api_tokens WHERE id = ?").get(t.id) as { token_hash: string };
    assert.equal(row.token_hash, sha256(t.token));
    assert.equal((db.prepare("SELECT COUNT(*) AS n FROM api_tokens WHERE token_hash = ?").get(t.token) as { n: number }).n, 0);
  });
});

describe("CSRF", () => {
  test("every state-changing route refuses a session cookie without the CSRF header; bearer tokens are exempt", async () => {
    const s = await login(app, "admin@example.org");
    let n = 0;
    for (const r of registeredRoutes(app)) {
      if (["GET", "HEAD", "OPTIONS"].includes(r.method) || r.url === "/api/v1/auth/login") continue;
      for (const csrf of [undefined, "wrong-token-value"]) {
        const res = await app.inject({ method: r.method as "POST", url: fill(r.url), payload: {}, headers: { cookie: s.cookie, ...(csrf ? { "x-csrf-token": csrf } : {}) } });
        assert.equal(res.statusCode, 403, `${r.method} ${r.url}: ${res.body}`);
        assert.equal(res.json().error.code, "SITREP_E_CSRF");
        n++;
      }
    }
    assert.ok(n >= 20);
    const ok = await app.inject({ method: "POST", url: "/api/v1/auth/tokens", headers: { cookie: s.cookie, "x-csrf-token": s.csrf }, payload: { name: "x", scope: "read" } });
    assert.equal(ok.statusCode, 201);
    const bearer = await app.inject({ method: "POST", url: "/api/v1/auth/tokens", headers: { authorization: `Bearer ${tokens.admin}` }, payload: { name: "y", scope: "read" } });
    assert.equal(bearer.statusCode, 201);
  });
});

describe("sessions", () => {
  test("cookie is HttpOnly and SameSite=Strict; Secure with secureCookies; a new id on every log-in (fixation)", async () => {
    const a = await login(app, "viewer@example.org");
    assert.equal(a.raw!.httpOnly, true);
    assert.equal(a.raw!.sameSite, "Strict");
    assert.ok(!a.raw!.secure);
    // A planted cookie value is not adopted, and a valid old session is replaced.
    const planted = await login(app, "viewer@example.org", PW, "sitrep_session=attacker-chosen-value-000000000");
    assert.notEqual(planted.cookie, "sitrep_session=attacker-chosen-value-000000000");
    const b = await login(app, "viewer@example.org", PW, a.cookie);
    assert.notEqual(b.cookie, a.cookie);
    const old = await app.inject({ url: "/api/v1/auth/me", headers: { cookie: a.cookie } });
    assert.equal(old.json().user, null);
    const secure = await makeApp({ secureCookies: true });
    const c = await login(secure, "viewer@example.org");
    assert.equal(c.raw!.secure, true);
    await secure.close();
  });

  test("password change ends the other sessions; log-out everywhere ends all", async () => {
    await addUser(desk, "pw@example.org", "viewer", PW, "test");
    const a = await login(app, "pw@example.org");
    const b = await login(app, "pw@example.org");
    const me = (s: { cookie: string }) => app.inject({ url: "/api/v1/auth/me", headers: { cookie: s.cookie } }).then((r) => r.json().user);
    const ch = await app.inject({ method: "POST", url: "/api/v1/auth/password", headers: { cookie: a.cookie, "x-csrf-token": a.csrf }, payload: { current_password: PW, new_password: "another long secret" } });
    assert.equal(ch.statusCode, 200, ch.body);
    assert.ok(await me(a));
    assert.equal(await me(b), null);
    assert.equal((await login(app, "pw@example.org")).status, 401);
    const c = await login(app, "pw@example.org", "another long secret");
    const all = await app.inject({ method: "POST", url: "/api/v1/auth/logout-all", headers: { cookie: c.cookie, "x-csrf-token": c.csrf } });
    assert.equal(all.statusCode, 200);
    assert.equal(await me(a), null);
    assert.equal(await me(c), null);
  });

  test("log-out ends the session", async () => {
    const a = await login(app, "viewer@example.org");
    const r = await app.inject({ method: "POST", url: "/api/v1/auth/logout", headers: { cookie: a.cookie, "x-csrf-token": a.csrf } });
    assert.equal(r.statusCode, 200);
    assert.equal((await app.inject({ url: "/api/v1/auth/me", headers: { cookie: a.cookie } })).json().user, null);
  });
});

describe("brute force", () => {
  test("after 5 wrong passwords the account is locked, even for the right one", async () => {
    await addUser(desk, "bf@example.org", "viewer", PW, "test");
    for (let i = 0; i < 5; i++) assert.equal((await login(app, "bf@example.org", "wrong password " + i)).status, 401);
    const r = await login(app, "bf@example.org", PW);
    assert.equal(r.status, 429);
    assert.equal(r.body.error.code, "SITREP_E_LOCKED");
    assert.equal((await desk.getUserByEmail("bf@example.org"))!.failedLogins, 5);
  });

  test("log-ins per address are rate-limited (@fastify/rate-limit)", async () => {
    const a = await makeApp({ limits: { loginsPerMinute: 3 } });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await login(a, "nobody@example.org", "x")).status);
    assert.deepEqual(codes, [401, 401, 401, 429, 429]);
    await a.close();
  });
});

describe("reset and invitation links", () => {
  test("forgot-password mails a single-use link over real SMTP; reuse and expiry are refused", async () => {
    const mails: string[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, _s, cb) {
        let buf = "";
        stream.on("data", (d) => (buf += d));
        stream.on("end", () => (mails.push(buf), cb()));
      },
    });
    await new Promise<void>((r) => smtp.listen(0, "127.0.0.1", () => r()));
    const port = (smtp.server.address() as { port: number }).port;
    const a = await makeApp({ smtp: `smtp://127.0.0.1:${port}`, baseUrl: "https://desk.example.org" });
    try {
      await addUser(desk, "forgot@example.org", "viewer", PW, "test");
      const r = await a.inject({ method: "POST", url: "/api/v1/auth/forgot", payload: { email: "Forgot@Example.org" }, headers: { host: "evil.example" } });
      assert.equal(r.statusCode, 202);
      const none = await a.inject({ method: "POST", url: "/api/v1/auth/forgot", payload: { email: "nobody@example.org" } });
      assert.equal(none.statusCode, 202);
      assert.equal(none.body.replace(/"/g, ""), r.body.replace(/"/g, ""));
      assert.equal(mails.length, 1);
      const body = mails[0]!.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
      assert.ok(!body.includes("evil.example"), "link built from the Host header");
      const token = /https:\/\/desk\.example\.org\/#\/reset\?token=([A-Za-z0-9_-]+)/.exec(body)?.[1];
      assert.ok(token, body);
      const weak = await a.inject({ method: "POST", url: "/api/v1/auth/reset", payload: { token, password: "short" } });
      assert.equal(weak.statusCode, 400);
      const ok = await a.inject({ method: "POST", url: "/api/v1/auth/reset", payload: { token, password: "brand new password" } });
      assert.equal(ok.statusCode, 200, ok.body);
      const again = await a.inject({ method: "POST", url: "/api/v1/auth/reset", payload: { token, password: "yet another password" } });
      assert.equal(again.statusCode, 400);
      assert.equal(again.json().error.code, "SITREP_E_BAD_TOKEN");
      assert.equal((await login(a, "forgot@example.org", "brand new password")).status, 200);
      // expired
      const u = await desk.getUserByEmail("forgot@example.org");
      await desk.createOneTime(sha256("expired-token-expired-token-000"), { kind: "reset", userId: u!.id, email: null, role: null, createdBy: "t", createdAt: "2020-01-01T00:00:00Z", expiresAt: "2020-01-01T01:00:00Z" });
      const old = await a.inject({ method: "POST", url: "/api/v1/auth/reset", payload: { token: "expired-token-expired-token-000", password: "brand new password 2" } });
      assert.equal(old.statusCode, 400);
    } finally {
      await a.close();
      await new Promise<void>((r) => smtp.close(() => r()));
    }
  });

  test("without SMTP, mail goes to the outbox an admin reads; an invitation signs up once", async () => {
    const auth = { authorization: `Bearer ${tokens.admin}` };
    const inv = await app.inject({ method: "POST", url: "/api/v1/invites", headers: auth, payload: { email: "new@example.org", role: "editor" } });
    assert.equal(inv.statusCode, 201, inv.body);
    assert.equal(inv.json().delivery, "outbox");
    const out = (await app.inject({ url: "/api/v1/outbox", headers: auth })).json().mails;
    assert.equal(out[0].to, "new@example.org");
    const token = /token=([A-Za-z0-9_-]+)/.exec(out[0].body)![1];
    const su = await app.inject({ method: "POST", url: "/api/v1/auth/signup", payload: { token, password: "invited person pw" } });
    assert.equal(su.statusCode, 201, su.body);
    assert.equal(su.json().user.role, "editor");
    assert.equal((await app.inject({ method: "POST", url: "/api/v1/auth/signup", payload: { token, password: "invited person pw" } })).statusCode, 400);
    assert.equal((await login(app, "new@example.org", "invited person pw")).status, 200);
  });
});

describe("logging", () => {
  test("passwords, session cookies and bearer tokens never reach the log", async () => {
    let log = "";
    const stream = new Writable({ write(c, _e, cb) { log += c.toString(); cb(); } });
    const a = await makeApp({ logger: { stream, level: "trace" } });
    const s = await login(a, "editor@example.org");
    await a.inject({ url: "/api/v1/review", headers: { cookie: s.cookie } });
    await a.inject({ url: "/api/v1/review", headers: { authorization: `Bearer ${tokens.editor}` } });
    await a.inject({ url: "/api/v1/review", headers: { authorization: "Bearer st_made_up_token_value_1234567" } });
    await a.close();
    assert.ok(log.length > 100, "the logger wrote nothing");
    for (const secret of [PW, s.cookie.split("=")[1]!, s.csrf, tokens.editor, "st_made_up_token_value_1234567"]) assert.ok(!log.includes(secret), `log contains a secret`);
  });
});

describe("hostile input", () => {
  const admin = () => ({ authorization: `Bearer ${tokens.admin}` });

  test("oversized bodies 413, wrong content types 415, broken JSON 400; nothing half-written", async () => {
    const before = (await desk.listUsers()).length;
    const big = await app.inject({ method: "POST", url: "/api/v1/users", headers: admin(), payload: { email: "big@example.org", role: "viewer", password: "x".repeat(300_000) } });
    assert.equal(big.statusCode, 413);
    const tip = await app.inject({ method: "POST", url: "/api/v1/tips", payload: { text: "y".repeat(40_000) } });
    assert.equal(tip.statusCode, 413);
    const type = await app.inject({ method: "POST", url: "/api/v1/users", headers: { ...admin(), "content-type": "text/plain" }, payload: "email=a@b.c" });
    assert.equal(type.statusCode, 415);
    const broken = await app.inject({ method: "POST", url: "/api/v1/users", headers: { ...admin(), "content-type": "application/json" }, payload: '{"email": "a@b.c", "role": ' });
    assert.equal(broken.statusCode, 400);
    for (const r of [big, tip, type, broken]) assert.match(r.json().error.message, /\w/);
    assert.equal((await desk.listUsers()).length, before);
  });

  test("Unicode tricks in e-mails: NFKC + lowercase, bidi/invisible/look-alike characters refused with a clear 400", async () => {
    const post = (email: string) => app.inject({ method: "POST", url: "/api/v1/users", headers: admin(), payload: { email, role: "viewer", password: PW } });
    const fw = await post("ＦＵＬＬ@Example.ORG"); // full-width folds to ASCII under NFKC
    assert.equal(fw.statusCode, 201, fw.body);
    assert.equal(fw.json().user.email, "full@example.org");
    assert.equal((await post("full@example.org")).statusCode, 409);
    for (const [email, why] of [
      ["ad\u202emin@example.org", /invisible|direction/],
      ["admin\u200b@example.org", /invisible/],
      ["аdmin@example.org", /non-ASCII/], // Cyrillic а
      ["admin@exаmple.org", /non-ASCII/],
      ["not an address", /not an e-mail/],
      ["a@b", /not an e-mail/],
    ] as const) {
      const r = await post(email);
      assert.equal(r.statusCode, 400, `${email}: ${r.body}`);
      assert.match(r.json().error.message, why);
    }
    // log-in normalises the same way
    assert.equal((await login(app, "ＡＤＭＩＮ@example.org")).status, 200);
  });

  test("SQL injection through every filter and query parameter is inert", async () => {
    const payloads = ["' OR 1=1 --", "x'); DROP TABLE events; --", "\" OR \"\"=\"", "1; DELETE FROM users", "%' OR '%'='"];
    const params = ["country", "type", "actor", "since", "until", "verification", "bbox", "near", "after", "fields", "updated_since", "limit"];
    const n0 = (await store.status()).events;
    for (const p of payloads) {
      for (const k of params) {
        const r = await app.inject({ url: `/api/v1/events?${k}=${encodeURIComponent(p)}` });
        assert.ok(r.statusCode < 500, `${k}=${p}: ${r.statusCode} ${r.body}`);
        if (r.statusCode === 200) assert.ok(r.json().events.length <= n0);
      }
      for (const url of [`/api/v1/review?after=${encodeURIComponent(p)}&state=all`, `/api/v1/audit?subject_id=${encodeURIComponent(p)}`, `/api/v1/review/${encodeURIComponent(p)}`]) {
        const r = await app.inject({ url, headers: admin() });
        assert.ok(r.statusCode < 500, `${url}: ${r.body}`);
      }
      const l = await login(app, p, p);
      assert.equal(l.status, 401);
    }
    assert.equal((await store.status()).events, n0);
    assert.ok((await desk.listUsers()).length >= 3);
  });

  test("security headers: strict CSP without inline scripts on API and UI responses", async () => {
    for (const url of ["/", "/api/v1/health", "/api/v1/nope"]) {
      const r = await app.inject({ url });
      const csp = String(r.headers["content-security-policy"]);
      assert.match(csp, /default-src 'self'/);
      assert.match(csp, /script-src 'self'(;|$)/);
      assert.doesNotMatch(/script-src [^;]*/.exec(csp)![0], /unsafe-inline|unsafe-eval/);
      assert.doesNotMatch(csp, /unsafe-eval/);
      assert.equal(r.headers["x-content-type-options"], "nosniff");
      assert.equal(r.headers["x-frame-options"], "DENY");
    }
  });

  test("stored XSS: tip text and notes come back as JSON data, never as HTML", async () => {
    const xss = `<img src=x onerror="alert(1)"><script>alert(2)</script>`;
    assert.equal((await app.inject({ method: "POST", url: "/api/v1/tips", payload: { text: `A tip that carries ${xss}` } })).statusCode, 202);
    const r = await app.inject({ url: "/api/v1/tips", headers: admin() });
    assert.match(String(r.headers["content-type"]), /^application\/json/);
    assert.ok(r.json().tips.some((t: { text: string }) => t.text.includes(xss)));
  });
});
