// A checklist for wordings read off tuning set 8p (session 15: tune8 told again in new words, same gold)
// whose causes hold for any report of their kind. Each family below holds the common synonyms, voices and
// word orders of one fact the rules read in one wording only:
//   - a lynching told in the passive ("were beaten and burned to death by a crowd", "set upon and burned
//     alive by villagers"), whatever the victims are called: mob violence;
//   - police who "stopped", "halted", "prevented", "barred" or "blocked" marchers (or a march): a protest
//     with intervention, not a peaceful one;
//   - a victim told with an age ("shot and killed a 54-year-old village headman") and gunmen told with
//     their motorcycle ("two gunmen riding a motorcycle shot dead ..."): an attack;
//   - an armed hand that "swept through", "rampaged through" or "descended on" villages: an attack (floods
//     and pilgrims do not count);
//   - "a raid/an assault/an attack by X on the village of Y" or "on Y, a village ...": an attack;
//   - a crowd that "seized", "took over" or "tried to seize" a building or an airport: a riot, not a
//     change of territory;
//   - armed men in a crowd who "traded fire" or had "an exchange of fire" with troops: an armed clash;
//   - a rally planned with its name in quotes (plans a "peace rally"), or "called" or "announced" with
//     its place before "for Saturday": a plan, no event;
//   - a tally over a period dated only by the day it was said ("Earlier this month the UN said ..."): no event;
//   - a numbered part of a town ("Sector 12 of Noida"), a town in apposition on "the capital's outskirts":
//     the town is the scene, not "Sector" or the capital;
//   - a count of an actor's men ("Hundreds of Israeli settlers", "a group of al-Shabaab fighters"): that actor;
//   - a victim told by a country's people ("a 19-year-old Palestinian was shot dead"): one dead.
// The sentences are invented.
//
// Probe (session 15, against main at 8d3359b): 35 of 63 rows failed before (22 are guards; the other 6 are new
// wordings main already read); 0 still fail.
import { test } from "node:test";
import assert from "node:assert/strict";
import { check, onlyEvent, subGrid } from "./checklist-testing.js";

test("a lynching told in the passive is mob violence", () => {
  subGrid([
    ["Five suspected thieves were beaten and burned to death by a crowd in Kisumu on Monday, police said.", "Mob violence"],
    ["Three suspected robbers were set upon and burned alive by villagers near Kisumu on Monday, police said.", "Mob violence"],
    ["Four alleged gang members were beaten to death by residents of a Kisumu slum on Monday, police said.", "Mob violence"],
    ["A man accused of witchcraft was stoned to death by a crowd in Kisumu on Monday, police said.", "Mob violence"],
    // guards: the wording already read, and police stoned by a crowd (a riot)
    ["Two alleged kidnappers were lynched by angry residents in Kisumu on Monday, police said.", "Mob violence"],
    ["Two police officers were stoned by a crowd in Kisumu on Monday, police said.", "Violent demonstration"],
  ]);
});

test("police who stop, halt, bar or block marchers intervene in a protest", () => {
  subGrid([
    ["In Cusco, riot police stopped teachers marching to the regional government office on Monday, the union said.", "Protest with intervention"],
    ["Police in riot gear blocked a march of nurses from reaching the health ministry in Cusco on Monday, the union said.", "Protest with intervention"],
    ["Police halted hundreds of protesters marching on the governor's office in Cusco on Monday, the union said.", "Protest with intervention"],
    ["Riot police prevented students from marching to the parliament in Cusco on Monday, organisers said.", "Protest with intervention"],
    ["Police barred demonstrators from reaching the main square in Cusco on Monday, organisers said.", "Protest with intervention"],
    // guards: protesters who block a road, and a march no one stopped
    ["Protesters blocked the main highway in Cusco on Monday, demanding the governor's resignation, the union said.", "Peaceful protest"],
    ["Thousands of teachers marched to the regional government office in Cusco on Monday, the union said.", "Peaceful protest"],
  ]);
});

