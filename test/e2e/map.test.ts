// End to end: the built UI in Debian's chromium against a real server and SQLite database seeded
// through the real ingest + fusion path (src/api/sample-data.ts). Screenshots go to
// test-artifacts/screenshots/ (demo.test.ts publishes the README's docs/screenshot.png).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Browser, Page } from "playwright-core";
import { seedSample } from "../../src/api/sample-data.js";
import { launch, shotPath, startServer, type Server } from "./browser.js";

const GOV = "Military Forces of Syria (2000-2024)";
const HTS = "Hayat Tahrir al-Sham";

let server: Server;
let browser: Browser;

before(async () => {
  server = await startServer(seedSample);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(hash: string, viewport = { width: 1366, height: 860 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(server.url + hash);
  await page.waitForSelector("body[data-ready]", { timeout: 20_000 });
  assert.equal(await page.getAttribute("body", "data-ready"), "true", `UI failed to start: ${errors.join("; ")}`);
  return page;
}

const hamaHolder = (page: Page) => page.getAttribute('[data-testid="control-row"][data-place="Hama"]', "data-holder");

test("slider from 2024-12-04 to 2024-12-06: Hama passes from the government to HTS", async () => {
  const page = await open("#date=2024-12-04");
  assert.equal(await page.textContent('[data-testid="date-label"]'), "2024-12-04");
  await page.waitForSelector('body[data-control-date="2024-12-04"]');
  assert.equal(await hamaHolder(page), GOV);
  // The map draws with software WebGL; when it cannot, the lists must still work (checked above).
  console.log(`# map: ${await page.getAttribute("body", "data-map")}`);
  await page.screenshot({ path: shotPath("control-2024-12-04.png") });

  // Keyboard: the slider moves a day per arrow key.
  await page.focus('[data-testid="date-slider"]');
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  assert.equal(await page.textContent('[data-testid="date-label"]'), "2024-12-06");
  await page.waitForSelector('body[data-control-date="2024-12-06"]');
  assert.equal(await hamaHolder(page), HTS);
  assert.match(page.url(), /date=2024-12-06/);
  await page.screenshot({ path: shotPath("control-2024-12-06.png") });
  await page.close();
});

test("play replays the days up to the last one", async () => {
  const page = await open("#date=2024-12-04");
  await page.click('[data-testid="play"]');
  assert.equal(await page.getAttribute('[data-testid="play"]', "aria-pressed"), "true");
  await page.waitForFunction(() => document.querySelector('[data-testid="date-label"]')?.textContent === "2024-12-05", null, { timeout: 10_000 });
  await page.waitForSelector('[data-testid="play"][aria-pressed="false"]', { timeout: 15_000 });
  assert.equal(await page.textContent('[data-testid="date-label"]'), "2024-12-08");
  await page.waitForFunction(() => document.querySelector('[data-place="Hama"]')?.getAttribute("data-holder") === "Hayat Tahrir al-Sham");
  await page.close();
});

test("opening an event shows its sources, verification and highlighted evidence", async () => {
  const page = await open("#date=2024-12-06");
  const item = page.locator('[data-testid="event-item"][data-id="SYR-S1"]');
  await item.focus();
  await page.keyboard.press("Enter");
  const panel = page.locator('[data-testid="event-panel"]');
  await panel.waitFor({ state: "visible" });
  assert.match(await panel.locator("h2").textContent() ?? "", /Non-state actor overtakes territory — Hama/);
  assert.equal(await panel.locator('[data-testid="verification-level"]').textContent(), "reported");
  assert.ok(((await panel.locator('[data-testid="verification-reason"]').textContent()) ?? "").length > 3);
  assert.match((await panel.locator('[data-testid="sources"]').textContent()) ?? "", /Sample Wire/);
  const marks = await panel.locator('[data-testid="evidence-mark"]').allTextContents();
  // Overlapping spans (event ⊃ location, event_date) become adjacent marks, each naming its fields.
  assert.match(marks.join(""), /entered the city of Hama on Thursday/, marks.join(" | "));
  assert.ok(marks.includes("Hayat Tahrir al-Sham"));
  assert.equal(await panel.locator('mark[data-field="event location"]').textContent(), "Hama");
  // Article text is text, not markup: the whole text is present and the marks are real <mark>s.
  assert.match((await panel.locator('[data-testid="article-text"]').textContent()) ?? "", /fourth-largest city in Syria/);
  assert.equal(await panel.locator("mark").count(), marks.length);
  assert.match(page.url(), /event=SYR-S1/);
  await page.screenshot({ path: shotPath("event-panel.png") });
  await page.keyboard.press("Escape");
  await panel.waitFor({ state: "hidden" });
  await page.close();
});

test("a permalink opens the map at the event and date", async () => {
  const page = await open("#event=SYR-S2&date=2024-12-05");
  assert.equal(await page.textContent('[data-testid="date-label"]'), "2024-12-05");
  const panel = page.locator('[data-testid="event-panel"]');
  await panel.waitFor({ state: "visible" });
  assert.match((await panel.locator("h2").textContent()) ?? "", /Armed clash — Souran/);
  assert.ok((await panel.locator('[data-testid="evidence-mark"]').count()) >= 2);
  await page.close();
});

test("filters narrow the list, and an empty result says which filter emptied it", async () => {
  const page = await open("#date=2024-12-10");
  assert.equal(await page.locator('[data-testid="event-item"]').count(), 4);
  await page.selectOption('[data-testid="filter-country"]', "Ukraine");
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="event-item"]').length === 1);
  assert.equal(await page.getAttribute('[data-testid="event-item"]', "data-id"), "UKR-S3");
  assert.match(page.url(), /country=Ukraine/);
  await page.selectOption('[data-testid="filter-type"]', "Battles");
  await page.waitForSelector('[data-testid="empty-reason"]:not([hidden])');
  assert.match((await page.textContent('[data-testid="empty-reason"]')) ?? "", /type=Battles|country=Ukraine/);
  await page.screenshot({ path: shotPath("filters-empty.png") });
  await page.click('[data-testid="filter-clear"]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="event-item"]').length === 4);
  await page.close();
});

test("phone width: the map, control table and list stack and stay usable", async () => {
  const page = await open("#date=2024-12-06", { width: 390, height: 844 });
  const map = await page.locator('[data-testid="map"]').boundingBox();
  const list = await page.locator('[data-testid="control-list"]').boundingBox();
  assert.ok(map && list && list.y >= map.y + map.height - 1, "control table below the map");
  assert.ok(list!.width <= 390);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390), "no sideways scrolling at phone width");
  await page.screenshot({ path: shotPath("phone-map.png"), fullPage: true });
  await page.locator('[data-testid="event-item"][data-id="SYR-S1"]').click();
  await page.locator('[data-testid="event-panel"]').waitFor({ state: "visible" });
  const panel = await page.locator('[data-testid="event-panel"]').boundingBox();
  assert.ok(panel && panel.width <= 390 && panel.width > 300, "panel covers the phone screen");
  await page.screenshot({ path: shotPath("phone-event.png") });
  await page.close();
});

