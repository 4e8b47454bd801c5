import { test } from "node:test";
import assert from "node:assert/strict";
import { parseJsonlLine, contentHash } from "./index.js";
import { SitrepError } from "../errors.js";

const codeOf = (line: string) => {
  try {
    parseJsonlLine(line, "in.jsonl", 7);
    return "ok";
  } catch (e) {
    assert.ok(e instanceof SitrepError);
    assert.equal(e.where, "in.jsonl:7");
    return e.code;
  }
};

test("a text record becomes an article keyed by id, with its fields", () => {
  const a = parseJsonlLine(JSON.stringify({ id: 42, url: "https://e.org/x", title: "T", text: "A convoy reached the town on Sunday.\n\nAid was unloaded.", published: "2024-12-01", outlet: "O", lang: "en" }), "in.jsonl", 1);
  assert.equal(a.key, "42");
  assert.equal(a.origin, "in.jsonl:1");
  assert.equal(a.published, "2024-12-01");
  assert.equal(a.sentences.length, 2);
  assert.equal(a.contentHash, contentHash(a));
  const noId = parseJsonlLine(JSON.stringify({ url: "https://e.org/y", text: "Text here.", published: "2024-12-01" }), "in.jsonl", 2);
  assert.equal(noId.key, "https://e.org/y");
  const bare = parseJsonlLine(JSON.stringify({ text: "Text here.", published: "2024-12-01" }), "in.jsonl", 3);
  assert.equal(bare.key, "in.jsonl:3");
});

test("an html record goes through Readability; the record's date wins", () => {
  const html = "<html><head><meta property='article:published_time' content='2020-01-01'></head><body><article><p>Shelling hit the outskirts of the city on Monday, residents said, and power was cut in several districts for most of the day.</p></article></body></html>";
  const a = parseJsonlLine(JSON.stringify({ id: "h", html, published: "2024-12-02" }), "in.jsonl", 1);
  assert.equal(a.published, "2024-12-02");
  assert.match(a.text, /Shelling hit the outskirts/);
});

test("bad lines get SITREP_E_BAD_JSONL or SITREP_E_BAD_DATE naming file:line", () => {
  assert.equal(codeOf("{not json"), "SITREP_E_BAD_JSONL");
  assert.equal(codeOf("[1,2]"), "SITREP_E_BAD_JSONL");
  assert.equal(codeOf("null"), "SITREP_E_BAD_JSONL");
  assert.equal(codeOf(JSON.stringify({ id: "x", published: "2024-12-01" })), "SITREP_E_BAD_JSONL");
  assert.equal(codeOf(JSON.stringify({ id: "x", text: 5, published: "2024-12-01" })), "SITREP_E_BAD_JSONL");
  assert.equal(codeOf(JSON.stringify({ id: "x", text: "t" })), "SITREP_E_BAD_DATE");
  assert.equal(codeOf(JSON.stringify({ id: "x", text: "t", published: "2024-02-30" })), "SITREP_E_BAD_DATE");
  assert.equal(codeOf(JSON.stringify({ id: "x", text: "t", published: "3024-01-01" })), "SITREP_E_BAD_DATE");
});

test("markup in fields is kept as text", () => {
  const a = parseJsonlLine(JSON.stringify({ id: "x", title: "<script>alert(1)</script> Raid", text: "Police said <b>nobody</b> was hurt.", published: "2024-12-01" }), "in.jsonl", 1);
  assert.equal(a.title, "<script>alert(1)</script> Raid");
  assert.equal(a.text, "Police said <b>nobody</b> was hurt.");
});

test("contentHash depends on text, date and title only", () => {
  const base = { text: "x", published: "2024-12-01", title: "t" };
  assert.match(contentHash(base), /^[0-9a-f]{64}$/);
  assert.equal(contentHash(base), contentHash({ ...base }));
  assert.notEqual(contentHash(base), contentHash({ ...base, text: "y" }));
  assert.notEqual(contentHash(base), contentHash({ ...base, published: "2024-12-02" }));
  assert.notEqual(contentHash(base), contentHash({ ...base, title: undefined }));
});
