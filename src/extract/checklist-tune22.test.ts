// A checklist for the families of wording behind tune22's misses and extras (session 20; tune22 was held-out set 3,
// written blind in session 3 and never tuned on). Each family: the wording, the same act told other ways a journalist
// would write it, and a guard row that must not change. The sentences are invented for this test (other towns, actors
// and numbers than the set's).
// - An armed side agreeing to lay down or hand over its arms "under a deal / a ceasefire" brokered by a third party is
//   an agreement (data/cues/events.json, rule agreement); a refusal or an old settlement is none.
// - A pilot, drivers or a missionary seized, snatched or grabbed is an abduction (rule abduction.seized).
// - Gang members storming a prison block and shooting or burning inmates is an attack on them, not a prison break
//   (prison.break not_if; killed.passive reads "killed when members of a rival gang ..."); freeing inmates stays one.
// - Gunmen firing on or ambushing a convoy of vans, cars or buses carrying passengers or traders attack civilians; an
//   army convoy carrying soldiers stays a battle (civ.attack, its convoy reclassify).
// - Forces regaining a church, a monastery or a mosque after a gun battle fought the battle: a building is no territory
//   (territory.regain not_object); a town retaken stays a regained territory.
// - A police officer burned to death by a mob is a violent demonstration's deed (riot.crowd).
// - An arrest "sparking / setting off protests across the country" is an arrest: the protests told as a nationwide wave
//   are its consequence (modality context_around), and forces smashing windows to reach the man are no rioters
//   (riot.crowd not_if); protests told at a place of their own stay.
// - The crimes a verdict or a charge lists ("convicted X of 18 counts of war crimes including murder, rape ...",
//   "faces charges of torture, murder and rape") are no new event (modality judged_for).
// - A bomber or gunman who "walked into" a mosque or a camp took no territory (territory.capture not_if); troops
//   walking into a town still do.
// - The day a claim of responsibility was made ("on Monday claimed responsibility for last week's car bombing") is the
//   claim's, not the deed's (mentions.ts, CLAIMED_AFTER_DATE): the deed takes its own day, else the claim is its bound.
// - A lead's loose span, a part of a month ("late last month", "earlier this month"), takes the day a later mention of
//   the same happening gives within it (assemble.ts, dayInLooseSpan); a week keeps its middle (guard).
// - A day closing a verb joined before the cue's ("crossed into X on Friday and entered Y on Monday") is that verb's when
//   the cue's stretch tells its own "on ..." day (mentions.ts, JOINED_BEFORE_CUE); a fight that ran on "until the early
//   hours of" the next day keeps the day it began (guard).
// - "A second car bomb went off two hours later in the X district", "Another bomb went off ...": a second device is a
//   happening of its own, even in the same city on the same day (modality separate_happening).
// - A report filed from a neighbour's capital ("AMMAN —") whose scene is a town of the country it tells, with no namesake
//   anywhere and 50,000 people or more (a city of 100,000 passed before), is placed at that town, not at the dateline
//   (places.ts, usable(): the "city" test).
// - "Air raid sirens wailed", "air raid alerts": a warning, not an air raid (air.strike pattern).
// - Protesters forcing open, breaking down or smashing open gates and doors use violence (riot.violent).
// - "with the death toll rising (climbing) to N" is a running toll (data/cues/numbers.json toll_rose_verbs); "killing
//   12 tourists and a local guide" counts the guide too (fatalities.ts: tourists, pilgrims, guides ... among the people
//   a figure counts and the persons "and a" adds).
// - "It blamed the paramilitary X", "blaming the jihadist group X": the group blamed with a few words before its name is
//   the perpetrator (assemble.ts, BLAME); "blamed the deaths on the failure of the police" blames no group (guard).
// - "Twenty security personnel (commandos, jawans) were killed when rebels ambushed ...": armed men told as the dead, a
//   battle (civ.attack's first reclassify).
// - A town's name opening a longer Portuguese or Spanish name the gazetteer lacks ("the Alameda de Colón", "the Largo do
//   Rato", after "the") is that name's word, not the town (places.ts, LONGER_NAME_AFTER); the dateline or the town told
//   stays, and a town told "in X de Y" is still X (guard).
// Probe: 42 of 77 rows failed on the starting code (40a0933). Passed there: the guards; the walked-into rows (the set's
// quoted wording passed too); drivers snatched and a passenger bus; two of the "joined day" rows; the blame rows and the
// security-personnel rows (the set's own tellings, a three-sentence report and "a joint search party near the village
// of", failed there and pass now, but these shorter rows were read right before: kept to hold the behaviour).
import { test } from "node:test";
import { check } from "./checklist-testing.js";

