// A checklist for wordings read off tuning set 10p (session 15: tune10 told again in new words, same gold)
// whose causes hold for any report of their kind. Each family below holds the common wordings of one fact the
// rules read in one wording only:
//   - a source told with an aside before its verb ("Residents of Mwanza, in the north, said rioters burned ..."):
//     the verb opens the report, it is no closing attribution to cut off with the cue in it;
//   - a dateline's dash and a later dash ("LIMA — Seven people were killed ..., officials said — the bloodiest
//     day ..."): no aside between them, the lead is read;
//   - troops who fired on a crowd "trying to seize" an airport: force against protesters, no capture;
//     "three people were killed when protesters set it on fire": the crowd's riot, not force against it;
//   - a crowd that burned "a bus", "a police car" (one vehicle, not only "vehicles"), or "set the council
//     building in X on fire": a violent demonstration;
//   - forces that "moved into" or "marched into" a town: a change of territory, placed at that town (not a
//     refuge the displaced moved into);
//   - "the withdrawal / pullout / departure of X troops": a withdrawal, unless announced, planned or not done yet;
//   - a crowd that assembled and "broke up" or "went home" in the afternoon: a peaceful protest (talks that broke
//     up are none);
//   - "..., a day after demonstrations erupted in Cairo", "..., as anger spread over a killing in Jakarta": the
//     places told after them belong to that other happening, not to this one;
//   - a stun grenade thrown at a patrol or vehicle: a grenade attack, not the police's crowd-control device.
// The sentences are invented.
//
// Probe (session 15, against main at 8d3359b): 27 of 45 rows failed before (the other 18: 13 guards, 5 wordings
// already read); 0 still fail.
import { test } from "node:test";
import assert from "node:assert/strict";
import { check, onlyEvent, subGrid, PROTESTERS, RIOTERS } from "./checklist-testing.js";

test("a source told with an aside before its verb: what it says is read whole", () => {
  subGrid([
    ["Residents of Arusha, in the north, said protesters set cars ablaze outside the election office on Sunday.", "Violent demonstration"],
    ["Residents of Arusha, some 40 km from the border, said rioters torched a police post on Sunday.", "Violent demonstration"],
    ["Witnesses in Arusha, a northern city, said demonstrators burned vehicles outside the court on Sunday.", "Violent demonstration"],
    ["Traders in Arusha, in the north of the country, said youths burned tyres and vehicles near the market on Sunday.", "Violent demonstration"],
    // guards: the source told after the happening, and without an aside
    ["Protesters set cars ablaze outside the election office in Arusha on Sunday, residents said.", "Violent demonstration"],
    ["Residents of Arusha said protesters burned vehicles outside the election office on Sunday.", "Violent demonstration"],
  ]);
});

test("a dateline's dash does not pair with a later dash into an aside", () => {
  subGrid([
    ["JULIACA — Four people were killed on Monday when police opened fire on demonstrators near the airport in Juliaca, the ombudsman said — the deadliest day of the unrest.", "Excessive force against protesters"],
    ["GOMA — Gunmen killed six villagers near Rutshuru on Monday, the army said — the third such attack this month.", "Attack"],
    ["JULIACA — Police fired tear gas at protesters in Juliaca on Monday, witnesses said — a day before the president's visit.", "Protest with intervention"],
    // guard: a real aside between two dashes after the dateline
    ["JULIACA — Police fired tear gas — and, witnesses said, rubber bullets — at protesters in Juliaca on Monday.", "Protest with intervention"],
  ]);
});

test("force against a crowd trying to seize a place is force against protesters; people killed when a crowd burns a building are the riot's", () => {
  subGrid([
    ["At least four people were killed on Monday when soldiers fired on protesters trying to seize the airport in Juliaca, officials said.", "Excessive force against protesters"],
    ["Troops shot at demonstrators who tried to take over the airport in Juliaca on Monday, killing four people, officials said.", "Excessive force against protesters"],
    ["Police opened fire on a crowd attempting to occupy the airport in Juliaca on Monday, killing two people, the ombudsman said.", "Excessive force against protesters"],
    ["Three people were killed on Friday when protesters set fire to the council building in Makassar, officials said.", "Violent demonstration"],
    ["Three people trapped inside were killed on Friday when rioters set the council building in Makassar on fire.", "Violent demonstration"],
    // guards: a capture by an armed group, and police who killed protesters
    ["Rebels seized the airport in Juliaca on Monday, the army said.", "Non-state actor overtakes territory"],
    ["Three people were killed on Friday when police fired on protesters in Makassar, witnesses said.", "Excessive force against protesters"],
  ]);
});

test("a crowd that burned one vehicle is a violent demonstration", () => {
  subGrid([
    ["On Sunday, crowds in Arusha burned a bus and a police post, witnesses said.", "Violent demonstration"],
    ["Demonstrators burned a police car in Arusha on Sunday, witnesses said.", "Violent demonstration"],
    ["Protesters burned two minibuses in Arusha on Sunday after the vote count was announced, witnesses said.", "Violent demonstration"],
    // guard: the plural already read
    ["Protesters burned vehicles in Arusha on Sunday, witnesses said.", "Violent demonstration"],
  ]);
});

