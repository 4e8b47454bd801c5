// Probe: 21 of 35 rows failed on the starting code (ed818c0); none of them a guard.
// A checklist read off the misses and extras of tune27 and tune28 (the sealed sets 8 and 9, opened in session 23), by
// families of wording a coder meets in many reports:
//   - places: a street named after a town ("Thika Road", "the Arequipa avenue") is no scene in that town; a seat of
//     government the size of a city (La Paz) is the capital a dateline means; "the city of X" is the town, not the region
//     named like it; a town of the report's second country told as "the town of X" is a scene; a city's quarter far from
//     every town the report names is a namesake elsewhere; a surname told first after a role and a given name stands
//     for that person later, not for a town.
//   - kinds: fans or followers that clash with police make a riot; an unarmed crowd or protesters that attack shops or
//     homes, or a crowd that chases and beats fans or journalists, make mob violence or a violent demonstration; security forces that kill armed men or (quoted) terrorists
//     fight a battle; arrests told in a later clause of the sentence telling force on a crowd are that intervention; a
//     "campaign rally" is no demonstration; a fight told later with nothing of its own is how an attack ended; "the
//     latest in a wave of massacres" names the run, no cue of its own.
//   - days: a happening of another kind told as "Earlier on Sunday" is an event of its own (the same kind at the same
//     place that day is one); "said at the scene on Tuesday" is a day of telling; "Saturday's election" dates the vote, not a coup said to
//     have happened; "in early October" ended weeks before a late-October report is background.
// The sentences are invented. PUBLISHED is Wednesday 11 October 2023.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "./index.js";
import { check, ARMY, PROTESTERS, RIOTERS, UAG } from "./checklist-testing.js";

test("a street named after a town is no scene in that town", () => {
  check([
    ["Police fired tear gas at hundreds of protesters marching along Thika Road in Nairobi on Monday, witnesses said.",
      { sub: ["Protest with intervention", "Excessive force against protesters"], loc: /^Nairobi$/ }],
    ["LIMA — Police fired tear gas at students near the Arequipa avenue in central Lima on Monday, officials said.",
      { sub: "Protest with intervention", loc: /^Lima$/ }],
    // guard: "a Cusco avenue" is an avenue of Cusco
    ["Riot police fired tear gas to break up a march on a Cusco avenue on Monday, residents said.",
      { sub: "Protest with intervention", loc: /^Cusco$/ }],
  ], false);
});

test("a seat of government is the capital its dateline means", () => {
  check([
    ["LA PAZ — Police arrested 14 striking miners outside Bolivia's central bank in La Paz on Monday, a union leader said.",
      { sub: ["Arrests", "Protest with intervention"], loc: /^La Paz$/, cc: "BO" }],
    // guard: the namesake named with its country stays there
    ["LA PAZ, Mexico — Gunmen shot dead two police officers in La Paz on Monday, state officials said.",
      { loc: /^La Paz$/, cc: "MX" }],
  ], false);
});

test("'the city of X' is the town, not the region named like it", () => {
  check([
    ["Drones struck a fuel depot in the city of Sennar on Sunday, killing four workers, a medical group said.\n\nThe army retook nearby Sinja in November after months of fighting.",
      { sub: "Air/drone strike", loc: /^Sennar$/, prec: 1 }],
    // guard: the state itself is placed at the state's level
    ["Drones struck several villages in Sennar state on Sunday, killing four farmers, a medical group said.",
      { sub: "Air/drone strike", prec: 3 }],
  ], false);
});

test("a town of the report's second country told as 'the town of X' is a scene of its own", () => {
  check([
    ["BEIRUT — Israeli warplanes struck buildings in Nabatieh on Monday, killing five people, Lebanon's health ministry said.\n\nHours later, rockets hit the town of Metula, close to the border, damaging two houses. Hezbollah said it had fired the rockets.",
      { sub: "Air/drone strike", loc: /^Nabatieh$/ }, { sub: "Shelling/artillery/missile attack", loc: /^Metula$/ }],
  ], false);
});

test("a city's quarter far from every town the report names is a namesake elsewhere", () => {
  check([
    ["PARIS — Protesters set fire to bins and clashed with police in Paris on Thursday.\n\nIn the capital, masked youths smashed shop windows near the Opéra, police said.",
      { sub: "Violent demonstration", loc: /^Paris$/ }],
  ], false);
});

