// Probe: 19 of 84 rows failed on the starting code (c4bee51); two of them guards that gave an event ("any protests",
// a protest told as a habit), the rest misses; the 65 rows that held on it guard the same families.
// A checklist of protests and riots told the way wire services and local outlets in many regions tell them (session
// 27, riot27), written after reading group A's protest, riot, mob and looting misses (most of them "nothing close":
// no event at that place and day), by families of wording that recur in news language:
//   - a crowd's demonstration told with no "protest" word: people who "poured into the streets", a crowd that
//     "converged on parliament", farmers who "drove their tractors into" a city, residents, villagers or drivers who
//     "blocked the road" with no demand told in the clause, mourners "chanting slogans against the army"
//     (protest.streets, protest.road.blocked). Guards: fans who poured into the streets to celebrate, troops who
//     converged on a town, students "who were blocking a street" when a man attacked them (an attack), demonstrators
//     who "have repeatedly chanted slogans" (no gathering of that day).
//   - a riot told by what the crowd did: "stone-throwing youths", a road "barricaded with boulders and bonfires",
//     youths "who had lit bonfires on the road", "stoned passing cars" by "groups of young men", "violence broke out"
//     against police after a demolition (riot.stone.pelting, riot.barricades.burning, riot.crowd,
//     riot.violence.broke.out). Guard: "armed youths" of two villages who clash fight a clash, not a riot (clash).
//   - force on a crowd: "fired tear smoke", police who "scatter" protesters (protest.intervention); the arrest of
//     farmers "who had blocked the highway" is that blockade's intervention, not an arrest event (arrests).
//   - a crowd that is no demonstration: members of two communities who "hurled stones at each other", a crowd that
//     "dragged a suspected thief from a police cell and beat him to death" (mob.communal, mob.dragged).
//   - looting: granaries "set on fire", cattle "stolen" (looting); a market's stalls set on fire in a killing stay the attack.
//   - the toll of a crowd is no toll: "thousands of mourners marched behind the coffin of a slain activist" counted
//     1,000 dead (fatalities: "a slain activist" is an adjective, not a killing of the figure's people).
//   - guards: protests called for next Monday, a general strike that shut a city with no gathering told, a warning
//     about next week's march, police ready for "any protests", a court sentencing rioters of 2019, a call to take to
//     the streets, protests every Friday since a dam was built, a city's riots of 2019 told as background.
// The sentences are invented. PUBLISHED is Wednesday 11 October 2023; the rows run with the learned keep-check off.
import { test } from "node:test";
import { check } from "./checklist-testing.js";

const PP = "Peaceful protest", PWI = "Protest with intervention", EF = "Excessive force against protesters";
const VD = "Violent demonstration", MV = "Mob violence", LOOT = "Looting/property destruction";

