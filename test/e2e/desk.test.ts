// End to end: the desk pages in chromium under the strict CSP — log in, the review queue with
// evidence side by side, an edit, and the tip form with script-laden text that must stay text.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Browser, Page } from "playwright-core";
import { seedSample } from "../../src/api/sample-data.js";
import { deskStoreFor } from "../../src/desk/index.js";
import { addUser } from "../../src/desk/accounts.js";
import { launch, shotPath, startServer, type Server } from "./browser.js";
import { testArticle, testEvent } from "../records.js";

process.env.SITREP_ARGON2_FAST = "1";
const PW = "editor password 1";
const XSS = `<img src=x onerror="document.body.dataset.pwned='1'"><script>document.body.dataset.pwned='2'</script>`;

let server: Server;
let browser: Browser;

before(async () => {
  server = await startServer(async (s) => {
    await seedSample(s);
    await addUser(deskStoreFor(s)!, "ed@example.org", "editor", PW, "test");
    // two events the keep-check held back, one with script-laden notes
    const a = await s.putArticle(testArticle("held-art", "Residents protested in Qusayr.", { title: "Qusayr protest" }));
    const held = (id: string, notes: string) => testEvent({ event_id_cnty: id, event_type: "Protests", sub_event_type: "Peaceful protest", disorder_type: "Demonstrations", actor1: "Protesters (Syria)", actor2: "", inter1: 6, inter2: 0, interaction: 60, location: "Qusayr", admin1: "Homs", latitude: 34.51, longitude: 36.58, event_date: "2024-12-04", notes, articles: ["held-art"] });
    await s.saveExtraction(a.id, [], undefined, [{ event: held("SYR-H1", "Residents protested in Qusayr."), probability: 0.21 }, { event: held("SYR-H2", XSS), probability: 0.12 }]);
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(hash: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("console", (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text()); });
  page.on("dialog", (d) => (problems.push(`dialog: ${d.message()}`), void d.dismiss()));
  const res = await page.goto(server.url + hash);
  assert.match(String(res?.headers()["content-security-policy"]), /default-src 'self'/);
  await page.waitForSelector("body[data-ready]", { timeout: 20_000 });
  assert.equal(await page.getAttribute("body", "data-ready"), "true", problems.join("; "));
  return { page, problems };
}

/** A page logged in on the desk's log-in form as `email`. */
async function loggedIn(email: string): Promise<{ page: Page; problems: string[] }> {
  const opened = await open("#/login");
  await opened.page.fill('[data-testid="in-email"]', email);
  await opened.page.fill('[data-testid="in-password"]', PW);
  await opened.page.click('[data-testid="desk-submit"]');
  return opened;
}

test("the map still starts under the CSP, and a tip with markup stays text", async () => {
  const { page, problems } = await open("#/tip");
  await page.waitForSelector('[data-testid="desk-form"]');
  await page.fill('[data-testid="in-text"]', `Shelling near the old bridge this morning. ${XSS}`);
  await page.fill('[data-testid="in-link"]', "https://example.org/report");
  await page.click('[data-testid="desk-submit"]');
  await page.waitForFunction(() => /thank you/.test(document.querySelector('[data-testid="desk-msg"]')?.textContent ?? ""));
  await page.screenshot({ path: shotPath("desk-tip.png") });
  await page.close();
  assert.deepEqual(problems, []);
});

test("an editor logs in, reviews an event with its evidence, edits it; tip text renders as text", async () => {
  const { page, problems } = await loggedIn("ed@example.org");
  await page.waitForSelector('[data-testid="whoami"]');
  await page.waitForSelector('[data-testid="queue-item"]');
  assert.equal(await page.locator('[data-testid="queue-item"]').count(), 4);
  await page.click('[data-testid="queue-item"][data-id="SYR-S2"]');
  await page.waitForSelector('[data-testid="evidence"] .article-text');
  assert.match((await page.textContent('[data-testid="evidence"]')) ?? "", /12 fighters were killed/);
  await page.fill('[data-testid="in-fatalities"]', "10");
  await page.fill('[data-testid="in-notes"]', XSS);
  await page.fill('[data-testid="in-reason"]', "desk recount");
  await page.click('[data-testid="save"]');
  await page.waitForFunction(() => /done/.test(document.querySelector('.coded [data-testid="desk-msg"]')?.textContent ?? ""));
  const ev = (await server.store.getEvent("SYR-S2"))!.event;
  assert.equal(ev.fatalities, 10);
  assert.equal(ev.notes, XSS);
  // the script-laden notes sit in the form as a value, never as markup
  await page.screenshot({ path: shotPath("desk-review.png") });
  assert.equal(await page.getAttribute("body", "data-pwned"), null);
  await page.close();
  assert.deepEqual(problems, []);
});

test("an editor sees the events the keep-check held back, restores one into the record and dismisses another", async () => {
  const { page, problems } = await loggedIn("ed@example.org");
  await page.waitForSelector('[data-testid="held-item"]');
  assert.equal(await page.locator('[data-testid="held-item"]').count(), 2);
  const text = (await page.textContent('[data-testid="held-list"]')) ?? "";
  assert.match(text, /Peaceful protest — Qusayr, Syria \(p 0\.21\)/);
  assert.match(text, /Qusayr protest · Test Wire/);
  assert.ok(text.includes("<img src=x"), "notes with markup show as text");
  const items = await server.store.listHeld(10);
  const h1 = items.find((h) => h.event.event_id_cnty === "SYR-H1")!;
  const h2 = items.find((h) => h.event.event_id_cnty === "SYR-H2")!;
  await page.click(`[data-testid="held-item"][data-id="${h1.id}"] [data-testid="held-restore"]`);
  await page.waitForSelector(`[data-testid="held-item"][data-id="${h1.id}"][data-done="restore"]`);
  await page.click(`[data-testid="held-item"][data-id="${h2.id}"] [data-testid="held-dismiss"]`);
  await page.waitForSelector(`[data-testid="held-item"][data-id="${h2.id}"][data-done="dismiss"]`);
  assert.equal((await server.store.getEvent("SYR-H1"))?.deletedAt, null, "restored: an event of its article");
  assert.equal(await server.store.getEvent("SYR-H2"), undefined);
  assert.deepEqual(await server.store.listHeld(10), []);
  await page.screenshot({ path: shotPath("desk-held.png") });
  assert.equal(await page.getAttribute("body", "data-pwned"), null);
  await page.close();
  assert.deepEqual(problems, []);
});
