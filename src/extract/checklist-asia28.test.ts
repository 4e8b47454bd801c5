// Probe: 27 of 97 rows failed on the starting code (4d9ca9e): 12 gave nothing at all (a lathi-charge, a gherao, a party
// wing's men attacking a procession, supporters of two candidates clashing, Maoists burning a phone tower, trucks and
// road machinery, "heavy firing broke out between", fire "on Armenian positions", an "armed commando" in a bar, people
// who "blocked traffic", "Maoists" with no other name), 11 gave the wrong type, place, date or actor, and 4 gave an
// event too many (traders who "downed shutters" downing a drone, "Mir Ali, North Waziristan" told twice, a bandh called
// "for Friday", a robbery's killing); the 70 rows that held guard the same families.
// A checklist of events told in the wording of outlets in Asia, Europe and the Americas (session 28, asia28). Every
// region-written tuning set in group A is African or Middle Eastern, so these rows are written from how wire services,
// local English-language press and NGO bulletins of the other regions tell events, by families of wording:
//   - South Asia: a "lathi-charge" on a protest, a "dharna" or "gherao", "stone pelting" on a procession by
//     "miscreants", Maoists' IEDs and "encounters" with security forces, Manipur's armed groups burning houses, the
//     ISPR's "martyred" soldiers and "terrorists killed in an intelligence-based operation", hartal violence and party
//     activists' clashes in Bangladesh.
//   - Southeast Asia: Myanmar's "military council" and "junta" bombing villages, resistance forces' attacks on outposts,
//     troops torching villages; the Philippines' NPA "encounters", Abu Sayyaf and BIFF, killings of red-tagged
//     activists by "motorcycle-riding gunmen"; Thailand's deep-south bombs; Papua's TPNPB.
//   - Europe, Caucasus, Ukraine/Russia: farmers' tractor blockades, "kettling", water cannon, far-right and
//     counter-protesters, shelling of a "hromada", drones and guided bombs on towns, partisans blowing up rail lines,
//     Armenian-Azerbaijani border fire.
//   - the Americas: an "armed commando" and "sicarios", bodies found dumped, gangs attacking a neighbourhood of
//     Port-au-Prince, prison riots, police raids in favelas, FARC dissidents and the ELN, colectivos firing on a rally,
//     road blockades in Bolivia and Peru, a man firing on a US protest.
//   - actors as regional outlets and armies name them: "Khawarij" (Pakistan's name for the TTP), "CPP-NPA" and "the
//     communist terrorist group" (the NPA), "Maoists" in India, "KKB" in Papua (the TPNPB), the Arakan Army.
//   - added after the first fixes, from group A's misses of these regions: people who "blocked traffic on a main
//     boulevard" (Serbia), police who "cleared a blockade" (Bolivia), farmers who "dumped manure outside the prefecture".
//   - relative dates: "late Sunday", "in the early hours of Monday", "on Tuesday night", a dotted day-month date.
//   - guards: a history paragraph, a call for a bandh, a court verdict, crimes with no political side (a neighbour's
//     stabbing, a robbery, a drug bust), forecasts of an offensive, threats of blockades, a road accident, drills.
// The sentences are invented. PUBLISHED is Wednesday 11 October 2023; the rows run with the learned keep-check off.
import { test } from "node:test";
import { check } from "./checklist-testing.js";

const PP = "Peaceful protest", PWI = "Protest with intervention", EF = "Excessive force against protesters";
const VD = "Violent demonstration", MV = "Mob violence", LOOT = "Looting/property destruction";
const AC = "Armed clash", ATT = "Attack", AIR = "Air/drone strike", SHELL = "Shelling/artillery/missile attack";
const IED = "Remote explosive/landmine/IED";

