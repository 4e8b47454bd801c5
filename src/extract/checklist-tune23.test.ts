// Probe: 21 of 36 rows failed on the starting code (49c862e); none of them a guard.
// A checklist read off tuning set 23's misses (session 21), by families of wordings:
//   - armed men (soldiers, police, militiamen) who "went on a rampage" attacked civilians; a crowd's rampage stays mob violence;
//   - a rape accusation, charge, case or trial is a court matter, not sexual violence told;
//   - "rioters" in scare quotes is the authorities' label ("blaming \"rioters\""), not a riot told;
//   - a crowd that breaks (or tries to break) into shops, banks or supermarkets is a violent demonstration, whatever force met it;
//   - "In X, police ... towards central Y": the clause's own town, not the marchers' destination;
//   - "Sonko, who came third ..., was detained by gendarmes": a named person's arrest, even after a protest told;
//   - "over the weekend", then "on Sunday" for the same fight: that day;
//   - "the mayor of Istanbul's Esenyurt district ..., prompting a protest": the district, not the city that frames it;
//   - "protesters have repeatedly taken to the streets": a habit, not a happening.
// Each family has a guard that must not change. The sentences are invented. PUBLISHED is Wednesday 11 October 2023.
import { test } from "node:test";
import { check, STATE, POLICE, PROTESTERS } from "./checklist-testing.js";

test("armed men who went on a rampage attacked civilians; a crowd's rampage stays mob violence", () => {
  check([
    ["Opposition leaders on Tuesday accused soldiers of going on a rampage in Kumbo on Monday, shooting dead three civilians and burning homes.",
      { sub: "Attack", a1: STATE("Cameroon"), loc: /Kumbo/, date: "2023-10-09" }],
    ["Police officers went on a rampage in Kisumu on Sunday night, beating residents and smashing market stalls, witnesses said.",
      { sub: "Attack", a1: STATE("Kenya"), loc: /Kisumu/, date: "2023-10-08" }],
    ["Drunken troops went on the rampage in a market in Bunia on Monday, shooting a trader dead, a local official said.",
      { sub: "Attack", a1: /^Military Forces of the Democratic Republic of Congo /, loc: /Bunia/, date: "2023-10-09" }],
    // guard: a crowd's rampage, with no protest told, is mob violence
    ["A mob went on the rampage in Kano on Monday, police said.",
      { sub: "Mob violence", loc: /Kano/, date: "2023-10-09" }],
  ]);
});

test("a rape accusation, charge or trial is no sexual violence told", () => {
  check([
    ["The opposition leader was arrested by police in Harare on Tuesday on his way to a court hearing over a rape accusation.",
      { sub: "Arrests", loc: /Harare/, date: "2023-10-10" }],
    ["The singer, who faces a rape allegation, was detained by police at the airport in Entebbe on Sunday.",
      { sub: "Arrests", loc: /Entebbe/, date: "2023-10-08" }],
    ["Prosecutors in Lusaka on Tuesday dropped the rape charges against the lawmaker."],
    // guard: rape told as a deed stays sexual violence
    ["Soldiers raped at least five women in the village of Minova on Sunday, a rights group said.",
      { sub: "Sexual violence", loc: /Minova/, date: "2023-10-08" }],
  ]);
});

test("'rioters' in scare quotes is the authorities' label, not a riot told", () => {
  check([
    ["Police fired tear gas at protesters in Sfax on Monday, and the interior ministry blamed \"rioters\" for the unrest.",
      { sub: "Protest with intervention", a1: PROTESTERS("Tunisia"), loc: /Sfax/, date: "2023-10-09" }],
    ["Thousands of people marched in Mandalay on Sunday against power cuts, in what state television called a march of \"rioters and thugs\".",
      { sub: "Peaceful protest", loc: /Mandalay/, date: "2023-10-08" }],
    ["Security forces opened fire on crowds protesting over water shortages in Ahvaz on Friday, killing a man, rights groups said. Officials said the shots were fired by \"opportunists and rioters\".",
      { sub: "Excessive force against protesters", loc: /Ahvaz/, date: "2023-10-06" }],
    // guard: rioters told as a deed stay a violent demonstration
    ["Rioters torched a police station in Kampala on Monday, police said.",
      { sub: "Violent demonstration", loc: /Kampala/, date: "2023-10-09" }],
  ]);
});

test("a crowd that breaks into shops or banks is a violent demonstration, whatever force met it", () => {
  check([
    ["Dozens of youths blocked roads and tried to break into shops in Kasserine late on Sunday, prompting police to fire tear gas.",
      { sub: ["Violent demonstration", "Mob violence"], loc: /Kasserine/, date: "2023-10-08" }],
    ["Protesters attempted to break into a bank in Beirut on Tuesday before soldiers fired tear gas to push them back.",
      { sub: "Violent demonstration", loc: /Beirut/, date: "2023-10-10" }],
    ["Crowds broke into supermarkets in Valparaiso on Saturday during protests over fuel prices, and police fired tear gas.",
      { sub: "Violent demonstration", loc: /Valpara/, date: "2023-10-07" }],
    // guard: a road blocked, with tear gas fired, stays a protest met with force
    ["Police fired tear gas at protesters blocking a road in Kasserine on Sunday.",
      { sub: "Protest with intervention", a1: PROTESTERS("Tunisia"), a2: POLICE("Tunisia"), loc: /Kasserine/, date: "2023-10-08" }],
  ]);
});

