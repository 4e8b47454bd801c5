// A checklist for wordings read off tuning set 15p (session 14: tune15 told again in new words, same gold)
// whose causes hold for any report of their kind. The same fact is told in several ways; each family below
// holds the common synonyms and voices of one act the rules read in one wording only:
//   - a guided bomb told without "aerial" ("a guided bomb hit", "guided air bombs"), or a guided/glide
//     munition that "struck" a street: an air strike;
//   - a vehicle "packed/laden/rigged with explosives" (the noun first) as well as "an explosives-laden car":
//     a remote explosive (a parked vehicle bomb; one driven into its target stays a suicide bomb);
//   - soldiers who died "in combat with" a group, or "combat broke out": an armed clash;
//   - bodies told with a possessive ("four men's bodies were found") or with their wounds first ("bodies
//     bearing gunshot wounds were found"): an attack on civilians;
//   - a victim told in an apposition before its passive verb ("four people, two of them police officers,
//     were injured when ..."): the target, not the actor;
//   - fighters who "assaulted" a post, troops who "drove off" or "fought off" an assault after "hours of
//     combat", a "suicide car/truck bomber": a clash, a clash, a suicide bomb.
// The sentences are invented.
//
// Probe (session 14, against main at a853e21): 18 of 29 rows failed before (the other 11 are guards); 0 still fail.
import { test } from "node:test";
import assert from "node:assert/strict";
import { onlyEvent, subGrid } from "./checklist-testing.js";

test("a guided bomb told without 'aerial' is an air strike", () => {
  subGrid([
    ["A man was killed on Monday when a Russian guided bomb hit a street in Kupiansk, the governor said.", "Air/drone strike"],
    ["Russian forces dropped guided air bombs on Kupiansk on Monday, killing two people, the governor said.", "Air/drone strike"],
    ["A guided munition struck a school in Kupiansk on Monday, wounding three teachers, officials said.", "Air/drone strike"],
    ["Glide bombs slammed into apartment blocks in Kupiansk on Monday, killing four residents, the governor said.", "Air/drone strike"],
    // guard: the wording already read
    ["A Russian guided aerial bomb struck a street in Kupiansk on Monday, killing a woman, the governor said.", "Air/drone strike"],
  ]);
});

test("a vehicle packed with explosives, noun first or adjective first, is a remote explosive", () => {
  subGrid([
    ["Three people were wounded on Tuesday when a motorcycle packed with explosives went off outside the police station in Jamundi, police said.", "Remote explosive/landmine/IED"],
    ["A car laden with explosives detonated near the army barracks in Jamundi on Tuesday, wounding two soldiers, the army said.", "Remote explosive/landmine/IED"],
    ["A truck rigged with explosives exploded near a checkpoint in Jamundi on Tuesday, wounding five police officers, officials said.", "Remote explosive/landmine/IED"],
    ["A bomb-laden motorbike damaged the town hall in Jamundi on Tuesday, officials said.", "Remote explosive/landmine/IED"],
    // guard: the adjective-first wording with "blew up" was already read
    ["An explosives-laden motorcycle blew up outside the police station in Jamundi on Tuesday, wounding two officers, police said.", "Remote explosive/landmine/IED"],
  ]);
});

test("soldiers who died in combat with a group fought an armed clash", () => {
  subGrid([
    ["Two soldiers died on Friday in combat with FARC dissidents in a rural area of Balboa municipality, the army said.", "Armed clash"],
    ["Three soldiers were killed during fierce combat against ELN guerrillas near Tame on Friday, the army said.", "Armed clash"],
    ["Combat broke out between the army and FARC dissidents near Balboa on Friday, leaving one soldier dead, the army said.", "Armed clash"],
    // guard: the wording already read
    ["Two soldiers were killed on Friday in fighting with FARC dissidents near Balboa, the army said.", "Armed clash"],
  ]);
});

test("bodies told with a possessive or with their wounds first were found after an attack", () => {
  subGrid([
    ["Prosecutors said four men's bodies were found dumped beside the highway near Iguala on Tuesday.", "Attack"],
    ["Two women's bodies bearing gunshot wounds were discovered near Iguala on Tuesday, prosecutors said.", "Attack"],
    ["Bodies bearing gunshot wounds were found in a ravine near Iguala on Tuesday, prosecutors said.", "Attack"],
    // guards: the wording already read, and an accident's dead that are no attack
    ["The bodies of four men with gunshot wounds were found beside the highway near Iguala on Tuesday, prosecutors said.", "Attack"],
    ["Three miners' bodies were recovered on Tuesday after a landslide buried a pit near Iguala, officials said.", null],
  ]);
});

test("a victim told in an apposition before a passive verb suffers the act, it does not commit it", () => {
  const rows: [string, RegExp][] = [
    ["Four people, two of them police officers, were injured on Monday when a car packed with explosives went off outside a police station in Jamundi, police said.", /^Police Forces of Colombia/],
    ["Six people, including three soldiers, were wounded on Monday when a roadside bomb exploded near Tame, the army said.", /^Military Forces of Colombia/],
    // guard: the victim told without an apposition
    ["Two police officers were injured on Monday when a roadside bomb exploded near Tame, police said.", /^Police Forces of Colombia/],
  ];
  for (const [text, a2] of rows) {
    const e = onlyEvent(text);
    assert.match(e.actor2 ?? "", a2, text);
    assert.doesNotMatch(e.actor1, a2, text);
  }
});

test("an assault on a post, a repelled assault and a suicide car bomber, in their other wordings", () => {
  subGrid([
    ["Two soldiers were killed overnight when Islamic State fighters assaulted an army outpost near Baiji in northern Iraq, security sources said.", "Armed clash"],
    ["Troops drove off an assault on their base near Baiji in northern Iraq on Sunday, killing twelve militants, the army said.", "Armed clash"],
    ["Soldiers fought off the attack on Sunday after hours of combat near Baiji in northern Iraq, killing five militants, the army said.", "Armed clash"],
    ["A suicide car bomber blew open the gate of an army base in Baiji, northern Iraq, on Sunday, killing four soldiers, officials said.", "Suicide bomb"],
    ["A suicide truck bomber struck a checkpoint at the entrance of Baiji in northern Iraq on Sunday, killing six police officers, officials said.", "Suicide bomb"],
    // guards: the wordings already read
    ["Islamic State militants attacked an army post near Baiji in northern Iraq overnight, killing two soldiers, security sources said.", "Armed clash"],
    ["Troops repelled an attack on their base near Baiji in northern Iraq on Sunday, killing twelve militants, the army said.", "Armed clash"],
  ]);
});