test("South Asia: lathi-charges, dharnas, gheraos, stone pelting, bandh and hartal violence, party clashes", () => {
  check([
    ["Police resorted to a lathi-charge to disperse farmers protesting outside the district collectorate in Patiala on Tuesday.",
      { sub: PWI, loc: /^Patiala$/, date: "2023-10-10" }],
    ["Police lathi-charged students demanding the cancellation of the recruitment exam in Patna on Monday.",
      { sub: PWI, loc: /^Patna$/, date: "2023-10-09" }],
    ["Congress workers staged a dharna outside the municipal corporation office in Bhopal on Monday against the water tax.",
      { sub: PP, loc: /^Bhopal$/, date: "2023-10-09" }],
    ["Students gheraoed the vice-chancellor in his office in Kolkata on Tuesday, demanding the release of their results.",
      { sub: PP, loc: /^Kolkata$/, date: "2023-10-10" }],
    ["Miscreants pelted stones at a religious procession in Jodhpur on Sunday night, leaving eight people injured.",
      { sub: MV, loc: /^Jodhpur$/, date: "2023-10-08" }],
    ["Bandh supporters torched two buses and pelted stones at police in Imphal on Monday.",
      { sub: VD, loc: /^Imphal$/, date: "2023-10-09" }],
    ["Hartal supporters set fire to a bus and clashed with police in Dhaka on Monday.",
      { sub: VD, loc: /^Dhaka$/, date: "2023-10-09" }],
    ["At least 20 people were injured when activists of the Awami League and the BNP clashed in Feni on Sunday.",
      { sub: [MV, VD, AC], loc: /^Feni$/, date: "2023-10-08" }],
    ["Chhatra League men attacked a procession of Chhatra Dal activists in Rajshahi on Tuesday, injuring 15 people.",
      { sub: [MV, ATT], loc: /^Rajshahi$/, date: "2023-10-10" }],
    ["Supporters of the two candidates clashed with sticks and stones in Lahore on Sunday, leaving 12 people injured.",
      { sub: [MV, VD], loc: /^Lahore$/, date: "2023-10-08" }],
    ["Police fired tear gas at monarchist cadres demonstrating for the restoration of the Hindu kingdom in Kathmandu on Monday.",
      { sub: PWI, loc: /^Kathmandu$/, date: "2023-10-09" }],
    ["Police used water cannon and tear gas on a march by university students in Colombo on Tuesday.",
      { sub: PWI, loc: /^Colombo$/, date: "2023-10-10" }],
    ["Traders downed shutters and held a sit-in on the main road in Gilgit on Monday against power outages.",
      { sub: PP, loc: /^Gilgit$/, date: "2023-10-09" }],
    ["Workers of the Tehreek-e-Labbaik Pakistan blocked the GT Road in Gujranwala on Monday and clashed with police.",
      { sub: VD, loc: /^Gujranwala$/, date: "2023-10-09" }],
  ], false);
});

