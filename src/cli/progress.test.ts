import { test } from "node:test";
import assert from "node:assert/strict";
import { Progress } from "./progress.js";

const sink = (isTTY: boolean) => {
  const out: string[] = [];
  return { out, stream: { isTTY, columns: 100, write: (s: string) => void out.push(s) } };
};

test("not a terminal: a plain line every N items with rate and ETA, and one at the end", () => {
  let t = 0;
  const { out, stream } = sink(false);
  const p = new Progress("extract", { total: 250, every: 100, stream, now: () => t, unit: "articles" });
  for (let i = 0; i < 250; i++) {
    t += 10; // 100 items a second
    p.tick();
  }
  p.done();
  assert.deepEqual(out, [
    "extract: 100/250 articles (40%), 100/s, ETA 0:01\n",
    "extract: 200/250 articles (80%), 100/s, ETA 0:00\n",
    "extract: 250/250 articles (100%), 100/s, ETA 0:00 (done)\n",
  ]);
});

test("on a terminal: a bar redrawn in place (at most every 100 ms), finished with a newline", () => {
  let t = 0;
  const { out, stream } = sink(true);
  const p = new Progress("ingest", { total: 1000, stream, now: () => t });
  for (let i = 0; i < 1000; i++) {
    t += 1;
    p.tick();
  }
  p.done();
  assert.ok(out.length >= 10 && out.length <= 12, `${out.length} redraws`);
  assert.ok(out.every((s) => s.startsWith("\r\x1b[2K[")));
  assert.match(out.at(-1)!, /\[#+\] ingest: 1000\/1000 \(100%\), 1000\/s, ETA 0:00\n$/);
});

test("unknown total: count, rate and elapsed time", () => {
  let t = 0;
  const { out, stream } = sink(false);
  const p = new Progress("ingest", { every: 2, stream, now: () => t });
  t = 2000;
  p.tick(3);
  assert.deepEqual(out, ["ingest: 3, 1.50/s, 0:02 elapsed\n"]);
});

test("not a terminal, fewer items than one step: silent", () => {
  const { out, stream } = sink(false);
  const p = new Progress("ingest", { every: 1000, stream });
  p.tick(33);
  p.done();
  assert.deepEqual(out, []);
});
