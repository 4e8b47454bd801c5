// A third checklist for misses read off the long reports (over 2,400 characters) of tune11, tune12, tune13 and
// tune16, whose causes hold for any report:
// - "Gang members stormed several neighbourhoods of X on Sunday, shooting residents ... in an attack that killed at
//   least 12 people": the "that" of a relative clause whose antecedent is the actor's own deed ("in an attack that",
//   "during a raid which") does not make someone else the killer (src/extract/mentions.ts OWN_DEED_THAT); before,
//   the lead of such a report made no event at all, since "that" between the actor and the killing cue was read as
//   "a bomb that killed six" (someone else's deed);
// - "..., officials said, in a rice-growing region north of the capital": an area told by its bearing from the
//   capital, after a town named earlier in the sentence, describes where that town lies; the capital is no scene
//   (src/extract/places.ts AREA_BEARING_BEFORE); with no town named before it, "the capital" still stands;
// - a regression guard: "police detained a man suspected of planting a bomb that killed six" still gives police no
//   killing.
// Rows left todo (causes read in the long reports, not fixed in this round):
// - a follow-up that says it was "the first time since the start of the hostilities that ..." is read as background;
// - "In X, a customs post ... came under fire at about the same time": a second town told after a sentence-initial
//   "In X," keeps the lead's town.
// The reports are invented for this test; each is 4-8 sentences in several paragraphs.
// Probe (against main at b1e1774): 4 of 10 rows failed before (the two leads whose killing is told "in an attack
// that killed", one of them also placed at the capital by "a region north of the capital", and the two todo rows);
// the other 6 are regression guards; 2 still fail (the todo rows).
// Long reports read (tune11, tune12, tune13, tune16; npm run eval --verbose and scripts/explain.ts): the other
// misses were mostly scenes the gazetteer lacks (Diboli, Kfar Melki, Cowsweyne, Bannang Sata), a lead dated by the
// day of the statement ("said on Sunday that its troops had regained control" after a Saturday push), a clash told
// with an IED in the same sentence read as the IED only, and state-of-emergency decrees (coded by the gold in some
// reports and forbidden in others, so left alone).
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "./index.js";
import { PUBLISHED } from "./checklist-testing.js";

// PUBLISHED is Wednesday 11 October 2023: Tuesday is the 10th, Monday the 9th, Sunday the 8th.
const eventsOf = (text: string) => extractArticle({ id: "checklist", text, published: PUBLISHED }).events;
const brief = (text: string) => eventsOf(text).map((e) => `${e.sub_event_type} @ ${e.location} ${e.event_date} by ${e.actor1}`);

function expectAll(rows: [string, RegExp[]][]): void {
  const bad: string[] = [];
  for (const [text, wants] of rows) {
    const got = brief(text);
    for (const want of wants) if (!got.some((g) => want.test(g))) bad.push(`${want} in\n${text}\n  got ${JSON.stringify(got)}`);
  }
  assert.deepEqual(bad, []);
}

test("'in an attack that killed N': the actor's own deed, the lead of a long report", () => {
  expectAll([
    [
      "PORT-AU-PRINCE, Haiti — By a staff reporter\n\nGang members stormed several neighbourhoods of Saint-Marc on Sunday, shooting residents and setting homes on fire in an attack that killed at least 12 people, local officials said.\n\nResidents said the attackers arrived before dawn and went from house to house. A local official said about 30 houses had burned.\n\nThe region has seen a rise in gang violence over the past two years, and thousands have fled to the capital.",
      [/^Attack @ Saint-Marc 2023-10-08 by Unidentified Armed Group \(Haiti\)/],
    ],
    [
      "MAIDUGURI, Nigeria — By a correspondent\n\nGunmen raided the village of Konduga on Monday in an assault that killed nine farmers, residents said.\n\nThe attackers came on motorcycles and fired at people working in their fields. Survivors fled to the town of Bama.\n\nThe army said troops had been sent to the area. No group claimed the attack.",
      [/^Attack @ Konduga 2023-10-09 by Unidentified Armed Group \(Nigeria\)/],
    ],
    [
      "KADUNA, Nigeria — By a staff reporter\n\nBandits stormed a market in Birnin Gwari on Tuesday during a raid which left 14 traders dead, a local official said.\n\nWitnesses said the bandits arrived in the afternoon and opened fire on stalls. Several shops were looted.\n\nThe state government has deployed more soldiers to the area this year. Officials said the search for missing people was continuing.",
      [/@ Birnin Gwari 2023-10-10 by Unidentified Armed Group \(Nigeria\)/],
    ],
  ]);
});

