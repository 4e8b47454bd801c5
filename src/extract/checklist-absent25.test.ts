// Probe: 6 of 11 rows failed on the starting code (c82b038); none of them a guard.
// A checklist read off the "nothing close" misses of the odd-numbered tuning sets (session 25, eval/extract/absent.ts):
// a second happening told in its own sentence at its own place came out as nothing, because no cue read how it was told.
//   - armed sites told as hit, with no weapon named ("Positions around X were also hit on Sunday", "rebel bases were
//     struck"): a strike from afar at that place, Explosions/Remote violence (tune17p; the wording recurs in strike
//     round-ups). Guards: positions "hit hard by desertions" and a firm's "sales targets were hit" are no strike; a
//     position hit by a car bomb stays the bomb's event.
//   - a crowd that attacks or stones a court, a town hall or a governor's office ("a similar crowd attacked the tribunal
//     building in X later that night"): a violent demonstration at that place (tune31). Guards: protesters who
//     "attacked the government's plan" in speeches stay a peaceful protest; critics who attacked a court ruling did nothing.
// The sentences are invented. PUBLISHED is Wednesday 11 October 2023; the rows run with the learned keep-check off.
import { test } from "node:test";
import { check, RIOTERS } from "./checklist-testing.js";

const REMOTE = ["Shelling/artillery/missile attack", "Air/drone strike"];

test("armed sites told as hit are struck from afar at their place", () => {
  check([
    ["Turkish warplanes struck villages near Tal Rifaat on Sunday, killing three people, a monitor said. Positions around Manbij were also hit on Sunday, with four fighters killed there.",
      { sub: "Air/drone strike", loc: /^Tal Rifaat$/, date: "2023-10-08", fat: 3 },
      { sub: REMOTE, loc: /^Manbij$/, date: "2023-10-08", fat: 4 }],
    ["Rebel bases near Mopti were struck on Tuesday, the army said.",
      { sub: REMOTE, loc: /^Mopti$/, date: "2023-10-10" }],
    ["Militant hideouts near Bannu were targeted on Monday, the military said.",
      { sub: REMOTE, loc: /^Bannu$/, date: "2023-10-09" }],
    // guard: hit hard by desertions is no strike
    ["Rebel positions near Goma have been hit hard by desertions, the army said on Monday."],
    // guard: a firm's sales targets are no armed site
    ["Sales targets were hit in Lagos on Monday, the firm said."],
    // guard: a position hit by a car bomb stays the bomb's event
    ["Army positions near Gao were hit by a car bomb on Tuesday, killing four soldiers.",
      { sub: "Remote explosive/landmine/IED", loc: /^Gao$/, date: "2023-10-10", fat: 4 }],
  ], false);
});

test("a crowd that attacks a court, a town hall or a governor's office riots there", () => {
  check([
    ["Protesters set fire to the electoral office in Oruro on Monday. Hours later, another crowd attacked the courthouse in Cochabamba.",
      { sub: "Violent demonstration", loc: /^Oruro$/, date: "2023-10-09" },
      { sub: "Violent demonstration", loc: /^Cochabamba$/, date: "2023-10-09", a1: RIOTERS("Bolivia") }],
    ["Protesters stoned the town hall in Tarija on Monday, police said.",
      { sub: "Violent demonstration", loc: /^Tarija$/, date: "2023-10-09", a1: RIOTERS("Bolivia") }],
    ["Angry youths attacked the governor's office in Bauchi on Monday, police said.",
      { sub: "Violent demonstration", loc: /^Bauchi$/, date: "2023-10-09", a1: RIOTERS("Nigeria") }],
    // guard: an attack in words on a plan stays a peaceful protest
    ["Protesters attacked the government's plan in speeches in Tarija on Monday.",
      { sub: "Peaceful protest", loc: /^Tarija$/, date: "2023-10-09" }],
    // guard: critics who attacked a court ruling did nothing
    ["Critics attacked the court ruling in Tarija on Monday."],
  ], false);
});