// PUBLISHED is Wednesday 2023-10-11: "on Sunday" is 2023-10-08, "on Monday" 2023-10-09, "on Tuesday" 2023-10-10.

test("an armed side laying down its arms under a brokered deal is an agreement", () => {
  check([
    ["TRIPOLI, Lebanon — Militants holed up in the old souk of Tripoli agreed on Monday to hand over their heavy weapons under a Qatari-brokered deal that ends a three-week standoff, mediators said.",
      { sub: "Agreement", loc: /^Tripoli$/, cc: "LB", date: "2023-10-09" }],
    ["Rebel fighters in the town of Saraqib agreed to lay down their arms under a Turkish-mediated ceasefire, a local council said on Sunday.",
      { sub: "Agreement", loc: /^Saraqib$/, cc: "SY" }],
    ["Under a deal brokered by tribal elders on Tuesday, gunmen in Zawiya agreed to withdraw from the refinery and accept army checkpoints.",
      { sub: "Agreement", loc: /^Zawiya$/, cc: "LY", date: "2023-10-10" }],
    ["Insurgents in Tal Afar accepted a UN-brokered truce on Sunday and began handing over their positions to the army, officials said.",
      { sub: "Agreement", loc: /^Tal Afar$/, date: "2023-10-08" }],
    // guards: a refusal, and a settlement of years ago
    ["Rebels in Saraqib said on Sunday they would never agree to lay down their arms under a Turkish deal."],
    ["The rebels of Tal Afar had agreed in 2018 to hand over their weapons under an earlier settlement, and the town has been quiet since."],
  ]);
});

test("a pilot, drivers or a missionary seized or snatched is an abduction", () => {
  check([
    ["KUPANG — Separatist fighters seized an Australian pilot and set his helicopter on fire after it landed at a remote airstrip in Oksibil on Monday, police said.",
      { sub: "Abduction/forced disappearance", loc: /^Oksibil$/, date: "2023-10-09" }],
    ["Gunmen snatched two bus drivers near Zaria on Tuesday and demanded a ransom, police said.",
      { sub: "Abduction/forced disappearance", loc: /^Zaria$/, date: "2023-10-10" }],
    ["BAMAKO — Jihadists grabbed a German missionary from his home in Gao on Sunday, the army said.",
      { sub: "Abduction/forced disappearance", loc: /^Gao$/, date: "2023-10-08" }],
  ]);
});

test("gang members shooting inmates inside a prison attack them; freeing inmates is no attack on them", () => {
  check([
    ["SAN PEDRO SULA — At least 18 inmates were killed on Sunday when members of a rival gang stormed a wing of the prison in Choloma, shooting prisoners and setting mattresses ablaze, officials said.",
      { sub: "Attack", loc: /^Choloma$/, fat: 18, date: "2023-10-08" }],
    ["SAN PEDRO SULA — Gang members armed with rifles stormed a cell block at the jail in Choloma on Sunday, shooting 12 rival inmates dead, officials said.",
      { sub: "Attack", loc: /^Choloma$/, fat: 12 }],
  ]);
});

test("a convoy of vans or buses carrying passengers attacked is an attack on civilians", () => {
  check([
    ["QUETTA — Gunmen opened fire on a convoy of buses and cars carrying mostly Hazara pilgrims near Mastung on Thursday, killing 14 people, officials said.",
      { sub: "Attack", loc: /^Mastung$/, fat: 14, date: "2023-10-05" }],
    ["QUETTA — Eleven people were killed on Thursday when gunmen ambushed a convoy of vans carrying traders near Mastung, officials said.",
      { sub: "Attack", loc: /^Mastung$/, fat: 11 }],
    ["QUETTA — An attack on a passenger bus near Mastung on Thursday killed nine people, officials said.",
      { sub: "Attack", loc: /^Mastung$/, fat: 9 }],
    // guard: soldiers in the convoy
    ["QUETTA — Militants attacked a convoy of army trucks carrying soldiers near Mastung on Thursday, killing six, officials said.",
      { sub: "Armed clash", loc: /^Mastung$/, fat: 6 }],
  ]);
});

