import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { classifyBlocks, normalizeText, parseText } from "./index.js";
import type { Article, BlockKind } from "../types.js";
import { REPO_ROOT, fixture } from "./testutil.js";

/** Kind of the block(s) covering exactly this string in the article. */
function kindsOf(a: Article, s: string): BlockKind[] {
  const at = a.text.indexOf(s);
  assert.ok(at >= 0, `text not found: ${s}`);
  return a.blocks.filter((b) => b.start < at + s.length && b.end > at).map((b) => b.kind);
}
function storyText(a: Article): string {
  return a.blocks.filter((b) => b.kind === "story").map((b) => a.text.slice(b.start, b.end)).join("\n");
}

const SEED = join(REPO_ROOT, "..", "shared", "corpus", "seed", "nbc-hama-2024-12-05.txt");
const GOLD = SEED.replace(/\.txt$/, ".gold.json");

test("seed article: boilerplate is chrome, captions are captions, credits are credits, none is story", (t) => {
  if (!existsSync(SEED) || !existsSync(GOLD)) {
    t.skip(`seed corpus not found at ${SEED}; skipping the seed chrome test`);
    return;
  }
  const gold = JSON.parse(readFileSync(GOLD, "utf8")).article;
  const a = parseText(readFileSync(SEED, "utf8"), { key: "seed", origin: SEED });
  const story = storyText(a);
  for (const line of gold.boilerplate_lines as string[]) {
    const s = normalizeText(line);
    assert.deepEqual([...new Set(kindsOf(a, s))], ["chrome"], `boilerplate: ${s}`);
    assert.ok(!story.includes(s), `boilerplate leaked into story: ${s}`);
  }
  for (const line of gold.captions as string[]) {
    const s = normalizeText(line);
    assert.deepEqual([...new Set(kindsOf(a, s))], ["caption"], `caption: ${s}`);
    assert.ok(!story.includes(s), `caption leaked into story: ${s}`);
    assert.ok(a.media.some((m) => m.caption === s), `caption missing from media: ${s}`);
  }
  for (const line of gold.credits as string[]) {
    const s = normalizeText(line);
    const blocks = a.blocks.filter((b) => a.text.slice(b.start, b.end) === s);
    assert.ok(blocks.length >= 1 && blocks.every((b) => b.kind === "credit"), `credit: ${s}`);
    assert.ok(!story.includes(s), `credit leaked into story: ${s}`);
  }
  // The related-article headline glued above each picture is not story either.
  for (const b of a.blocks) {
    const s = a.text.slice(b.start, b.end);
    if (b.kind === "story") assert.match(s, /[.!?”"]$/, `story block without final punctuation: ${s}`);
  }
  // Sentences lie inside story blocks and there are a sensible number of them.
  assert.ok(a.sentences.length >= 15, `only ${a.sentences.length} sentences`);
  for (const s of a.sentences) {
    assert.ok(a.blocks.some((b) => b.kind === "story" && b.start <= s.start && s.end <= b.end));
  }
});

test("own chrome shapes: menus, byline, timestamp, share row, image marker, credits, ads, newsletter, cookies", () => {
  const a = parseText(readFileSync(fixture("chrome-shapes.txt"), "utf8"), { key: "k", origin: "chrome-shapes.txt" });
  const expect: [string, BlockKind][] = [
    ["Skip to main content", "chrome"],
    ["Menu", "chrome"],
    ["Drone strike hits fuel depot outside Port Sudan", "title"],
    ["By Amal Osman and Peter Lind", "chrome"],
    ["Updated Dec. 3, 2024, 4:12 PM GMT", "chrome"],
    ["Facebook Twitter Email", "chrome"],
    ["[Image]", "chrome"],
    ["Firefighters spray water on burning storage tanks near the harbour on Tuesday.", "caption"],
    ["(Photo: AFP)", "credit"],
    ["Story continues below advertisement", "chrome"],
    ["Smoke rises over the oil terminal seen from the coastal road.", "caption"],
    ["Reuters/Jamal Idris", "credit"],
    ["READ MORE: Why Port Sudan matters to both sides of the war", "chrome"],
    ["Sign up for our Africa briefing and get the day's top stories delivered to your inbox.", "chrome"],
    ["We use cookies to improve your experience. By continuing you accept our privacy policy.", "chrome"],
    ["© 2024 The Harbour Times. All rights reserved.", "chrome"],
    ["No casualties were reported, according to a statement from the authority, which did not say who launched the drone.", "story"],
  ];
  for (const [s, kind] of expect) assert.deepEqual(kindsOf(a, s), [kind], s);
  assert.equal(a.title, "Drone strike hits fuel depot outside Port Sudan");
  assert.equal(a.dateline, "PORT SUDAN, Sudan");
  assert.equal(a.blocks.filter((b) => b.kind === "story").length, 4);
  assert.deepEqual(a.media, [
    { caption: "Firefighters spray water on burning storage tanks near the harbour on Tuesday.", credit: "(Photo: AFP)" },
    { caption: "Smoke rises over the oil terminal seen from the coastal road.", credit: "Reuters/Jamal Idris" },
  ]);
});

test("glued caption+credit splits at the boundary, with or without a space", () => {
  for (const sep of ["", " "]) {
    const text = `Troops patrol the main square in the northern town on Monday.${sep}Maria Lopez / EPA-EFE via Getty Images`;
    const blocks = classifyBlocks(text);
    assert.deepEqual(blocks.map((b) => b.kind), ["caption", "credit"]);
    assert.equal(text.slice(blocks[1]!.start, blocks[1]!.end), "Maria Lopez / EPA-EFE via Getty Images");
    assert.equal(text.slice(blocks[0]!.start, blocks[0]!.end), "Troops patrol the main square in the northern town on Monday.");
  }
});

test("story lines that mention chrome words stay story (no false positives)", () => {
  const lines = [
    "Users could not log in to the government tax portal for three days after the cyberattack, officials said.",
    "The US said it would send more air defence systems, and the newsletter of the ministry confirmed the plan later that week.",
    "“Share the bread, share the water,” the imam told the crowd outside the mosque on Friday.",
    "The rebels subscribe to a hardline ideology, analysts say.",
    "Reuters could not independently verify the footage, which was posted on Telegram.",
    "Several villages were shelled overnight, the regional governor said in a post on Facebook.",
    "The minister declined to answer our questions about the convoy, and his comments drew criticism.",
    "We will not give up a single street of this city, the commander told subscribers of his channel.",
  ];
  const text = lines.join("\n\n");
  const blocks = classifyBlocks(text);
  assert.deepEqual(blocks.map((b) => [text.slice(b.start, b.end).slice(0, 30), b.kind]), lines.map((l) => [l.slice(0, 30), "story"]));
});

test("hard-wrapped text is classified by paragraph and keeps its header metadata", () => {
  const a = parseText(readFileSync(fixture("wrapped.txt"), "utf8"), { key: "w", origin: "wrapped.txt" });
  assert.equal(a.blocks.length, 3);
  assert.ok(a.blocks.every((b) => b.kind === "story"));
  assert.equal(a.title, "Ceasefire talks stall in Doha");
  assert.equal(a.published, "2024-11-20");
  assert.equal(a.outlet, "Gulf Ledger");
  assert.equal(a.dateline, "DOHA, Qatar");
  assert.ok(!a.text.includes("Published:"), "header lines are not part of the text");
});

test("datelines with agency tags are recognised, ordinary openings are not", () => {
  const a = parseText("KYIV (Reuters) - Air raid sirens sounded across the capital early on Sunday.\n\nMore text follows here.", { key: "k", origin: "o" });
  assert.equal(a.dateline, "KYIV (Reuters)");
  const b = parseText("HTS — which grew out of an earlier group — took the town on Friday.\n\nMore text.", { key: "k", origin: "o" });
  assert.equal(b.dateline, undefined);
});

test("a one-paragraph report above a photo line stays the story; a described photo is a caption, a named one a credit", () => {
  const kinds = (t: string) => classifyBlocks(t).map((b) => b.kind);
  assert.deepEqual(kinds("Russian missiles struck an apartment block in Kharkiv on Monday.\n\nPhoto: A damaged building in Kharkiv."), ["story", "caption"]);
  assert.deepEqual(kinds("Russian missiles struck an apartment block in Kharkiv on Monday.\nPhoto: Reuters"), ["story", "credit"]);
  assert.deepEqual(kinds("Photo: Jane Doe/AFP"), ["credit"]);
});

test("every listed chrome phrase, on a short line of its own, is chrome (the word prefilter passes it to its regex)", () => {
  const cues = JSON.parse(readFileSync(join(REPO_ROOT, "data", "chrome", "cues.json"), "utf8")) as { phrases: Record<string, string[]>; strongPhrases: string[] };
  const story = "Officials in the river town said the ferry service would resume next week after repairs to the landing.";
  for (const phrase of [...Object.values(cues.phrases).flat(), ...cues.strongPhrases]) {
    // as written, shouted, and in a line beyond ASCII (a dash), where the prefilter also applies
    for (const line of [phrase, `${phrase.toUpperCase()} here`, `— ${phrase}`]) {
      const text = `${story}\n\n${line}\n\n${story}`;
      const at = text.indexOf(line);
      const block = classifyBlocks(text).find((b) => b.start <= at && b.end > at);
      assert.notEqual(block?.kind, "story", line);
    }
  }
});
