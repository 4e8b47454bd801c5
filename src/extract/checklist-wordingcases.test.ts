// A checklist for wordings read off tuning set casesp (session 16: cases.json told in new words, same gold),
// one family per act the rules read in one wording only; the sentences are invented:
//   - a force that "pulled its last soldiers out of", "turned the base over to", a base "handed to the army",
//     villages "transferred to army control": a handover (guards: a plan, a suspect turned over);
//   - "a bomb that went off", "a device which exploded", "a truck exploded": a bomb (guards: a crash, a gas cylinder);
//   - "a ceasefire came into force / entered into force / went into effect / took hold": an agreement (guards: due to);
//   - "killed on Sunday when police fired on protesters, the deadliest day since the army took power on February 1":
//     a day told inside a "since" clause never dates the cue before it;
//   - "Seven weeks after voters rejected the deal, the sides signed ...": a lapse of days, weeks or months that opens
//     the clause does not make the news background;
//   - "at the Colon Theatre in Bogota": a name before a building's head word names the building, not the scene;
//   - "X was seized by paramilitary Rangers", "Rangers seized former Prime Minister X": an arrest;
//   - "..., detaining around 1,200 people", "arresting dozens": an arrest (at a gathering, a protest met with force);
//   - "setting fire to", "forcing their way into": a riot.
//
// Probe (session 16, against main at 2d80daf): 20 of 35 rows failed on the starting code (10 rows are guards); 0 still fail.
import { test } from "node:test";
import { subGrid } from "./checklist-testing.js";

test("a force that pulls out, turns a base over or transfers villages hands territory over", () => {
  subGrid([
    ["French troops pulled their last soldiers out of their base in Tessalit on Sunday, the army said.", "Non-violent transfer of territory"],
    ["UN peacekeepers pulled the last of their troops out of the base at Kidal on Sunday and turned it over to the Malian army.", "Non-violent transfer of territory"],
    ["The last foreign soldiers had left the base in Tessalit on Sunday, which has been handed to the Malian army, the French staff said.", "Non-violent transfer of territory"],
    ["The rebels transferred three villages near Tessalit to army control on Sunday, officials said.", "Non-violent transfer of territory"],
    ["The army turned the base at Tessalit over to the rebels on Sunday, officials said.", "Non-violent transfer of territory"],
    ["Peacekeepers turned over their base in Kidal to the Malian army on Sunday.", "Non-violent transfer of territory"],
    ["The government plans to pull its troops out of Tessalit next year, officials said.", null],
    ["The suspect was turned over to prosecutors in Bamako on Sunday.", null],
    ["The company transferred its staff to the Bamako office on Sunday.", null],
  ]);
});

test("a bomb that went off, a device which exploded and a truck that exploded are bombs", () => {
  subGrid([
    ["A bomb that went off at a bar in Kampala on Saturday night killed a waitress, police said.", "Remote explosive/landmine/IED"],
    ["A bomb which exploded outside a church in Kampala on Saturday wounded three people.", "Remote explosive/landmine/IED"],
    ["An explosive device that detonated near a bus stop in Kampala on Saturday killed two people, police said.", "Remote explosive/landmine/IED"],
    ["A truck exploded on a bridge near Kerch on Saturday, killing three people, investigators said.", "Remote explosive/landmine/IED"],
    ["Two people were killed on Saturday when a van detonated outside a market in Kampala, police said.", "Remote explosive/landmine/IED"],
    ["A fuel truck exploded after colliding with a bus near Kampala on Saturday, killing four people, police said.", null],
    ["A gas cylinder exploded in a restaurant in Kampala on Saturday, injuring five people.", null],
  ]);
});

test("a ceasefire that came into force, entered into force, went into effect or took hold is an agreement", () => {
  subGrid([
    ["A ceasefire came into force in Tripoli late on Tuesday after elders negotiated a deal, the government said.", "Agreement"],
    ["A truce entered into force in Tripoli on Tuesday evening, the government said.", "Agreement"],
    ["A ceasefire between the two militias went into effect in Tripoli on Tuesday, officials said.", "Agreement"],
    ["The truce came into effect in Tripoli at midnight on Tuesday, the government said.", "Agreement"],
    ["A ceasefire took hold in Tripoli on Tuesday after two days of fighting, residents said.", "Agreement"],
    ["A ceasefire is due to come into force in Tripoli on Friday, the government said.", null],
    ["The ceasefire that came into force in Tripoli in 2020 has largely held, analysts said.", null],
  ]);
});

test("a lapse of weeks that opens the clause, and a building named after a town, leave the news and its scene", () => {
  subGrid([
    ["Seven weeks after voters rejected the first deal, the government and the rebels signed a revised peace accord in Bogota on Thursday.", "Agreement"],
    ["The government and the rebels signed a peace accord at the Colon Theatre in Bogota on Thursday.", "Agreement"],
    ["Two days after the election, police arrested 40 opposition supporters in Bogota on Thursday, officials said.", "Protest with intervention"],
  ]);
});

test("a person seized by a state force, and people detained as a crowd is cleared, are arrests", () => {
  subGrid([
    ["Former Prime Minister Imran Khan was seized by paramilitary Rangers at the Islamabad High Court on Tuesday.", "Arrests"],
    ["Opposition leader Ali Hassan was seized by security forces outside his home in Islamabad on Tuesday, his party said.", "Arrests"],
    ["Paramilitary Rangers seized former Prime Minister Imran Khan at the Islamabad High Court on Tuesday.", "Arrests"],
    ["Police cleared a protest camp outside army headquarters in Brasilia on Monday, detaining around 1,200 people.", "Protest with intervention"],
    ["Rebels seized the town of Kidal on Tuesday, the army said.", "Non-state actor overtakes territory"],
    ["Police said on Tuesday they had not arrested anyone over the bombing in Istanbul.", null],
  ]);
});

test("crowds setting fire to a building or forcing their way in riot", () => {
  subGrid([
    ["Protesters angry at the arrest were seen setting fire to police vans in Lahore on Tuesday, witnesses said.", "Violent demonstration"],
    ["Crowds of protesters burst into the compound of the governor's office in Lahore on Tuesday and set part of it ablaze.", "Violent demonstration"],
    ["Firefighters said a blaze in a Lahore market on Tuesday was caused by an electrical fault.", null],
  ]);
});
