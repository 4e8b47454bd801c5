import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  actorByName,
  actorCount,
  allActors,
  baseName,
  countries,
  findActors,
  findGenericActors,
  genericActor,
  stateForce,
  type ActorEntry,
} from "./actors.js";
import { tokenize } from "./phrase-trie.js";

const names = (text: string, date?: string) => findActors(text, { date }).map((m) => m.actor.name);
const periodOf = (a: ActorEntry) => [String(a.from ?? "0000"), a.to == null ? "9999" : String(a.to)] as const;
const overlaps = (a: ActorEntry, b: ActorEntry) => {
  const [af, at] = periodOf(a);
  const [bf, bt] = periodOf(b);
  return af < bt && bf < at;
};

test("the registry holds at least 320 actors and state forces for 60+ countries", () => {
  assert.ok(actorCount() >= 320, `only ${actorCount()} actors`);
  const mil = new Set(allActors().filter((a) => a.kind === "military" && a.name.startsWith("Military Forces of")).map((a) => a.country));
  const pol = new Set(allActors().filter((a) => a.kind === "police" && a.name.startsWith("Police Forces of")).map((a) => a.country));
  assert.ok(mil.size >= 60, `military forces for ${mil.size} countries`);
  assert.ok(pol.size >= 60, `police forces for ${pol.size} countries`);
});

test("every registry entry is well-formed", () => {
  const codes = countries();
  const allNames = new Set(allActors().map((a) => a.name));
  const seen = new Set<string>();
  for (const a of allActors()) {
    assert.ok(a.name.trim(), "empty name");
    assert.ok(!seen.has(a.name), `duplicate name ${a.name}`);
    seen.add(a.name);
    assert.ok(Array.isArray(a.aliases) && a.aliases.every((x) => typeof x === "string" && x.trim()), `${a.name}: bad aliases`);
    assert.ok(Number.isInteger(a.inter) && a.inter >= 1 && a.inter <= 8, `${a.name}: inter ${a.inter}`);
    assert.ok(a.country === "" || codes.has(a.country), `${a.name}: unknown country "${a.country}"`);
    assert.ok(a.kind, `${a.name}: no kind`);
    for (const d of [a.from, a.to]) if (d != null) assert.match(String(d), /^\d{4}(-\d{2}(-\d{2})?)?$/, `${a.name}: bad date ${d}`);
    if (a.from != null && a.to != null) assert.ok(String(a.from) < String(a.to), `${a.name}: from ${a.from} is not before to ${a.to}`);
    if (a.parent) assert.ok(allNames.has(a.parent), `${a.name}: parent "${a.parent}" is not in the registry`);
  }
});

test("no alias names two different actors at the same time (year variants may share)", () => {
  const byKey = new Map<string, ActorEntry[]>();
  for (const a of allActors()) {
    for (const p of new Set([a.name, baseName(a.name), ...a.aliases])) {
      const k = tokenize(p).key.join(" ");
      const list = byKey.get(k) ?? [];
      if (!list.includes(a)) list.push(a);
      byKey.set(k, list);
    }
  }
  const clashes: string[] = [];
  for (const [k, list] of byKey) {
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++)
        if (list[i]!.name !== list[j]!.name && overlaps(list[i]!, list[j]!)) clashes.push(`"${k}": ${list[i]!.name} / ${list[j]!.name}`);
  }
  assert.deepEqual(clashes, []);
});

test("no alias is a bare generic role word", () => {
  const generic = JSON.parse(readFileSync(new URL("../../data/actors/generic.json", import.meta.url), "utf8")) as {
    words: Record<string, { alone: string[]; after_country: string[] }>;
  };
  const words = new Set(Object.values(generic.words).flatMap((w) => [...w.alone, ...w.after_country]).map((w) => tokenize(w).key.join(" ")));
  const bad = allActors().flatMap((a) => a.aliases.filter((x) => words.has(tokenize(x).key.join(" "))).map((x) => `${a.name}: ${x}`));
  assert.deepEqual(bad, []);
});