test("peaceful protests told in wire and local wording: marches, sit-ins, rallies, pickets, blockades", () => {
  check([
    ["Thousands of traders shut their shops and marched through Kano on Sunday to protest against new market levies.",
      { sub: PP, loc: /^Kano$/, date: "2023-10-08" }],
    ["Hundreds of farmers drove their tractors into the centre of Lahore on Monday, demanding higher wheat prices.",
      { sub: PP, loc: /^Lahore$/, date: "2023-10-09" }],
    ["Students staged a sit-in outside the education ministry in Tunis on Tuesday over unpaid grants.",
      { sub: PP, loc: /^Tunis$/, date: "2023-10-10" }],
    ["Supporters of the jailed opposition leader rallied in Dakar on Sunday, chanting his name and waving flags.",
      { sub: PP, loc: /^Dakar$/, date: "2023-10-08" }],
    ["Taxi drivers blocked the main road into Port Moresby for several hours on Monday to protest against fuel prices.",
      { sub: PP, loc: /^Port Moresby$/, date: "2023-10-09" }],
    ["Striking nurses picketed the main hospital in Harare on Monday, demanding better pay.",
      { sub: PP, loc: /^Harare$/, date: "2023-10-09" }],
    ["Hundreds of garment workers downed tools and gathered at the factory gate in Gazipur on Monday to demand unpaid wages.",
      { sub: PP, loc: /^Gazipur$/, date: "2023-10-09" }],
    ["Mourners carrying the coffin of a slain activist marched to the governor's office in Quetta on Sunday, chanting slogans against the government.",
      { sub: PP, loc: /^Quetta$/, date: "2023-10-08" }],
    ["A crowd of several thousand converged on parliament in Tbilisi on Monday evening to oppose the foreign agents bill.",
      { sub: PP, loc: /^Tbilisi$/, date: "2023-10-09" }],
    ["Opposition supporters poured into the streets of Lubumbashi on Monday to reject the results announced by the electoral commission.",
      { sub: PP, loc: /^Lubumbashi$/, date: "2023-10-09" }],
    ["Hundreds of villagers blocked the Pan-American Highway near Piura on Monday, saying a mine had polluted their water.",
      { sub: PP, loc: /^Piura$/, date: "2023-10-09" }],
    ["Thousands of people demonstrated in Bamako on Friday in support of the ruling junta.",
      { sub: PP, loc: /^Bamako$/, date: "2023-10-06" }],
    ["Market women held a demonstration at the regional assembly in Kumasi on Monday over the relocation of their stalls.",
      { sub: PP, loc: /^Kumasi$/, date: "2023-10-09" }],
    ["Thousands of students joined anti-government protesters in central Colombo on Monday, defying a ban on gatherings.",
      { sub: PP, loc: /^Colombo$/, date: "2023-10-09" }],
  ], false);
});

test("protests met with tear gas, water cannon, batons or arrests: a protest with intervention", () => {
  check([
    ["Police used tear gas to disperse hundreds of traders protesting against the demolition of their stalls in Accra on Monday.",
      { sub: PWI, loc: /^Accra$/, date: "2023-10-09" }],
    ["Police turned water cannon on students rallying outside the university in Dhaka on Sunday and arrested 30 of them.",
      { sub: PWI, loc: /^Dhaka$/, date: "2023-10-08" }],
    ["Police arrested dozens of farmers who had blocked the highway near Ludhiana on Monday.",
      { sub: PWI, loc: /^Ludhiana$/, date: "2023-10-09" }],
    ["Riot police broke up a sit-in by teachers in front of parliament in Rabat on Monday.",
      { sub: PWI, loc: /^Rabat$/, date: "2023-10-09" }],
    ["Police fired tear gas on Monday at supporters of the opposition leader gathered outside his home in Kampala.",
      { sub: PWI, loc: /^Kampala$/, date: "2023-10-09" }],
    ["Anti-riot police dispersed a march by opposition supporters in Lome on Saturday, witnesses said.",
      { sub: PWI, loc: /^Lome$/, date: "2023-10-07" }],
    ["Police in Yerevan detained more than 100 people on Monday as demonstrators blocked streets to demand the prime minister's resignation.",
      { sub: PWI, loc: /^Yerevan$/, date: "2023-10-09" }],
  ], false);
});

test("forces that shoot into a crowd of protesters: excessive force", () => {
  check([
    ["Soldiers opened fire on a crowd of protesters in Mandalay on Sunday, killing at least three people.",
      { sub: EF, loc: /^Mandalay$/, date: "2023-10-08", fat: 3 }],
    ["Two demonstrators died after being hit by live bullets fired by police in Conakry on Monday.",
      { sub: EF, loc: /^Conakry$/, date: "2023-10-09", fat: 2 }],
    ["Security forces shot dead four people protesting against the election result in Maputo on Sunday.",
      { sub: EF, loc: /^Maputo$/, date: "2023-10-08", fat: 4 }],
    ["Police killed two students in Kendari on Sunday when they fired live rounds to break up a rally against a new law.",
      { sub: EF, loc: /^Kendari$/, date: "2023-10-08", fat: 2 }],
  ], false);
});