test("a church or a mosque regained after a gun battle is the battle; a town retaken stays regained territory", () => {
  check([
    ["SKOPJE — Police said on Monday they had regained control of a church in the village of Tearce after a day-long gun battle with a dozen armed men who had barricaded themselves inside.",
      { sub: "Armed clash", loc: /^Tearce$/ }],
    ["BAGHDAD — Iraqi troops retook the main mosque in Tal Afar on Sunday after hours of fighting with militants holed up inside, officials said.",
      { sub: "Armed clash", loc: /^Tal Afar$/, date: "2023-10-08" }],
    ["Iraqi troops retook the town of Tal Afar on Sunday after hours of fighting with militants, officials said.",
      { sub: "Government regains territory", loc: /^Tal Afar$/ }],
  ]);
});

test("a police officer burned to death by a mob is a violent demonstration", () => {
  check([
    ["LIMA — A police officer was burned to death inside his patrol car by a mob in Puno on Sunday, officials said.",
      { sub: "Violent demonstration", loc: /^Puno$/, fat: 1, date: "2023-10-08" }],
    ["LIMA — Two policemen were set on fire by a crowd of protesters in Puno on Sunday, officials said.",
      { sub: "Violent demonstration", loc: /^Puno$/ }],
  ]);
});

test("an arrest that sets off protests across the country is an arrest; protests told at a place stay", () => {
  check([
    ["DHAKA — Police arrested opposition leader Kamal Uddin at his home in Sylhet on Sunday, sparking protests by his supporters across Bangladesh.",
      { sub: "Arrests", loc: /^Sylhet$/, date: "2023-10-08" }],
    ["DHAKA — Police arrested opposition leader Kamal Uddin at his home in Sylhet on Sunday, setting off protests nationwide.",
      { sub: "Arrests", loc: /^Sylhet$/ }],
    ["DHAKA — Police detained opposition leader Kamal Uddin at his home in Sylhet on Sunday, triggering angry demonstrations by his followers throughout the country.",
      { sub: "Arrests", loc: /^Sylhet$/ }],
    ["DHAKA — Police commandos arrested opposition leader Kamal Uddin at a court in Sylhet on Sunday, smashing windows to reach him, sparking protests by his supporters across the country.",
      { sub: "Arrests", loc: /^Sylhet$/ }],
    // guard: a crowd smashing windows is a riot
    ["DHAKA — Hundreds of opposition supporters smashed windows of banks and set fire to cars in Sylhet on Sunday after the arrest of their leader.",
      { sub: "Violent demonstration", loc: /^Sylhet$/ }],
  ]);
});

test("the crimes a verdict or a charge lists are no new event", () => {
  check([
    ["THE HAGUE — Judges on Thursday convicted Bosco Ntaganda, a former rebel chief who was himself a child soldier, of 18 counts of war crimes and crimes against humanity including murder, rape and sexual slavery."],
    ["ARUSHA — The tribunal on Monday charged a former mayor of Gisenyi with crimes against humanity, including extermination, rape and torture, prosecutors said."],
    ["FREETOWN — A former commander faces charges of torture, murder and rape committed during the civil war, the special court said on Tuesday."],
    // guard: the rapes told as the news
    ["BUNIA — Militiamen raped at least 12 women and killed four villagers in an attack on Fataki on Sunday, the UN said.",
      { sub: ["Sexual violence", "Attack"], loc: /^Fataki$/ }],
  ]);
});

test("a bomber walking into a mosque took no territory; troops walking into a town did", () => {
  check([
    ["MAROUA — The bomber walked into a crowded mosque in Kolofata on Friday and blew himself up, killing nine worshippers, officials said.",
      { sub: "Suicide bomb", loc: /^Kolofata$/, fat: 9 }],
    ["MAROUA — A suicide bomber blew herself up at a camp for displaced people in Kolofata on Friday, killing seven. \"The attacker walked into the camp at dawn,\" the mayor said.",
      { sub: "Suicide bomb", loc: /^Kolofata$/, fat: 7 }],
    ["Army troops walked into the town of Kolofata on Friday after the militants fled, officials said.",
      { sub: "Non-violent transfer of territory", loc: /^Kolofata$/ }],
  ]);
});