test("live updates: a new event appears without reloading", async () => {
  const page = await open("#date=2024-12-10");
  const { sampleEvent } = await import("../../src/api/sample-data.js");
  await server.store.putEvents([sampleEvent({ event_id_cnty: "SYR-LIVE2", sub_event_type: "Arrests", event_date: "2024-12-09", location: "Homs", latitude: 34.72, longitude: 36.71 })]);
  await page.waitForSelector('[data-testid="event-item"][data-id="SYR-LIVE2"]', { timeout: 10_000 });
  await page.close();
});

test("clusters show their mix of event types, and the legend explains them", async () => {
  // Three more events around Hama, each of another type, so the cluster there mixes types.
  const { sampleEvent } = await import("../../src/api/sample-data.js");
  await server.store.putEvents([
    sampleEvent({ event_id_cnty: "SYR-MIX1", sub_event_type: "Peaceful protest", event_date: "2024-12-09", location: "Hama", latitude: 35.14, longitude: 36.76 }),
    sampleEvent({ event_id_cnty: "SYR-MIX2", sub_event_type: "Air/drone strike", event_date: "2024-12-09", location: "Hama", latitude: 35.12, longitude: 36.74 }),
    sampleEvent({ event_id_cnty: "SYR-MIX3", sub_event_type: "Attack", event_date: "2024-12-09", location: "Hama", latitude: 35.15, longitude: 36.73 }),
  ]);
  const page = await open("#date=2024-12-10");
  const legend = page.locator('[data-testid="legend"]');
  assert.equal(await legend.getAttribute("open"), "", "legend open on a laptop");
  const battles = legend.locator('[data-testid="legend-item"][data-type="Battles"]');
  assert.ok(await battles.isVisible());
  assert.ok(Number(await battles.locator(".legend-n").textContent()) >= 2, "legend counts the shown Battles");
  assert.equal(await legend.locator('[data-testid="legend-cluster"] svg circle[data-type]').count(), 3, "legend shows a sample donut");
  if ((await page.getAttribute("body", "data-map")) === "ready") {
    // A donut over the Syrian cluster: one ring arc per type, each in that type's colour.
    const cluster = page.locator('[data-testid="cluster"][data-types*="Protests"]');
    await cluster.first().waitFor({ timeout: 15_000 });
    const types = ((await cluster.first().getAttribute("data-types")) ?? "").split("|");
    for (const t of ["Battles", "Protests", "Explosions/Remote violence", "Violence against civilians"]) assert.ok(types.includes(t), `${t} in ${types.join(",")}`);
    const strokes = await cluster.first().locator("circle[data-type]").evaluateAll((cs) => cs.map((c) => c.getAttribute("stroke")));
    assert.equal(new Set(strokes).size, types.length, "each type its own colour");
    assert.ok(Number(await cluster.first().getAttribute("data-count")) >= types.length);
    await page.screenshot({ path: shotPath("clusters-legend.png") });
  }
  // Keyboard: the legend folds and unfolds from its summary.
  await legend.locator("summary").focus();
  await page.keyboard.press("Enter");
  assert.equal(await legend.getAttribute("open"), null);
  await page.close();

  // Phone: the legend starts folded so it does not cover the small map, and opens on a tap.
  const phone = await open("#date=2024-12-10", { width: 390, height: 844 });
  const pl = phone.locator('[data-testid="legend"]');
  assert.equal(await pl.getAttribute("open"), null);
  await pl.locator("summary").click();
  assert.ok(await pl.locator('[data-testid="legend-item"][data-type="Battles"]').isVisible());
  const box = await pl.boundingBox();
  assert.ok(box && box.x >= 0 && box.x + box.width <= 390, "legend inside the phone screen");
  assert.ok(await phone.evaluate(() => document.documentElement.scrollWidth <= 390), "no sideways scrolling");
  await phone.screenshot({ path: shotPath("phone-legend.png") });
  await phone.close();
});

