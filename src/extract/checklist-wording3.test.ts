// A checklist for wordings a retelling of tuning set 3 (set 3p, session 14) used where the original's passed:
// a toll given as a floor by "no fewer than" / "no less than" / "not less than" (its "no" read as a negation that
// dropped the killing, and the qualifier unread so the figure was lost), "upwards of" / "in excess of" as floors,
// a base "assaulted" (only "attacked" was read before a base or a post),
// and interceptions told as drones or missiles "brought down" / "knocked down" (only "shot down", "downed",
// "intercepted" were read). The sentences are invented for this test.
//
// Probe (session 14, against main at 8fddce2): 11 of 21 rows failed before (the other 10 are regression guards);
// 0 still fail.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "./index.js";

const PUBLISHED = "2023-10-11";
const events = (text: string) => extractArticle({ id: "w3", text, published: PUBLISHED }).events;

/** Each row: the text, the sub-type of the one event expected, and its toll (undefined: not checked). */
function rows(list: [text: string, sub: string, dead?: number][]): void {
  const failed: string[] = [];
  for (const [text, sub, dead] of list) {
    const got = events(text);
    const e = got.find((g) => g.sub_event_type === sub);
    if (!e || (dead !== undefined && e.fatalities !== dead)) {
      failed.push(`${text}\n    want ${sub} | ${dead ?? "-"}\n    got  ${got.map((g) => `${g.sub_event_type} | ${g.fatalities}`).join(" ;; ") || "no event"}`);
    }
  }
  assert.equal(failed.length, 0, `${failed.length} of ${list.length} rows failed:\n${failed.join("\n")}`);
}

test("a toll given as a floor by 'no fewer than' and its kin is a toll, not a negation", () => {
  rows([
    ["No fewer than 40 villagers were gunned down on Monday when bandits attacked a village in Kauran Namoda district of Zamfara State, police said.", "Attack", 40],
    ["No less than 12 farmers were killed on Monday when gunmen attacked their village in Guma area of Benue State, officials said.", "Attack", 12],
    ["Not less than 9 worshippers were shot dead on Monday when gunmen stormed a mosque in Gusau, Zamfara State, residents said.", "Attack", 9],
    ["Gunmen killed no fewer than 15 traders on Monday at a market in Guma area of Benue State, police said.", "Attack", 15],
    ["Upwards of 30 people were killed on Monday when gunmen attacked a village in Bokkos area of Plateau State, residents said.", "Attack", 30],
    ["Bandits killed in excess of 20 villagers on Monday in Kauran Namoda district of Zamfara State, residents said.", "Attack", 20],
    // guards: the plain floor still reads, and "no one was killed" stays no toll
    ["At least 18 villagers were killed on Monday when gunmen attacked a village in Guma area of Benue State, officials said.", "Attack", 18],
    ["Gunmen attacked a village in Guma area of Benue State on Monday, burning homes, but no one was killed, police said.", "Attack", 0],
  ]);
});

test("drones or missiles 'brought down' or 'knocked down' are an interception", () => {
  rows([
    ["KYIV — Russia fired 30 Shahed drones at Ukraine overnight, and 28 were brought down over the Kyiv region, the air force said.", "Disrupted weapons use"],
    ["KYIV — Ukrainian air defences brought down 14 Russian drones over Kyiv overnight, the air force said.", "Disrupted weapons use"],
    ["KYIV — Air defence units knocked down six cruise missiles over Kyiv on Tuesday, the military administration said.", "Disrupted weapons use"],
    ["KYIV — Two Russian missiles were knocked down over Kyiv on Tuesday, the military administration said.", "Disrupted weapons use"],
    ["KYIV — Eleven drones were destroyed in mid-air over Kyiv on Tuesday, the military administration said.", "Disrupted weapons use"],
    // guard: the usual wording still reads
    ["KYIV — Ukrainian air defences shot down 14 Russian drones over Kyiv overnight, the air force said.", "Disrupted weapons use"],
  ]);
});

test("militants who 'assaulted' a base fought its garrison", () => {
  rows([
    ["One soldier and two contractors were killed before dawn on Monday when al-Shabaab militants assaulted a military base at Kiunga, in Lamu county, officials said.", "Armed clash", 3],
    ["Gunmen assaulted an army camp at Kiunga in Lamu county on Monday, the military said.", "Armed clash"],
    ["Militants assaulted an army base in Lamu county on Monday, killing three soldiers, the military said.", "Armed clash", 3],
    // guard: the usual verb still reads
    ["Militants attacked an army base in Lamu county on Monday, killing three soldiers, the military said.", "Armed clash", 3],
  ]);
});

test("a building or an aircraft 'brought down' by an attack is no interception", () => {
  for (const text of [
    "KYIV — A Russian missile struck an apartment block in Kyiv on Tuesday and the building was brought down, killing two people, officials said.",
    "KYIV — A powerful blast on Tuesday brought down part of a road bridge near Kherson, officials said.",
    "KYIV — A police helicopter was brought down by a drone attack near Kherson on Tuesday, killing five officers, officials said.",
  ]) {
    const subs = events(text).map((e) => e.sub_event_type);
    assert.ok(!subs.includes("Disrupted weapons use"), `${text}\n  got ${subs.join(", ")}`);
  }
});