test("the day a claim of responsibility was made is not the day of the deed it claims", () => {
  check([
    ["QUITO — Rebels on Monday claimed responsibility for last week's car bombing of a police academy in Esmeraldas that killed 12 people.",
      { sub: "Remote explosive/landmine/IED", loc: /^Esmeraldas$/, date: "2023-10-05", fat: 12 }],
    ["QUITO — Rebels on Monday claimed responsibility for Thursday's car bombing of a police academy in Esmeraldas that killed 12 people.",
      { sub: "Remote explosive/landmine/IED", loc: /^Esmeraldas$/, date: "2023-10-05", fat: 12 }],
    ["QUITO — The rebel group on Tuesday took responsibility for a car bombing of a police academy in Esmeraldas last week that killed 12 people.",
      { sub: "Remote explosive/landmine/IED", loc: /^Esmeraldas$/, date: "2023-10-05", fat: 12 }],
    // guard: the claim is the only day told, an upper bound of the deed's
    ["QUITO — Rebels on Monday claimed responsibility for a car bombing of a police academy in Esmeraldas that killed 12 people.",
      { sub: "Remote explosive/landmine/IED", loc: /^Esmeraldas$/, date: "2023-10-09", fat: 12 }],
  ]);
});

test("a lead's loose span (earlier this month, late last month) takes the day a later sentence gives within it", () => {
  check([
    ["GOMA — Rebels killed at least 40 civilians in two villages of eastern Congo earlier this month, a UN inquiry said on Tuesday.\n\nThe victims were shot or killed with machetes on October 3 in Rutshuru, the inquiry said.",
      { sub: "Attack", loc: /^Rutshuru$/, date: "2023-10-03", fat: 40 }],
    ["GUSAU — Bandits killed 14 villagers in Zamfara state in early October, officials said on Tuesday.\n\nThe gunmen stormed Kaura Namoda on Tuesday, October 3, shooting people in their homes, a local official said.",
      { sub: "Attack", loc: /^Kaura Namoda$/, date: "2023-10-03", fat: 14 }],
    // guards: no day within the span told later; a week keeps its middle
    ["GUSAU — Bandits killed 14 villagers in Kaura Namoda last week, officials said on Tuesday.",
      { sub: "Attack", loc: /^Kaura Namoda$/, date: "2023-10-05", fat: 14 }],
    ["GUSAU — Bandits killed 14 villagers in Kaura Namoda last week, officials said on Tuesday. According to a local official, the gunmen entered Kaura Namoda on October 3 and held it for several days, burning homes.",
      { sub: "Attack", loc: /^Kaura Namoda$/, date: "2023-10-05", fat: 14 }],
  ]);
});

test("a day closing the verb joined before the cue's is that verb's, when the cue tells its own day", () => {
  check([
    ["KHARTOUM — Rebel fighters crossed into Sennar state from the west on Friday and entered Singa on Monday after days of fighting, residents said.",
      { sub: "Non-state actor overtakes territory", loc: /^Singa$/, date: "2023-10-09" }],
    ["BAMAKO — The militants left their bases in the hills on Thursday and overran Kidal on Saturday, officials said.",
      { sub: "Non-state actor overtakes territory", loc: /^Kidal$/, date: "2023-10-07" }],
    ["BAMAKO — Troops set out from Gao on Sunday and then retook Ansongo on Tuesday, the army said.",
      { sub: "Government regains territory", loc: /^Ansongo$/, date: "2023-10-10" }],
    // guard: the cue's own day before "and"
    ["KHARTOUM — Rebel fighters entered Singa on Friday and looted the market, residents said on Monday.",
      { sub: "Looting/property destruction", loc: /^Singa$/, date: "2023-10-06" }],
    // guard: a fight that ran on "until the early hours of" the next day keeps the day it began
    ["PORT-AU-PRINCE — Police officers cornered a group of gunmen in a house in Kenscoff on Monday afternoon and exchanged fire with them until the early hours of Tuesday, police said.",
      { sub: "Armed clash", loc: /^Kenscoff$/, date: "2023-10-09" }],
  ]);
});