test("'In X, police ... towards central Y' is placed at X, not the marchers' destination", () => {
  check([
    ["In Thika, police fired tear gas to stop marchers heading towards central Nairobi on Tuesday, witnesses said.",
      { sub: "Protest with intervention", loc: /Thika/, date: "2023-10-10" }],
    ["In Soacha, riot police fired tear gas on Tuesday to stop marchers crossing into Bogota.",
      { sub: "Protest with intervention", loc: /Soacha/, date: "2023-10-10" }],
    ["In Gazipur, police fired rubber bullets on Monday to stop workers marching towards central Dhaka.",
      { sub: "Protest with intervention", loc: /Gazipur/, date: "2023-10-09" }],
    // guard: a march in the city centre is placed there
    ["Police fired tear gas at marchers in central Nairobi on Tuesday.",
      { sub: "Protest with intervention", loc: /Nairobi/, date: "2023-10-10" }],
  ]);
});

test("a named person 'was detained by police' after a protest told is an arrest, not the protest met with force", () => {
  check([
    ["Opposition supporters fought running battles with police in Lusaka on Tuesday.\n\nMwamba, who came second in the last election, was detained by police on Monday as his convoy drove through the capital to a court hearing.",
      { sub: "Violent demonstration", loc: /Lusaka/, date: "2023-10-10" }, { sub: "Arrests", loc: /Lusaka/, date: "2023-10-09" }],
    ["Thousands of people marched in Conakry on Tuesday against the junta.\n\nThe movement's coordinator, Sekou Diallo, was arrested by gendarmes at his home in Conakry on Monday, his lawyer said.",
      { sub: "Peaceful protest", loc: /Conakry/, date: "2023-10-10" }, { sub: "Arrests", loc: /Conakry/, date: "2023-10-09" }],
    ["Students protested in Dhaka on Tuesday.\n\nMizanur Rahman, a former minister, was detained by police in Dhaka on Monday, his party said.",
      { sub: "Peaceful protest", loc: /Dhaka/, date: "2023-10-10" }, { sub: "Arrests", loc: /Dhaka/, date: "2023-10-09" }],
    // guard: people detained at the march told before are the protest met with force
    ["Thousands of people marched in Conakry on Tuesday against the junta.\n\nDozens of marchers were detained by police, witnesses said.",
      { sub: "Protest with intervention", loc: /Conakry/, date: "2023-10-10" }],
  ]);
});

test("a fight told 'over the weekend', then on one day of it, takes that day", () => {
  check([
    ["Fighting broke out between the army and rebels in northern Mali over the weekend.\n\nThe rebels said they had attacked army positions near Kidal on Sunday, killing 12 soldiers.",
      { sub: "Armed clash", loc: /Kidal/, date: "2023-10-08" }],
    ["Clashes erupted between rival militias in Tripoli over the weekend, residents said.\n\nThe fighting began on Saturday evening near the airport road, a security source said.",
      { sub: "Armed clash", loc: /Tripoli/, date: "2023-10-07" }],
    ["Gunmen attacked a village in Bokkos over the weekend, killing nine people, police said on Tuesday.\n\nThe gunmen opened fire on villagers on Sunday, a police spokesman said.",
      { sub: "Attack", loc: /Bokkos/, date: "2023-10-08" }],
    // guard: a weekend told alone keeps its own date
    ["Fighting broke out between the army and rebels near Kidal over the weekend, residents said.",
      { sub: "Armed clash", loc: /Kidal/, date: "2023-10-07" }],
  ]);
});

test("'the mayor of CITY's QUARTER district' places what follows in the quarter, not the city", () => {
  check([
    ["Police detained the opposition mayor of Lagos's Ikeja district at his home on Wednesday, prompting a protest outside the town hall that police broke up with tear gas.",
      { sub: "Arrests", loc: /Ikeja/, date: "2023-10-11" }, { sub: "Protest with intervention", loc: /Ikeja/, date: "2023-10-11" }],
    ["Police detained the mayor of Istanbul's Beylikduzu district on Wednesday, prompting a protest outside the town hall that police broke up with pepper spray.",
      { sub: "Arrests", loc: /Beylikd/, date: "2023-10-11" }, { sub: ["Peaceful protest", "Protest with intervention"], loc: /Beylikd/, date: "2023-10-11" }],
    ["In Ankara's Cankaya district, hundreds of students marched to the governor's office on Tuesday, where police fired tear gas.",
      { sub: "Protest with intervention", loc: /Cankaya|Çankaya/, date: "2023-10-10" }],
    // guard: a city told with no quarter of its own stays the scene
    ["Police fired tear gas at marchers in central Lagos on Tuesday.",
      { sub: "Protest with intervention", loc: /Lagos/, date: "2023-10-10" }],
  ]);
});

test("protest told as a habit ('protesters have repeatedly taken to the streets') is no happening of its own", () => {
  check([
    ["In Bukavu, students have repeatedly taken to the streets to denounce the insecurity."],
    ["In Goma, protesters have regularly marched on the UN base to demand its withdrawal."],
    ["Residents of Bunia have often demonstrated outside the governor's office over the killings."],
    // guard: a protest told on a day of its own is a protest
    ["In Beni, protesters took to the streets on Tuesday to denounce the killings.",
      { sub: "Peaceful protest", loc: /Beni/, date: "2023-10-10" }],
  ]);
});
