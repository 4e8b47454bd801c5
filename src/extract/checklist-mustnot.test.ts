// A behavioural checklist for things a careful ACLED coder would NOT code (the must_not rules of the tuning
// sets): a lead told only at the dateline while the next sentences name the towns hit, a history paragraph's follow-up sentence with no day of its own, a period tally ("in the quarter"),
// a speaker's city taken as the scene of the next paragraph, and a city naming an office that warns.
// Each text also carries the real event, which must be kept. The sentences are invented for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "./index.js";
import { PUBLISHED } from "./checklist-testing.js";

const run = (text: string) => extractArticle({ id: "mn", published: PUBLISHED, outlet: "Desk Wire", text }).events;
const show = (text: string) => run(text).map((e) => `${e.event_date} ${e.sub_event_type} @ ${e.location}`).join(" ;; ") || "none";

/** Each row: the report, the places (by name) where an event must come out, the places where none may. */
type Row = [text: string, want: string[], never: string[]];
function rows(list: Row[]): void {
  const failed: string[] = [];
  for (const [text, want, never] of list) {
    const places = run(text).map((e) => e.location);
    const ok = want.every((w) => places.includes(w)) && !places.some((p) => never.includes(p));
    if (!ok) failed.push(`${text}\n    want at ${want.join(", ") || "-"}, never at ${never.join(", ")}\n    got  ${show(text)}`);
  }
  assert.deepEqual(failed, [], `${failed.length} of ${list.length} rows:\n  ${failed.join("\n  ")}`);
}

test("a history paragraph goes on without a day of its own: its next sentence is background too", () => {
  rows([
    // Cause: the follow-up sentence took the report's own day (Sunday) instead of the old one before it.
    ["KISUMU — Police shot dead two protesters in Kisumu on Sunday, witnesses said.\n\nThe city was the scene of a bombing in March 2017 that targeted a bus station. Three gunmen stormed the terminal at dawn and shot passengers.", ["Kisumu"], []],
    ["LAHORE — A court in Lahore on Monday jailed an opposition leader for seven years.\n\nHe was first detained in June last year, sparking riots in which his supporters burned a police station in Multan. Hundreds were arrested and dozens of officers were injured in Multan.", [], ["Multan"]],
    // Guard: a recent day in the history sentence keeps its follow-up.
    ["GAO — Rebels attacked an army post near Gao on Sunday, the army said.\n\nThe post was shelled on Saturday as well. Gunmen also torched two trucks nearby.", ["Gao"], []],
  ]);
});

test("a tally over a period is no specific incident", () => {
  rows([
    ["PORT-AU-PRINCE — Gang violence killed at least 900 people in Haiti between April and June, a UN report said on Monday. At least 150 people were kidnapped in the quarter, it said.", [], ["Port-au-Prince"]],
    ["JUBA — At least 300 civilians were abducted in South Sudan so far this year, a monitor said on Sunday.", [], ["Juba"]],
    // Guard: a kidnapping with its day is still one.
    ["PORT-AU-PRINCE — Gunmen kidnapped 12 passengers from a bus in Port-au-Prince on Sunday, police said.", ["Port-au-Prince"], []],
  ]);
});

test("the city where speakers sit is no scene for the next paragraph", () => {
  rows([
    ["Soldiers and militiamen killed dozens of villagers in and around the town of Solenzo on Monday, witnesses said. Community leaders in Bobo-Dioulasso put the toll at more than 100.\n\nRelatives said the militia went from house to house after the army repelled an attack by jihadists on the town on Monday morning.", ["Solenzo"], ["Bobo-Dioulasso"]],
    ["Gunmen killed 14 farmers near the town of Mangu on Sunday, residents said. Church leaders in Jos estimated the toll at 20.\n\nSurvivors said the attackers burned dozens of homes in the town.", ["Mangu"], ["Jos"]],
  ]);
});

test("a city naming an office that warns is no scene", () => {
  rows([
    ["GONDAR — A mob killed 12 people at a funeral in Gondar on Tuesday, officials said.\n\nThe killings prompted protests on Thursday in several towns, and the Addis Ababa police warned they would not tolerate revenge attacks.", ["Gondar"], ["Addis Ababa"]],
  ]);
});

test("a lead placed only by the dateline takes the towns the next sentences name; a lead at a site stays at the dateline", () => {
  rows([
    ["YEREVAN — Armenia said Azerbaijani forces shelled towns and positions inside its territory overnight, killing 15 soldiers. Azerbaijan said it was responding to provocations.\n\nThe defence ministry said artillery and drones hit positions near the towns of Sisian and Kapan shortly after midnight on Tuesday.", ["Sisian"], ["Yerevan"]],
    // Guards: a lead at a site of its own, and a separate attack elsewhere, leave the lead at the dateline.
    ["KABUL — A suicide bomber killed 20 people at a mosque on Friday, police said. In a separate attack, a roadside bomb killed two soldiers in Kandahar.", ["Kabul", "Kandahār"], []],
  ]);
});

test("a North Sinai town under its news spelling is the scene, not the provincial capital named as a landmark", () => {
  rows([
    ["CAIRO — Gunmen attacked a checkpoint in the town of Bir al-Abed, west of the provincial capital el-Arish, on Sunday, killing four policemen, officials said.", ["Bir al-Abed"], ["Arish", "Cairo"]],
  ]);
});

test("protests told as spread over towns the report does not name are no event at the last town named", () => {
  const text = "GONDAR — A mob killed 12 people at a funeral in Gondar on Tuesday, officials said.\n\nThe killings prompted protests on Thursday in several towns, residents said.";
  const events = run(text);
  assert.ok(events.some((e) => e.location === "Gondar"), show(text));
  assert.ok(!events.some((e) => e.event_type === "Protests"), show(text));
});