test("South Asia: Maoists, Manipur, Kashmir, Pakistan's ISPR wording, Afghanistan", () => {
  check([
    ["Two Maoists were killed in an encounter with security forces in the forests of Bijapur district on Tuesday.",
      { sub: AC, loc: /^Bijapur$/, date: "2023-10-10", fat: 2 }],
    ["Maoists triggered an IED blast targeting a vehicle of the District Reserve Guard in Dantewada on Monday, killing three jawans.",
      { sub: IED, loc: /^Dantewada$/, date: "2023-10-09", fat: 3 }],
    ["Naxals shot dead a villager in Sukma district on Sunday, branding him a police informer.",
      { sub: ATT, loc: /^Sukma$/, date: "2023-10-08", fat: 1 }],
    ["Suspected militants ambushed an Assam Rifles patrol in Chandel district on Monday, injuring two personnel.",
      { sub: AC, loc: /^Chandel$/, date: "2023-10-09" }],
    ["Armed miscreants torched several houses in a village in Churachandpur district on Sunday night.",
      { sub: [LOOT, ATT], loc: /^Churachandpur$/, date: "2023-10-08" }],
    ["Naxals torched a mobile tower in Narayanpur district on Monday night.",
      { sub: LOOT, loc: /^Narayanpur$/, date: "2023-10-09" }],
    ["Heavy firing broke out between armed groups in the foothills of Bishnupur district on Tuesday.",
      { sub: AC, loc: /^Bishnupur$/, date: "2023-10-10" }],
    ["Terrorists shot dead a migrant labourer in Shopian on Sunday evening.",
      { sub: ATT, loc: /^Shopian$/, date: "2023-10-08", fat: 1 }],
    ["Two soldiers were martyred in an exchange of fire with terrorists in Mir Ali, North Waziristan, on Monday, the ISPR said.",
      { sub: AC, loc: /^Mir Ali$/, date: "2023-10-09", fat: 2 }],
    ["Security forces killed four terrorists in an intelligence-based operation in Dera Ismail Khan district on Tuesday, the ISPR said.",
      { sub: AC, loc: /^Dera Ismail Khan$/, date: "2023-10-10", fat: 4 }],
    ["Militants of the banned BLA attacked a Frontier Corps post in Turbat on Sunday, killing two soldiers.",
      { sub: AC, loc: /^Turbat$/, date: "2023-10-08", fat: 2 }],
    ["Unidentified gunmen shot dead a polio worker in Bajaur on Monday.",
      { sub: ATT, loc: /Bajaur/, date: "2023-10-09", fat: 1 }],
    ["A policeman was martyred when terrorists attacked a check post in Lakki Marwat district late on Sunday.",
      { sub: AC, loc: /^Lakki Marwat$/, date: "2023-10-08", fat: 1 }],
    ["A magnetic bomb attached to a minibus exploded in Kabul on Monday, killing four passengers.",
      { sub: IED, loc: /^Kabul$/, date: "2023-10-09", fat: 4 }],
  ], false);
});

test("Southeast Asia: Myanmar's junta and resistance, the Philippines' NPA and Moro groups, Thailand, Papua", () => {
  check([
    ["The military council's jets bombed a village in Kanbalu Township on Sunday, killing 12 civilians, local resistance forces said.",
      { sub: AIR, loc: /^Kanbalu$/, date: "2023-10-08", fat: 12 }],
    ["An airstrike on a village in Kyauktaw Township killed five people on Monday, the Arakan Army said.",
      { sub: AIR, loc: /^Kyauktaw$/, date: "2023-10-09", fat: 5 }],
    ["Resistance forces attacked a junta outpost in Kyaukme on Monday, seizing weapons.",
      { sub: AC, loc: /^Kyaukme$/, date: "2023-10-09" }],
    ["PDF fighters and junta troops clashed near Pale on Tuesday.",
      { sub: AC, loc: /^Pale$/, date: "2023-10-10" }],
    ["Junta troops torched more than 100 houses in a village in Myinmu Township on Sunday, residents said.",
      { sub: [LOOT, ATT], loc: /^Myinmu$/, date: "2023-10-08" }],
    ["Regime troops shelled Loikaw on Monday, killing two civilians.",
      { sub: SHELL, loc: /^Loikaw$/, date: "2023-10-09", fat: 2 }],
    ["Two NPA rebels were killed in an encounter with Army troops in Las Navas, Northern Samar, on Monday.",
      { sub: AC, loc: /^Las Navas$/, date: "2023-10-09", fat: 2 }],
    ["Government troops clashed with a band of Abu Sayyaf in Patikul, Sulu, on Sunday.",
      { sub: AC, loc: /^Patikul$/, date: "2023-10-08" }],
    ["A human rights worker who had been red-tagged by the military was shot dead by motorcycle-riding gunmen in Bacolod City on Sunday.",
      { sub: ATT, loc: /^Bacolod/, date: "2023-10-08" }],
    ["Insurgents detonated a roadside bomb targeting a ranger patrol in Narathiwat's Rueso district on Monday.",
      { sub: IED, loc: /^Rueso$/, date: "2023-10-09" }],
    ["TPNPB fighters shot dead two soldiers in Intan Jaya regency on Monday.",
      { sub: AC, loc: /Intan Jaya/, date: "2023-10-09", fat: 2 }],
  ], false);
});

