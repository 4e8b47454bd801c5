// The prefilter only skips regexes that cannot match: if it ever hid a match, a cue would be lost.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { literalPrefixes, WordPrefilter } from "./word-prefilter.js";
import { cueRules, findCues } from "./cues.js";

test("prefixes are read from literals, groups and optional groups", () => {
  assert.deepEqual(literalPrefixes("\\b(shell(ing|ed)|artillery)\\b"), new Set(["shelling", "shelled", "artillery"]));
  // "explosion" and "blast" are the whole of their alternatives, so what follows the group is read on: " at", " in".
  assert.deepEqual(literalPrefixes("\\b(an? )?(huge |large )?(explosion|blast) (at|in)\\b"), new Set(["explosion at", "explosion in", "blast at", "blast in"]));
  // An optional character is read both ways ("air strike", "airstrike"); "airstrikes" adds nothing to "airstrike".
  assert.deepEqual(literalPrefixes("\\b(air ?strikes?|drones? hit)"), new Set(["airstrike", "air strike", "drone hit", "drones hit"]));
});

test("a whole-literal alternative goes on with the literal characters after its group", () => {
  // "in a encount", not "in" ("including", "into"): the optional "n" is read both ways, and the optional group beside what follows it.
  assert.deepEqual(
    literalPrefixes("\\b(?:in|during) an? (?:fierce )?encounter"),
    new Set(["in a encount", "in a fierce ", "in an encoun", "in an fierce", "during a enc", "during a fie", "during an en", "during an fi"]),
  );
  // "(?:a|an|roadside) bomb": whole words, each goes on with " bomb" (cut at 12 characters).
  assert.deepEqual(literalPrefixes("\\b(?:a|an|roadside) bomb"), new Set(["a bomb", "an bomb", "roadside bom"]));
  // A prefix is cut at 12 characters.
  assert.deepEqual(literalPrefixes("\\bantipersonnel landmines exploded"), new Set(["antipersonne"]));
  // Nothing is added after an optional or repeated group, or when a class or an escape follows.
  assert.deepEqual(literalPrefixes("\\b(?:a|an)? bomb"), null);
  assert.deepEqual(literalPrefixes("\\b(?:in|at)+ the"), new Set(["in", "at"]));
  assert.deepEqual(literalPrefixes("\\b(?:in|at)\\s+the"), new Set(["in", "at"]));
  assert.deepEqual(literalPrefixes("\\b(?:shell(?:ing|ed)|fire) on"), new Set(["shelling", "shelled", "fire on"]));
  // Groups are read on one after another while each alternative is a whole literal ...
  assert.deepEqual(literalPrefixes("\\b(?:men|boys) (?:ran|hid)\\b"), new Set(["men ran", "men hid", "boys ran", "boys hid"]));
  // ... and an optional group after the first keeps its own words beside what follows it ("the" may be absent) ...
  assert.deepEqual(literalPrefixes("\\bmet (?:at|in) (?:the )?park"), new Set(["met at the p", "met at park", "met in the p", "met in park"]));
  // ... but optional words of any kind ("[\\w-]+ ") end what is known: "met in the city park".
  assert.deepEqual(literalPrefixes("\\bmet (?:at|in) (?:the )?(?:[\\w-]+ ){0,2}(?:park|court)"), new Set(["met at ", "met in "]));
});

test("past a short word and whitespace of any length, the prefixes are those of the words after it, and matches start before them", () => {
  const info = { startsAtPrefix: true };
  assert.deepEqual(literalPrefixes("\\b(?:an?|the)\\s+(?:deadly\\s+)?shooting", info), new Set(["shooting"]));
  assert.equal(info.startsAtPrefix, false);
  assert.deepEqual(literalPrefixes("\\ban?\\s+explosion|\\bblast"), new Set(["explosion", "blast"]));
  // Not past a longer word, nor onto a word no longer than the first.
  assert.deepEqual(literalPrefixes("\\bduring\\s+the"), new Set(["during"]));
  assert.deepEqual(literalPrefixes("\\b(?:in|at)\\s+the"), new Set(["in", "at"]));
});

test("a lookbehind takes no characters: the prefixes are those of what follows it, and matches start there", () => {
  const info = { startsAtPrefix: false };
  assert.deepEqual(literalPrefixes("\\b(marched|(?<=\\b(?:after|then) )dispers(?:ed|ing)|(?<!\\bnot )gathered)\\b", info), new Set(["marched", "dispersed", "dispersing", "gathered"]));
  assert.equal(info.startsAtPrefix, true);
});

test("patterns it cannot reason about are always run", () => {
  assert.equal(literalPrefixes("(shelling)"), null, "not anchored at a word boundary");
  assert.equal(literalPrefixes("\\b(\\d+ killed)"), null);
  assert.equal(literalPrefixes("\\b([Ss]helling)"), null);
  assert.equal(literalPrefixes("\\b(?=x)shelling"), null);
  assert.equal(literalPrefixes("\\b(s|)"), null);
});

const rules = cueRules();
const filter = new WordPrefilter(rules.map((r) => r.rule.pattern));

function assertNoHiddenMatch(text: string): void {
  const may = filter.candidates(text);
  rules.forEach(({ rule, re }, i) => {
    re.lastIndex = 0;
    if (re.test(text)) assert.equal(may[i], 1, `rule ${rule.id} matches ${JSON.stringify(text.slice(0, 120))} but was filtered out`);
  });
}