test("a second bomb (another bomb) that went off later in the same city is a happening of its own", () => {
  check([
    ["KABUL — A truck bomb exploded at a busy junction in the Shar-e Naw district of Kabul on Saturday, killing 40 people, officials said. A second car bomb went off an hour later in the Karte Char district, killing three people, police said.",
      { sub: "Remote explosive/landmine/IED", loc: /^Kabul$/, fat: 40 },
      { sub: "Remote explosive/landmine/IED", loc: /^Kabul$/, fat: 3 }],
    ["BAIDOA — A car bomb exploded outside a hotel in Baidoa on Sunday, killing nine people. Another bomb went off two hours later near the main market in Baidoa, killing two soldiers, officials said.",
      { sub: "Remote explosive/landmine/IED", loc: /^Baidoa$/, fat: 9 },
      { sub: "Remote explosive/landmine/IED", loc: /^Baidoa$/, fat: 2 }],
    // guard: the same bomb told as the town's second this year
    ["BAIDOA — A car bomb exploded outside a hotel in Baidoa on Sunday, killing nine people. The bomb, the second in the town this year, destroyed the hotel's front, officials said.",
      { sub: "Remote explosive/landmine/IED", loc: /^Baidoa$/, fat: 9 }],
  ]);
});

test("filed from a neighbour's capital: a mid-sized town of the told country with no namesake is the scene, not the dateline", () => {
  check([
    ["AMMAN (Levant Post) — Government forces shelled the old quarter of Sweida on Tuesday, killing three people, residents said. The Syrian Observatory for Human Rights said dozens of shells hit the town.",
      { sub: "Shelling/artillery/missile attack", loc: /^Sweida$/, cc: "SY", fat: 3 }],
    ["BEIRUT (Levant Post) — Rebels in Azaz agreed on Tuesday to hand over their heavy weapons under a Turkish-brokered deal, negotiators said. Syria's government welcomed the deal.",
      { sub: "Agreement", loc: /^Azaz$/, cc: "SY" }],
    ["DAKAR (Sahel Ledger) — Jihadists attacked an army post near Koutiala on Tuesday, killing six soldiers, the army said. Mali's junta has struggled to contain the insurgency.",
      { sub: "Armed clash", loc: /^Koutiala$/, cc: "ML", fat: 6 }],
    // guard: the news in the dateline's country, the foreign town only where men had been
    ["AMMAN (Levant Post) — Jordanian police arrested three men in Irbid on Tuesday, officials said. They had returned from Sweida in Syria last year.",
      { sub: "Arrests", loc: /^Irbid$/, cc: "JO" }],
  ]);
});

test("air raid sirens are a warning, not an air raid", () => {
  check([
    ["KYIV — Air raid sirens wailed across Kyiv on Tuesday night, officials said."],
    ["LVIV — Air raid sirens sounded in Lviv on Tuesday as air defences shot down drones over the city, officials said.",
      { sub: "Disrupted weapons use", loc: /^Lviv$/ }],
    ["KYIV — Air raid sirens sounded across the capital on Tuesday as Russia launched drones at Kharkiv, killing two people, officials said.",
      { sub: "Air/drone strike", loc: /^Kharkiv$/, fat: 2 }],
    // guard: an air raid told as the deed
    ["KYIV — A Russian air raid on Kharkiv on Tuesday killed two people, officials said.",
      { sub: "Air/drone strike", loc: /^Kharkiv$/, fat: 2 }],
  ]);
});

test("protesters forcing open or breaking down gates and doors are a violent demonstration", () => {
  check([
    ["LAHORE — In Multan, protesters forced open a gate of the army cantonment on Tuesday, police said.",
      { sub: "Violent demonstration", loc: /^Multan$/ }],
    ["LAHORE — Opposition supporters broke down the doors of the provincial assembly in Multan on Tuesday, police said.",
      { sub: "Violent demonstration", loc: /^Multan$/ }],
    ["LAHORE — Hundreds of students smashed open the gates of the university's administration block in Multan on Tuesday, police said.",
      { sub: "Violent demonstration", loc: /^Multan$/ }],
    // guard: a crowd at a gate
    ["LAHORE — Protesters gathered peacefully outside the gate of the army cantonment in Multan on Tuesday, police said.",
      { sub: "Peaceful protest", loc: /^Multan$/ }],
  ]);
});

