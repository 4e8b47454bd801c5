// Probe: 9 of 17 rows failed on the starting code (3af6895); none of them a guard.
// A checklist read off tuning set 26's misses (session 22), by families of wordings:
//   - a leader named by a participle epithet ("loyal to the ousted president", "the home town of deposed prime
//     minister X"): a description of the person, no seizure of power told.
//   - a cue word inside an organisation's name, its head before it ("the Military Council for the Liberation of X",
//     "the Popular Front for the Liberation of ..."): the group's name, no taking of a place.
//   - a sentence-opening "The" and a lower-case word that a region is also called ("The marches passed off
//     peacefully": Italy's region "The Marches"): the ordinary phrase, no place.
//   - "Nobody fought", "nobody resisted": the verb negated by its subject.
//   - a withdrawal told as the time of the clause's deed ("killed 300 civilians in the town after the army withdrew"):
//     the deed is the clause's happening, the withdrawal its setting.
//   - "a missile strike on a residential area", "a rocket strike on the camp": the weapon named before "strike"
//     types it (shelling/artillery/missile attack), as the project's coders do.
//   - the day of a burial right before "of <the happening>" ("buried the victims on Sunday of a missile strike"):
//     only an upper bound of the happening's day; the next sentence's own day ("The missile struck on Friday") dates it.
// Each family has a guard that must not change. The sentences are invented. PUBLISHED is Wednesday 11 October 2023.
import { test } from "node:test";
import { check, subGrid } from "./checklist-testing.js";

test("a leader named by a participle epithet is no seizure of power", () => {
  check([
    ["Gunmen loyal to the ousted president attacked an army checkpoint in Kidal on Monday, killing four soldiers.",
      { sub: "Armed clash", loc: /^Kidal$/, date: "2023-10-09", fat: 4 }],
    ["Supporters of deposed prime minister Ahmed Karim clashed with police in Maiduguri on Sunday.",
      { sub: ["Violent demonstration", "Armed clash", "Mob violence"], loc: /^Maiduguri$/, date: "2023-10-08" }],
  ]);
  // guard: soldiers who oust the president on a day of theirs seize power
  subGrid([["Soldiers ousted the president of Niger on Monday and suspended the constitution, state television said.", "Change to group/activity"]]);
});

test("a cue word inside an organisation's name is no happening", () => {
  check([
    ["A group calling itself the Patriotic Front for the Liberation of Kidal said its fighters had attacked an army post in Kidal on Sunday.",
      { sub: "Armed clash", loc: /^Kidal$/, date: "2023-10-08" }],
  ]);
  // guard: "the liberation of" a town, told in lower case, still tells a taking
  subGrid([["Government forces announced the liberation of Bakhmut from Russian troops on Monday.", "Government regains territory"]]);
});

test("'The marches' opening a sentence is no region", () => {
  check([
    ["Thousands of students marched through Dhaka on Sunday.\n\nPolice said the march was calm.\n\nThe marches passed off peacefully in most cities, organisers said.",
      { sub: "Peaceful protest", loc: /^Dhaka$/, date: "2023-10-08" }],
  ]);
  // guard: a place whose name opens with "The" and is capitalised throughout stays a place
  check([["Thousands of people marched peacefully through The Hague on Sunday to demand a ceasefire.", { sub: "Peaceful protest", loc: /Hague/, date: "2023-10-08" }]]);
});

test("'Nobody fought' negates the fight", () => {
  check([
    ["Al-Shabaab fighters walked into the town of Bulo Burte on Wednesday, hours after government troops pulled out overnight, residents said.\n\nResidents said soldiers loaded their trucks and left the town during the night of Tuesday. \"Nobody fought. The soldiers had gone when we woke up,\" said a trader.",
      { sub: "Non-violent transfer of territory", loc: /^Bulo Burte$/, date: "2023-10-11" }],
  ]);
  // guard: "nobody" far from the fight word leaves the fight told
  check([["Nobody in the town was surprised when soldiers fought the militants near Bulo Burte on Tuesday.", { sub: "Armed clash", date: "2023-10-10" }]]);
});

test("a withdrawal told as the time of the clause's deed is its setting", () => {
  check([
    ["A rights group said on Tuesday that militiamen had killed at least 40 civilians in Bentiu after the army withdrew, going from house to house.",
      { sub: "Attack", loc: /^Bentiu$/, fat: 40 }],
  ]);
  // guard: a withdrawal told as the clause's own happening stays one
  check([["Government troops withdrew from Bentiu on Tuesday, residents said.", { sub: "Non-violent transfer of territory", loc: /^Bentiu$/, date: "2023-10-10" }]]);
});

test("a missile strike is typed by its weapon", () => {
  check([
    ["A Russian missile strike on a residential area of Kharkiv killed seven people on Monday, officials said.",
      { sub: "Shelling/artillery/missile attack", loc: /^Kharkiv$/, date: "2023-10-09", fat: 7 }],
    ["A rocket strike on a camp for displaced people near Idlib killed five people on Sunday, rescuers said.",
      { sub: "Shelling/artillery/missile attack", date: "2023-10-08", fat: 5 }],
  ]);
  // guard: an air strike and a drone strike stay air strikes
  check([
    ["An air strike on a market in Idlib killed five people on Sunday, rescuers said.", { sub: "Air/drone strike", loc: /^Idlib$/, date: "2023-10-08", fat: 5 }],
    ["A drone strike on a house in Kharkiv killed two people on Monday, officials said.", { sub: "Air/drone strike", loc: /^Kharkiv$/, date: "2023-10-09", fat: 2 }],
  ]);
});

test("a burial's day before 'of <the happening>' is only its upper bound", () => {
  check([
    ["Residents of Kharkiv buried the victims on Tuesday of a Russian missile strike on a block of flats that killed nine people.\n\nThe missile struck on Sunday evening near a school, regional officials said.",
      { sub: "Shelling/artillery/missile attack", loc: /^Kharkiv$/, date: "2023-10-08", fat: 9 }],
  ]);
  // guard: with no later telling of its own day, the burial's day stays the bound the report gives
  check([["Residents of Kharkiv buried the victims on Tuesday of a Russian missile strike on a block of flats that killed nine people.",
    { sub: "Shelling/artillery/missile attack", loc: /^Kharkiv$/, date: "2023-10-10", fat: 9 }]]);
});