test("Europe, the Caucasus, Ukraine and Russia: blockades, kettling, water cannon, shelling of a hromada, drones, partisans", () => {
  check([
    ["Farmers blocked motorways with their tractors around Lyon on Monday in protest against a diesel tax.",
      { sub: PP, loc: /^Lyon$/, date: "2023-10-09" }],
    ["Police kettled hundreds of pro-Palestinian demonstrators in central London on Saturday and arrested 45 of them.",
      { sub: PWI, loc: /^London$/, date: "2023-10-07" }],
    ["Police used water cannon against climate activists who had blocked a motorway in The Hague on Saturday.",
      { sub: PWI, loc: /^The Hague$/, date: "2023-10-07" }],
    ["Far-right protesters and counter-demonstrators clashed in Dublin on Monday evening, throwing bottles and fireworks.",
      { sub: [VD, MV], loc: /^Dublin$/, date: "2023-10-09" }],
    ["Youths hurled petrol bombs at riot police in Athens late on Saturday.",
      { sub: VD, loc: /^Athens$/, date: "2023-10-07" }],
    ["Thousands of students blocked a major intersection in Belgrade on Monday evening, demanding accountability for the canopy collapse.",
      { sub: PP, loc: /^Belgrade$/, date: "2023-10-09" }],
    ["Thousands of people stood in silence and blocked traffic on a main boulevard in Novi Sad on Monday to demand the arrest of officials.",
      { sub: PP, loc: /^Novi Sad$/, date: "2023-10-09" }],
    ["Police used water cannon and pepper spray against demonstrators outside parliament in Tbilisi in the early hours of Tuesday.",
      { sub: PWI, loc: /^Tbilisi$/, date: "2023-10-10" }],
    ["Farmers dumped manure outside the prefecture in Agen on Monday night to protest against EU trade rules.",
      { sub: PP, loc: /^Agen$/, date: "2023-10-09" }],
    ["Russian forces shelled the Nikopol hromada with heavy artillery on Monday, wounding a woman, the regional governor said.",
      { sub: SHELL, loc: /^Nikopol$/, date: "2023-10-09" }],
    ["A Russian drone struck a residential building in Kherson on Tuesday morning, killing one person.",
      { sub: AIR, loc: /^Kherson$/, date: "2023-10-10", fat: 1 }],
    ["Russian aircraft dropped guided aerial bombs on Kupiansk on Monday, damaging a school.",
      { sub: AIR, loc: /^Kupiansk$/, date: "2023-10-09" }],
    ["A Russian missile hit the centre of Zaporizhzhia late on Monday, killing two people.",
      { sub: SHELL, loc: /^Zaporizhzhia$/, date: "2023-10-09", fat: 2 }],
    ["Partisans blew up a section of railway near Melitopol on Sunday, derailing a train carrying fuel for the occupying forces.",
      { sub: [IED, LOOT], loc: /^Melitopol$/, date: "2023-10-08" }],
    ["Azerbaijani forces opened fire on Armenian positions near Sotk on Monday, wounding one Armenian soldier, Yerevan said.",
      { sub: AC, loc: /^Sotk$/, date: "2023-10-09" }],
    ["Ukrainian drones attacked an oil depot in Bryansk on Tuesday, the governor said.",
      { sub: AIR, loc: /^Bryansk$/, date: "2023-10-10" }],
  ], false);
});