test("finds named actors by name, acronym and spelling variant", () => {
  assert.deepEqual(names("Fighters from HTS entered the city."), ["Hayat Tahrir al-Sham"]);
  assert.deepEqual(names("Hayat Tahrir al-Sham said on Thursday"), ["Hayat Tahrir al-Sham"]);
  assert.deepEqual(names("the RSF shelled El Fasher"), ["Rapid Support Forces"]);
  assert.deepEqual(names("al-Shabaab and Al Shabaab and al Shabaab"), ["Al Shabaab", "Al Shabaab", "Al Shabaab"]);
  assert.deepEqual(names("Houthi rebels fired a missile"), ["Ansar Allah"]);
  const m = findActors("Houthi rebels fired a missile")[0]!;
  assert.equal(m.text, "Houthi rebels");
  assert.equal(m.start, 0);
});

test("possessives and hyphenated compounds keep the actor", () => {
  assert.deepEqual(names("HTS's commander and Hamas' fighters"), ["Hayat Tahrir al-Sham", "Hamas"]);
  assert.deepEqual(names("HTS-led forces advanced"), ["Hayat Tahrir al-Sham"]);
});

test("the longest name wins", () => {
  assert.deepEqual(names("SPLA-IO fighters attacked"), ["SPLM/A-IO: Sudan People's Liberation Movement/Army (In Opposition)"]);
  assert.deepEqual(names("the Islamic State West Africa Province claimed"), ["Islamic State West Africa Province"]);
});

test("acronyms match case-sensitively and not inside shouted headlines", () => {
  assert.deepEqual(names("this is what they let happen"), []);
  assert.deepEqual(names("IS fighters and LeT militants"), ["Islamic State", "Lashkar-e-Taiba"]);
  assert.deepEqual(names("THE WAR IS OVER"), []);
  assert.deepEqual(names("the hts and rsf"), []);
});

test("the year variant valid at the event date is chosen", () => {
  assert.deepEqual(names("Military Forces of Syria", "2024-12-01"), ["Military Forces of Syria (2000-2024)"]);
  assert.deepEqual(names("Military Forces of Syria", "2025-01-15"), ["Military Forces of Syria (2024-)"]);
  assert.deepEqual(names("the Syrian Arab Army", "2024-11-30"), ["Military Forces of Syria (2000-2024)"]);
  assert.deepEqual(names("the Tatmadaw", "2023-05-01"), ["Military Forces of Myanmar (2021-)"]);
  assert.deepEqual(names("the Taliban", "2019-01-01"), ["Taliban"]);
  assert.deepEqual(names("the Taliban", "2023-01-01"), ["Military Forces of Afghanistan (2021-)"]);
  assert.equal(actorByName("SAF", "2024-05-01")?.name, "Military Forces of Sudan (2019-)");
  assert.equal(actorByName("Military Forces of Ukraine", "2018-01-01")?.name, "Military Forces of Ukraine (2014-2019)");
});

test("a group named without its branch takes the branch of the story's country", () => {
  assert.deepEqual(findActors("Islamic State fighters", { country: "NG" }).map((m) => m.actor.name), ["Islamic State West Africa Province"]);
  assert.deepEqual(findActors("Islamic State fighters").map((m) => m.actor.name), ["Islamic State"]);
});

