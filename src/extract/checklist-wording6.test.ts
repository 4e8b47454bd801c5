// A checklist for wordings read off tuning set 6p (session 15: tune6 told again in new words, same gold)
// whose causes hold for any report of their kind. The same fact is told in several ways; each family below
// holds the common synonyms and voices of one act the rules read in one wording only:
//   - fighters who "battled" or "engaged" troops (not only "fought" them or "battled with" them): an armed clash;
//   - a killing told in the passive with its killers after "by" ("were shot dead by suspected dissidents",
//     "were killed by rebels"): an attack on civilians, even in a report that also tells a protest; the
//     killers named after "by" are no victims (no clash for "killed by militants"), while soldiers named
//     among the victims ("20 soldiers and 40 civilians were killed") make it a battle, as in the active voice;
//   - fighting that raged on one day "after clashes broke out" on another "that killed" civilians: the dead are
//     the fighting's toll, a clash, whichever fight word is the strongest;
//   - a place named by the kind of place it is after a region ("the Red Sea resort of Eilat", "the Aegean
//     island of Lesbos"): the place, not the region;
//   - a crowd that "gathered peacefully" or "assembled quietly" somewhere, a long way before "calling for",
//     "urging" or "pressing for": a peaceful protest;
//   - a reaction to a happening already told ("condemned the massacre", "denounced Saturday's attack"): no
//     second happening;
//   - an offensive that "began on Thursday, when its forces entered X": the entry is news, not the history an
//     offensive "that began" (in 2019) tells;
//   - a target "struck by Russian jets", "hit by Syrian government aircraft", "bombed by warplanes of the X":
//     an air strike, by the force named after "by" (through "warplanes of", "fighters loyal to");
//   - gunmen who "fired on" a police patrol, a convoy or soldiers, as those who "opened fire on" them: a clash;
//   - a strike told after an opener on the happening it answers ("Hours after a car bomb ripped through X,
//     killing 12, jets pounded camps in northern Iraq"): the strike's scene is its own, not the opener's;
//   - a protester who "died after being shot in the head at a sit-in", "was shot at a rally": excessive force, and
//     a slogan on a T-shirt or a banner ("reading \"Everything will be OK\"") is no modal of the sentence;
//   - a weekday told with its month and day ("on Sunday, March 17", "on Sunday October 1"): that date, not the
//     last such weekday before the report.
// The sentences are invented.
//
// Probe (session 15, against main at 8d3359b): 33 of 57 rows failed before (the other 24 are guards or wordings already read); 0 still fail.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "./index.js";
import { PUBLISHED, subGrid } from "./checklist-testing.js";

test("fighters who battled or engaged troops fought an armed clash", () => {
  subGrid([
    ["Insurgents drove into Damasak on Saturday in pickup trucks and battled troops for several hours, two officers said.", "Armed clash"],
    ["Militants battled soldiers in Gwoza for hours on Saturday, officers said.", "Armed clash"],
    ["Troops engaged insurgents near Bama on Sunday, killing seven of them, the army said.", "Armed clash"],
    ["Police engaged the gunmen in a two-hour shootout in Zaria on Sunday, police said.", "Armed clash"],
    // guards: the wording already read, and a battle against no armed side
    ["Jihadists fought soldiers for hours in Gwoza on Saturday, officers said.", "Armed clash"],
    ["Firefighters battled the blaze in Gwoza on Saturday, officials said.", null],
  ]);
});

test("a passive killing with its killers after 'by' is an attack, and soldiers among its victims make it a battle", () => {
  subGrid([
    ["Three people were killed by suspected rebels near Beni on Monday, officials said.", "Attack"],
    ["Four traders were shot dead by militants near Beni on Monday, officials said.", "Attack"],
    ["At least 12 soldiers and 30 civilians were killed on Saturday when militants attacked Damasak, security sources said.", "Armed clash"],
    ["Nine policemen and four villagers were killed in Damasak on Saturday, officials said.", "Armed clash"],
    ["Two soldiers were killed by gunmen near Beni on Monday, the army said.", "Armed clash"],
    // guards: the wording already read, and civilians alone killed in the passive
    ["Gunmen shot dead five people near Beni on Monday, officials said.", "Attack"],
    ["Forty civilians were killed in Damasak on Saturday, officials said.", "Attack"],
  ]);
});

test("a passive killing by an armed group is read in a report that also tells a protest", () => {
  const text = "Five people were shot dead on Friday in a rural part of Cauca by suspected guerrilla dissidents, officials said. Hundreds of farmers marched through Popayán on Saturday to demand protection.";
  const got = extractArticle({ id: "protest-told", text, published: PUBLISHED }).events.map((e) => e.sub_event_type);
  assert.deepEqual(got.sort(), ["Attack", "Peaceful protest"], text);
  // guard: with no killers named, a passive killing in a protest report is left to the protest's cues
  const police = "Two people were shot dead in Popayán on Friday as police broke up a march by farmers, witnesses said.";
  assert.ok(!extractArticle({ id: "protest-told", text: police, published: PUBLISHED }).events.some((e) => e.sub_event_type === "Attack"), police);
});

