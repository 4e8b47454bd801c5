// Probe: 6 of 13 rows failed on the starting code (ed818c0); none of them a guard.
// A checklist read off the "merged into a matched event" misses of the tuning sets (session 23: DP, the same place and
// day, and TP, the same kind and place), by families whose convention the tuning sets' gold holds:
//   - a sentence opening on what came earlier that day ("Earlier in the day, police opened fire on marchers ...") after a
//     crowd's own violence, the one a crowd's violence and the other not: two happenings. Guards: the same crowd's
//     violence told again ("Earlier on Monday, protesters set fire to ...") stays one riot; a peaceful gathering told
//     earlier of the crowd the police later dispersed stays one protest with intervention.
//   - a lone killing told in a sentence of its own ("The mayor was shot dead at his home on Monday") and a gun battle with
//     the suspects told in another: two happenings. Guard: a shootout whose dead include a passer-by stays one clash.
//   - a killing of civilians, then another side's fight with the killers that side told a day later ("The army said on
//     Tuesday its troops had clashed with the militants"): two happenings. Guard: the killing retold later with its day
//     restated stays one.
//   - air strikes on the attackers' positions told beside their assault: two happenings, the clash and the strikes.
//   - a state's air strike and a raid by another armed group, each told by its own doer with a day of its own: two.
// Further guards: a crowd that turns violent at once stays one riot; police dispersing a protest stays one protest
// with intervention. The rows test the grouping with the learned keep-check off, except the rows of happenings told
// apart explicitly, which must also survive the check. The sentences are invented. PUBLISHED is Wednesday 11 October 2023.
import { test } from "node:test";
import { check, ARMY, CIVILIANS } from "./checklist-testing.js";

test("a happening told as coming earlier that day, the one a crowd's violence and the other not, is a happening of its own", () => {
  const rows: Parameters<typeof check>[0] = [
    ["Crowds looted shops and set fire to the ruling party's offices in Mombasa on Monday, police said.\n\nEarlier in the day, police opened fire on marchers in the Likoni area of the city, killing three people, doctors said.",
      { sub: "Violent demonstration", date: "2023-10-09" }, { sub: "Excessive force against protesters", loc: /^(?:Mombasa|Likoni)$/, date: "2023-10-09", fat: 3 }],
    ["Hundreds of youths threw stones at police and burned tyres in Bamako on Tuesday, witnesses said.\n\nEarlier on Tuesday, thousands of people marched peacefully through the city centre to demand elections.",
      { sub: "Violent demonstration", loc: /^Bamako$/, date: "2023-10-10" }, { sub: "Peaceful protest", loc: /^Bamako$/, date: "2023-10-10" }],
  ];
  check(rows, false);
  check(rows, true);
  check([
    // guard: the same crowd's violence told again as earlier that day stays one riot
    ["Protesters stormed and set fire to the governor's office in Kano on Monday night, witnesses said.\n\nEarlier on Monday, protesters set fire to the offices of two political parties in the city.",
      { sub: "Violent demonstration", loc: /^Kano$/, date: "2023-10-09" }],
    // guard: the crowd the police dispersed, told gathering earlier that day, stays one protest with intervention
    ["Police fired tear gas at hundreds of nurses marching in Harare on Tuesday, witnesses said.\n\nEarlier in the day, the nurses had gathered outside the health ministry to demand higher pay.",
      { sub: "Protest with intervention", loc: /^Harare$/, date: "2023-10-10" }],
    // guard: a crowd that turns violent at once stays one riot
    ["Hundreds of students gathered outside the university in Kumasi on Monday and began hurling stones at police, witnesses said.",
      { sub: "Violent demonstration", loc: /^Kumasi$/, date: "2023-10-09" }],
  ], false);
});

test("a lone killing and a gun battle with the suspects told in sentences of their own are two happenings", () => {
  check([
    ["Mayor Carlos Ruiz was shot dead at his home in Celaya early on Monday by a group of armed men, prosecutors said.\n\nPolice said officers surrounded the suspects in a house nearby on Monday afternoon and that the gun battle lasted into the night.",
      { sub: "Attack", loc: /^Celaya$/, date: "2023-10-09", a2: CIVILIANS("Mexico") }, { sub: "Armed clash", loc: /^Celaya$/, date: "2023-10-09" }],
    // guard: a shootout whose dead include a passer-by stays one clash
    ["Gunmen attacked a police post in Celaya on Monday, and two officers and a passer-by were killed in the shootout, prosecutors said.",
      { sub: "Armed clash", loc: /^Celaya$/, date: "2023-10-09" }],
  ], false);
});

test("a killing of civilians and another side's fight with the killers, told by that side a day later, are two happenings", () => {
  const told: Parameters<typeof check>[0] = [
    ["Militants killed six fishermen near Baga on Monday, residents said.\n\nThe army said on Tuesday that its troops had clashed with the militants outside Baga, killing nine of them.",
      { sub: "Attack", loc: /^Baga$/, date: "2023-10-09" }, { sub: "Armed clash", loc: /^Baga$/, date: "2023-10-10", a1: ARMY("Nigeria") }],
  ];
  check(told, false);
  check(told, true);
  check([
    // guard: the killing retold later with its day restated stays one
    ["Gunmen killed eight villagers in Kauru on Sunday, police said.\n\nThe killings on Sunday were the third such attack in the district this month, a police spokesman said.",
      { sub: "Attack", loc: /^Kauru$/, date: "2023-10-08" }],
  ], false);
});

test("air strikes on the attackers' positions told beside their assault are a happening of their own", () => {
  const told: Parameters<typeof check>[0] = [
    ["Taliban fighters attacked police checkpoints in the Shindand district of Herat province late on Sunday, killing nine police officers, officials said.\n\nThe fighting lasted several hours. Aircraft carried out air strikes on Taliban positions in the district, killing 15 insurgents, the army said.",
      { sub: "Armed clash", date: "2023-10-08" }, { sub: "Air/drone strike", date: "2023-10-08" }],
  ];
  check(told, false);
  check(told, true);
  check([
    // guard: air strikes told only as what ended the fight, with no toll of their own, are the fight's
    ["Taliban fighters attacked police checkpoints in the Shindand district of Herat province on Sunday, killing nine police officers, officials said.\n\nThe fighting lasted several hours before air strikes drove the attackers off.",
      { sub: "Armed clash", date: "2023-10-08" }],
  ], false);
});

test("a state's air strike and another group's raid, each told by its own doer with a day of its own, are two happenings", () => {
  const told: Parameters<typeof check>[0] = [
    ["A Nigerian Air Force strike killed 12 vigilantes near the village of Dansadau in Zamfara state on Saturday, residents said.\n\nThe vigilantes had been chasing bandits who raided a nearby village before dawn on Saturday, killing three people and stealing cattle.",
      { sub: "Air/drone strike", date: "2023-10-07" }, { sub: "Attack", date: "2023-10-07" }],
  ];
  check(told, false);
  check(told, true);
  check([
    // guard: one group's killing and its abduction of the same day, told in two sentences, stay one raid
    ["Boko Haram fighters raided the village of Kukawa on Saturday, killing seven farmers, residents said.\n\nThe militants also abducted 12 women from the village on Saturday, a local official said.",
      { sub: "Attack", loc: /^Kukawa$/, date: "2023-10-07" }],
  ], false);
});
