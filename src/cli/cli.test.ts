// The sitrep command end to end, on real SQLite files in temp folders.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { EventSchema } from "../event.js";
import { COMMANDS } from "./main.js";
import { extractArticle } from "../extract/index.js";
import { runCli, tempDir, hasShared, SEED_TXT, SEED_GOLD } from "../../test/helpers.js";

test("`sitrep --help` lists every command with one line each", () => {
  const r = runCli(["--help"]);
  assert.equal(r.code, 0);
  for (const c of COMMANDS) assert.match(r.stdout, new RegExp(`^  ${c.name}\\s+\\S.*$`, "m"), `${c.name} missing from --help`);
});

test("an unknown command or option is a usage error (exit 2) with a stable code", () => {
  assert.equal(runCli(["frobnicate"]).code, 2);
  const r = runCli(["events", "--colour", "red"]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /SITREP_E_BAD_ARGUMENT/);
});

test("the seed article: chrome, captions and credits are not story; date, sentences stored", { skip: !hasShared() && "../shared corpus not present" }, () => {
  const { dir, cleanup } = tempDir();
  try {
    const db = join(dir, "s.db");
    const gold = JSON.parse(readFileSync(SEED_GOLD, "utf8"));
    const r = runCli(["ingest", SEED_TXT, "--db", db, "--published", gold.article.published, "--outlet", gold.article.outlet]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^1 ingested, 0 unchanged, 0 skipped$/m);
    const conn = new Database(db, { readonly: true });
    const a = conn.prepare("SELECT * FROM articles").get() as { id: number; text: string; blocks: string; published: string };
    assert.equal(a.published, "2024-12-05");
    const blocks = JSON.parse(a.blocks) as { kind: string; start: number; end: number }[];
    const kindOf = (line: string) => {
      const at = a.text.indexOf(line);
      assert.ok(at >= 0, `"${line}" not found in the stored text`);
      return blocks.filter((b) => b.start < at + line.length && b.end > at).map((b) => b.kind);
    };
    for (const line of gold.article.boilerplate_lines) assert.deepEqual(kindOf(line), ["chrome"], line);
    for (const line of gold.article.captions) assert.deepEqual(kindOf(line), ["caption"], line);
    for (const line of gold.article.credits) for (const k of kindOf(line)) assert.equal(k, "credit", line);
    const sentences = conn.prepare("SELECT start, end FROM sentences WHERE article_id = ? ORDER BY idx").all(a.id) as { start: number; end: number }[];
    assert.ok(sentences.length >= 20, `only ${sentences.length} sentences`);
    // No sentence reaches into chrome, captions or credits.
    for (const s of sentences) {
      const t = a.text.slice(s.start, s.end);
      for (const line of [...gold.article.boilerplate_lines, ...gold.article.captions, ...gold.article.credits]) {
        assert.ok(!t.includes(line), `sentence holds non-story text: ${line}`);
      }
    }
    conn.close();
  } finally {
    cleanup();
  }
});

test("ingesting the same article twice changes nothing; changed text under the same id is a new revision", () => {
  const { dir, cleanup } = tempDir();
  try {
    const db = join(dir, "r.db");
    const file = join(dir, "a.jsonl");
    const line = (text: string) => JSON.stringify({ id: "wire-1", text, published: "2024-12-05", outlet: "Test Wire" }) + "\n";
    writeFileSync(file, line("Rebels entered the town of Hama on Thursday, a monitor said."));
    assert.match(runCli(["ingest", file, "--db", db]).stdout, /1 ingested, 0 unchanged, 0 skipped/);
    assert.match(runCli(["ingest", file, "--db", db]).stdout, /0 ingested, 1 unchanged, 0 skipped/);
    writeFileSync(file, line("Rebels entered the town of Hama on Thursday, a monitor said. Fighting continued."));
    assert.match(runCli(["ingest", file, "--db", db]).stdout, /1 ingested, 0 unchanged, 0 skipped/);
    const s = JSON.parse(runCli(["status", "--db", db, "--format", "json"]).stdout);
    assert.equal(s.articles, 1);
    assert.equal(s.revisions, 2);
  } finally {
    cleanup();
  }
});

