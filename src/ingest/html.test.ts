import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parseHtml } from "./index.js";
import { SitrepError } from "../errors.js";
import { fixture } from "./testutil.js";

const page = (n: string) => parseHtml(readFileSync(fixture(n), "utf8"), { key: n, origin: n });
const story = (a: ReturnType<typeof parseHtml>) => a.blocks.filter((b) => b.kind === "story").map((b) => a.text.slice(b.start, b.end)).join("\n");

test("JSON-LD datePublished inside @graph/arrays, og-less outlet from publisher, captions to media, scripts dropped", () => {
  const a = page("jsonld-graph.html");
  assert.equal(a.published, "2024-11-18T06:45:00+02:00");
  assert.equal(a.outlet, "River Post");
  assert.equal(a.lang, "en");
  assert.equal(a.dateline, "KHERSON, Ukraine");
  // HTML in the title is data: kept as text, never markup.
  assert.equal(a.title, '<script>alert("t")</script> Bridge damaged in shelling');
  assert.deepEqual(a.media, [
    { caption: "The damaged span of the bridge on Monday morning.", credit: "River Post / Ivan Sokol" },
    { caption: "A crater on the approach road, seen from the riverbank." },
  ]);
  const s = story(a);
  assert.match(s, /Shelling damaged a road bridge/);
  assert.match(s, /Officials blamed Russian artillery/);
  for (const leak of ["damaged span", "crater on the approach", "executed", "Sign up", "Log in", "Ivan Sokol"]) {
    assert.ok(!s.includes(leak), `leaked into story: ${leak}`);
  }
  assert.ok(a.sentences.length >= 4);
});

test("<time datetime> is a date source", () => {
  const a = page("time-tag.html");
  assert.equal(a.published, "2024-09-14");
  assert.match(story(a), /Thousands of people marched/);
});

test("malformed HTML with unclosed tags still parses", () => {
  const a = page("malformed.html");
  assert.equal(a.published, "2024-10-02T08:15:00Z");
  assert.equal(a.outlet, "Sahel Desk");
  assert.match(story(a), /Armed men attacked an army convoy/);
  assert.match(story(a), /Residents reached by phone/);
});

test("a page without story text is SITREP_E_BAD_HTML; without a date or with an impossible one SITREP_E_BAD_DATE", () => {
  const err = (n: string) => {
    try {
      page(n);
      return "no error";
    } catch (e) {
      assert.ok(e instanceof SitrepError);
      return `${e.code} ${e.where}`;
    }
  };
  assert.equal(err("no-story.html"), "SITREP_E_BAD_HTML no-story.html");
  assert.equal(err("no-date.html"), "SITREP_E_BAD_DATE no-date.html");
  assert.equal(err("impossible-date.html"), "SITREP_E_BAD_DATE impossible-date.html");
  assert.equal(
    (() => { try { parseHtml("", { key: "e", origin: "e.html" }); return "none"; } catch (e) { return (e as SitrepError).code; } })(),
    "SITREP_E_BAD_HTML",
  );
});
