// A checklist for wordings read off tuning set 9p (session 15: tune9 told again in new words, same gold)
// whose causes hold for any report of their kind. Each family holds the common synonyms and voices of one
// fact the rules read in one wording only:
//   - the dead told with "were left dead" ("eleven villagers were left dead when bandits raided ..."), and an
//     armed group that "raided" or "stormed" a town by its name (as "attacked Beledweyne" was read);
//   - a title-case dateline ("Sokoto, Nigeria —", "Port Sudan (Agency) —") is where the reporter filed, not
//     the scene; a village the next sentence places "30 km north of" a town is coded at that town (precision 2),
//     not at the dateline;
//   - a passive killing ("three men were shot dead") in a report that tells a protest only paragraphs later,
//     on another day: the killing is no protest's toll;
//   - gunmen who "went door to door shooting the men they found", "shot men", "killing the men they found";
//   - houses burned told as an accusation or a gerund ("accused soldiers of burning 20 houses", "blamed them for
//     setting fire to"): property destruction;
//   - a village "overrun" by fighters who kill or loot its people: an attack, not a capture of territory;
//   - a second happening told after an apposition and ", and on Friday ...": the aside blanked with its comma
//     still parts the clauses;
//   - the victims told first and the actor in a "when" clause ("twelve civilians were killed when suspected rebels
//     of the ADF attacked ..."): the "when" clause's armed subject acted;
//   - a negation in a relative clause on the victim ("an elderly man who could not flee was shot dead") negates
//     that clause, not the killing;
//   - the toll told with a part of it as an aside ("eight civilians, three of them children, were killed") or with
//     a group's abbreviation in brackets ("five Popular Mobilisation Forces (PMF) fighters were killed"): the whole.
// The sentences are invented.
//
// Probe (session 15, against main at 8d3359b): 26 of 49 rows failed before (13 are guards); 0 still fail.
import { test } from "node:test";
import { check, subGrid, UAG, ARMY, CIVILIANS } from "./checklist-testing.js";

const ADF = /^Allied Democratic Forces$/;

test("the dead 'left dead', and a town 'raided' or 'stormed' by name, are an attack", () => {
  subGrid([
    ["At least nine villagers were left dead when bandits raided a hamlet near Kaura Namoda on Sunday, police said.", "Attack"],
    ["Seven farmers were left dead on Sunday when gunmen on motorcycles raided Kasuwar Daji, police said. The village lies about 20 km south of Kaura Namoda.", "Attack"],
    ["Bandits raided Kaura Namoda on Sunday night, residents said.", "Attack"],
    ["Gunmen stormed Bakura overnight, residents told reporters on Monday.", "Attack"],
    ["Six residents died when armed men raided Tsafe on Saturday, police said.", "Attack"],
    // guards: the wordings already read, and a word that is no raid
    ["Bandits attacked Kaura Namoda on Sunday night, killing four residents, police said.", "Attack"],
    ["Fans stormed the pitch in Kaura Namoda on Sunday after the final whistle, police said.", null],
    // guard: a town raided where a fight with armed men is told stays a clash
    ["Troops raided Kaura Namoda on Sunday and exchanged fire with bandits, the army said.", "Armed clash"],
  ]);
});

test("a title-case dateline is no scene: the village the next sentence places is", () => {
  check([
    ["Sokoto, Nigeria — At least eleven villagers were left dead when bandits raided Ruwan Dorawa on Sunday, police said. The farming settlement lies about 15 km east of Gusau, the Zamfara state capital.", { sub: "Attack", loc: /^Gusau$/, cc: "NG" }],
    ["Maiduguri, Nigeria — Gunmen killed six farmers in Unguwar Bawa on Sunday, police said. The village lies some 30 km north of Damboa.", { sub: "Attack", loc: /^Damboa$/, cc: "NG", prec: 2 }],
    ["KATSINA, Nigeria — Gunmen killed six farmers in Unguwar Bawa on Sunday, police said. The village lies about 20 km west of Funtua.", { sub: "Attack", loc: /^Funtua$/, cc: "NG", prec: 2 }],
    // the capitals dateline: the village placed off Gusau all the same
    ["SOKOTO, Nigeria — At least eleven villagers were left dead when bandits raided Ruwan Dorawa on Sunday, police said. The farming settlement lies about 15 km east of Gusau, the Zamfara state capital.", { sub: "Attack", loc: /^Gusau$/, cc: "NG" }],
  ]);
});