test("a surname told after a role and a given name stands for that person, not a town", () => {
  check([
    ["QUITO — Mayoral candidate Ana Cuenca was shot dead in Quito on Sunday evening as she left a meeting, police said.\n\nOne of the gunmen died after an exchange of fire with bodyguards as Cuenca got into her car, prosecutors said.",
      { sub: "Attack", loc: /^Quito$/, a1: UAG("Ecuador") }],
    // guard: the town itself
    ["Gunmen shot dead a shopkeeper in Cuenca on Sunday, police said.",
      { sub: "Attack", loc: /^Cuenca$/ }],
  ], false);
});

test("fans or followers who clash with police make a riot, not a battle", () => {
  check([
    ["Fans of a local club clashed with police outside the stadium in Kumasi on Sunday, police said.",
      { sub: "Violent demonstration", loc: /^Kumasi$/, a1: RIOTERS("Ghana") }],
    ["A lawyer was killed in Sylhet on Sunday when followers of a jailed preacher clashed with police outside the court.",
      { sub: "Violent demonstration", loc: /^Sylhet$/ }],
    // guard: armed men who clash with police fight a battle
    ["Gunmen clashed with police outside the court in Sylhet on Sunday, police said.",
      { sub: "Armed clash", loc: /^Sylhet$/ }],
  ], false);
});

test("an unarmed crowd or protesters who attack shops or homes riot", () => {
  check([
    ["Angry crowds attacked shops owned by foreign traders in Kano on Friday, looting goods, police said.",
      { sub: ["Mob violence", "Violent demonstration"], loc: /^Kano$/, a1: RIOTERS("Nigeria") }],
    ["Protesters attacked the homes of two ministers in Conakry on Monday, witnesses said.",
      { sub: "Violent demonstration", loc: /^Conakry$/ }],
    // guard: gunmen who attack shops attack civilians
    ["Gunmen attacked shops in the market in Maiduguri on Friday, killing three traders, police said.",
      { sub: "Attack", loc: /^Maiduguri$/ }],
  ], false);
});

test("a crowd that chases and beats fans or journalists is mob violence", () => {
  check([
    ["Groups of men on motorbikes chased and beat visiting football fans in central Kumasi late on Sunday, police said.",
      { sub: "Mob violence", loc: /^Kumasi$/, a1: RIOTERS("Ghana") }],
    // guard: a crowd that kills a suspected thief, as before
    ["Residents beat a suspected thief to death in Kumasi on Sunday, police said.",
      { sub: "Mob violence", loc: /^Kumasi$/ }],
  ], false);
});

test("a happening of another kind told as earlier the same day is an event of its own", () => {
  check([
    ["ACCRA — Groups of young men chased and beat visiting football fans in central Accra late on Sunday, police said.\n\nEarlier on Sunday, police had broken up a banned demonstration outside the stadium and detained several protesters.",
      { sub: "Mob violence", loc: /^Accra$/ }, { sub: "Protest with intervention", loc: /^Accra$/ }],
    ["ACCRA — Police fired tear gas at students who had stormed the education ministry in Accra on Sunday afternoon, witnesses said.\n\nEarlier on Sunday, police had shot dead two protesters at a roadblock in the city, a rights group said.",
      { sub: "Violent demonstration", loc: /^Accra$/ }, { sub: "Excessive force against protesters", loc: /^Accra$/, fat: 2 }],
    // guard: the same kind earlier the same day at the same place is one event (ACLED aggregates it)
    ["ACCRA — Protesters set fire to the offices of the ruling party in Accra on Sunday night, police said.\n\nEarlier on Sunday, protesters had torched several cars outside the electoral commission.",
      { sub: "Violent demonstration", loc: /^Accra$/ }],
  ], false);
});

test("security forces who kill armed men or quoted 'terrorists' fight a battle", () => {
  check([
    ["Soldiers killed 12 of 15 armed men who attacked a checkpoint outside Mopti late on Sunday, the army said.",
      { sub: "Armed clash", loc: /^Mopti$/ }],
    ["The army said on Monday that troops had killed \"dozens of terrorists\" in an operation near Djibo on Sunday.",
      { sub: "Armed clash", loc: /^Djibo$/, a1: ARMY("Burkina Faso") }],
  ], false);
});

