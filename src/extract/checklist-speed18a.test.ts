// A checklist of guards for the mentions stage's speed work (session 18, speed18a): the cue scan walks a trie of the
// rules' prefixes from each word start and keeps its offsets in buffers reused from one sentence to the next; a
// sentence (or clause) holding no cue skips the clause framing; the fatality figures' gate is a trie of its words cut
// to those holding no other ("bodies" is found by "dies"); a question is looked for only in a sentence with a "?".
// None of these may change what is extracted (the golden output stays byte-identical), so every row is a guard: the
// behaviours those shortcuts sit on, several wordings each. The sentences are invented for this test.
// Probe: 0 of 14 rows failed on the starting code (0645bfc): guards only, as a speed change must leave them.
import { test } from "node:test";
import { check, none } from "./checklist-testing.js";

test("a question tells no event, whatever its cue (guard)", () => {
  none([
    "Who attacked the police station in Kano on Sunday?",
    "Will the rebels attack Goma again? Residents fear so, but on Sunday the town was calm.",
    "Did soldiers fire on the crowd in Bamako on Friday? The army has not said.",
  ]);
});

test("a cue in a later clause of its sentence is read there (guard)", () => {
  check([
    ["Officials met in Abuja on Monday; gunmen killed four farmers in Gusau on Sunday, police said.", { sub: "Attack", loc: /^Gusau$/, fat: 4 }],
    ["Troops clashed with militants near Gao on Tuesday, and seven militants were killed, the army said.", { sub: "Armed clash", loc: /^Gao$/, fat: 7 }],
  ]);
});

test("a toll told by the words the figures' gate looks for is read (guard)", () => {
  check([
    ["Police recovered the bodies of seven villagers in Gwoza on Sunday after gunmen stormed the village, officials said.", { sub: "Attack", loc: /^Gwoza$/, fat: 7 }],
    ["A roadside bomb left three soldiers dead near Kidal on Sunday, the army said.", { sub: "Remote explosive/landmine/IED", fat: 3 }],
    ["Gunmen attacked a bus near Kidal on Sunday, killing nine passengers, officials said.", { sub: "Attack", fat: 9 }],
    ["Gunmen attacked a market in Gusau on Sunday. The death toll from the attack rose to 12 on Monday, police said.", { sub: "Attack", loc: /^Gusau$/, fat: 12 }],
  ]);
});

test("a word that only holds a gate word counts no one (guard)", () => {
  check([
    ["Skilled workers protested in Lagos on Monday over unpaid wages.", { sub: "Peaceful protest", loc: /^Lagos$/, fat: 0 }],
    ["Hundreds of traders protested in Kano on Tuesday against new market levies, organisers said.", { sub: "Peaceful protest", loc: /^Kano$/, fat: 0 }],
  ]);
});

test("cues written in capitals are found (guard)", () => {
  check([
    ["GUNMEN KILLED five farmers in Gusau on Sunday, police said.", { sub: "Attack", loc: /^Gusau$/, fat: 5 }],
    ["Thousands of PROTESTERS marched through Lagos on Monday against fuel prices, organisers said.", { sub: "Peaceful protest", loc: /^Lagos$/ }],
    ["An air strike hit a rebel base near Kidal on Saturday, the army said.", { sub: "Air/drone strike" }],
  ]);
});
