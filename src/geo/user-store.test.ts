import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { findPlaces, importGeonamesDump, resolvePlace } from "./index.js";
import { searchPlaces } from "./search.js";
import { candidates } from "./mentions.js";
import { gazetteer, resetGazetteer } from "./gazetteer.js";
import { KeyFilter } from "./key-filter.js";
import { StoreWriter } from "./user-store.js";
import { placeToLine } from "./rows.js";
import { SitrepError } from "../errors.js";

// Invented places in GeoNames' 19-column format: id, name, ascii, alternates, lat, lon, class, code, country, cc2, admin1..4, population.
const geo = (id: number, name: string, alts: string, lat: number, lon: number, fclass: string, fcode: string, cc: string, a1: string, pop: number) =>
  [id, name, name, alts, lat, lon, fclass, fcode, cc, "", a1, "", "", "", pop, "", "", "Etc/UTC", "2025-01-01"].join("\t");

const DUMP = [
  geo(98100001, "Sitrepville", "Sytrepville,Sitrepvil", 35.3, 36.6, "P", "PPL", "SY", "10", 4000),
  geo(98100002, "Khan Sitrepoun", "", 35.6, 36.7, "P", "PPL", "SY", "10", 900),
  geo(98100003, "Fixtoria City", "", 7.1, 124.2, "P", "PPL", "PH", "", 1200),
  // Shares names with shipped entries (a town and a country): its rows must rank where an in-memory row would.
  geo(98100004, "Hama", "", 14.1, -4.2, "P", "PPL", "ML", "", 50),
  geo(98100005, "Mali", "", 40.1, -75.1, "P", "PPL", "US", "", 30),
  geo(98100006, "Sitrepburg", "", 12.0, 1.5, "P", "PPLA", "BF", "", 20000),
  geo(98100007, "Wadi Sitrep", "", 35.0, 36.0, "H", "WAD", "SY", "10", 0), // feature code not kept
].join("\n") + "\n";

const TEXT = "Gunmen attacked Sitrepville and Sytrepville on Monday, 20 km north of Fixtoria. Shelling hit Khan Sitrepun " +
  "near Hama, residents said. In Mali, troops left Sitrepburg.";
const NAMES = ["Sitrepville", "Sitrepvil", "Khan Sitrepun", "Fixtoria", "Fixtoria City", "Hama", "Mali", "Sitrepburg", "Wadi Sitrep"];
const QUERIES = ["Sitrep", "Sitrepv", "Hama", "Mali", "Fixtoria", "Khan Sitrepun", "Ha"];

function answers() {
  return {
    places: findPlaces(TEXT),
    resolved: NAMES.map((n) => resolvePlace(n, { text: TEXT })),
    bare: NAMES.map((n) => resolvePlace(n)),
    candidates: NAMES.map((n) => candidates(n).rows),
    search: QUERIES.map((q) => searchPlaces(q, { limit: 30 })),
  };
}

/** Runs fn with the user TSV and store paths pointed at `tsv` and `db`, reloading the gazetteer around it. */
async function withPaths<T>(tsv: string, db: string, fn: () => Promise<T> | T): Promise<T> {
  const prev = [process.env.SITREP_GAZETTEER_USER, process.env.SITREP_GAZETTEER_STORE];
  process.env.SITREP_GAZETTEER_USER = tsv;
  process.env.SITREP_GAZETTEER_STORE = db;
  resetGazetteer();
  try {
    return await fn();
  } finally {
    resetGazetteer();
    const restore = (k: string, v: string | undefined) => (v === undefined ? delete process.env[k] : (process.env[k] = v));
    restore("SITREP_GAZETTEER_USER", prev[0]);
    restore("SITREP_GAZETTEER_STORE", prev[1]);
  }
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), "sitrep-gzstore-"));
}