test("a victim told with an age, and gunmen told with their motorcycle, make an attack", () => {
  subGrid([
    ["Gunmen shot and killed a 54-year-old village headman outside a tea shop in Yala province on Monday night, police said.", "Attack"],
    ["Two gunmen on a motorcycle shot dead a 40-year-old rubber tapper in Yala province on Monday, police said.", "Attack"],
    ["Unidentified gunmen gunned down a 62-year-old retired teacher at his home in Yala province on Monday, police said.", "Attack"],
    ["Two gunmen riding a motorcycle shot and killed a rubber tapper in Yala province on Monday, police said.", "Attack"],
    // guards: the wordings already read
    ["Gunmen killed a 35-year-old local trader in Yala province on Monday, police said.", "Attack"],
    ["Gunmen shot dead a village headman in Yala province on Monday, police said.", "Attack"],
  ]);
});

test("an armed hand that sweeps through or descends on villages attacks them", () => {
  subGrid([
    ["Hundreds of gunmen riding motorcycles swept through several villages in Maru local government area on Tuesday, shooting residents, witnesses said.", "Attack"],
    ["Armed men on motorcycles rampaged through villages in Maru local government area on Tuesday, killing 12 people, witnesses said.", "Attack"],
    ["Gunmen descended on the village of Dansadau in Maru local government area on Tuesday, shooting residents and burning homes, witnesses said.", "Attack"],
    ["Bandits riding on motorbikes stormed three villages in Maru local government area on Tuesday, witnesses said.", "Attack"],
    // guards: the wording already read; pilgrims and floodwaters are no armed hand
    ["Gunmen on motorcycles raided Dansadau village in Maru on Tuesday, killing 12 people, witnesses said.", "Attack"],
    ["Thousands of pilgrims descended on the town of Maru on Tuesday for the annual festival, officials said.", null],
    ["Floodwaters swept through three villages in Maru local government area on Tuesday, officials said.", null],
  ]);
});

test("a raid or an attack by X on a named village is an attack", () => {
  subGrid([
    ["A Palestinian was killed on Friday in a raid by settlers on the village of Turmus Ayya, near Ramallah, the health ministry said.", "Attack"],
    ["A Palestinian man was shot dead on Friday during an attack by Israeli settlers on Turmus Ayya, a village near Ramallah, the health ministry said.", "Attack"],
    // guards: the wording already read, and a police raid on a drug den that made arrests
    ["Israeli settlers attacked the village of Turmus Ayya near Ramallah on Friday, killing a Palestinian man, the health ministry said.", "Attack"],
    ["A raid by police on a drug den in Ramallah on Friday led to three arrests, officials said.", null],
  ]);
  check([
    // told beside mourners at a funeral (a crowd word that leaves a passive killing to protest cues): the attack's own words are read
    ["The Palestinian health ministry said a teenager was shot dead on Friday evening during an attack by Israeli settlers on Turmus Ayya, a West Bank village east of Ramallah. Hundreds of mourners attended his funeral in Turmus Ayya on Saturday.", { sub: "Attack", loc: /^Turmus/, a1: /^Settlers/ }],
  ]);
});

test("a crowd that seizes or takes over a building riots; rebels who seize a town take it", () => {
  subGrid([
    ["Thousands of demonstrators tried to seize the airport in Juliaca on Sunday, hurling stones at police, witnesses said.", "Violent demonstration"],
    ["Protesters took over the town's airport in Juliaca on Sunday and set part of the terminal on fire, witnesses said.", "Violent demonstration"],
    ["Protesters seized the regional government building in Juliaca on Sunday, throwing stones at police, witnesses said.", "Violent demonstration"],
    // guard: rebels seizing a town
    ["Rebels seized the town of Juliaca on Sunday after heavy fighting, the army said.", "Non-state actor overtakes territory"],
  ]);
});

test("armed men in a crowd who trade fire with troops fight an armed clash", () => {
  subGrid([
    ["Armed men hidden among the marchers traded fire with soldiers near Moreh on Friday, leaving two people dead, police said.", "Armed clash"],
    ["There was an exchange of fire between armed men in the crowd of marchers and soldiers near Moreh on Friday, police said.", "Armed clash"],
    // guard: a crowd that clashes with police throwing stones riots
    ["Protesters clashed with police near Moreh on Friday, throwing stones, officials said.", "Violent demonstration"],
  ]);
});

