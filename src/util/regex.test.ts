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
