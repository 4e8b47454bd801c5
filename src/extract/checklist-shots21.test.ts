// Probe: 34 of 61 rows failed on the starting code (49c862e); no guard failed.
// Shootings told by the shots, not by a death (session 21):
//   - a person shot a number of times, or in a part of the body ("was shot several times", "shot the prosecutor five
//     times", "was shot in the leg"), or "shot and wounded": an attack, with no one dead unless a death is told;
//   - a car, a bus or a house fired at ("sprayed a minibus with bullets", "shot at the car of", "opened fire on the car
//     of"): an attack on whoever was inside, even when no one was hit;
//   - the toll of a lone victim: wounded or in critical condition is 0; "he died in hospital", "later died of his
//     wounds", "succumbed to her injuries", "was pronounced dead" told of that victim is 1; "shot five times" counts
//     shots, not the dead;
// with guards: "shot dead" and "shot and killed" stay 1, police tear gas and warning shots stay what they were, and
// a photo shoot, a shot to fame, a shot at the title, booster shots, a drone shot down and shots heard give no
// attack. The sentences are invented. PUBLISHED is Wednesday 11 October 2023 (Monday is 9 October).
import { test } from "node:test";
import { check, none, subGrid, CIVILIANS, UAG, POLICE, PROTESTERS, STATE } from "./checklist-testing.js";

test("a person shot a number of times is an attack with no one dead", () => {
  check([
    ["The mayor of Chilpancingo was shot several times outside his home in Chilpancingo on Monday.",
      { sub: "Attack", loc: /^Chilpancingo/, a1: UAG("Mexico"), a2: CIVILIANS("Mexico"), fat: 0, date: "2023-10-09" }],
    ["A gunman shot the prosecutor five times as she left the court in Cali on Monday.",
      { sub: "Attack", loc: /^Cali$/, a1: UAG("Colombia"), a2: CIVILIANS("Colombia"), fat: 0 }],
    ["A radio presenter was shot four times in Tacloban on Monday, police said.",
      { sub: "Attack", loc: /^Tacloban/, a2: CIVILIANS("Philippines"), fat: 0 }],
    ["Unknown assailants shot a tax official multiple times in Peshawar on Monday.",
      { sub: "Attack", loc: /^Peshawar$/, a1: UAG("Pakistan"), fat: 0 }],
    ["A trader was shot five times in Kano on Monday and is in critical condition, police said.",
      { sub: "Attack", loc: /^Kano$/, fat: 0 }],
  ]);
});

test("a lone victim who died after the shooting counts one", () => {
  check([
    ["A trader was shot five times in Kano on Monday, police said.\n\nHe died in hospital on Tuesday.",
      { sub: "Attack", loc: /^Kano$/, fat: 1 }],
    ["A lawyer was shot several times in Quetzaltenango on Monday and later died in hospital.",
      { sub: "Attack", loc: /^Quetzaltenango$/, fat: 1 }],
    ["A pastor was shot three times outside his church in Kumasi on Monday.\n\nHe later succumbed to his injuries, police said.",
      { sub: "Attack", loc: /^Kumasi$/, fat: 1 }],
    ["Gunmen shot a shopkeeper in the chest in Mombasa on Monday. She was pronounced dead on arrival at hospital.",
      { sub: "Attack", loc: /^Mombasa$/, fat: 1 }],
    // guards: a death told twice is one death; wounded is no death
    ["A trader was shot dead in Kano on Monday.\n\nHe died at the scene, police said.",
      { sub: "Attack", loc: /^Kano$/, fat: 1 }],
    ["A trader was shot and killed in Enugu on Monday.",
      { sub: "Attack", loc: /^Enugu$/, fat: 1 }],
    // guard: one victim's death is no exact count of a toll told by a vague word
    ["Dozens of people were killed when gunmen attacked a market in Gao on Monday.\n\nHe died in hospital, police said.",
      { sub: "Attack", loc: /^Gao$/, fat: 12 }],
  ]);
});