test("the header shows pipeline progress: the store's counts, updated when events change", async () => {
  const page = await open("#date=2024-12-10");
  const indicator = page.locator('[data-testid="pipeline-status"]');
  await indicator.waitFor({ state: "visible", timeout: 10_000 });
  const s = await server.store.status();
  const text = (await indicator.textContent()) ?? "";
  assert.match(text, new RegExp(`^${s.articles} articles? · ${s.events} events? · ${s.pendingExtraction} waiting for extraction$`), text);
  assert.doesNotMatch(text, /jobs:/, "no job queue on SQLite");
  // A new event reaches the indicator through the live stream (or the next poll) without a reload.
  const { sampleEvent } = await import("../../src/api/sample-data.js");
  await server.store.putEvents([sampleEvent({ event_id_cnty: "SYR-STAT1", sub_event_type: "Arrests", event_date: "2024-12-09", location: "Homs", latitude: 34.73, longitude: 36.72 })]);
  await page.waitForSelector(`[data-testid="pipeline-status"][data-events="${s.events + 1}"]`, { timeout: 10_000 });
  assert.match((await indicator.textContent()) ?? "", new RegExp(` ${s.events + 1} events `));
  await page.screenshot({ path: shotPath("pipeline-status.png") });
  await page.close();

  // Phone: the indicator wraps onto its own line inside the screen.
  const phone = await open("#date=2024-12-10", { width: 390, height: 844 });
  const pi = phone.locator('[data-testid="pipeline-status"]');
  await pi.waitFor({ state: "visible", timeout: 10_000 });
  const box = await pi.boundingBox();
  assert.ok(box && box.x >= 0 && box.x + box.width <= 390, "indicator inside the phone screen");
  assert.ok(await phone.evaluate(() => document.documentElement.scrollWidth <= 390), "no sideways scrolling");
  await phone.screenshot({ path: shotPath("phone-status.png") });
  await phone.close();
});