test("arrests told after force on a crowd in one sentence are that intervention", () => {
  check([
    ["Police fired tear gas at thousands protesting outside parliament in Kampala on Monday against a new tax, and detained at least 40 people.",
      { sub: "Protest with intervention", loc: /^Kampala$/, a1: PROTESTERS("Uganda") }],
    // guard: an arrest told on its own, another day, stays an arrest
    ["Police fired tear gas at protesters in Kampala on Monday.\n\nParliament passed the tax bill later that day.\n\nOn Tuesday, police arrested an opposition leader at his home in Entebbe.",
      { sub: "Protest with intervention", loc: /^Kampala$/ }, { sub: "Arrests", loc: /^Entebbe$/ }],
  ], false);
});

test("a campaign rally is no demonstration", () => {
  check([
    ["A mayoral candidate was shot dead on Sunday evening as he left a campaign rally in Cali, police said.",
      { sub: "Attack", loc: /^Cali$/ }],
    // guard: a rally against something is a protest
    ["Thousands rallied in Cali on Sunday against a tax reform, organisers said.",
      { sub: "Peaceful protest", loc: /^Cali$/ }],
  ], false);
});

test("a fight told later with nothing of its own is how an attack ended", () => {
  check([
    ["Gunmen shot dead a radio journalist in Esmeraldas on Sunday as he left his studio, police said.\n\nOne of the attackers died of wounds after an exchange of fire with security guards, prosecutors said.",
      { sub: "Attack", loc: /^Esmeraldas$/, a1: UAG("Ecuador") }],
    // guard: a lead that tells a fight stays a battle
    ["Militants attacked the town of Djibo on Sunday, fighting soldiers for several hours, residents said.\n\nThe clashes went on until the evening, a resident said.",
      { sub: "Armed clash", loc: /^Djibo$/ }],
  ], false);
});

test("'the latest in a wave of massacres' names the run, not the news's place", () => {
  check([
    ["BENI, DR Congo — Suspected ADF rebels killed at least 30 people in an attack on Kasanga, a village in Beni territory, on Friday night, officials said, the latest in a wave of massacres in the province of North Kivu.",
      { sub: "Attack", loc: /^Beni$/ }],
  ], false);
});

test("a day of telling and a vote's day do not date the happening", () => {
  check([
    ["Missiles struck Kharkiv late on Monday, killing three people, officials said.\n\nThe mayor said at the scene on Tuesday that the missiles had hit homes.\n\nThe same night, drones hit a fuel depot in Poltava, the governor said.",
      { sub: "Shelling/artillery/missile attack", loc: /^Kharkiv$/, date: "2023-10-09" }, { sub: "Air/drone strike", loc: /^Poltava$/, date: "2023-10-09" }],
    ["NIAMEY — Army officers said early on Wednesday that they had seized power and dissolved the government.\n\nThey said they had annulled Saturday's election and closed the borders.",
      { sub: "Change to group/activity", date: "2023-10-11" }],
  ], false);
});

test("a third of a month ended weeks before publication is background", () => {
  const text = "KYIV — A drone struck an apartment block in Odesa on Tuesday, killing two people, officials said.\n\nRussia has kept up its strikes on the port all month, including one in early October that killed a dock worker in Izmail.";
  const { events } = extractArticle({ id: "checklist", text, published: "2023-10-25" }, { keepCheck: false });
  assert.deepEqual(events.map((e) => `${e.location} ${e.event_date}`), ["Odesa 2023-10-24"]);
  // guard: "earlier this month" stays news in its own month
  const recent = "KYIV — A drone struck an apartment block in Odesa on Tuesday, killing two people, officials said.\n\nEarlier this month, a missile killed a dock worker in Izmail, the governor said.";
  const got = extractArticle({ id: "checklist", text: recent, published: "2023-10-25" }, { keepCheck: false }).events.map((e) => e.location);
  assert.ok(got.includes("Izmail"), `Izmail kept: ${got.join(", ")}`);
});