test("civilians killed by clashes told after the day's fighting are the fighting's toll", () => {
  subGrid([
    ["Fighting raged in Omdurman for a second day on Sunday, after clashes broke out across the city on Saturday that killed at least 30 civilians, medics said.", "Armed clash"],
    ["Heavy fighting continued in Omdurman on Sunday, after clashes erupted on Saturday that killed 30 civilians, medics said.", "Armed clash"],
    // guard: the wording already read
    ["Clashes between the army and the RSF killed at least 30 civilians in Omdurman on Saturday, medics said.", "Armed clash"],
  ]);
});

test("a place named by its kind after a region is the place", () => {
  const rows: [string, string][] = [
    ["Air defences intercepted a drone heading for the Red Sea resort of Eilat on Saturday, the military said.", "Eilat"],
    ["A missile struck the Black Sea resort of Zatoka on Saturday, wounding two people, officials said.", "Zatoka"],
    // guard: the kind already read
    ["Air defences shot down a missile fired at the Black Sea port of Odesa on Saturday, officials said.", "Odesa"],
  ];
  const failed = rows.flatMap(([text, place]) => {
    const got = extractArticle({ id: "place", text, published: PUBLISHED }).events.map((e) => e.location);
    return got.length === 1 && got[0] === place ? [] : [`${text}\n    want ${place}, got ${got.join(", ") || "no event"}`];
  });
  assert.deepEqual(failed, []);
});

test("a crowd that gathered peacefully a long way before its demand is a protest; a reaction to a told killing is none", () => {
  subGrid([
    ["Witnesses said several hundred people gathered peacefully in the capital on Sunday outside the herders' union headquarters, calling for the killers to be punished.", "Peaceful protest"],
    ["Several hundred relatives assembled quietly on Monday in front of the regional governor's offices in Mopti, pressing for news of the missing men.", "Peaceful protest"],
    ["Hundreds of residents gathered outside the town hall in Mopti on Sunday, urging the authorities to protect herders.", "Peaceful protest"],
    // guards: a crowd with no demand, and the wording already read
    ["Hundreds of people gathered peacefully in the main square of Mopti on Sunday to celebrate the festival.", null],
    ["Several hundred people gathered outside the governor's office in Mopti on Sunday to demand protection for herders.", "Peaceful protest"],
  ]);
  subGrid([
    ["Gunmen killed five villagers near Bankass on Saturday, officials said. UN envoys, in Bamako on a visit, condemned the massacre on Sunday.", "Attack"],
    // guards: reactions already read as none
    ["Gunmen killed five villagers near Bankass on Saturday, officials said. In Bamako on Sunday, the president denounced Saturday's attack.", "Attack"],
    ["Gunmen killed five villagers near Bankass on Saturday, officials said. In Bamako on Sunday, the prime minister deplored the killings.", "Attack"],
  ]);
});

test("a weekday told with its month and day is that date", () => {
  const rows: [string, string][] = [
    ["Less than a week earlier, on Sunday, October 1, jihadists overran an army base at Dioura and killed 23 soldiers, the army said.", "2023-10-01"],
    ["Jihadists overran an army base at Dioura on Sunday October 1, killing 23 soldiers, the army said.", "2023-10-01"],
    // guard: a weekday alone is the last such day
    ["Jihadists overran an army base at Dioura on Sunday, killing 23 soldiers, the army said.", "2023-10-08"],
  ];
  const failed = rows.flatMap(([text, date]) => {
    const got = extractArticle({ id: "date", text, published: PUBLISHED }).events.map((e) => e.event_date);
    return got.length === 1 && got[0] === date ? [] : [`${text}\n    want ${date}, got ${got.join(", ") || "no event"}`];
  });
  assert.deepEqual(failed, []);
});

test("an offensive that began on a day of the week, told with what its forces did, is news, not history", () => {
  subGrid([
    ["The rebels' offensive began on Tuesday, when their fighters entered Kalehe with little resistance, residents said.", "Non-state actor overtakes territory"],
    ["The M23 offensive started on Saturday, when its fighters captured the town of Kalehe, residents said.", "Non-state actor overtakes territory"],
    ["A new rebel offensive was launched on Sunday, when fighters seized the town of Kalehe, officials said.", "Non-state actor overtakes territory"],
    // guards: an offensive or an insurgency that began long ago is history
    ["The offensive, which began in 2019, has seen rebels seize the town of Kalehe.", null],
    ["The insurgency began in 2017, when militants seized the port of Mocimboa da Praia.", null],
  ]);
});

