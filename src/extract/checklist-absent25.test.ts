// Probe: 10 of 17 rows failed on the starting code (c82b038); none of them a guard.
// A checklist read off the "nothing close" misses of the odd-numbered tuning sets (session 25, eval/extract/absent.ts):
// a second happening told in its own sentence at its own place came out as nothing, because no cue read how it was told.
//   - armed sites told as hit, with no weapon named ("Positions around X were also hit on Sunday", "rebel bases were
//     struck"): a strike from afar at that place, Explosions/Remote violence (tune17p). Guards: positions "hit hard
//     by desertions" and a firm's "sales targets were hit" are no strike; a position hit by a car bomb stays the bomb's event.
//   - a crowd that attacks or stones a court, a town hall or a governor's office ("a similar crowd attacked the tribunal
//     building in X later that night"): a violent demonstration at that place (tune31). Guards: protesters who
//     "attacked the government's plan" in speeches stay a peaceful protest; critics who attacked a court ruling did nothing.
//   - a sequel past a long report's opening whose sentence opens on its time ("A few hours after ...", "Two hours later",
//     "That same afternoon") or on a place next to the last ("In the same region, ...") is its own happening, which the
//     learned keep-check never drops (it had held such sequels: tune11p, tune25).
// The sentences are invented. PUBLISHED is Wednesday 11 October 2023; the first two tests run with the learned keep-check
// off, the third reads the check's gate.
import { test } from "node:test";
import assert from "node:assert/strict";
import { check, PUBLISHED, RIOTERS } from "./checklist-testing.js";
import { extractCandidates } from "./index.js";

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

// Rows on the learned check's gate (keep.ts toldAsOwnHappening): the event at `loc` is told as a happening of its own,
// which the check never drops, when its sentence opens on its time ("A few hours after ...", "That same day, ...") or on
// a place next to the last ("In the same district, ..."); in a long report the check had dropped such sequels (tune11p,
// tune25). Guards: a sequel that sounds like a plan stays judged (it builds no event at all); an opening on "the same"
// thing that is no place ("In the same statement, ...") is no place. Four sentences of filler put each sequel past the
// report's opening, where the check judges events not told apart (keep.ts toldApart).
const own = (text: string, loc: RegExp): boolean | undefined =>
  extractCandidates({ id: "checklist", text, published: PUBLISHED }).candidates.find((c) => loc.test(c.event.location))?.own;

test("a sequel that opens on its time or on a place next to the last is told as its own happening", () => {
  const rows: [text: string, loc: RegExp, own: boolean][] = [
    ["Government forces retook Ataq on Monday, officials said. The region has been contested for years. Aid groups say thousands have fled. Roads in the area are often closed. Officials gave no further details. A few hours after the troops rolled into the town, an armed drone hit one of their positions near Nisab, killing three soldiers, an officer said.", /^Nisab$/, true],
    ["Gunmen killed six villagers near Torodi on Tuesday, a local official said. The region has been contested for years. Aid groups say thousands have fled. Roads in the area are often closed. Officials gave no further details. Two hours later, gunmen on motorcycles raided the village of Makalondi and kidnapped its chief, according to an activist.", /^Makalondi$/, true],
    ["Troops clashed with militants near Kidal on Monday, the army said. The region has been contested for years. Aid groups say thousands have fled. Roads in the area are often closed. Officials gave no further details. In the same region, rebels said they had ambushed an army convoy near Anefis, losing two fighters.", /^Anefis$/, true],
    ["Police fired tear gas at protesters in Goma on Monday, witnesses said. The region has been contested for years. Aid groups say thousands have fled. Roads in the area are often closed. Officials gave no further details. That same afternoon, soldiers detained three opposition leaders at their homes in Bukavu, their lawyers said.", /^Bukavu$/, true],
    // guard: a sequel that sounds like a plan stays judged
    ["Troops clashed with militants near Kidal on Monday, the army said. The region has been contested for years. Aid groups say thousands have fled. Roads in the area are often closed. Officials gave no further details. A few hours later, rebels said they would attack an army convoy near Anefis.", /^Anefis$/, false],
    // guard: "in the same statement" is no place
    ["Troops clashed with militants near Kidal on Monday, the army said. The region has been contested for years. Aid groups say thousands have fled. Roads in the area are often closed. Officials gave no further details. In the same statement, the army said soldiers had arrested two suspects in Gao.", /^Gao$/, false],
  ];
  // (no event at all counts as not spared: the guard that sounds like a plan builds none)
  assert.deepEqual(rows.map(([t, loc, want]) => [t, want, own(t, loc) ?? false]).filter(([, want, got]) => want !== got), []);
});
