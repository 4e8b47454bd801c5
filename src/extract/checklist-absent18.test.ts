// A checklist for happenings the rules found nothing for (session 18, "nothing close" misses over all tuning sets).
// The largest family that reads the same in several sets: a lead that tells its news and then, after a comma, the
// earlier happening it follows (", a day after a Houthi drone hit a building in X and killed a man", ", hours after a
// rocket fired from Lebanon killed a soldier in Y", ", less than two days after a suicide bombing at Z killed ...").
// The trailing "after" clause was read as part of the news's clause: a cue of the same kind was absorbed into the news,
// and one of another kind was dropped as background ("a day after"). Now such a clause is a clause of its own, dated
// back from the day its sentence told before it (a day after: the day before; hours after: the same day), and its sides
// are its own (it inherits none from the news before it in the sentence). Second: ", and suspected insurgents shot
// dead ..." parts the clauses like ", and insurgents shot dead ..." did, so a second deed joined by "and" is its own.
// Third: looting told by how shops were entered or what was carried off ("broke into shops and warehouses ..., carrying
// away food", "forced their way into shops") and arson of election materials ("set fire to ballot boxes") had no cue
// (data/cues/events.json, rule looting).
// Guards: "a day after the attack" (a happening named by a bare noun) adds nothing; "weeks after" history and a clause
// with no cue of its own add nothing; a crowd breaking into parliament stays a violent demonstration.
// The sentences are invented for this test.
// Probe: 9 of 14 rows failed on the starting code (0645bfc): the four trailing "after" clauses, the second deed after
// ", and suspected militants" and the four lootings; the five guards passed before and after. Two rows left todo
// then (the Kandahar and the opening "A day after" rows) pass since session 19 (checklist-scenes19). The two rows of the lead's review (a toll told before a trailing clause is not its toll) are
// guards: they passed on the starting code; the Moirang row failed on this branch before the review's fix (toll 5).
import { test } from "node:test";
import { check } from "./checklist-testing.js";

// PUBLISHED is Wednesday 2023-10-11: "on Sunday" is 2023-10-08, "on Tuesday" 2023-10-10, "on Saturday" 2023-10-07.

test("a trailing 'a day after' / 'hours after' clause tells its own earlier happening", () => {
  check([
    ["SANAA — Saudi-led jets bombed the port of Hodeidah on Sunday, a day after a Houthi drone slammed into a fuel depot in Jizan and killed two workers.",
      { sub: "Air/drone strike", loc: /^Hodeidah$/, date: "2023-10-08" },
      { sub: "Air/drone strike", loc: /^Jizan$/, date: "2023-10-07", a1: /Ansar Allah|Houthi/ }],
    ["BEIRUT — An Israeli air strike on a house in Nabatieh on Tuesday killed four people, Lebanese media said, hours after a rocket fired from Lebanon killed a farmer in the northern Israeli town of Metula.",
      { sub: "Air/drone strike", loc: /^Nabatieh$/, date: "2023-10-10" },
      { sub: "Shelling/artillery/missile attack", loc: /^Metula$/, date: "2023-10-10" }],
    ["ISTANBUL — Turkish warplanes struck militant camps in northern Iraq on Sunday, the army said, hours after a car bomb tore through a bus station in the centre of Diyarbakir, killing 11 people.",
      { sub: "Air/drone strike", date: "2023-10-08", a1: /Turkey/ },
      { sub: "Remote explosive/landmine/IED", loc: /^Diyarbak/, date: "2023-10-08", a1: /^Unidentified Armed Group/ }],
  ]);
});

test("a toll told before a trailing 'after' clause is not the earlier happening's toll (lead's review)", () => {
  check([
    ["IMPHAL — Five people were killed in fresh violence in the hills of the state on Saturday, police said, a day after a rocket hit a house in Moirang. On Friday, the rocket had struck a house in Moirang, killing an elderly man, police said.",
      { sub: "Shelling/artillery/missile attack", loc: /^Moir/, date: "2023-10-06", fat: 1 }],
    ["KANO — Nine people were killed in violence across the state on Tuesday, officials said, hours after gunmen stormed a market in Kura and shot dead two traders.",
      { sub: "Attack", loc: /^Kura$/, date: "2023-10-10", fat: 2 }],
  ]);
});