test("a charge still makes someone else the killer (regression guard)", () => {
  const rows = [
    "KANO, Nigeria — By a correspondent\n\nPolice detained a man in Kano on Tuesday suspected of planting a bomb that killed six people at a bus station last month, a spokesman said.\n\nThe man was arrested at his home after a tip-off. He will be charged in court this week.\n\nThe bombing in September was the deadliest in the city for years.",
  ];
  for (const text of rows) {
    const got = brief(text);
    assert.ok(got.some((g) => /^Arrests @ Kano/.test(g)), JSON.stringify(got));
    assert.ok(!got.some((g) => /^Attack .* by Police/.test(g)), JSON.stringify(got));
  }
});

test("'in a region north of the capital' after a named town: the town is the scene, not the capital", () => {
  expectAll([
    [
      "NAIROBI, Kenya — By a correspondent\n\nBandits raided Marigat on Monday in an attack that killed six herders, local officials said, in a semi-arid region north of the capital that has seen a rise in cattle raids.\n\nThe attackers drove away hundreds of cattle and goats. Police said officers had been sent after them.\n\nThe area has suffered repeated raids this year, and schools have closed.",
      [/^Attack @ Marigat 2023-10-09/],
    ],
    [
      "PORT-AU-PRINCE, Haiti — By a staff reporter\n\nGang members killed at least nine people in Saint-Marc on Tuesday, a rights group said, in a rice-growing area about 80 km north of the capital.\n\nResidents said the gang arrived at dawn and burned several houses. The police said they had sent reinforcements.\n\nThousands have fled the area since the start of the year.",
      [/^Attack @ Saint-Marc 2023-10-10/],
    ],
    [
      "BAGHDAD — By a staff reporter\n\nMilitants ambushed a convoy near Balad on Friday in an assault which killed four soldiers, security sources said, in a farming district north of the capital.\n\nThe attackers fled into orchards along the river. The army said it had launched a search.\n\nThe area has seen sporadic attacks by Islamic State cells in recent years.",
      [/^Armed clash @ Balad 2023-10-06/],
    ],
  ]);
});

test("an area told by its bearing from the capital with no town named before it (regression guard)", () => {
  expectAll([
    [
      "NAIROBI, Kenya — By a correspondent\n\nBandits killed six herders in a semi-arid region north of the capital on Monday, police said.\n\nThe attackers drove away hundreds of cattle. Officers were sent after them.\n\nThe area has suffered repeated raids this year.",
      [/^Attack @ Nairobi 2023-10-09/],
    ],
  ]);
});

test("a follow-up told as 'the first time since' is news, not background", { todo: "'since the start of the hostilities' inside a 'the first time' clause marks the sentence background; lifting that drop alone let the 'retaliated within hours' follow-up merge with the lead (and moved a tuning report's lead to the follow-up's town), so it was left" }, () => {
  expectAll([
    [
      "BEIRUT — By a staff reporter\n\nAn Israeli air strike hit a car near Bint Jbeil in southern Lebanon on Sunday, killing three people, Lebanese officials said.\n\nThe Israeli military said it had targeted a Hezbollah cell.\n\nHezbollah said it retaliated within hours by firing rockets at the northern Israeli town of Nahariya, the first time since the start of the current hostilities that it has publicly claimed rocket fire on an Israeli town. No injuries were reported.",
      [/^Air\/drone strike @ Bint Jbeil 2023-10-08/, /^Shelling\/artillery\/missile attack @ Nahariya 2023-10-08 by Hezbollah/],
    ],
  ]);
});

test("a second town opening its own sentence with 'In X,'", { todo: "a passive 'came under fire' after 'In X,' keeps the lead's town" }, () => {
  expectAll([
    [
      "BAMAKO — By a correspondent\n\nJihadist fighters attacked army camps in Kayes and Nioro du Sahel in western Mali on Tuesday, officials said.\n\nIn Kayes, residents heard heavy gunfire near the military camp for several hours.\n\nIn Kita, a gendarmerie post came under fire at about the same time, a local official said. The army said it had repelled all the attacks.",
      [/@ Kita 2023-10-10/],
    ],
  ]);
});