test("no cue rule is skipped on a sentence it matches (project eval texts)", () => {
  const cases = JSON.parse(readFileSync(new URL("../../eval/extract/cases.json", import.meta.url), "utf8")) as { text: string }[];
  for (const c of cases) for (const s of c.text.split(/(?<=[.!?])\s+/)) assertNoHiddenMatch(s);
});

test("no cue rule is skipped on any mix of cue words, case and punctuation", () => {
  // Words taken from the patterns themselves, so the random texts hit rules often.
  const words = [...new Set(rules.flatMap(({ rule }) => rule.pattern.match(/[A-Za-z]{2,}/g) ?? []))];
  const token = fc.oneof(
    fc.constantFrom(...words),
    fc.constantFrom(...words).map((w) => w.toUpperCase()),
    fc.constantFrom(" ", "  ", "-", ", ", ". ", "'", "_", "é", "\n", "(", "12 "),
    fc.string({ maxLength: 4 }),
  );
  fc.assert(fc.property(fc.array(token, { maxLength: 40 }), (parts) => assertNoHiddenMatch(parts.join(" "))), { numRuns: 2000 });
  fc.assert(fc.property(fc.array(token, { maxLength: 40 }), (parts) => assertNoHiddenMatch(parts.join(""))), { numRuns: 2000 });
});

/** Every rule's hits by its full regex over the whole text, ordered as findCues orders them. */
function plainCues(text: string): { id: string; start: number; end: number }[] {
  const out = rules.flatMap(({ rule, re }) => [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => ({ id: rule.id, start: m.index!, end: m.index! + m[0].length, priority: rule.priority })));
  return out.sort((a, b) => a.start - b.start || b.priority - a.priority).map(({ id, start, end }) => ({ id, start, end }));
}

test("findCues, which runs a rule only at the word starts holding its prefixes, finds what the full regexes find", () => {
  const words = [...new Set(rules.flatMap(({ rule }) => rule.pattern.match(/[A-Za-z]{2,}/g) ?? []))];
  const token = fc.oneof(
    fc.constantFrom(...words),
    fc.constantFrom(...words).map((w) => w[0]!.toUpperCase() + w.slice(1)),
    fc.constantFrom(" ", "  ", "-", ", ", ". ", "'", "(", "12 ", "the ", "a "),
  );
  const same = (text: string) => assert.deepEqual(findCues(text).map((c) => ({ id: c.rule.id, start: c.start, end: c.end })), plainCues(text), JSON.stringify(text));
  same("Crowds dispersed peacefully after police fired tear gas; then dispersing quietly, they marched on.");
  fc.assert(fc.property(fc.array(token, { maxLength: 30 }), (parts) => same(parts.join(" "))), { numRuns: 1500 });
});

test("scan's word starts are exactly those where one of a rule's prefixes begins, call after call", () => {
  // A plain reference: every word start, every prefix compared there in lower case (ASCII letters only).
  const prefixes = rules.map(({ rule }) => {
    const info = { startsAtPrefix: false };
    const set = literalPrefixes(rule.pattern, info);
    return set && info.startsAtPrefix ? [...set] : null;
  });
  const lowerAscii = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const reference = (text: string) =>
    prefixes.map((ps) => {
      if (!ps) return undefined;
      const at: number[] = [];
      for (let i = 0; i < text.length; i++) {
        if (!/\w/.test(text[i]!) || (i > 0 && /\w/.test(text[i - 1]!))) continue;
        const rest = lowerAscii(text.slice(i, i + 40));
        if (ps.some((p) => rest.startsWith(p))) at.push(i);
      }
      return at.length ? at : undefined;
    });
  const words = [...new Set(rules.flatMap(({ rule }) => rule.pattern.match(/[A-Za-z ]{2,}/g) ?? []))];
  const token = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...words).map((w) => w.toUpperCase()), fc.constantFrom(" ", "-", ", ", "é", "12 ", "the "));
  fc.assert(
    fc.property(fc.array(token, { maxLength: 30 }), (parts) => {
      const text = parts.join(" ");
      assert.deepEqual(Array.from(filter.scan(text).starts), reference(text), JSON.stringify(text));
    }),
    { numRuns: 1500 },
  );
});

test("no context pattern of a cue rule (not_if, needs_context, reclassify) is gated off a clause it matches (project eval texts)", () => {
  // inContext runs these only where one of their prefixes begins a word (cues.ts, gatedTest).
  const patterns = new Set<string>();
  for (const { rule } of rules) {
    if (rule.not_if) patterns.add(rule.not_if);
    if (rule.needs_context) patterns.add(rule.needs_context);
    for (const r of rule.reclassify ?? []) patterns.add(r.if);
  }
  const cases = JSON.parse(readFileSync(new URL("../../eval/extract/cases.json", import.meta.url), "utf8")) as { text: string }[];
  const sentences = cases.flatMap((c) => c.text.split(/(?<=[.!?])\s+/));
  let gated = 0;
  for (const p of patterns) {
    if (!literalPrefixes(p)) continue;
    gated++;
    const gate = new WordPrefilter([p]);
    const full = new RegExp(p, "i");
    sentences.forEach((s, i) => {
      const clause = `${s} ${sentences[i + 1] ?? ""}`;
      if (full.test(clause)) assert.equal(gate.scanShared(clause).flags[0], 1, `${p.slice(0, 60)} matches ${JSON.stringify(clause.slice(0, 120))} but was gated off`);
    });
  }
  assert.ok(gated > 40, `most context patterns have prefixes (${gated})`);
});