test("'less than two days after' counts two days back", () => {
  check([
    ["ISLAMABAD — A US drone strike killed a militant commander in Nangarhar province on Saturday, less than two days after a suicide bomber killed 20 worshippers at a mosque in Kandahar.",
      { sub: "Air/drone strike", date: "2023-10-07" },
      { sub: "Suicide bomb", date: "2023-10-05" }],
  ]);
});

test("a trailing clause's town beats a province the news named before it", () => {
  check([
    ["ISLAMABAD — A US drone strike killed a militant commander in Nangarhar province on Saturday, less than two days after a suicide bomber killed 20 worshippers at a mosque in Kandahar.",
      { sub: "Air/drone strike", date: "2023-10-07" },
      { sub: "Suicide bomb", loc: /^Kandahar$/, date: "2023-10-05" }],
  ]);
});

test("a second deed joined by ', and suspected militants' is its own happening", () => {
  check([
    ["PATTANI, Thailand — A roadside bomb wounded three soldiers in Raman district on Monday, and suspected militants shot dead a teacher in neighbouring Bannang Sata district on Tuesday, police said.",
      { sub: "Remote explosive/landmine/IED", date: "2023-10-09" },
      { sub: "Attack", date: "2023-10-10" }],
  ]);
});

test("looting told by shops broken into or goods carried away, and arson of election materials", () => {
  check([
    ["KHARTOUM — Witnesses said armed men in uniform broke into shops and warehouses in Omdurman's main market on Monday, carrying away food and fuel.", { sub: "Looting/property destruction", loc: /^Omdurman$/, date: "2023-10-09" }],
    ["GAO — Soldiers forced their way into shops in the town of Gao on Tuesday and carried off goods, traders said.", { sub: "Looting/property destruction", loc: /^Gao$/, date: "2023-10-10" }],
    ["BAMENDA — Armed men set fire to ballot boxes at a polling station in Bamenda on Sunday, officials said.", { sub: "Looting/property destruction", loc: /^Bamenda$/, date: "2023-10-08" }],
    ["Separatists burned voting materials stored at a school in Kumba on Monday night, the regional governor said.", { sub: "Looting/property destruction", loc: /^Kumba$/, date: "2023-10-09" }],
  ]);
});

test("guards: a bare-noun 'after the attack', 'weeks after' history and a clause with no cue add nothing", () => {
  check([
    ["MAIDUGURI — Police arrested 12 suspects in Maiduguri on Sunday, a day after the bombing, officials said.", { sub: "Arrests", loc: /^Maiduguri$/ }],
    ["KHARTOUM — Thousands of protesters marched in Khartoum on Sunday, weeks after the army seized power in a coup.", { sub: "Peaceful protest", loc: /^Khartoum$/ }],
    ["LAHORE — Hundreds of lawyers marched in Lahore on Monday, hours after a court ruled against their union.", { sub: "Peaceful protest", loc: /^Lahore$/ }],
    ["NAIROBI — Hundreds of protesters broke into parliament in Nairobi on Tuesday and set part of it on fire, police said.", { sub: "Violent demonstration", loc: /^Nairobi$/ }],
    // the same news told alone keeps its one event
    ["SANAA — Saudi-led jets bombed the port of Hodeidah on Sunday, killing three people, medics said.", { sub: "Air/drone strike", loc: /^Hodeidah$/, date: "2023-10-08" }],
  ]);
});

test("an opening 'A day after X,' in a lead tells X too", () => {
  check([
    ["SANAA — A day after a Houthi drone slammed into a fuel depot in Jizan and killed two workers, Saudi-led jets bombed the port of Hodeidah on Sunday.",
      { sub: "Air/drone strike", loc: /^Hodeidah$/, date: "2023-10-08" },
      { sub: "Air/drone strike", loc: /^Jizan$/, date: "2023-10-07" }],
  ]);
});