test("crowds that burn, stone, storm or loot during unrest: a violent demonstration", () => {
  check([
    ["Protesters torched two police vehicles and a toll booth in Nairobi on Sunday.",
      { sub: VD, loc: /^Nairobi$/, date: "2023-10-08" }],
    ["Angry youths set fire to the police station in Kisumu on Sunday after a motorcycle taxi driver died in custody.",
      { sub: VD, loc: /^Kisumu$/, date: "2023-10-08" }],
    ["Demonstrators hurled rocks at police, who responded with tear gas, in Santiago on Monday.",
      { sub: VD, loc: /^Santiago/, date: "2023-10-09" }],
    ["Stone-throwing youths clashed with police in Srinagar on Friday after prayers.",
      { sub: VD, loc: /^Srinagar$/, date: "2023-10-06" }],
    ["Protesters clashed with police in Kisumu on Sunday.",
      { sub: VD, loc: /^Kisumu$/, date: "2023-10-08" }],
    ["A protest over power cuts in Karachi turned violent on Sunday when demonstrators attacked the offices of the electricity company.",
      { sub: VD, loc: /^Karachi$/, date: "2023-10-08" }],
    ["Students pelted police with stones in Dhaka on Sunday and set fire to a bus.",
      { sub: VD, loc: /^Dhaka$/, date: "2023-10-08" }],
    ["A funeral procession for a slain activist turned violent in Quetta on Sunday when mourners set fire to shops and vehicles.",
      { sub: VD, loc: /^Quetta$/, date: "2023-10-08" }],
    ["Violence broke out in Bareilly on Friday after officials demolished a shrine, with crowds hurling stones at officers and setting vehicles on fire.",
      { sub: VD, loc: /^Bareilly$/, date: "2023-10-06" }],
    ["Youths barricaded the main road in Kisumu with boulders and bonfires on Sunday night.",
      { sub: VD, loc: /^Kisumu$/, date: "2023-10-08" }],
    ["Groups of young men stoned passing cars in Soweto on Tuesday, police said.",
      { sub: VD, loc: /^Soweto$/, date: "2023-10-10" }],
    ["Hundreds of youths ransacked a ruling party office in Bulawayo on Monday during protests over fuel prices.",
      { sub: VD, loc: /^Bulawayo$/, date: "2023-10-09" }],
    ["Rioting erupted in Noumea on Monday night, with rioters looting shops and setting cars ablaze.",
      { sub: VD, loc: /^Noumea$/, date: "2023-10-09" }],
    ["Protesters stormed the provincial government building in Jalalabad on Sunday.",
      { sub: VD, loc: /^Jalalabad$/, date: "2023-10-08" }],
  ], false);
});

test("a crowd that is no demonstration: lynchings, mobs, communal and partisan clashes are mob violence", () => {
  check([
    ["A mob beat to death a man accused of stealing a motorcycle in Kaduna on Sunday, police said.",
      { sub: MV, loc: /^Kaduna$/, date: "2023-10-08" }],
    ["Villagers lynched a man suspected of witchcraft in Kasese on Sunday.",
      { sub: MV, loc: /^Kasese$/, date: "2023-10-08" }],
    ["A mob set fire to several homes of Christians in Sargodha on Sunday after accusations of blasphemy.",
      { sub: MV, loc: /^Sargodha$/, date: "2023-10-08" }],
    ["Supporters of rival candidates fought with sticks and stones in Lamu on Monday, injuring 12 people.",
      { sub: MV, loc: /^Lamu$/, date: "2023-10-09" }],
    ["Fans of two rival football clubs clashed outside the stadium in Belgrade on Sunday night.",
      { sub: MV, loc: /^Belgrade$/, date: "2023-10-08" }],
    ["An angry crowd set upon two suspected kidnappers in Onitsha on Monday and set them ablaze.",
      { sub: MV, loc: /^Onitsha$/, date: "2023-10-09" }],
  ], false);
});

