// A checklist for the event type a coder picks (session 18, types18), read from the type near misses of the tuning sets
// (an event found on the right day and place with the wrong type). Communal or sectarian clashes told with no armed group
// are mob violence (ACLED: rioters against rioters or civilians), not an armed clash of two organised sides. A ceasefire
// "between" two long-named sides that takes effect or takes hold is an agreement. A crowd (party workers) that took over
// main roads and fought police is a violent demonstration: a road is no territory that changes hands. Fighters who killed
// people in a raid on a town, with no force or militia told fighting back, carried out an attack on civilians. People
// found dead after an attack blamed on "a cartel battling for control of the region" are an attack; the cartel's
// battling only describes it. A dissolution "announced on Wednesday" is a change to group; "the group that led the
// offensive which toppled X" only describes the group. Guards: armed youth or militias in inter-communal fighting,
// communal clashes between clans or ethnic groups (communal militias, as checklist-gaps2 codes them), a raid on an army
// base, a raid that troops fought off, rebels who took over a town and an offensive told as happening keep their types;
// a truce merely discussed gives no event.
// The sentences are invented for this test.
// Probe: 13 of 23 rows failed on the starting code (0645bfc): all communal, ceasefire, road-takeover, dissolution and
// found-dead rows and one of the two town raids; every guard passed before and after.
import { test } from "node:test";
import { check, none, subGrid } from "./checklist-testing.js";

test("communal or sectarian clashes told with no armed group are mob violence", () => {
  subGrid([
    ["The toll in communal clashes that broke out in the town of Bhadrak, India, on Monday rose to five, police said.", "Mob violence"],
    ["Sectarian clashes in the town of Hangu, Pakistan, killed three people on Sunday, officials said.", "Mob violence"],
    ["Four people died in religious clashes in the city of Kaduna, Nigeria, on Tuesday, police said.", "Mob violence"],
  ]);
});

test("guards: armed men in communal fighting stay an armed clash", () => {
  subGrid([
    ["Armed youth from two clans clashed in inter-communal fighting near Akobo, South Sudan, on Sunday, leaving 12 dead.", "Armed clash"],
    ["Militiamen fought gunmen in sectarian clashes in Tal Afar, Iraq, on Monday, killing six.", "Armed clash"],
    ["Communal clashes between two clans in Beledweyne, Somalia, on Sunday left four people dead, elders said.", "Armed clash"],
  ]);
});

test("a ceasefire between long-named sides that takes effect or takes hold is an agreement", () => {
  subGrid([
    ["A ceasefire between the army and the rebel Movement for the Salvation of Azawad took effect on Monday in Kidal, Mali, ending a week of fighting.", "Agreement"],
    ["A truce between the two rival militias of the capital took hold in Tripoli, Libya, on Sunday, officials said.", "Agreement"],
    ["A ceasefire takes hold in Marib, Yemen, on Tuesday as the two sides agree to swap prisoners.", "Agreement"],
  ]);
});

test("guard: a truce only discussed gives no event", () => {
  none(["Negotiators said on Tuesday that a ceasefire could take effect in Kidal, Mali, next week."]);
});

test("a crowd that took over main roads and fought police is a violent demonstration, not a capture", () => {
  subGrid([
    ["Party workers took over main roads and fought police in Multan, Pakistan, on Monday after a ban on their rally.", "Violent demonstration"],
    ["Hundreds of union workers took over the main streets of La Paz, Bolivia, on Sunday and clashed with riot police.", "Violent demonstration"],
  ]);
});

test("guard: rebels who took over a town captured it", () => {
  subGrid([
    ["Rebel fighters took over the town of Rutshuru, Democratic Republic of Congo, on Sunday, residents said.", "Non-state actor overtakes territory"],
  ]);
});

test("fighters who killed people in a raid on a town, with no one told fighting back, carried out an attack", () => {
  subGrid([
    ["Jihadist fighters killed at least 19 people and burned dozens of homes in a raid on the town of Solhan, Burkina Faso, on Saturday night, officials said.", "Attack"],
    ["Gunmen on motorbikes killed 14 villagers in a raid on the town of Anka, Nigeria, on Sunday, police said.", "Attack"],
  ]);
});

test("guards: a raid on a base, or one that troops fought, stays an armed clash", () => {
  subGrid([
    ["Militants launched a raid on an army base in Bama, Nigeria, on Sunday, killing four soldiers.", "Armed clash"],
    ["Jihadists killed 12 people in a raid on the town of Diapaga, Burkina Faso, on Saturday before soldiers fought them off.", "Armed clash"],
  ]);
});

test("people found dead after an attack blamed on a cartel battling for control are an attack", () => {
  check([
    ["Nine people were found dead on Monday in the town of Zitacuaro, Mexico, after an attack that residents blamed on a cartel battling for control of the area.", { sub: "Attack" }],
    ["Six men were found dead in the town of Fresnillo, Mexico, on Sunday after an armed attack, prosecutors said.", { sub: "Attack" }],
  ]);
});

test("guard: cartels battling each other still clash", () => {
  subGrid([["Two rival cartels battled for hours in the town of Caborca, Mexico, on Monday, leaving eight gunmen dead.", "Armed clash"]]);
});

test("a dissolution announced on a named day is a change to group, and the offensive a group once led is only its description", () => {
  subGrid([
    ["The new authorities announced on Thursday the dissolution of all armed factions at a conference in Tripoli, Libya.", "Change to group/activity"],
    ["The ruling council in Khartoum, Sudan, announced on Monday the dissolution of the militias, including the group that led the offensive which toppled the old regime.", "Change to group/activity"],
  ]);
});

test("guard: an offensive told as happening is still fighting", () => {
  subGrid([["Rebels launched an offensive on the town of Kalehe, Democratic Republic of Congo, on Monday, residents said.", "Armed clash"]]);
});