test("the Americas: armed commandos, sicarios, bodies found, Haiti's gangs, prisons, favelas, guerrillas, colectivos", () => {
  check([
    ["An armed commando burst into a bar in Celaya on Sunday night and opened fire, killing six people.",
      { sub: ATT, loc: /^Celaya$/, date: "2023-10-08", fat: 6 }],
    ["Sicarios on a motorcycle shot dead a mayoral candidate in Manta on Sunday.",
      { sub: ATT, loc: /^Manta$/, date: "2023-10-08", fat: 1 }],
    ["The bodies of five men bearing signs of torture were found dumped on a roadside in Zacatecas on Monday.",
      { sub: ATT, loc: /^Zacatecas$/, date: "2023-10-09", fat: 5 }],
    ["Gang members attacked the Carrefour-Feuilles neighbourhood of Port-au-Prince on Monday, killing at least 10 residents and burning homes.",
      { sub: ATT, loc: /Port-au-Prince|Carrefour-Feuilles/, date: "2023-10-09", fat: 10 }],
    ["Police exchanged fire with gang members in Croix-des-Bouquets on Sunday, killing three of them.",
      { sub: AC, loc: /^Croix-des-Bouquets$/, date: "2023-10-08", fat: 3 }],
    ["A riot between rival gangs at the Litoral penitentiary in Guayaquil on Monday left 15 inmates dead.",
      { sub: [AC, MV, VD], loc: /^Guayaquil$/, date: "2023-10-09", fat: 15 }],
    ["Military police raided a favela in Rio de Janeiro on Tuesday, killing four suspected drug traffickers in a shootout.",
      { sub: AC, loc: /^Rio de Janeiro$/, date: "2023-10-10", fat: 4 }],
    ["FARC dissidents attacked a police station in Jamundi with explosives and rifles on Monday.",
      { sub: [AC, IED], loc: /^Jamundi$/, date: "2023-10-09" }],
    ["ELN guerrillas ambushed an army patrol in Arauca on Sunday, killing two soldiers.",
      { sub: AC, loc: /^Arauca$/, date: "2023-10-08", fat: 2 }],
    ["Colectivos on motorbikes fired at opposition supporters rallying in Caracas on Monday, wounding three.",
      { sub: EF, loc: /^Caracas$/, date: "2023-10-09" }],
    ["National Guard troops fired tear gas at protesters who had blocked an avenue in Caracas on Monday.",
      { sub: PWI, loc: /^Caracas$/, date: "2023-10-09" }],
    ["Supporters of the former president blocked highways around Cochabamba on Monday to protest against the charges against him.",
      { sub: PP, loc: /^Cochabamba$/, date: "2023-10-09" }],
    ["Police cleared a blockade on the highway near Cochabamba on Friday, arresting 14 people.",
      { sub: PWI, loc: /^Cochabamba$/, date: "2023-10-06" }],
    ["Miners hurled sticks of dynamite at police during a march in La Paz on Tuesday.",
      { sub: VD, loc: /^La Paz$/, date: "2023-10-10" }],
    ["Two protesters were killed when police fired live rounds to clear a road blockade in Juliaca on Monday.",
      { sub: EF, loc: /^Juliaca$/, date: "2023-10-09", fat: 2 }],
    ["A man opened fire on protesters at a rally in Albuquerque on Sunday, wounding one person.",
      { sub: ATT, loc: /^Albuquerque$/, date: "2023-10-08" }],
    ["A 19-year-old woman was shot dead when police opened fire on protesters in Mandalay on Monday.",
      { sub: EF, loc: /^Mandalay$/, date: "2023-10-09", fat: 1 }],
    ["Hooded men set fire to three logging trucks in Ercilla on Monday, leaving pamphlets demanding land for Mapuche communities.",
      { sub: LOOT, loc: /^Ercilla$/, date: "2023-10-09" }],
    ["Gunmen killed a community leader in Tumaco on Sunday, the Ombudsman's office said.",
      { sub: ATT, loc: /^Tumaco$/, date: "2023-10-08", fat: 1 }],
  ], false);
});

