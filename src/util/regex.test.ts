import { test } from "node:test";
import assert from "node:assert/strict";
import { allMatches } from "./regex.js";

const same = (re: RegExp, text: string) => {
  const want = [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => ({ at: m.index, all: [...m], groups: m.groups }));
  const got = allMatches(re, text).map((m) => ({ at: m.index, all: [...m], groups: m.groups }));
  assert.deepEqual(got, want);
};

test("allMatches gives what matchAll gives: indexes, groups, named groups", () => {
  same(/\b(?<n>\d+) (killed|wounded)\b/gi, "Officials said 3 killed and 12 Wounded, 4 killed later.");
  same(/x/g, "no hit here");
});

test("allMatches steps over empty matches, by code point under /u", () => {
  same(/a*/g, "baaac");
  same(/(?:)/gu, "a😀b");
  same(/\p{Lu}*/gu, "𝐀x😀Y");
});

test("allMatches starts at lastIndex and leaves it as it was, like matchAll", () => {
  const re = /\d/g;
  re.lastIndex = 3;
  assert.deepEqual(allMatches(re, "1234").map((m) => m[0]), ["4"]);
  assert.equal(re.lastIndex, 3);
  re.lastIndex = 0;
  assert.deepEqual(allMatches(re, "1234").map((m) => m[0]), ["1", "2", "3", "4"]);
  assert.equal(re.lastIndex, 0);
});

test("allMatches refuses a regex that is not global, as matchAll does", () => {
  assert.throws(() => allMatches(/a/, "a"), TypeError);
});

import fc from "fast-check";
import { containsAnyRegex, literalStrings } from "./regex.js";

test("literalStrings expands literal alternations, optional characters and character sets; anything else is null", () => {
  assert.deepEqual(literalStrings("deaths?|hospitali[sz]ed"), ["death", "deaths", "hospitalised", "hospitalized"]);
  assert.deepEqual(literalStrings("(?:shot|gunned) (?:dead|down)"), ["shot dead", "shot down", "gunned dead", "gunned down"]);
  assert.deepEqual(literalStrings("(no )?toll"), ["toll", "no toll"]);
  for (const p of ["\\bkilled", "a\\sb", "(?=x)y", "a+", "a{2}", "[a-z]", "x.y", "^dead", "(?<n>x)"]) assert.equal(literalStrings(p), null, p);
});

test("containsAnyRegex finds a match exactly where the pattern does (yes/no), as a trie of the fewest strings", () => {
  const pattern = "claimed the lives of|killed|killing|kills|deaths?|dead|lives|toll|hospitali[sz]ed|(?:alive|to death)|bodies|dies";
  const trie = containsAnyRegex(pattern, "i");
  // "bodies" holds "dies" and "claimed the lives of" holds "lives": neither is a branch of its own.
  assert.doesNotMatch(trie.source, /bodies|claimed/);
  const plain = new RegExp(pattern, "i");
  for (const t of ["SKILLED workers", "the Toll rose", "no one", "Bodies were found", "he was beaten TO DEATH", "Dea th", "hospitaliZed"]) assert.equal(trie.test(t), plain.test(t), t);
  const words = ["kill", "killed", "lives", "dea", "death", "toll", "bodies", "dies", "alive", "to", "hospitalized", "é", "İ", "K"];
  const token = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...words).map((w) => w.toUpperCase()), fc.constantFrom(" ", "", "-", "s"), fc.string({ maxLength: 3 }));
  fc.assert(fc.property(fc.array(token, { maxLength: 12 }), (parts) => assert.equal(trie.test(parts.join("")), plain.test(parts.join("")))), { numRuns: 3000 });
});

test("containsAnyRegex keeps the pattern itself when it is not a set of literal strings, or when a string is not ASCII", () => {
  assert.equal(containsAnyRegex("\\bdead\\b|killed", "i").source, "\\bdead\\b|killed");
  assert.equal(containsAnyRegex("muertos|tués", "i").source, "muertos|tués");
});

test("containsAnyRegex without the i flag matches case as the pattern does", () => {
  const gate = containsAnyRegex("Kill(?:ed|s)|dies", "");
  assert.equal(gate.test("they Killed two"), true);
  assert.equal(gate.test("they killed two"), false);
  assert.equal(gate.test("he dies"), true);
});

import { wordTrieAlternation } from "./regex.js";