test("a passive killing in a report whose protest is told paragraphs later is no protest's toll", () => {
  check([
    ["Two farmers were shot dead at dawn on Saturday in Moirang, police said.\n\nThe attackers fled towards the hills, officials said.\n\nOn Thursday, thousands of protesters clashed with police in Imphal, officials said.",
      { sub: "Attack", loc: /^Moirang$/ }, { sub: ["Violent demonstration", "Protest with intervention", "Excessive force against protesters"] }],
    ["Three traders were hacked to death on Saturday in Moirang, police said.\n\nShops in the town stayed shut on Sunday.\n\nOn Thursday, hundreds of students marched peacefully through Imphal, officials said.",
      { sub: "Attack", loc: /^Moirang$/ }, { sub: "Peaceful protest" }],
    // guard: a protest told right before: the killing stays its toll, no attack of its own
    ["Thousands of protesters marched through Imphal on Saturday, officials said. Two people were shot dead, officials said.",
      { sub: ["Peaceful protest", "Violent demonstration", "Protest with intervention", "Excessive force against protesters"], fat: 2 }],
  ]);
});

test("gunmen who went door to door shooting men attacked civilians", () => {
  check([
    ["Gunmen went door to door in Seytenga on Saturday, shooting the men they found, officials said.", { sub: "Attack", a1: UAG("Burkina Faso"), a2: CIVILIANS("Burkina Faso") }],
    ["Gunmen went from house to house in Seytenga on Saturday, shooting men, officials said.", { sub: "Attack" }],
    ["Gunmen went door-to-door in Seytenga on Saturday, killing the men they found, officials said.", { sub: "Attack" }],
    ["Gunmen shot the men they found in Seytenga on Saturday, officials said.", { sub: "Attack" }],
  ]);
  subGrid([
    // guards: a search from house to house is no attack; soldiers shot are a battle
    ["Police went door to door in Seytenga on Saturday searching for weapons, officials said.", null],
  ]);
});

test("houses burned, told as an accusation or a gerund, are property destruction", () => {
  check([
    ["Residents of a village near Kumbo in Cameroon accused soldiers of burning at least 20 houses on Friday.", { sub: "Looting/property destruction", a1: ARMY("Cameroon") }],
    ["Residents of a village near Kumbo in Cameroon accused soldiers of torching at least 20 houses on Friday.", { sub: "Looting/property destruction", a1: ARMY("Cameroon") }],
    ["Residents of a village near Kumbo in Cameroon blamed soldiers for setting fire to at least 20 houses on Friday.", { sub: "Looting/property destruction", a1: ARMY("Cameroon") }],
    // guard: the active wording, read already
    ["Soldiers burned at least 20 houses in a village near Kumbo in Cameroon on Friday, residents said.", { sub: "Looting/property destruction", a1: ARMY("Cameroon") }],
  ]);
});

test("a village overrun by fighters who kill or loot its people is an attack", () => {
  subGrid([
    ["At least 15 people were killed on Tuesday when RSF fighters overran a village near Wad Madani in Sudan, looting houses and livestock, activists said.", "Attack"],
    ["RSF fighters overran a village near Wad Madani in Sudan on Tuesday, killing at least 15 people and looting homes, activists said.", "Attack"],
    ["RSF fighters swept through a village near Wad Madani in Sudan on Tuesday, killing at least 15 residents, activists said.", "Attack"],
    // guards: the wording already read, and an army base overrun stays a capture
    ["RSF fighters stormed a village near Wad Madani in Sudan on Tuesday, killing at least 15 people and looting homes, activists said.", "Attack"],
    ["RSF fighters overran an army base near Wad Madani in Sudan on Tuesday, the army said.", "Non-state actor overtakes territory"],
  ]);
});