test("relative dates: late, night, early hours, a dotted day-month date", () => {
  check([
    ["Russian shelling killed a man in Kherson late Sunday, the regional administration said.",
      { sub: SHELL, loc: /^Kherson$/, date: "2023-10-08", fat: 1 }],
    ["Gunmen shot dead a trader in Quetta in the early hours of Monday.",
      { sub: ATT, loc: /^Quetta$/, date: "2023-10-09", fat: 1 }],
    ["Maoists set fire to road construction vehicles in Kanker on Tuesday night.",
      { sub: LOOT, loc: /^Kanker$/, date: "2023-10-10" }],
    ["On 09.10.2023, Russian troops shelled the village of Bilozerka, wounding two residents.",
      { sub: SHELL, loc: /^Bilozerka$/, date: "2023-10-09" }],
    ["Police dispersed a rally of opposition supporters in Almaty on the night of Monday to Tuesday.",
      { sub: PWI, loc: /^Almaty$/ }],
  ], false);
});

test("actors named the way regional outlets and their armies name them", () => {
  check([
    ["Khawarij attacked a police post in Bannu on Monday, killing two policemen, the ISPR said.",
      { sub: AC, loc: /^Bannu$/, date: "2023-10-09", a1: /^Tehreek-i-Taliban Pakistan$/, fat: 2 }],
    ["Two CPP-NPA rebels were killed in a clash with soldiers in Malaybalay, Bukidnon, on Sunday, the army said.",
      { sub: AC, loc: /^Malaybalay$/, date: "2023-10-08", fat: 2 }],
    ["Troops clashed with members of the communist terrorist group in Las Navas, Northern Samar, on Monday.",
      { sub: AC, loc: /^Las Navas$/, date: "2023-10-09", a1: /New People's Army|Military Forces of the Philippines/, a2: /New People's Army|Military Forces of the Philippines/ }],
    ["Maoists shot dead a villager in Bijapur district on Sunday, suspecting him of being a police informer.",
      { sub: ATT, loc: /^Bijapur$/, date: "2023-10-08", a1: /^Communist Party of India \(Maoist\)$/, fat: 1 }],
    ["Arakan Army fighters attacked junta positions in Paletwa on Monday.",
      { sub: AC, loc: /^Paletwa$/, date: "2023-10-09", a1: /^Arakan Army$/ }],
    ["KKB gunmen shot dead a motorcycle taxi driver in Intan Jaya regency on Monday, police said.",
      { sub: ATT, date: "2023-10-09", a1: /^West Papua National Liberation Army$/, fat: 1 }],
  ], false);
});

test.todo("a victim told with a relative passive ('a human rights worker who had been red-tagged by the military was shot dead') counts no death: the count reads no figure past 'who had been ... by'");
test.todo("a district's bare name with no unit word ('in Lakki Marwat', 'in Intan Jaya') resolves to no place: the gazetteer keeps bare ADM2 names for a told unit word");

test("guards: history, calls, courts, crime with no political side, forecasts, accidents, drills", () => {
  check([
    ["The 2002 riots in Gujarat, in which more than 1,000 people were killed, remain a deeply divisive issue."],
    ["Opposition parties have called a statewide bandh for Friday to protest against the rise in fuel prices."],
    ["A special court in Mumbai on Monday acquitted seven men accused over the 2006 train bombings."],
    ["A man was arrested in Pune on Monday for stabbing his neighbour to death over a parking dispute."],
    ["Police arrested three men in Cebu on Sunday and seized shabu worth 1 million pesos in a buy-bust operation."],
    ["The army said it would launch a major offensive against the NPA in the coming weeks."],
    ["Kyiv has been hit by repeated missile attacks since the start of the full-scale invasion in February 2022."],
    ["A man was shot dead during a robbery at a petrol station in Houston on Sunday, police said."],
    ["Farmers' unions threatened to block motorways next week if the government does not withdraw the diesel tax."],
    ["Twelve pilgrims were killed when their bus plunged into a gorge on the Srinagar-Jammu highway on Monday."],
    ["Russian and Belarusian troops began joint military exercises near Brest on Monday."],
    ["Mexico's homicide rate fell by five percent in the first half of the year, the security ministry said on Monday."],
  ], false);
});