test("a target struck by a force's aircraft, told in the passive, is an air strike by that force", () => {
  const rows: [string, RegExp][] = [
    ["Flights were suspended at Misrata airport on Monday after it was bombed by warplanes of the Libyan National Army, officials said.", /^Libyan National Army$/],
    ["The market in Maarat al-Numan was struck by Russian jets on Monday, killing nine people, rescuers said.", /^Military Forces of Russia/],
    ["A hospital in Idlib was hit by Syrian government aircraft on Monday, rescuers said.", /^Military Forces of Syria/],
    ["A market in Maarat al-Numan was pounded by Syrian army helicopters on Monday, rescuers said.", /^Military Forces of Syria/],
    // guard: the active wording already read
    ["Warplanes of the Libyan National Army bombed the airport in Misrata on Monday, officials said.", /^Libyan National Army$/],
  ];
  const failed = rows.flatMap(([text, a1]) => {
    const got = extractArticle({ id: "air", text, published: PUBLISHED }).events;
    return got.length === 1 && got[0]!.sub_event_type === "Air/drone strike" && a1.test(got[0]!.actor1) ? [] : [`${text}\n    want Air/drone strike by ${a1.source}, got ${got.map((e) => `${e.sub_event_type} by ${e.actor1}`).join(", ") || "no event"}`];
  });
  assert.deepEqual(failed, []);
  // guard: a passive "hit by" a vehicle is no strike
  subGrid([["The pedestrian was hit by a car in Idlib on Monday, police said.", null]]);
});

test("gunmen who fired on a patrol, a convoy or soldiers fought an armed clash, as those who opened fire on them", () => {
  subGrid([
    ["On Sunday, about 30 masked men blocked a bridge at the entrance to Leposavić and fired on a police patrol, police said.", "Armed clash"],
    ["Gunmen fired on an army convoy near Leposavić on Sunday, wounding two soldiers, the army said.", "Armed clash"],
    ["Militants fired on soldiers guarding a checkpoint near Leposavić on Sunday, officials said.", "Armed clash"],
    // guards: fire on protesters or on a bus of civilians is no clash
    ["Police fired on protesters in Leposavić on Sunday, wounding three, witnesses said.", "Excessive force against protesters"],
    ["Gunmen fired on a minibus near Leposavić on Sunday, killing four passengers, police said.", "Attack"],
  ]);
});

test("a strike told after an opener on the happening it answers is at its own scene, not the opener's", () => {
  const text = "ISTANBUL — Hours after a car bomb ripped through central Diyarbakir, killing 12 people, Turkish warplanes pounded militant camps in northern Iraq on Monday, the army said.";
  const got = extractArticle({ id: "opener", text, published: PUBLISHED }).events;
  // (Since session 19 a lead's opener is a clause of its own: the car bomb is its own event, at Diyarbakir.)
  const strikes = got.filter((e) => e.sub_event_type === "Air/drone strike"), bombs = got.filter((e) => e.sub_event_type !== "Air/drone strike");
  assert.ok(strikes.length === 1 && strikes[0]!.location !== "Diyarbakır" && /^Military Forces of Turkey/.test(strikes[0]!.actor1) && bombs.every((e) => e.location === "Diyarbakır"), `${text}\n    got ${got.map((e) => `${e.sub_event_type} @ ${e.location} by ${e.actor1}`).join(", ")}`);
  // guard: the opener's place is kept when the clause names no scene of its own after the cue (since session 16 the
  // clause after "Hours after X entered Y," is read as the main clause: the strike, at the opener's town)
  const guard = "Hours after the rebels entered Ataq, a drone struck a convoy on the road to Ataq, residents said.";
  const guarded = extractArticle({ id: "opener-guard", text: guard, published: PUBLISHED }).events.filter((e) => e.sub_event_type === "Air/drone strike");
  assert.ok(guarded.length === 1 && guarded[0]!.location === "Ataq", `${guard}\n    got ${guarded.map((e) => `${e.sub_event_type} @ ${e.location}`).join(", ") || "no strike"}`);
});

test("a protester shot at a sit-in or a rally suffered excessive force, whatever a slogan on the scene says", () => {
  subGrid([
    ["In Mandalay, witnesses said a 19-year-old woman died after being shot in the head at a sit-in on Wednesday.", "Excessive force against protesters"],
    ["A student was shot in the chest at a pro-democracy rally in Mandalay on Wednesday and died in hospital, witnesses said.", "Excessive force against protesters"],
    ["Two men were shot at a protest in Mandalay on Wednesday, witnesses said.", "Excessive force against protesters"],
    ["A woman wearing a T-shirt reading \"We will win\" was shot dead during a march in Mandalay on Wednesday, witnesses said.", "Excessive force against protesters"],
    // guards: the wording already read, a shooting away from any protest, and a march still to come
    ["A protester was shot dead during a march in Mandalay on Wednesday, witnesses said.", "Excessive force against protesters"],
    ["A man was shot at a bus stop in Mandalay on Wednesday, police said.", null],
    ["The opposition said it will hold a march in Mandalay next week.", null],
  ]);
});
