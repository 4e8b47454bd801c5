// A checklist for wordings read off tuning set 19p (session 16: tune19 told in new words, same gold)
// whose causes hold for any report of their kind. Each family holds the common wordings of one fact the
// rules read in one wording only, and guards that must not give it:
//   - a list of towns told before the cue that closes it ("regime forces pounded X city, the towns of Y and Z
//     with artillery", "X, Y and Z were shelled"): one event per town, as when the cue comes first (the
//     provinces a round-up spans, a list far before a cue in a later clause, and a road between two towns stay one);
//   - people "shot dead on Sunday by gunmen", the day between the verb and its agent: a killing by gunmen,
//     never "gunmen shot dead" (a fight with them);
//   - "a bomb hit a patrol", "a roadside bomb struck a convoy": a remote explosive, like a blast that hit one
//     (a bomb dropped from the air stays an air strike);
//   - police who "fired tear gas and live bullets" at a crowd, killing one: excessive force, as live rounds;
//   - a force that "handed the base over to" the army: the base handed over.
// The sentences are invented.
//
// Probe (session 16, against main at 2d80daf): 9 of 27 rows failed before (the other rows are guards or wordings already read); 0 still fail.
import { test } from "node:test";
import { ANY, ARMY, CIVILIANS, grid, POLICE, PROTESTERS, STATE, subGrid, UAG, check } from "./checklist-testing.js";

test("a list of towns told before the cue that closes it gives one event per town", () => {
  check([
    ["Beginning late on Thursday, regime forces pounded Ariha city, the towns of Sarmin and Saraqib with heavy artillery, in Syria, activists said.",
      { sub: "Shelling/artillery/missile attack", loc: /Ariha/ }, { sub: "Shelling/artillery/missile attack", loc: /Sarmin/ }, { sub: "Shelling/artillery/missile attack", loc: /Saraqib/ }],
    ["Government forces pounded Ariha and Sarmin with rockets on Monday, in Syria, activists said.",
      { sub: "Shelling/artillery/missile attack", loc: /Ariha/ }, { sub: "Shelling/artillery/missile attack", loc: /Sarmin/ }],
    ["Ariha, Sarmin and Saraqib were shelled by government forces on Monday, in Syria, activists said.",
      { sub: "Shelling/artillery/missile attack", loc: /Ariha/ }, { sub: "Shelling/artillery/missile attack", loc: /Sarmin/ }, { sub: "Shelling/artillery/missile attack", loc: /Saraqib/ }],
    // the wording already read: the cue first
    ["Government forces shelled Ariha, Sarmin and Saraqib on Monday, in Syria, activists said.",
      { sub: "Shelling/artillery/missile attack", loc: /Ariha/ }, { sub: "Shelling/artillery/missile attack", loc: /Sarmin/ }, { sub: "Shelling/artillery/missile attack", loc: /Saraqib/ }],
    // guards: a town people came from is no list with the scene; a road between two towns is one scene;
    // a list far before a cue in a later clause gives that cue no event per town
    ["Displaced families from Ariha said artillery fire hit Sarmin on Monday, in Syria.", { sub: "Shelling/artillery/missile attack", loc: /Sarmin/ }],
    ["Fighting on the road between Ariha and Sarmin killed two soldiers on Monday, in Syria.", { sub: "Armed clash" }],
    ["Hundreds of cars left Ariha and Sarmin on Monday to join a sit-in against the shelling, in Syria, activists said.", { sub: "Peaceful protest", loc: /Sarmin/ }],
    ["Mobs attacked shops in the Ariha and Sarmin areas of Idlib on Monday, killing one person and prompting the government to impose a curfew on Tuesday, in Syria.",
      { sub: "Mob violence", loc: /Ariha/ }, { sub: "Mob violence", loc: /Sarmin/ }],
  ]);
});

test("people shot dead on a day by gunmen were killed by gunmen", () => {
  grid([
    ["Four nurses were shot dead on Sunday by gunmen near Dosso, Niger, officials said.", "Attack", UAG("Niger"), CIVILIANS("Niger"), 4, "Dosso"],
    ["Six aid workers, their guide and their driver were shot dead on Sunday by gunmen riding motorcycles near Dosso, Niger, officials said.", "Attack", UAG("Niger"), CIVILIANS("Niger"), 6, "Dosso"],
    ["Three traders were gunned down late on Monday by bandits near Dosso, Niger, police said.", "Attack", UAG("Niger"), CIVILIANS("Niger"), 3, "Dosso"],
    ["Two farmers were killed on Monday by armed men near Dosso, Niger, residents said.", "Attack", UAG("Niger"), CIVILIANS("Niger"), 2, "Dosso"],
    // guards: soldiers killed by gunmen fought them; troops who shot dead militants on a day fought them
    ["Two soldiers were shot dead on Monday by gunmen near Dosso, Niger, the army said.", "Armed clash", UAG("Niger"), ARMY("Niger"), 2, "Dosso"],
    ["Troops shot dead on Monday four militants near Dosso, Niger, the army said.", "Armed clash", ARMY("Niger"), ANY, 0, "Dosso"],
  ]);
});

test("a bomb that hit a patrol or a convoy is a remote explosive", () => {
  subGrid([
    ["A bomb hit an army patrol near Lawdar, Yemen, on Thursday, killing four soldiers, a military source said.", "Remote explosive/landmine/IED"],
    ["A roadside bomb struck a military convoy near Lawdar, Yemen, on Thursday, killing three soldiers.", "Remote explosive/landmine/IED"],
    ["A homemade bomb tore through a police vehicle near Lawdar, Yemen, on Thursday, officials said.", "Remote explosive/landmine/IED"],
    ["Four soldiers died near Lawdar, Yemen, on Thursday when a bomb exploded under their vehicle, officials said.", "Remote explosive/landmine/IED"],
    // guard: a bomb dropped from the air
    ["Aircraft dropped a bomb that hit a rebel convoy near Lawdar, Yemen, on Thursday, a military source said.", "Air/drone strike"],
  ]);
});

test("police who fired live bullets at a crowd used excessive force", () => {
  grid([
    ["Police in Omdurman, Sudan, fired tear gas and live bullets at protesters on Tuesday, killing one demonstrator, doctors said.", "Excessive force against protesters", POLICE("Sudan"), PROTESTERS("Sudan"), 1, "Omdurman"],
    ["Police in Omdurman, Sudan, fired live rounds at protesters on Tuesday, killing one demonstrator, doctors said.", "Excessive force against protesters", POLICE("Sudan"), PROTESTERS("Sudan"), 1, "Omdurman"],
    // guard: tear gas alone at a march is an intervention
    ["Police in Omdurman, Sudan, fired tear gas at protesters on Tuesday, doctors said.", "Protest with intervention", PROTESTERS("Sudan"), STATE("Sudan"), 0, "Omdurman"],
  ]);
});

test("a force that handed a base over to another gave it up", () => {
  subGrid([
    ["On 2 October the peacekeepers handed the base over to the Malian army in Bankass, Mali.", "Non-violent transfer of territory"],
    ["On 2 October the peacekeepers handed over the base to the Malian army in Bankass, Mali.", "Non-violent transfer of territory"],
    ["On 2 October the peacekeepers turned the camp over to the Malian army in Bankass, Mali.", "Non-violent transfer of territory"],
    // guards: suspects handed over; a handover still to come
    ["The army handed the suspects over to police in Bankass, Mali, on Monday.", null],
    ["The base in Bankass, Mali, is to be handed over to the army next month, officials said.", null],
  ]);
});