test("shot and wounded, or shot in a part of the body, is an attack with no one dead", () => {
  check([
    ["A journalist was shot and wounded by a gunman in Karachi on Monday.",
      { sub: "Attack", loc: /^Karachi$/, a2: CIVILIANS("Pakistan"), fat: 0 }],
    ["Gunmen shot and wounded a local councillor in Tegucigalpa on Monday.",
      { sub: "Attack", loc: /^Tegucigalpa$/, a1: UAG("Honduras"), fat: 0 }],
    ["A farmer was shot in the leg by gunmen near Makurdi on Monday.",
      { sub: "Attack", loc: /^Makurdi$/, fat: 0 }],
    ["An aid worker was shot in the shoulder by unidentified men in Bangui on Monday.",
      { sub: "Attack", loc: /^Bangui$/, fat: 0 }],
    // guard: a lone victim shot in the head who died counts one
    ["A schoolteacher was shot in the head by unknown gunmen in Quetta on Monday and died on the spot.",
      { sub: "Attack", loc: /^Quetta$/, fat: 1 }],
  ]);
});

test("a car, a bus or a house fired at is an attack, even with no one hit", () => {
  check([
    ["Gunmen sprayed a minibus with bullets in Durban on Monday, wounding three passengers.",
      { sub: "Attack", loc: /^Durban$/, a1: UAG("South Africa"), fat: 0 }],
    ["Gunmen opened fire on the car of a local judge in Guayaquil on Monday, but he was unhurt.",
      { sub: "Attack", loc: /^Guayaquil$/, fat: 0 }],
    ["Men on a motorcycle shot at the car of an opposition politician in Lima on Monday, missing him.",
      { sub: "Attack", loc: /^Lima$/, fat: 0 }],
    ["Assailants fired at the house of a human rights activist in Tumaco on Monday; no one was hurt.",
      { sub: "Attack", loc: /^Tumaco$/, fat: 0 }],
  ]);
});

test("armed men who shot a person, or fired at one, attacked that person, hit or not", () => {
  check([
    ["Two men on a motorbike shot a shopkeeper in Karachi on Monday. The victim died in hospital.",
      { sub: "Attack", loc: /^Karachi$/, a1: UAG("Pakistan"), a2: CIVILIANS("Pakistan"), fat: 1 }],
    ["Gunmen shot three people in a bar in Cancun on Monday.",
      { sub: "Attack", loc: /^Cancun$/, a1: UAG("Mexico"), fat: 0 }],
    ["A gunman opened fire on a tax collector in Mogadishu on Monday.",
      { sub: "Attack", loc: /^Mogadishu$/, a2: CIVILIANS("Somalia"), fat: 0 }],
    ["Gunmen shot at a judge outside the court in Guayaquil on Monday but missed.",
      { sub: "Attack", loc: /^Guayaquil$/, a1: UAG("Ecuador"), fat: 0 }],
    ["Gunmen riddled the car of a local official with bullets in Zamboanga on Monday, killing him.",
      { sub: "Attack", loc: /^Zamboanga$/, fat: 1 }],
    ["A student was hit by a bullet fired by gunmen in Cucuta on Monday.",
      { sub: "Attack", loc: /^Cucuta$/, fat: 0 }],
    // guards: armed men shot are a battle; a photographer's or a director's shot is none
    ["Gunmen opened fire on two soldiers in Gao on Monday.",
      { sub: "Armed clash", loc: /^Gao$/, a2: STATE("Mali") }],
  ]);
  none([
    "The photographer shot the bride at sunset in Goa on Monday.",
    "The director shot a documentary about the fishermen in Lagos on Monday.",
  ]);
});

test("a shooting told as a happening is an attack; 'left three wounded' counts no dead", () => {
  check([
    ["A man was killed in a drive-by shooting in Kingston on Monday.",
      { sub: "Attack", loc: /^Kingston$/, a2: CIVILIANS("Jamaica"), fat: 1 }],
    ["Two people were wounded in a drive-by shooting in Montego Bay on Monday.",
      { sub: "Attack", loc: /^Montego Bay$/, fat: 0 }],
    ["A shooting at a bar in Cancun on Monday left three people wounded.",
      { sub: "Attack", loc: /^Cancun$/, a1: UAG("Mexico"), fat: 0 }],
    ["Three people were killed in a shooting at a nightclub in Durban on Monday.",
      { sub: "Attack", loc: /^Durban$/, fat: 3 }],
    ["Gunmen attacked a market in Gao on Monday. The attack left 12 people injured and two dead.",
      { sub: "Attack", loc: /^Gao$/, fat: 2 }],
  ]);
  // guards: a range, a film, a debate about shootings long past
  none([
    "The club opened a new shooting range in Nairobi on Monday.",
    "The shooting of the film began in Tbilisi on Monday.",
    "Congress debated gun laws on Monday after a mass shooting in Uvalde in 2022.",
    "Lawmakers in Washington on Monday discussed a spate of mass shootings.",
  ]);
});

