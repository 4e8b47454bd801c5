// `sitrep gazetteer missing`: the names reports say are places that the gazetteer cannot find, so a
// desk knows which villages to add. Texts and village names invented for the tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { missingPlaceMentions, MissingPlaceTally } from "./missing.js";
import { runCli, tempDir } from "../../test/helpers.js";

const names = (text: string) => missingPlaceMentions(text).map((m) => `${m.name}:${m.cue}`);

test("a village the text calls a village, and the gazetteer lacks, is listed with how the text says so", () => {
  assert.deepEqual(names("Gunmen killed six farmers in the village of Sitrepkala, north of Maiduguri, on Sunday."), ["Sitrepkala:place noun"]);
  assert.deepEqual(names("Troops shelled Sitrepkala village and Dorobeya on Monday."), ["Sitrepkala:place noun"]);
  assert.deepEqual(names("Rebels took Dorobeya, a market town on the road to Goma, on Friday."), ["Dorobeya:apposition"]);
  assert.deepEqual(names("SITREPKALA, Niger — Gunmen attacked a market on Friday."), ["SITREPKALA:dateline"]);
  assert.deepEqual(names("Fighting was reported near Dorobeya overnight."), ["Dorobeya:preposition"]);
});

test("where the report itself places a missing village, that point is suggested; a namesake abroad is not", () => {
  const [m] = missingPlaceMentions("MAIDUGURI, Nigeria — Gunmen killed six farmers in Sitrepkala, about 20 km west of Maiduguri, on Sunday.");
  assert.equal(m?.name, "Sitrepkala");
  assert.equal(m?.suggested?.from, "about 20 km west of Maiduguri");
  assert.ok(Math.abs(m!.suggested!.lat - 11.85) < 0.1 && Math.abs(m!.suggested!.lon - 12.97) < 0.1, JSON.stringify(m?.suggested));
  assert.equal(missingPlaceMentions("Gunmen killed six farmers in Sitrepkala on Sunday.")[0]?.suggested, undefined);
  assert.equal(missingPlaceMentions("Rebels took Sitrepkala, east of Nigeria, on Sunday.")[0]?.suggested, undefined); // a country is no anchor
});

test("known places, peoples, people's titles and other things' names are not listed", () => {
  assert.deepEqual(names("Gunmen killed six farmers in the village of Hama on Sunday."), []); // known
  assert.deepEqual(names("The Syrian town of Sitrepkala was shelled."), ["Sitrepkala:place noun"]); // not "Syrian"
  assert.deepEqual(names("Students marched outside Sitrepkala University."), []);
  assert.deepEqual(names("Fighters of the Islamic State West Africa Province attacked a base."), []);
  assert.deepEqual(names("Houthi-held areas were struck overnight."), []);
  assert.deepEqual(names("Clashes erupted in Congo's Sitrepkala district."), ["Sitrepkala:place noun"]);
});

test("a corpus tally counts reports and strong mentions, and names the reports' country", () => {
  const t = new MissingPlaceTally();
  t.add("a", "MAIDUGURI, Nigeria — Gunmen killed six farmers in the village of Sitrepkala on Sunday, police said. Sitrepkala lies in Borno state.");
  t.add("b", "Troops shelled Sitrepkala village in Nigeria's north-east on Monday.");
  t.add("c", "Fighting was reported near Dorobeya in Niger overnight.");
  const [first, ...rest] = t.list(1);
  assert.equal(first?.name, "Sitrepkala");
  assert.equal(first?.reports, 2);
  assert.equal(first?.strong, 2);
  assert.deepEqual(first?.countries, [{ code: "NG", reports: 2 }]);
  assert.match(first!.example.snippet, /village of Sitrepkala/);
  assert.deepEqual(rest, []); // Dorobeya has only a preposition: hidden at --min-strong 1
  assert.deepEqual(t.list(0).map((p) => p.name), ["Sitrepkala", "Dorobeya"]);
});

test("`sitrep gazetteer missing` reads report files and prints the list; a bad input is reported and skipped", () => {
  const { dir, cleanup } = tempDir();
  try {
    writeFileSync(join(dir, "a.txt"), "MAIDUGURI, Nigeria — Gunmen killed six farmers in the village of Sitrepkala on Sunday, police said.\n");
    writeFileSync(join(dir, "b.jsonl"), JSON.stringify({ id: "b1", text: "Troops shelled Sitrepkala village on Monday.", published: "2024-03-04" }) + "\n{not json\n");
    const r = runCli(["gazetteer", "missing", dir, "--json"]);
    assert.equal(r.code, 1, r.stderr); // one bad JSONL line
    assert.match(r.stderr, /SITREP_E_/);
    const rows = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { name: string; reports: number });
    assert.deepEqual(rows.map((x) => [x.name, x.reports]), [["Sitrepkala", 2]]);
    const table = runCli(["gazetteer", "missing", join(dir, "a.txt")]);
    assert.equal(table.code, 0, table.stderr);
    assert.match(table.stdout, /^reports\tmentions\tstrong\tcountries\tname\tsuggested\texample\n1\t1\t1\tNG:1\tSitrepkala\t-\t/);
    assert.equal(runCli(["gazetteer", "missing"]).code, 2);
  } finally {
    cleanup();
  }
});