test("rows in the store give the answers the same rows give in memory (findPlaces, resolvePlace, searchPlaces)", async () => {
  const dir = tmp();
  try {
    writeFileSync(join(dir, "dump.txt"), DUMP);
    const db = join(dir, "user.db");
    const fromStore = await withPaths(join(dir, "none.tsv"), db, async () => {
      const before = answers();
      const res = await importGeonamesDump(join(dir, "dump.txt"));
      assert.equal(res.places, 6);
      const after = answers();
      assert.notDeepEqual(after, before, "the import changes answers");
      return after;
    });
    // The same rows as a user TSV, read into the in-memory maps.
    const lines = new Database(db, { readonly: true }).prepare("SELECT line FROM places ORDER BY pk").pluck().all() as string[];
    writeFileSync(join(dir, "user.tsv"), lines.join("\n") + "\n");
    const inMemory = await withPaths(join(dir, "user.tsv"), join(dir, "none.db"), () => {
      assert.equal(gazetteer().store, null);
      return answers();
    });
    assert.deepEqual(fromStore, inMemory);
    // And the answers are the invented places, not only equal.
    assert.equal(fromStore.resolved[0]?.geonameid, 98100001);
    assert.equal(fromStore.resolved[0]?.admin1, "Hama");
    assert.equal(fromStore.bare[1]?.geonameid, 98100001); // alternatenames column
    assert.equal(fromStore.bare[2]?.geonameid, 98100002); // loose key
    assert.equal(fromStore.bare[3]?.geonameid, 98100003); // "X City" found as "X"
    assert.equal(fromStore.bare[8], null); // H.WAD not kept
    assert.ok(fromStore.places.some((p) => p.name === "Sitrepville"));
    assert.ok(fromStore.search[0]!.some((c) => c.geonameid === 98100006 && c.match === "prefix"));
    assert.ok(fromStore.candidates[5]!.some((r) => r.id === 98100004), "a stored Hama is a candidate beside the shipped ones");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("re-importing replaces rows by id; another country's file accumulates", async () => {
  const dir = tmp();
  try {
    // In a directory that does not exist yet (as ~/.sitrep before the first import).
    await withPaths(join(dir, "none.tsv"), join(dir, "not-yet", "user.db"), async () => {
      writeFileSync(join(dir, "a.txt"), geo(98200001, "Oldnamiyah", "", 35.1, 36.1, "P", "PPL", "SY", "10", 10) + "\n");
      writeFileSync(join(dir, "a2.txt"), geo(98200001, "Newnamiyah", "", 35.1, 36.1, "P", "PPL", "SY", "10", 10) + "\n");
      writeFileSync(join(dir, "b.txt"), geo(98200002, "Otherplacebourg", "", 12.2, 1.1, "P", "PPL", "BF", "", 10) + "\n");
      assert.equal((await importGeonamesDump(join(dir, "a.txt"))).stored, 1);
      assert.equal((await importGeonamesDump(join(dir, "a.txt"))).stored, 1, "same ids again: no new rows");
      assert.equal(resolvePlace("Oldnamiyah")?.geonameid, 98200001);
      assert.equal((await importGeonamesDump(join(dir, "a2.txt"))).stored, 1);
      assert.equal(resolvePlace("Oldnamiyah"), null, "the replaced row's old name is gone");
      assert.equal(resolvePlace("Newnamiyah")?.geonameid, 98200001);
      assert.equal((await importGeonamesDump(join(dir, "b.txt"))).stored, 2);
      assert.equal(resolvePlace("Newnamiyah")?.geonameid, 98200001);
      assert.equal(resolvePlace("Otherplacebourg")?.geonameid, 98200002);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("an import stopped midway keeps the batches it stored (searchable after the next import); a bad line keeps the rows before it", async () => {
  const dir = tmp();
  try {
    const db = join(dir, "user.db");
    await withPaths(join(dir, "none.tsv"), db, async () => {
      writeFileSync(join(dir, "first.txt"), geo(98300003, "Earlierville", "", 35.3, 36.3, "P", "PPL", "SY", "10", 5) + "\n");
      await importGeonamesDump(join(dir, "first.txt"));
      // Committed rows, then no finish() (as when the process is killed): the rows are stored, their
      // names wait unindexed; a reader says so, still finds what earlier imports stored, and the next
      // import indexes the waiting names first.
      const w = new StoreWriter(db);
      w.putRows([{ id: 98300001, name: "Crashiyah", country: "SY", a1: "10", a2: "", fcode: "PPL", pop: 5, lat: 35, lon: 36, kind: "place", aliases: [] }]);
      w.close();
      const warn = console.warn;
      const warned: string[] = [];
      console.warn = (m: string) => warned.push(m);
      try {
        assert.equal(resolvePlace("Earlierville")?.geonameid, 98300003);
      } finally {
        console.warn = warn;
      }
      assert.match(warned.join(), /did not finish/);
      writeFileSync(join(dir, "bad.txt"), geo(98300002, "Goodlineville", "", 35.2, 36.2, "P", "PPL", "SY", "10", 5) + "\nnot a geonames line\n");
      await assert.rejects(importGeonamesDump(join(dir, "bad.txt")), (e: SitrepError) => e.code === "SITREP_E_GAZETTEER" && e.where === `${join(dir, "bad.txt")}:2`);
      assert.equal(resolvePlace("Goodlineville")?.geonameid, 98300002);
      assert.equal(resolvePlace("Crashiyah")?.geonameid, 98300001);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a user TSV from before the store moves into it at the next import", async () => {
  const dir = tmp();
  try {
    const tsv = join(dir, "user.tsv");
    writeFileSync(tsv, "# old import\n" + placeToLine({ id: 98400001, name: "Tsvtown", country: "SY", a1: "10", a2: "", fcode: "PPL", pop: 5, lat: 35, lon: 36, kind: "place", aliases: ["Tsvtun"] }) + "\n");
    await withPaths(tsv, join(dir, "user.db"), async () => {
      assert.equal(resolvePlace("Tsvtown")?.geonameid, 98400001, "read from the TSV before any import");
      writeFileSync(join(dir, "b.txt"), geo(98400002, "Dumptown", "", 12.2, 1.1, "P", "PPL", "BF", "", 10) + "\n");
      const res = await importGeonamesDump(join(dir, "b.txt"));
      assert.equal(res.migrated, 1);
      assert.equal(res.stored, 2);
      assert.ok(!existsSync(tsv) && existsSync(`${tsv}.migrated`));
      assert.equal(gazetteer().store?.places, 2);
      assert.equal(resolvePlace("Tsvtun")?.geonameid, 98400001);
      assert.equal(resolvePlace("Dumptown")?.geonameid, 98400002);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a foreign or corrupt store file is a SITREP_E_GAZETTEER error, at lookup and at import", async () => {
  const dir = tmp();
  try {
    const isGazError = (e: unknown) => e instanceof SitrepError && e.code === "SITREP_E_GAZETTEER" && /not a usable sitrep gazetteer store/.test(e.message);
    writeFileSync(join(dir, "junk.db"), "this is not a database, just invented text ".repeat(200));
    const other = new Database(join(dir, "other.db"));
    other.exec("CREATE TABLE t (x)");
    other.close();
    writeFileSync(join(dir, "a.txt"), geo(98500001, "Neverstored", "", 35.1, 36.1, "P", "PPL", "SY", "10", 10) + "\n");
    for (const f of ["junk.db", "other.db"]) {
      await withPaths(join(dir, "none.tsv"), join(dir, f), async () => {
        assert.throws(() => resolvePlace("Hama"), isGazError);
        assert.throws(() => findPlaces("Clashes in Hama."), isGazError);
        const before = readFileSync(join(dir, f));
        await assert.rejects(importGeonamesDump(join(dir, "a.txt")), isGazError);
        assert.deepEqual(readFileSync(join(dir, f)), before, "left as it was");
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("key filter: every added key is found; few absent keys pass", () => {
  const f = KeyFilter.sized(50_000);
  for (let i = 0; i < 50_000; i++) f.add((i % 2) as 0 | 1, `kafr ${i} sitrep`);
  for (let i = 0; i < 50_000; i++) assert.ok(f.has((i % 2) as 0 | 1, `kafr ${i} sitrep`));
  let pass = 0;
  for (let i = 0; i < 100_000; i++) if (f.has(0, `tall ${i} fixture`)) pass++;
  assert.ok(pass / 100_000 < 0.01, `false positive rate ${pass / 100_000}`);
  // The kinds are hashed apart.
  let cross = 0;
  for (let i = 0; i < 50_000; i += 2) if (f.has(1, `kafr ${i} sitrep`)) cross++;
  assert.ok(cross / 25_000 < 0.01);
  const back = KeyFilter.fromBuffer(Buffer.from(f.toBuffer()))!;
  assert.ok(back.has(0, "kafr 0 sitrep"));
  assert.equal(KeyFilter.fromBuffer(Buffer.from("not a filter at all")), null);
});