test("armed forces shot at, or fire on their vehicles, is a battle; forces firing on a car is an attack", () => {
  check([
    ["A police officer was shot several times by gunmen in Gusau on Monday.",
      { sub: "Armed clash", loc: /^Gusau$/, a2: POLICE("Nigeria"), fat: 0 }],
    ["Gunmen opened fire on a police vehicle in Quetta on Monday, wounding two officers.",
      { sub: "Armed clash", loc: /^Quetta$/, a2: POLICE("Pakistan"), fat: 0 }],
    ["Israeli soldiers fired at a car near a checkpoint in Jenin on Monday, wounding the driver.",
      { sub: "Attack", loc: /^Jenin$/, a1: STATE("Israel"), a2: CIVILIANS("Palestine"), fat: 0 }],
  ]);
});

test("a lone protester shot is force against protesters", () => {
  check([
    ["A protester was shot in the leg by police during a march in Nairobi on Monday.",
      { sub: "Excessive force against protesters", loc: /^Nairobi$/, a1: POLICE("Kenya"), a2: PROTESTERS("Kenya"), fat: 0 }],
    ["Protesters marched in Lima on Monday. A protester was shot in the chest and died, witnesses said.",
      { sub: "Excessive force against protesters", loc: /^Lima$/, a2: PROTESTERS("Peru"), fat: 1 }],
    ["A demonstrator was shot dead by police during a rally in Conakry on Monday.",
      { sub: "Excessive force against protesters", loc: /^Conakry$/, fat: 1 }],
  ]);
  // guards: rubber bullets are force used on a crowd, not shooting it; a death in a riot is the riot's
  subGrid([
    ["Police fired rubber bullets at protesters in Santiago on Monday.", "Protest with intervention"],
    ["Young protesters fought running battles with police in Thies on Monday and a demonstrator was shot dead.", "Violent demonstration"],
  ]);
});

test("a victim gunned down stays one dead", () => {
  check([
    ["A local councillor was gunned down outside a mosque in Peshawar on Monday.",
      { sub: "Attack", loc: /^Peshawar$/, a1: UAG("Pakistan"), a2: CIVILIANS("Pakistan"), fat: 1 }],
    ["A 19-year-old student was gunned down by men on a motorcycle in Culiacan on Monday.",
      { sub: "Attack", loc: /^Culiacan$/, fat: 1 }],
  ]);
});

test("guards: police fire at protesters keeps its coding; shots that hit no one are no attack", () => {
  subGrid([
    ["Police shot tear gas at protesters in Nairobi on Monday.", "Excessive force against protesters"],
    ["Police fired shots into the air to disperse protesters in Lagos on Monday.", "Protest with intervention"],
    ["Ukraine's army shot down a drone over Kharkiv on Monday.", "Disrupted weapons use"],
  ]);
  // (shots heard alone: today no event, kept)
  none([
    "Shots were heard in the centre of Bamako on Monday.",
    "A man was shot in the leg by a stray bullet during celebrations in Kabul on Monday.",
    "He was shot in the leg in 2019 during the uprising in Khartoum, he told reporters on Monday.",
    "The singer shot to fame in Lagos in 2019.",
    "A photo shoot for the new kit took place in Nairobi on Monday.",
    "Kenya's champion has a shot at the title in Doha on Monday.",
    "Nurses gave booster shots to 2,000 pensioners in Accra on Monday.",
    "The film was shot in Tbilisi over three months last year.",
    "The striker shot twice at goal in the first half in Lagos on Monday.",
  ]);
});