test("homes, shops and schools burned or looted by armed men with nobody killed: looting/property destruction", () => {
  check([
    ["Gunmen torched dozens of homes in the town of Bunia on Sunday, residents said.",
      { sub: LOOT, loc: /^Bunia$/, date: "2023-10-08" }],
    ["Unknown attackers burned down a primary school in Kumba on Monday.",
      { sub: LOOT, loc: /^Kumba$/, date: "2023-10-09" }],
    ["Fighters looted the main market in Nyala on Sunday, carrying away fuel and food.",
      { sub: LOOT, loc: /^Nyala$/, date: "2023-10-08" }],
    ["Gunmen stole hundreds of head of cattle and set granaries on fire in Djibo overnight into Monday, a local official said.",
      { sub: LOOT, loc: /^Djibo$/ }],
  ], false);
});

test("several towns of one day of unrest, each its own event", () => {
  check([
    ["Police fired tear gas at opposition supporters in Nairobi on Tuesday. In Kisumu, youths burned tyres and blocked roads, while in Mombasa hundreds marched peacefully to the county offices.",
      { sub: PWI, loc: /^Nairobi$/, date: "2023-10-10" }, { sub: VD, loc: /^Kisumu$/, date: "2023-10-10" }, { sub: PP, loc: /^Mombasa$/, date: "2023-10-10" }],
    ["Protesters rallied in Lagos on Monday against fuel subsidy cuts. Similar protests took place in Abuja and Port Harcourt.",
      { sub: PP, loc: /^Lagos$/, date: "2023-10-09" }, { sub: PP, loc: /^Abuja$/ }, { sub: PP, loc: /^Port Harcourt$/ }],
    ["Police shot dead two protesters in Maputo on Monday, rights groups said. In Nampula, demonstrators set fire to a police post.",
      { sub: EF, loc: /^Maputo$/, date: "2023-10-09", fat: 2 }, { sub: VD, loc: /^Nampula$/, date: "2023-10-09" }],
  ], false);
});

test("more news wording of crowds and forces: running battles, roadblocks, occupations, a strike's pickets", () => {
  check([
    ["Riot police fought running battles with stone-throwing youths in the Mathare slum of Nairobi on Saturday.",
      { sub: VD, loc: /Nairobi|Mathare/, date: "2023-10-07" }],
    ["Protesters erected roadblocks of burning tyres across Port-au-Prince on Monday to denounce the rise in fuel prices.",
      { sub: VD, loc: /^Port-au-Prince$/, date: "2023-10-09" }],
    ["Demonstrators occupied the main square of Cochabamba on Monday and said they would stay until the governor resigned.",
      { sub: PP, loc: /^Cochabamba$/, date: "2023-10-09" }],
    ["Hundreds of angry residents blocked the road in Eldoret with the body of the victim on Tuesday, demanding the arrest of the driver.",
      { sub: PP, loc: /^Eldoret$/, date: "2023-10-10" }],
    ["Tens of thousands of people took part in a march in Rabat on Sunday in solidarity with Gaza.",
      { sub: PP, loc: /^Rabat$/, date: "2023-10-08" }],
    ["Residents set fire to the house of a man suspected of killing a child in Mbale on Monday, police said.",
      { sub: [MV, LOOT], loc: /^Mbale$/, date: "2023-10-09" }],
    ["Five people were killed and more than 100 injured, most of them police officers, when violence broke out in Bareilly on Thursday after officials demolished a madrasa.",
      { sub: [VD, MV], loc: /^Bareilly$/, date: "2023-10-05" }],
    ["Security forces fired tear gas at stone-throwing protesters in Sulaymaniyah on Monday.",
      { sub: VD, loc: /^Sulaymaniyah$/, date: "2023-10-09" }],
    ["Students boycotted classes and marched to the district office in Bhaktapur on Monday to demand a new principal.",
      { sub: PP, loc: /^Bhaktapur$/, date: "2023-10-09" }],
    ["Police fired warning shots into the air to disperse a crowd of flood victims who had blocked the highway near Sukkur on Monday.",
      { sub: PWI, loc: /^Sukkur$/, date: "2023-10-09" }],
  ], false);
});