test("a running toll told 'with the death toll rising to N', and one more victim joined to tourists", () => {
  check([
    ["ZAPORIZHZHIA — Rescuers ended their search of a five-storey block in Zaporizhzhia on Monday, two days after a Russian missile tore through it, with the death toll rising to 23, including two children, officials said.",
      { sub: "Shelling/artillery/missile attack", loc: /^Zaporizhzhia$/, fat: 23 }],
    ["ZAPORIZHZHIA — A Russian missile tore through a five-storey block in Zaporizhzhia on Saturday, with the death toll climbing to 23 by Monday, officials said.",
      { sub: "Shelling/artillery/missile attack", loc: /^Zaporizhzhia$/, fat: 23 }],
    ["SRINAGAR — Gunmen opened fire on tourists near the resort of Gulmarg on Tuesday, killing 12 tourists and a local guide, police said.",
      { sub: "Attack", loc: /^Gulmarg$/, fat: 13 }],
    ["SRINAGAR — Gunmen opened fire on pilgrims near Gulmarg on Tuesday, killing nine pilgrims and two local pony operators, police said.",
      { sub: "Attack", loc: /^Gulmarg$/, fat: 11 }],
    // guard: the wounded are no toll
    ["SRINAGAR — Gunmen opened fire on tourists near the resort of Gulmarg on Tuesday, killing 12 tourists and wounding a local guide, police said.",
      { sub: "Attack", loc: /^Gulmarg$/, fat: 12 }],
  ]);
});

test("the group a source blames, told with a word or two before its name, is the perpetrator", () => {
  check([
    ["NIAMEY — Gunmen killed 30 villagers in Tillaberi on Sunday, a rights group said. It blamed the jihadist group Islamic State.",
      { sub: "Attack", loc: /^Tillaberi$/, a1: /^Islamic State/, fat: 30 }],
    ["MAIDUGURI — Gunmen killed 12 villagers in Konduga on Sunday, the governor said, blaming the jihadist group Boko Haram.",
      { sub: "Attack", loc: /^Konduga$/, a1: /^Boko Haram/, fat: 12 }],
    // guard: what the deaths are blamed on is no group
    ["MAIDUGURI — Gunmen killed 12 villagers in Konduga on Sunday. The governor blamed the deaths on the failure of the police to respond.",
      { sub: "Attack", loc: /^Konduga$/, a1: /^Unidentified Armed Group/, fat: 12 }],
  ]);
});

test("security personnel or commandos killed when rebels ambushed them fell in a battle", () => {
  check([
    ["RAIPUR — Fifteen security personnel were killed when Maoist rebels ambushed a patrol near the village of Minpa in Sukma district on Saturday, police said.",
      { sub: "Armed clash", fat: 15, date: "2023-10-07" }],
    ["RAIPUR — Nine commandos were killed when Maoist rebels ambushed their convoy near Sukma on Saturday, police said.",
      { sub: "Armed clash", loc: /^Sukma$/, fat: 9 }],
    // guard: villagers on a bus
    ["RAIPUR — Nine villagers were killed when Maoist rebels ambushed a bus near Sukma on Saturday, police said.",
      { sub: "Attack", loc: /^Sukma$/, fat: 9 }],
  ]);
});

test("a town's name opening a longer Portuguese or Spanish name (a square, an avenue) is no scene of its own", () => {
  check([
    ["MADRID — Thousands of protesters clashed with police on the Alameda de Colón on Sunday, throwing bottles and setting fire to bins, police said.",
      { sub: "Violent demonstration", loc: /^Madrid$/, cc: "ES" }],
    ["LISBON — Rioters smashed shop windows and set fire to cars on the Largo do Rato on Saturday night, police said.",
      { sub: "Violent demonstration", loc: /^Lisbon$/, cc: "PT" }],
    ["MADRID — Thousands of protesters clashed with police on the Alameda de Colón in Valencia on Sunday, throwing bottles and setting fire to bins, police said.",
      { sub: "Violent demonstration", loc: /^Valencia$/, cc: "ES" }],
    // guards: a gazetteer name holding "de", and the town told alone
    ["LISBON — Hundreds of farmers blocked the Campo de Ourique district of Lisbon with tractors on Saturday in a peaceful protest against fuel prices.",
      { sub: "Peaceful protest", loc: /^Campo De Ourique$/ }],
    ["CALIFORNIA — Protesters set fire to two police cars in Alameda on Sunday, police said.",
      { sub: "Violent demonstration", loc: /^Alameda$/, cc: "US" }],
    ["TOLEDO, Spain — Rioters set fire to cars in Alameda de la Sagra on Sunday, police said.",
      { sub: "Violent demonstration", loc: /^Alameda$/, cc: "ES" }],
  ]);
});