test("forces that moved or marched into a town took it, and the town is the scene", () => {
  check([
    ["Azerbaijani troops moved into the Aghdam district on Friday under a deal with Armenia, the defence ministry said.", { sub: ["Non-violent transfer of territory", "Government regains territory"], loc: /Aghdam/ }],
    ["Government forces moved on Monday into the town of Tabqa, a monitor said.", { sub: "Government regains territory", loc: /Tabqa/ }],
    ["Army units marched into Kidal on Tuesday after the rebels left, the army said.", { sub: ["Government regains territory", "Non-violent transfer of territory"], loc: /Kidal/ }],
    ["Government troops also moved into the town of Tabqa and its dam, west of Raqqa, on Monday, a monitor said.", { sub: "Government regains territory", loc: /Tabqa/ }],
  ]);
  // guard: families who moved into a town found refuge there; no one took it
  subGrid([["Hundreds of families moved into the town of Tabqa on Monday after fleeing shelling, a monitor said.", null]]);
});

test("the withdrawal of troops told as a noun is a withdrawal, unless it is announced or not done yet", () => {
  subGrid([
    ["Following the withdrawal of U.S. troops, Russian military police on Tuesday started patrolling the front line around the northern city of Manbij, the Russian defence ministry said.", "Non-violent transfer of territory"],
    ["After the pullout of French troops from the base near Kidal on Monday, Malian soldiers took control of it, the army said.", "Non-violent transfer of territory"],
    ["The withdrawal of UN peacekeepers from Tessalit was completed on Monday, the mission said.", "Non-violent transfer of territory"],
    // guards: a withdrawal announced for later, or not yet done
    ["Washington announced on Monday the withdrawal of its troops from Niger by September.", null],
    ["The withdrawal of foreign forces from Tessalit is nearly complete, officials said on Monday.", null],
  ]);
});

test("a crowd that assembled and broke up or went home held a peaceful protest", () => {
  subGrid([
    ["A smaller crowd assembled at the bus terminal in Ibadan on Tuesday, sang the national anthem and broke up in the afternoon while armed police watched.", "Peaceful protest"],
    ["A crowd assembled outside the governor's office in Ibadan on Tuesday, sang songs and went home at nightfall.", "Peaceful protest"],
    ["Several hundred people gathered at the stadium in Ibadan on Tuesday, waved placards and broke up peacefully in the evening.", "Peaceful protest"],
    ["About 300 students assembled at the university gate in Ibadan on Tuesday and went home quietly in the afternoon.", "Peaceful protest"],
    // guards: the wording already read, and talks that broke up
    ["A smaller group gathered at the bus terminal in Ibadan on Tuesday, sang the national anthem and dispersed in the afternoon.", "Peaceful protest"],
    ["Talks between the two sides in Ibadan resumed on Tuesday and broke up in the afternoon without agreement.", null],
  ]);
});

test("places told after 'a day after ...' or 'as anger spread over ...' belong to that other happening", () => {
  check([
    ["Witnesses said police in the port city of Suez used tear gas and rubber bullets against protesters on Saturday, a day after rare demonstrations against the president erupted in Cairo and several other cities.", { sub: "Protest with intervention", loc: /Suez/, a1: PROTESTERS("Egypt") }],
    ["Police in Suez fired tear gas at protesters on Saturday, a day after demonstrations broke out in Cairo, witnesses said.", { sub: "Protest with intervention", loc: /Suez/ }],
    ["Riot police dispersed a sit-in in Alexandria on Sunday, hours after students marched in Cairo, witnesses said.", { sub: "Protest with intervention", loc: /Alexandria/ }],
    ["Three people trapped inside the council building in the city of Makassar were killed on Friday night when protesters set it on fire, as fury spread over the death of a driver run over by a police vehicle in Jakarta.", { sub: "Violent demonstration", loc: /Makassar/, a1: RIOTERS("Indonesia") }],
    // guard: the place told before the subordinator is kept
    ["Police fired tear gas at protesters in Suez on Saturday, two days after rallies were held in Cairo, witnesses said.", { sub: "Protest with intervention", loc: /Suez/ }],
  ]);
});

test("a stun grenade thrown at a patrol or vehicle is a grenade attack", () => {
  subGrid([
    ["A stun grenade was thrown at a police patrol near Mitrovica on Saturday, police said.", "Grenade"],
    ["The mission said a stun grenade was thrown at one of its armoured vehicles near Mitrovica late on Saturday.", "Grenade"],
  ]);
  // guard: the police's own stun grenades against a crowd are force against protesters, no grenade attack
  const e = onlyEvent("Police fired stun grenades at protesters in Mitrovica on Saturday, witnesses said.");
  assert.equal(e.sub_event_type, "Protest with intervention");
});