test("a rally planned with its name in quotes, or called for a day to come, is no event", () => {
  subGrid([
    ['The ruling party plans a "peace rally" in Harare on the same day, officials said.', null],
    ['The opposition is planning a "million-man march" through Harare next week, its leaders said.', null],
    ['The governing party has announced a "grand rally" in Harare for Saturday, officials said.', null],
    ["Unions have called peaceful demonstrations in the capital for Tuesday, organisers said.", null],
    ["The opposition has called a general strike for Thursday in Lagos, its leaders said.", null],
    // guards: a quoted rally that was held, and a protest called and held
    ['Thousands of opposition supporters held a "grand rally" in Harare on Saturday, police said.', "Peaceful protest"],
    ["Thousands of people marched in Lagos on Tuesday in a protest called by the unions, police said.", "Peaceful protest"],
  ]);
});

test("a tally over a period dated by the day it was said is no event", () => {
  subGrid([
    ["Earlier this month the UN said gangs had killed more than 600 people in the capital in the first quarter of the year.", null],
    ["On Monday, the health ministry said 300 people had been killed in the first half of the year.", null],
    // guard: a killing with a day of its own
    ["On Monday, gunmen killed six people in Pont-Sonde, police said.", "Attack"],
  ]);
});

test("the town is the scene: not its numbered sector, nor the capital in its apposition", () => {
  check([
    ["A mob set fire to shops in Sector 12 of Noida on Tuesday, police said.", { sub: "Mob violence", loc: /^Noida$/ }],
    ["In Ettadhamen, a poor neighbourhood on the capital's western outskirts, youths threw stones at police on Sunday.", { sub: "Violent demonstration", loc: /^Ettadhamen$/ }],
    // guards: the wordings already read
    ["In the early hours of Tuesday, a mob of around 50 men attacked a mosque in Gurugram's Sector 57, police said.", { sub: "Mob violence", loc: /^Gurugram$/ }],
    ["A mob torched a mosque in Noida's Sector 62 on Tuesday, police said.", { sub: "Mob violence", loc: /^Noida$/ }],
    ["Youths threw stones at police on Sunday in Ettadhamen, a suburb of the capital, officials said.", { sub: "Violent demonstration", loc: /^Ettadhamen$/ }],
    ["In Ettadhamen, a working-class district on the western edge of the capital, youths threw stones at police on Sunday.", { sub: "Violent demonstration", loc: /^Ettadhamen$/ }],
  ]);
});

test("a count of an actor's men is that actor", () => {
  const rows: [string, RegExp][] = [
    ["Hundreds of Israeli settlers rampaged through the Palestinian village of Turmus Ayya on Wednesday, setting fire to homes, the health ministry said.", /^Settlers \(Israel\)$/],
    ["A group of Israeli settlers attacked the village of Turmus Ayya on Wednesday, setting fire to homes, the health ministry said.", /^Settlers \(Israel\)$/],
    ["Dozens of Hamas militants attacked an army post near Khan Younis on Monday, the army said.", /^Hamas$/],
    ["A group of al-Shabaab fighters attacked the village of Bulo Burde on Monday, residents said.", /^Al Shabaab$/],
    // guard: the actor told without a count
    ["Israeli settlers attacked the Palestinian village of Turmus Ayya on Wednesday, setting fire to homes, the health ministry said.", /^Settlers \(Israel\)$/],
  ];
  for (const [text, a1] of rows) assert.match(onlyEvent(text).actor1, a1, text);
});

test("a victim told by a country's people counts one dead", () => {
  check([
    ["A 19-year-old Palestinian was shot dead on Friday when Israeli settlers attacked the village of Turmus Ayya near Ramallah, the health ministry said.", { sub: "Attack", fat: 1 }],
    ["A young Afghan was shot dead on Friday when gunmen attacked a mosque in Herat, police said.", { sub: "Attack", fat: 1 }],
    ["An elderly Syrian was killed on Friday when gunmen attacked the village of Tafas, activists said.", { sub: "Attack", fat: 1 }],
    // guard: the wording already read
    ["A Palestinian man was shot dead on Friday when Israeli settlers attacked the village of Turmus Ayya near Ramallah, the health ministry said.", { sub: "Attack", fat: 1 }],
  ]);
});