/** Runs `fn` with a gazetteer store of its own (a temp dir), so the user's ~/.sitrep is never touched. */
function withOwnStore(fn: (dir: string, env: Record<string, string>) => void): void {
  const { dir, cleanup } = tempDir();
  try {
    fn(dir, { SITREP_GAZETTEER_USER: join(dir, "user.tsv"), SITREP_GAZETTEER_STORE: join(dir, "user.db") });
  } finally {
    cleanup();
  }
}

test("a village `missing` lists, added with `gazetteer add`, is no longer missing and places the event told there", () => {
  withOwnStore((dir, env) => {
    const text = "MAIDUGURI, Nigeria — Gunmen killed six farmers in the village of Sitrepkala on Sunday, police said.";
    writeFileSync(join(dir, "a.txt"), text + "\n");
    assert.match(runCli(["gazetteer", "missing", join(dir, "a.txt")], { env }).stdout, /\tSitrepkala\t/);
    const add = runCli(["gazetteer", "add", "Sitrepkala", "--country", "NG", "--lat", "12.32", "--lon", "13.71", "--alias", "Sitrep Kala"], { env });
    assert.equal(add.code, 0, add.stderr);
    assert.match(add.stdout, /1 place added; the store holds 1/);
    // Adding it again replaces it.
    assert.match(runCli(["gazetteer", "add", "Sitrepkala", "--country", "NG", "--lat", "12.33", "--lon", "13.71"], { env }).stdout, /the store holds 1/);
    assert.doesNotMatch(runCli(["gazetteer", "missing", join(dir, "a.txt")], { env }).stdout, /Sitrepkala/);
    // --tsv writes what `add --file` reads: suggested points filled in, the rest commented out.
    writeFileSync(join(dir, "b.txt"), "MAIDUGURI, Nigeria — Gunmen raided Dorokala, about 20 km west of Maiduguri, and the village of Sitrepbiu on Monday.\n");
    const tsv = runCli(["gazetteer", "missing", join(dir, "b.txt"), "--tsv"], { env });
    assert.equal(tsv.code, 0, tsv.stderr);
    assert.match(tsv.stdout, /^Dorokala\tNG\t11\.\d+\t12\.\d+\t/m);
    assert.match(tsv.stdout, /^# Sitrepbiu\tNG\t/m);
    writeFileSync(join(dir, "add.tsv"), tsv.stdout);
    assert.match(runCli(["gazetteer", "add", "--file", join(dir, "add.tsv")], { env }).stdout, /1 place added; the store holds 2/);
    const out = runCli(["extract", "--jsonl"], { env, input: JSON.stringify({ id: "a", text, published: "2024-03-12" }) + "\n" });
    const events = (JSON.parse(out.stdout) as { events: { location: string; latitude: number; admin1: string }[] }).events;
    assert.equal(events[0]?.location, "Sitrepkala", out.stdout);
    assert.equal(events[0]?.latitude, 12.33);
    assert.notEqual(events[0]?.admin1, ""); // from the nearest known town
  });
});

test("`gazetteer add` refuses a place it cannot place, with a code and what to fix", () => {
  withOwnStore((dir, env) => {
    const unknown = runCli(["gazetteer", "add", "Sitrepkala", "--country", "XQ", "--lat", "12", "--lon", "13"], { env });
    assert.notEqual(unknown.code, 0);
    assert.match(unknown.stderr, /SITREP_E_GAZETTEER.*unknown country code "XQ"/);
    assert.match(runCli(["gazetteer", "add", "Sitrepkala", "--country", "NG", "--lat", "north", "--lon", "13"], { env }).stderr, /SITREP_E_BAD_ARGUMENT.*--lat/);
    writeFileSync(join(dir, "v.tsv"), "name\tcountry\tlat\tlon\n# villages from the missing list\nDorobeya\tNE\t13.5\t2.1\nKourfa\tNE\tabc\t2.2\n");
    const file = runCli(["gazetteer", "add", "--file", join(dir, "v.tsv")], { env });
    assert.notEqual(file.code, 0);
    assert.match(file.stderr, /SITREP_E_GAZETTEER.*v\.tsv:4/);
    writeFileSync(join(dir, "v.tsv"), "name\tcountry\tlat\tlon\taliases\n# villages from the missing list\nDorobeya\tNE\t13.5\t2.1\tDoro Beya\nKourfa\tNE\t13.6\t2.2\n");
    assert.match(runCli(["gazetteer", "add", "--file", join(dir, "v.tsv")], { env }).stdout, /2 places added; the store holds 2/);
  });
});