test("a second happening told after an apposition and ', and on Friday' is read", () => {
  check([
    ["Two people were killed by Russian shelling on Thursday in Bilozerka, a village west of Kherson, and on Friday a woman was wounded by Russian mortar fire in Velyka Pysarivka, officials said.",
      { sub: "Shelling/artillery/missile attack", loc: /^Bilozerka$/, date: "2023-10-05" }, { sub: "Shelling/artillery/missile attack", loc: /^Velyka Pysarivka$/, date: "2023-10-06" }],
    ["Russian shelling killed two people in Bilozerka, a village west of Kherson, on Thursday, and on Friday a drone strike wounded a man in Nikopol, officials said.",
      { sub: "Shelling/artillery/missile attack", loc: /^Bilozerka$/ }, { sub: "Air/drone strike", loc: /^Nikopol$/ }],
    // guard: the wording without an apposition, read already
    ["Two people were killed by Russian shelling on Thursday in Bilozerka, and on Friday a woman was wounded by Russian mortar fire in Velyka Pysarivka, officials said.",
      { sub: "Shelling/artillery/missile attack", loc: /^Bilozerka$/ }, { sub: "Shelling/artillery/missile attack", loc: /^Velyka Pysarivka$/ }],
  ]);
});

test("the armed subject of a 'when' clause after a passive killing is who acted", () => {
  check([
    ["At least 12 civilians were killed overnight when suspected rebels of the Allied Democratic Forces attacked a village north of Beni, officials said.", { sub: "Attack", a1: ADF }],
    ["At least 12 civilians were killed overnight when fighters of the Allied Democratic Forces raided a village north of Beni, officials said.", { sub: "Attack", a1: ADF }],
    ["Nine villagers were shot dead near Beni on Sunday as militants from the Allied Democratic Forces attacked their village, officials said.", { sub: "Attack", a1: ADF }],
    // guards: the subject before the cue, read already; and civilians in the "when" clause are no actor
    ["Militants of the Allied Democratic Forces killed 12 civilians in a village north of Beni overnight, officials said.", { sub: "Attack", a1: ADF }],
  ]);
});

test("a negation in a relative clause on the victim does not negate the killing", () => {
  check([
    ["An elderly man who could not flee was shot dead by soldiers in Kumbo, Cameroon, on Monday, residents said.", { sub: "Attack", a1: ARMY("Cameroon"), fat: 1 }],
    ["A woman who did not leave her home was killed by gunmen in Kumbo, Cameroon, on Monday, residents said.", { sub: "Attack", fat: 1 }],
  ]);
  subGrid([
    // guard: a negated killing stays negated
    ["No civilians were shot dead by soldiers in Kumbo, Cameroon, on Monday, the army said.", null],
  ]);
});

test("the toll is the whole, not the part an aside names, nor lost to a bracketed abbreviation", () => {
  check([
    ["Eight civilians, three of them children, were killed on Monday when the Myanmar military bombed a village west of Monywa, residents said.", { sub: "Air/drone strike", fat: 8 }],
    ["Seven members of a family, four of whom were children, were killed on Wednesday when an air strike hit their house in Razih district, in Yemen's Saada province, officials said.", { sub: "Air/drone strike", fat: 7 }],
    ["Six villagers, two of them women, were shot dead on Sunday when gunmen attacked a village near Gusau in Nigeria, police said.", { sub: "Attack", fat: 6 }],
    ["Five Popular Mobilisation Forces (PMF) fighters were killed late on Monday when Islamic State militants attacked their positions near Baquba in Iraq, officials said.", { sub: "Armed clash", fat: 5 }],
    // guards: the wordings already read
    ["Eight civilians, including three children, were killed on Monday when the Myanmar military bombed a village west of Monywa, residents said.", { sub: "Air/drone strike", fat: 8 }],
    ["Five PMF fighters were killed late on Monday when Islamic State militants attacked their positions near Baquba in Iraq, officials said.", { sub: "Armed clash", fat: 5 }],
  ]);
});