test("wordTrieAlternation matches what the longest-first alternation matches, groups and backtracking alike", () => {
  const words = ["a", "an", "a few", "a few dozen", "a couple", "a couple of", "few", "five", "fifteen", "fifty", "tens", "tens of", "tens of thousands", "ten", "dozen", "dozens of", "both"];
  const alt = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+")).join("|");
  assert.equal(wordTrieAlternation(["five", "fifty", "fifteen"]), "(?:fi(?:ve|ft(?:y|een)))");
  // Inside a larger pattern the shorter words are tried after the longer ones fail what follows ("tens of" then "tens").
  const wrap = (w: string) => new RegExp(String.raw`\b(?:at least\s+)?(${w})\s+(people|of\s+\w+|killed)\b`, "gi");
  const plain = wrap(alt);
  const trie = wrap(wordTrieAlternation(words));
  const show = (re: RegExp, t: string) => JSON.stringify([...t.matchAll(re)].map((m) => [m.index, m[0], m[1], m[2]]));
  for (const t of ["tens of people killed", "A  few dozen people", "a couple of killed", "tens of thousands of protesters", "fifteen killed, fifty people", "AN people"]) assert.equal(show(trie, t), show(plain, t), t);
  const token = fc.constantFrom(...words, "people", "of", "killed", "at least", " ", "  ", ",", "thousands", "TENS", "Few");
  fc.assert(fc.property(fc.array(token, { maxLength: 10 }), (parts) => {
    const t = parts.join(" ");
    assert.equal(show(trie, t), show(plain, t));
  }), { numRuns: 3000 });
  assert.throws(() => wordTrieAlternation(["a.b"]), /SITREP_E_INTERNAL/);
});

import { containsAnyTest, topAlternatives } from "./regex.js";

test("topAlternatives reads a pattern's top-level alternatives, through one group around it; null when unsafe", () => {
  assert.deepEqual(topAlternatives("a|b(?:c|d)|[|]e"), ["a", "b(?:c|d)", "[|]e"]);
  assert.deepEqual(topAlternatives("(?:killed|neutrali[sz](?:ed|ing)(?!\\s+bombs?\\b)|toll)"), ["killed", "neutrali[sz](?:ed|ing)(?!\\s+bombs?\\b)", "toll"]);
  assert.deepEqual(topAlternatives("(dead|died)"), ["dead", "died"]);
  assert.deepEqual(topAlternatives("(a)|(b)"), ["(a)", "(b)"]);
  assert.deepEqual(topAlternatives("(a)(b|c)"), ["(a)(b|c)"]);
  assert.deepEqual(topAlternatives("(?!x)y|z"), ["(?!x)y", "z"]);
  assert.deepEqual(topAlternatives("a\\|b|c"), ["a\\|b", "c"]);
  assert.equal(topAlternatives("(a)\\1|b"), null);
  assert.equal(topAlternatives("(a|b"), null);
  assert.equal(topAlternatives("a)|b"), null);
});

test("containsAnyTest answers as the whole pattern's test does, its literal alternatives as a trie", () => {
  const pattern = "(?:claimed the lives of|killed|kills|deaths?|dead|shot dead|neutrali[sz](?:ed|ing)(?!\\s+(?:[\\w-]+\\s+){0,3}?(?:bombs?|mines?)\\b)|hospitali[sz]ed|\\bleft\\b|toll)";
  const plain = new RegExp(pattern, "i");
  const fast = containsAnyTest(pattern, "i");
  for (const t of ["troops NEUTRALISED two bombs", "troops neutralised two gunmen", "neutralizing the old mines", "the left flank", "leftover", "Deaths rose", "no one", "TOLL"]) assert.equal(fast(t), plain.test(t), t);
  const words = ["neutralised", "neutralizing", "bombs", "the", "mines", "gunmen", "kill", "killed", "dea", "death", "left", "toll", "shot", "é", "K"];
  const token = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...words).map((w) => w.toUpperCase()), fc.constantFrom(" ", "", "-", "s", "  "), fc.string({ maxLength: 3 }));
  fc.assert(fc.property(fc.array(token, { maxLength: 14 }), (parts) => assert.equal(fast(parts.join("")), plain.test(parts.join("")))), { numRuns: 4000 });
  // a pattern all literal, or with nothing literal, or a backreference: the whole pattern, as before
  for (const p of ["killed|dead", "\\bdead\\b|\\d+ killed", "(a)\\1|b"]) {
    const f = containsAnyTest(p, "i");
    for (const t of ["they killed", "DEAD", "5 killed", "aa", "b", "none"]) assert.equal(f(t), new RegExp(p, "i").test(t), `${p} on ${t}`);
  }
});