test("stateForce uses the registry at the date, else ACLED's template", () => {
  assert.deepEqual(stateForce("SY", "military", "2024-12-01"), { name: "Military Forces of Syria (2000-2024)", inter: 1 });
  assert.deepEqual(stateForce("SY", "military", "2025-01-15"), { name: "Military Forces of Syria (2024-)", inter: 1 });
  assert.equal(stateForce("KE", "police", "2024-06-25").name, "Police Forces of Kenya (2022-)");
  assert.equal(stateForce("US", "military", "2024-01-01").name, "Military Forces of the United States (2021-2025)");
  assert.equal(stateForce("NL", "military").name, "Military Forces of the Netherlands");
  assert.equal(stateForce("IS", "police").name, "Police Forces of Iceland");
  // A report whose country is unknown (or not in data/countries.json) still names its forces, without a country.
  assert.deepEqual(stateForce("", "military"), { name: "Military Forces", inter: 1 });
  assert.deepEqual(stateForce("XX", "police"), { name: "Police Forces", inter: 1 });
  assert.deepEqual(genericActor("protesters", ""), { name: "Protesters", inter: 6 });
});

test("genericActor builds ACLED's generic names", () => {
  assert.deepEqual(genericActor("protesters", "KE"), { name: "Protesters (Kenya)", inter: 6 });
  assert.deepEqual(genericActor("rioters", "HT"), { name: "Rioters (Haiti)", inter: 5 });
  assert.deepEqual(genericActor("civilians", "NG"), { name: "Civilians (Nigeria)", inter: 7 });
  assert.deepEqual(genericActor("unidentified", "SD"), { name: "Unidentified Armed Group (Sudan)", inter: 3 });
});

test("generic role words carry the country when one qualifies them", () => {
  const g = (s: string) => findGenericActors(s).map((m) => `${m.kind}:${m.country ?? "-"}:${m.text}`);
  assert.deepEqual(g("Sudan's army said"), ["military:SD:Sudan's army"]);
  assert.deepEqual(g("the Syrian army and Russian troops"), ["military:SY:Syrian army", "military:RU:Russian troops"]);
  assert.deepEqual(g("U.S. troops and Israeli forces"), ["military:US:U.S. troops", "military:IL:Israeli forces"]);
  assert.deepEqual(g("police fired tear gas at protesters"), ["police:-:police", "protesters:-:protesters"]);
  assert.deepEqual(g("Kenyan protesters"), ["protesters:KE:Kenyan protesters"]);
  assert.deepEqual(g("gunmen killed villagers"), ["unidentified:-:gunmen", "civilians:-:villagers"]);
});

test("generic words inside a registry name, after pro-/anti-, or without a country are not generic", () => {
  assert.deepEqual(findGenericActors("the Syrian National Army attacked"), []);
  assert.deepEqual(findGenericActors("pro-Russian forces"), []);
  assert.deepEqual(findGenericActors("forces advanced"), []);
  assert.deepEqual(findGenericActors("they told us soldiers came").map((m) => m.country ?? "-"), ["-"]);
});

test("a role word used as a modifier is not an actor", () => {
  assert.deepEqual(findGenericActors("as U.S. military aid remains stalled"), []);
  assert.deepEqual(findGenericActors("Niger's presidential guard detained him").map((m) => `${m.kind}:${m.country}`), ["military:NE"]);
});

test("associated groups are named the ACLED way, only for the generic actors they can qualify", async () => {
  const { associatedGroups } = await import("./actors.js");
  assert.deepEqual(associatedGroups("gunmen abducted dozens of students", "civilians", "NG"), ["Students (Nigeria)"]);
  assert.deepEqual(associatedGroups("thousands of women marched", "protesters", "US"), ["Women (United States)"]);
  assert.deepEqual(associatedGroups("killing 10 people, including women and children", "civilians", "NG"), []);
  assert.deepEqual(associatedGroups("two aid workers were killed, medics said", "civilians", "SD"), ["Aid Workers (Sudan)"]);
});

test("descriptions reporters use for a real group resolve to it", () => {
  assert.deepEqual(names("Turkish-backed Syrian factions took the town", "2024-12-09"), ["Syrian National Army"]);
  assert.deepEqual(findGenericActors("Afghan security forces took over the base").map((g) => [g.kind, g.country]), [["military", "AF"]]);
  assert.deepEqual(findGenericActors("a man in a police uniform").map((g) => g.kind), []);
});
