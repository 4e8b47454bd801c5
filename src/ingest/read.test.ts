import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, openSync, closeSync, writeSync, rmSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readInputs, type IngestItem } from "./index.js";
import { FIXTURES, fixture } from "./testutil.js";

async function all(paths: string[], opts?: { maxBytes?: number }): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const it of readInputs(paths, opts)) out.push(it);
  return out;
}
const lines = (items: IngestItem[]) => items.map((i) => (i.error ? i.error.toLine() : `OK ${i.article!.origin}`));

test("folders are walked recursively and sorted, skipping dotfiles and unknown extensions", async () => {
  const items = await all([join(FIXTURES, "folder")]);
  assert.deepEqual(
    items.map((i) => i.article?.origin.replace(FIXTURES + "/", "")),
    ["folder/b-report.txt", "folder/sub/a-report.md"],
  );
  assert.equal(items[0]!.article!.published, undefined, "plain text may lack a date");
});

test("a batch of bad inputs: each gets one error line naming the file (and line); good inputs still come through", async () => {
  const names = [
    "binary.txt", "empty.txt", "latin1.txt", "utf16le-bom.txt", "utf16be-nobom.txt", "malformed.html", "no-story.html",
    "no-date.html", "broken.rss", "mixed.jsonl", "bad-header-date.txt", "no-date.txt", "does-not-exist.txt",
  ];
  const items = await all(names.map(fixture));
  const got = lines(items).map((l) => l.replace(FIXTURES + "/", "").replace(/: .*$/, ""));
  assert.deepEqual(got, [
    "SITREP_E_BINARY_INPUT binary.txt",
    "SITREP_E_EMPTY_INPUT empty.txt",
    "OK latin1.txt",
    "OK utf16le-bom.txt",
    "OK utf16be-nobom.txt",
    "OK malformed.html",
    "SITREP_E_BAD_HTML no-story.html",
    "SITREP_E_BAD_DATE no-date.html",
    "SITREP_E_BAD_FEED broken.rss",
    "OK mixed.jsonl:1",
    "SITREP_E_BAD_JSONL mixed.jsonl:2",
    "OK mixed.jsonl:3",
    "SITREP_E_BAD_DATE mixed.jsonl:4",
    "SITREP_E_BAD_DATE mixed.jsonl:5",
    "SITREP_E_BAD_JSONL mixed.jsonl:7",
    "OK mixed.jsonl:8",
    "SITREP_E_BAD_DATE bad-header-date.txt",
    "OK no-date.txt",
    "SITREP_E_NOT_FOUND does-not-exist.txt",
  ]);
  for (const it of items) {
    assert.ok(!!it.article !== !!it.error, "exactly one of article/error");
    if (it.error) assert.doesNotMatch(it.error.toLine(), /\n/, "one line");
  }
  const latin = items[2]!.article!;
  assert.match(latin.text, /café de la place était fermé/);
  const injected = items.find((i) => i.article?.key === "j-7")!.article!;
  assert.equal(injected.title, "<script>alert('x')</script> Title with markup");
});

test("a 50 MB file is refused quickly with SITREP_E_TOO_LARGE (default limit 20 MB) without reading it", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-ingest-"));
  try {
    const big = join(dir, "big.txt");
    const fd = openSync(big, "w");
    const chunk = Buffer.alloc(1024 * 1024, "All quiet on the front today, officials said.\n");
    for (let i = 0; i < 50; i++) writeSync(fd, chunk);
    closeSync(fd);
    writeFileSync(join(dir, "small.txt"), "A small report after the big one, which must still be read.\n");
    const t0 = performance.now();
    const items = await all([dir]);
    const ms = performance.now() - t0;
    assert.equal(items.length, 2);
    assert.equal(items[0]!.error?.code, "SITREP_E_TOO_LARGE");
    assert.equal(items[0]!.error?.where, big);
    assert.ok(items[1]!.article, "the rest of the batch goes on");
    assert.ok(ms < 2000, `took ${ms} ms`);
    // Under a raised limit the same file would be read; a limit just below its size refuses it.
    const capped = await all([big], { maxBytes: 50 * 1024 * 1024 - 1 });
    assert.equal(capped[0]!.error?.code, "SITREP_E_TOO_LARGE");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("content sniffing beats a misleading extension; pages are keyed by URL; file-name dates fill plain text", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-ingest-"));
  try {
    copyFileSync(fixture("feed.atom"), join(dir, "feed.txt"));
    copyFileSync(fixture("time-tag.html"), join(dir, "page.xml"));
    copyFileSync(fixture("no-date.txt"), join(dir, "report-2024-11-03.txt"));
    writeFileSync(join(dir, "page-url.html"), readHtmlWithCanonical());
    const items = await all([join(dir, "feed.txt"), join(dir, "page.xml"), join(dir, "report-2024-11-03.txt"), join(dir, "page-url.html")]);
    assert.deepEqual(items.map((i) => i.error?.toLine() ?? i.article!.origin.replace(dir + "/", "")), ["feed.txt#1", "feed.txt#2", "page.xml", "report-2024-11-03.txt", "page-url.html"]);
    assert.equal(items[3]!.article!.published, "2024-11-03");
    assert.equal(items[4]!.article!.key, "https://example.org/p/1");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

function readHtmlWithCanonical(): string {
  return `<!doctype html><html><head><link rel="canonical" href="https://example.org/p/1"><meta property="article:published_time" content="2024-11-02"></head>
<body><article><p>Negotiators agreed on Saturday to extend the truce by two weeks, both delegations said after a long meeting at the border post.</p></article></body></html>`;
}