test("bad inputs get one line each naming the file and a code; the batch goes on; exit 1", () => {
  const { dir, cleanup } = tempDir();
  try {
    const db = join(dir, "b.db");
    writeFileSync(join(dir, "good.txt"), "Police fired tear gas at protesters in Nairobi on Tuesday, witnesses said.\n");
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "binary.txt"), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 7, 8, 0, 0, 1]));
    writeFileSync(join(dir, "broken.xml"), "<rss><channel><item><title>x</title></chan");
    writeFileSync(
      join(dir, "lines.jsonl"),
      [
        JSON.stringify({ id: "ok-1", text: "Gunmen attacked a village in Zamfara on Monday, police said.", published: "2024-03-01", outlet: "T" }),
        "{not json",
        JSON.stringify({ id: "bad-date", text: "Something happened.", published: "2024-02-30", outlet: "T" }),
      ].join("\n") + "\n",
    );
    const r = runCli(["ingest", dir, "--db", db]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^2 ingested, 0 unchanged, 5 skipped$/m);
    assert.match(r.stderr, /SITREP_E_EMPTY_INPUT .*empty\.txt/);
    assert.match(r.stderr, /SITREP_E_BINARY_INPUT .*binary\.txt/);
    assert.match(r.stderr, /SITREP_E_BAD_FEED .*broken\.xml/);
    assert.match(r.stderr, /SITREP_E_BAD_JSONL .*lines\.jsonl:2/);
    assert.match(r.stderr, /SITREP_E_BAD_DATE .*lines\.jsonl:3/);
    const s = JSON.parse(runCli(["status", "--db", db, "--format", "json"]).stdout);
    assert.equal(s.skippedInputs, 5);
  } finally {
    cleanup();
  }
});

test("extract --jsonl runs the keep-check by default, as the library does; --no-keep-check gives the rules' events", () => {
  const { dir, cleanup } = tempDir();
  try {
    const report = { id: "k", text: "MOGADISHU — Gunmen stormed a checkpoint in Jowhar on Tuesday, killing four soldiers, a local official said.\n\nPolice later arrested twelve suspects, officials said.", published: "2023-03-09", outlet: "Test Wire" };
    // SITREP_KEEP_CHECK="" stands for unset (this test may run under SITREP_KEEP_CHECK=0).
    const kinds = (args: string[], env: Record<string, string> = { SITREP_KEEP_CHECK: "" }) => {
      const r = runCli(["extract", "--jsonl", ...args], { input: JSON.stringify(report) + "\n", cwd: dir, env });
      assert.equal(r.code, 0, r.stderr);
      return (JSON.parse(r.stdout.trim()).events as { sub_event_type: string }[]).map((e) => e.sub_event_type);
    };
    const lib = (keepCheck: boolean) => extractArticle(report, { keepCheck }).events.map((e) => e.sub_event_type);
    assert.deepEqual(kinds([]), lib(true));
    assert.deepEqual(kinds(["--no-keep-check"]), lib(false));
    assert.deepEqual(kinds([], { SITREP_KEEP_CHECK: "0" }), lib(false));
    assert.ok(lib(false).length >= lib(true).length, "the check only ever removes events");
  } finally {
    cleanup();
  }
});

test("extract --jsonl writes one schema-valid line per input and touches no database", () => {
  const { dir, cleanup } = tempDir();
  try {
    const input = [
      { id: "a", text: "KHARTOUM, Sudan — A drone launched by the Rapid Support Forces struck a market in Omdurman on Friday, killing at least 12 people, medics said.", published: "2024-06-08", outlet: "Test Wire" },
      { id: "b", text: "", published: "2024-06-08", outlet: "Test Wire" },
      { id: "c", text: "Analysts say the army could launch an offensive on the city next month.", published: "2024-06-08", outlet: "Test Wire" },
    ].map((x) => JSON.stringify(x)).join("\n") + "\n";
    const r = runCli(["extract", "--jsonl"], { input, cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.id), ["a", "b", "c"]);
    for (const l of lines) for (const e of l.events) EventSchema.parse(e);
    assert.ok(lines[0].events.length >= 1, "the drone strike was not coded");
    assert.equal(lines[0].events[0].sub_event_type, "Air/drone strike");
    assert.equal(lines[2].events.length, 0, "a forecast was coded as an event");
  } finally {
    cleanup();
  }
});

test("extract --jsonl --held adds the events the keep-check held back; without it the line is unchanged", () => {
  const { dir, cleanup } = tempDir();
  try {
    const report = { id: "h", text: "MOGADISHU — Gunmen stormed a checkpoint in Jowhar on Tuesday, killing four soldiers, a local official said.\n\nResidents said protesters later gathered in the town to denounce the killings.\n\nAl-Shabaab fighters also clashed with troops near Balcad, witnesses said.", published: "2023-03-09", outlet: "Test Wire" };
    const line = (args: string[]) => {
      const r = runCli(["extract", "--jsonl", ...args], { input: JSON.stringify(report) + "\n", cwd: dir, env: { SITREP_KEEP_CHECK: "" } });
      assert.equal(r.code, 0, r.stderr);
      return JSON.parse(r.stdout.trim()) as { id: string; events: { sub_event_type: string }[]; held?: { event: { sub_event_type: string }; probability: number }[] };
    };
    const plain = line([]);
    assert.deepEqual(Object.keys(plain), ["id", "events"], "the scorer's lines stay as they were");
    const withHeld = line(["--held"]);
    assert.deepEqual(withHeld.events.map((e) => e.sub_event_type), plain.events.map((e) => e.sub_event_type));
    assert.deepEqual(withHeld.held?.map((h) => h.event.sub_event_type), ["Peaceful protest"]);
    assert.ok(withHeld.held![0]!.probability < 0.5);
  } finally {
    cleanup();
  }
});