test("East African and South Asian wording, lynchings from custody, communal stone-throwing, processions chanting slogans", () => {
  check([
    ["Police fired tear smoke to scatter rowdy youths who had lit bonfires on the Kisumu-Busia road on Monday.",
      { sub: VD, loc: /^Kisumu$/, date: "2023-10-09" }],
    ["Police lobbed teargas canisters to scatter hundreds of protesters in Kisii on Monday, witnesses said.",
      { sub: PWI, loc: /^Kisii$/, date: "2023-10-09" }],
    ["A crowd dragged a suspected thief from a police cell in Bauchi on Monday and beat him to death.",
      { sub: MV, loc: /^Bauchi$/, date: "2023-10-09", fat: 1 }],
    ["Members of the two communities hurled stones at each other in Nuh on Monday, and several shops were set alight.",
      { sub: MV, loc: /^Nuh$/, date: "2023-10-09" }],
    ["Thousands of mourners marched behind the coffin of a slain activist in Quetta on Monday, chanting slogans against the army.",
      { sub: PP, loc: /^Quetta$/, date: "2023-10-09", fat: 0 }],
    ["Thousands of people joined a funeral procession for the activist in Quetta on Monday, chanting slogans against the army.",
      { sub: PP, loc: /^Quetta$/, date: "2023-10-09", fat: 0 }],
    ["The unrest spread on Monday to Kananga, where crowds torched the local office of the ruling party.",
      { sub: VD, loc: /^Kananga$/, date: "2023-10-09" }],
    ["Protests also erupted on Monday in Bukavu and Uvira, where crowds demanded the departure of the governor.",
      { sub: PP, loc: /^Bukavu$/, date: "2023-10-09" }, { sub: PP, loc: /^Uvira$/, date: "2023-10-09" }],
    ["Two protesters were shot dead in Kenema on Monday, the police said.",
      { sub: EF, loc: /^Kenema$/, date: "2023-10-09", fat: 2 }],
    // guards: gunmen chanting slogans attack; a crowd of fans celebrating; herders' armed youths clash
    ["Gunmen chanting slogans opened fire on worshippers at a mosque in Kano on Friday, killing four people.",
      { sub: "Attack", loc: /^Kano$/, date: "2023-10-06", fat: 4 }],
    ["Thousands of fans poured into the streets of Casablanca on Saturday night to celebrate the team's victory."],
    ["In Basra, demonstrators have repeatedly chanted slogans against Tehran, and portraits of Iranian leaders have been torn down in several cities."],
    ["Armed youths from two villages clashed near Jos on Sunday, leaving six dead.",
      { sub: "Armed clash", fat: 6 }],
  ], false);
});

test("guards: calls, plans, threats, habits and past riots are no event", () => {
  check([
    ["Opposition parties have called for nationwide protests next Monday against the new tax."],
    ["Trade unions announced a three-day general strike starting on Monday next week."],
    ["The governor warned that anyone who burns tyres during next week's planned march will be arrested."],
    ["Police said they were ready to deal with any protests during the president's visit."],
    ["A court in Kano on Monday sentenced 12 people over riots that shook the city in 2019."],
    ["Activists urged supporters to take to the streets after Friday prayers."],
    ["Residents of the district have protested every Friday since the dam was built, and say they will continue."],
    ["A general strike called by the unions paralysed Lagos on Monday, with shops shut and streets deserted."],
    ["The city was the scene of deadly riots in 2019, when dozens were killed in clashes over fuel prices. This year, the rise in prices has passed without unrest."],
  ], false);
});
