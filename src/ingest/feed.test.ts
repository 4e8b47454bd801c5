import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parseFeed } from "./index.js";
import { fixture } from "./testutil.js";

const feed = (n: string) => parseFeed(readFileSync(fixture(n), "utf8"), n);

test("RSS 2.0: description / content:encoded HTML stripped, pubDate normalised, bad items become errors", () => {
  const items = feed("feed.rss");
  assert.equal(items.length, 4);
  const [a, b, c, d] = items;
  assert.equal(a!.article?.key, "cw-001");
  assert.equal(a!.article?.published, "2024-12-02T09:30:00+02:00");
  assert.equal(a!.article?.outlet, "Coastal Wire");
  assert.equal(a!.article?.url, "https://example.org/coastal/curfew-lifted");
  assert.ok(a!.article?.text.startsWith("Authorities lifted a night-time curfew"));
  assert.ok(!a!.article?.text.includes("<p>"));
  // content:encoded wins over description; its figcaption goes to media.
  const art = b!.article!;
  assert.equal(art.key, "https://example.org/coastal/ambush");
  assert.match(art.text, /Two soldiers were killed/);
  assert.ok(!art.text.includes("Short summary"));
  assert.ok(!art.text.includes("checkpoint"));
  assert.deepEqual(art.media, [{ caption: "Soldiers at a checkpoint in the north on Monday.", credit: "Reuters/Omar Saleh" }]);
  assert.equal(c!.error?.code, "SITREP_E_BAD_DATE");
  assert.equal(c!.error?.where, "feed.rss#3");
  assert.equal(d!.error?.code, "SITREP_E_BAD_DATE");
  for (const it of items) assert.ok(!!it.article !== !!it.error, "exactly one of article/error");
});

test("Atom: content over summary, alternate link, published then updated", () => {
  const [a, b] = feed("feed.atom");
  assert.equal(a!.article?.key, "urn:test:highland:1");
  assert.equal(a!.article?.url, "https://example.org/highland/landslide");
  assert.equal(a!.article?.published, "2024-12-04T07:20:00+05:45");
  assert.equal(a!.article?.outlet, "Highland Monitor");
  assert.match(a!.article!.text, /^A landslide blocked/);
  assert.equal(b!.article?.published, "2024-12-03T10:00:00Z");
  assert.match(b!.article!.text, /Rescue teams/);
});

test("broken XML is one SITREP_E_BAD_FEED item naming the file", () => {
  const items = feed("broken.rss");
  assert.equal(items.length, 1);
  assert.equal(items[0]!.error?.code, "SITREP_E_BAD_FEED");
  assert.equal(items[0]!.error?.where, "broken.rss");
  assert.match(items[0]!.error!.toLine(), /^SITREP_E_BAD_FEED broken\.rss: .*line \d+/);
  assert.equal(parseFeed("<html><body>x</body></html>", "p.xml")[0]!.error?.code, "SITREP_E_BAD_FEED");
});
