import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { findSources, sourceCount } from "./sources.js";
import { countries } from "./actors.js";
import { tokenize } from "./phrase-trie.js";

const KINDS = ["monitor", "un", "ngo", "government", "military", "armed_group", "outlet", "official", "witness", "medical", "unnamed"];
const data = JSON.parse(readFileSync(new URL("../../data/sources.json", import.meta.url), "utf8")) as {
  sources: { name: string; aliases: string[]; kind: string; country: string; party: boolean }[];
  templates: { body: string; heads: string[]; kind: string }[];
};
const found = (text: string, country?: string) => findSources(text, { country }).map((s) => s.name);

test("every named source is well-formed and no alias names two sources", () => {
  assert.ok(sourceCount() >= 100, `only ${sourceCount()} named sources`);
  const owner = new Map<string, string>();
  for (const s of data.sources) {
    assert.ok(KINDS.includes(s.kind), `${s.name}: kind ${s.kind}`);
    assert.ok(s.country === "" || countries().has(s.country), `${s.name}: country ${s.country}`);
    assert.equal(typeof s.party, "boolean", `${s.name}: party`);
    for (const p of new Set([s.name, ...s.aliases])) {
      const k = tokenize(p).key.join(" ");
      const prev = owner.get(k);
      assert.ok(!prev || prev === s.name, `"${p}" names both ${prev} and ${s.name}`);
      owner.set(k, s.name);
    }
  }
  for (const t of data.templates) assert.ok(KINDS.includes(t.kind), `${t.body}: kind ${t.kind}`);
});

test("a monitor is found by name, acronym and description", () => {
  const [m] = findSources("the Syrian Observatory for Human Rights said on Thursday");
  assert.equal(m?.name, "Syrian Observatory for Human Rights");
  assert.equal(m?.kind, "monitor");
  assert.equal(m?.party, false);
  assert.equal(m?.text, "Syrian Observatory for Human Rights");
  assert.deepEqual(found("SOHR reported"), ["Syrian Observatory for Human Rights"]);
  assert.deepEqual(found("the Britain-based war monitor said"), ["Syrian Observatory for Human Rights"]);
});

test("ministries take the canonical '{Demonym} Defense Ministry' form, in the spelling the text uses", () => {
  const [m] = findSources("Syria's defence ministry said");
  assert.equal(m?.name, "Syrian Defence Ministry");
  assert.equal(m?.kind, "military");
  assert.equal(m?.party, true);
  assert.equal(m?.text, "Syria's defence ministry");
  assert.deepEqual(found("the Syrian Defense Ministry said"), ["Syrian Defense Ministry"]);
  assert.deepEqual(found("Russia’s Ministry of Defence claimed"), ["Russian Defence Ministry"]);
  assert.deepEqual(found("the Ministry of Defense of Ukraine"), ["Ukrainian Defense Ministry"]);
  assert.deepEqual(found("Sudanese health ministry officials"), ["Sudanese Health Ministry"]);
});

test("a bare ministry takes the story's country, else stays unqualified", () => {
  assert.deepEqual(found("the defence ministry said", "RU"), ["Russian Defence Ministry"]);
  assert.deepEqual(found("the defense ministry said"), ["Defense Ministry"]);
  assert.deepEqual(found("the Houthi-run health ministry said", "YE"), ["Yemeni Health Ministry"]);
});

test("a region's own ministry or secretariat is named after the region, not the story's country", () => {
  assert.deepEqual(found("Westland's information ministry said 12 fighters died.", "KE"), ["Westland Information Ministry"]);
  assert.deepEqual(found("The Zacatlan public security secretariat said gunmen attacked a patrol.", "MX"), ["Zacatlan Public Security Secretariat"]);
  // a capitalised word opening the sentence is no region
  assert.deepEqual(found("Health ministry figures show 40 people were treated.", "KE"), ["Kenyan Health Ministry"]);
});

test("named bodies beat templates on the same words", () => {
  assert.deepEqual(found("Gaza's Hamas-run Health Ministry said", "PS"), ["Gaza Health Ministry"]);
});

test("unnamed sources count only next to a speech cue", () => {
  assert.deepEqual(found("witnesses said the shelling lasted hours"), ["witnesses"]);
  assert.deepEqual(found("according to residents, the town fell"), ["residents"]);
  assert.deepEqual(found("residents fled the town"), []);
});

test("outlets and UN bodies", () => {
  const s = findSources("Reuters and AFP cited the UN refugee agency and OCHA");
  assert.deepEqual(s.map((x) => `${x.name}/${x.kind}`), ["Reuters/outlet", "Agence France-Presse/outlet", "UNHCR/un", "OCHA/un"]);
});

test("actors can be returned as party sources", () => {
  const s = findSources("Hayat Tahrir al-Sham said it took the prison", { actors: true });
  assert.equal(s[0]?.name, "Hayat Tahrir al-Sham");
  assert.equal(s[0]?.kind, "armed_group");
  assert.equal(s[0]?.party, true);
  assert.deepEqual(findSources("Hayat Tahrir al-Sham said"), []);
});

test("the seed report's named sources are found", { skip: !existsSync(new URL("../../../shared/corpus/seed/nbc-hama-2024-12-05.txt", import.meta.url)) }, () => {
  const text = readFileSync(new URL("../../../shared/corpus/seed/nbc-hama-2024-12-05.txt", import.meta.url), "utf8");
  const names = new Set(findSources(text, { country: "SY" }).map((s) => s.name));
  assert.ok(names.has("Syrian Defense Ministry"), [...names].join("; "));
  assert.ok(names.has("Syrian Observatory for Human Rights"), [...names].join("; "));
});

test("weak heads without a country need a speech cue", () => {
  assert.deepEqual(found("protests against quotas in government jobs"), []);
  assert.deepEqual(found("the presidency had earlier said"), ["Presidency"]);
  assert.deepEqual(found("the presidency had earlier said", "NE"), ["Nigerien Presidency"]);
  assert.deepEqual(found("the Israeli government approved the plan"), ["Israeli Government"]);
});

test("source scales: named sources by their own scale or kind and country, informants none", async () => {
  const { scaleOfSource, joinScales } = await import("./sources.js");
  assert.equal(scaleOfSource("Reuters", "outlet"), "International");
  assert.equal(scaleOfSource("Premium Times", "outlet"), "National");
  assert.equal(scaleOfSource("Al Arabiya", "outlet"), "Regional");
  assert.equal(scaleOfSource("Syrian Defense Ministry", "government", "SY"), "National");
  assert.equal(scaleOfSource("United Nations"), "International");
  assert.equal(scaleOfSource("witnesses", "witness"), undefined);
  assert.equal(scaleOfSource("Some Desk", "outlet"), undefined);
  assert.equal(joinScales(["International", undefined, "National", "National"]), "National-International");
  assert.equal(joinScales([]), "");
});

test("the Red Cross is cited under its full name", () => {
  assert.deepEqual(found("according to the Red Cross"), ["International Committee of the Red Cross"]);
  assert.deepEqual(found("the ICRC said"), ["International Committee of the Red Cross"]);
});

test("national news agencies and UN missions are known by name", () => {
  assert.deepEqual(found("the Press Trust of India reported"), ["Press Trust of India"]);
  assert.deepEqual(found("the UN Assistance Mission for Iraq said"), ["UNAMI"]);
  // short acronyms that are also words ("MAP", "Petra") are read only with 'news agency'
  assert.deepEqual(found("a map of Petra"), []);
});
