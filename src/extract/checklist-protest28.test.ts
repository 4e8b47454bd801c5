// Probe: 16 of 60 rows failed on the starting code (5ee5cfb): five references to a protest told that made a second
// event at the speaker's city, two interventions read as lethal force, three riots read as protests or a clash, five
// mobs read as riots (one as a suicide bombing), a riot at a mine's offices; the 44 that held guard the same families.
// A checklist of protests and riots (session 28, protest28) on PRECISION and on the boundary among the five sub-types,
// written after reading group A's protest and riot extras, wrong-type misses and actor misses, by families of wording
// that recur in news language in many regions:
//   - what is no protest event: a celebration, a funeral with no demand told, a stay-away with no gathering, a press
//     conference, a petition handed in or signed online, a call to protest, protests planned, "protests have continued
//     for weeks" with no day, protests told as the cause of a resignation.
//   - a protest told once and then referred to: "the protesters say", "the protesters want", "demonstrators demand"
//     (present tense: what the movement wants, no gathering), "many protesters blamed", "vowed to stay", a leader who
//     "dismissed the protests as" a plot, a cleric "whose followers have joined the protests", lawmakers who call for
//     an inquiry "into the policing of the protest": one event, not a second at the speaker's city.
//   - the sub-type: tear gas, batons, "live rounds fired into the air" to disperse a crowd are an intervention; police
//     who "denied using live ammunition" tell no lethal force; protesters who "forced their way through the gates" or
//     "battled police with sticks" are a violent demonstration; a crowd that "stoned and set fire to" suspected gang
//     members, youths of rival communities fighting, and mobs breaking into foreigners' shops are mob violence;
//     a sit-in "demanding an end to the fighting" is a peaceful protest, not a clash; troops who clash with rebels
//     "loyal to" a politician fight an armed clash, not a riot.
//   - one protest in several cities of one sentence gives one event a city; a protest told over several sentences one.
//   - the actor: Protesters (Country) for a protest, Rioters (Country) for a riot.
// The sentences are invented. PUBLISHED is Wednesday 11 October 2023; the rows run with the learned keep-check off.
import { test } from "node:test";
import { check, PROTESTERS, RIOTERS } from "./checklist-testing.js";

const PP = "Peaceful protest", PWI = "Protest with intervention", EF = "Excessive force against protesters";
const VD = "Violent demonstration", MV = "Mob violence";

test("guards: gatherings and campaigns that are no demonstration, and protests with no day of their own", () => {
  check([
    ["Thousands of fans danced in the streets of Abidjan on Sunday night after the national team won the Africa Cup of Nations."],
    ["Hundreds of mourners attended the funeral of the former minister in Kumasi on Saturday, where the president laid a wreath."],
    ["Shops and schools stayed shut in Srinagar on Monday as residents heeded a stay-away called by traders, and the streets were deserted."],
    ["The opposition coalition held a press conference in Harare on Monday to denounce the election results."],
    ["More than 50,000 people have signed an online petition calling on the government of Malawi to scrap the new fuel levy."],
    ["Activists in Lima launched a social media campaign on Monday against the new mining law, using the hashtag #NoAlaMina."],
    ["The teachers' union called on its members to march on the education ministry in Nairobi next Tuesday."],
    ["Farmers plan to block the main highways into Warsaw from Friday if the government does not act, their union said."],
    ["Protests over the rising cost of living have continued for weeks across Ecuador, with no sign of a deal."],
    ["The prime minister of Peru resigned on Monday after months of protests against his government."],
    ["Student leaders said on Monday they would keep up their campaign until the rector resigns."],
    ["Opposition lawmakers walked out of parliament in Kampala on Tuesday in protest at the arrest of a colleague."],
    ["The military government banned all street protests in Conakry on Monday, citing security concerns."],
    ["A candlelit vigil was held in Christchurch on Sunday in memory of the victims of the mosque attacks."],
  ], false);
});

test("a protest told once and then referred to: one event, none at the city of the speaker", () => {
  check([
    ["Tens of thousands of people rallied in Nis on Saturday against corruption. President Aleksandar Vucic, speaking in Belgrade, dismissed the protests as an attempt at a colour revolution.",
      { sub: PP, loc: /^Nis$/, date: "2023-10-07" }],
    ["Hundreds of teachers marched through Accra on Monday to demand six months of unpaid salaries. The protesters say the government in Kumasi has ignored their letters.",
      { sub: PP, loc: /^Accra$/, date: "2023-10-09" }],
    ["Police fired tear gas at protesters in Basra on Monday. Demonstrators demand jobs and clean water, and many protesters blame parties in Baghdad for the country's troubles.",
      { sub: PWI, loc: /^Basra$/, date: "2023-10-09" }],
    ["Thousands of villagers staged a sit-in at the Tishreen dam on Sunday to demand protection from Turkish-backed factions. The protesters, many of them women from Raqqa, vowed to stay.",
      { sub: PP, date: "2023-10-08" }],
    ["Security forces fired live ammunition at protesters in Karbala on Monday, killing two. The cleric Moqtada al-Sadr, whose followers have at times joined the protests, called for calm in Najaf on Tuesday.",
      { sub: EF, loc: /^Karbala$/, date: "2023-10-09", fat: 2 }],
    ["Police used water cannon on thousands of pension protesters in Nantes on Tuesday. In Paris, left-wing lawmakers called for an inquiry into the policing of the protest.",
      { sub: PWI, loc: /^Nantes$/, date: "2023-10-10" }],
    ["Hundreds of farmers blocked the main road into Tataouine on Monday to demand jobs. The protesters want the government to honour a deal signed in Tunis in 2017.",
      { sub: PP, loc: /^Tataouine$/, date: "2023-10-09" }],
    ["Thousands of students marched in Dhaka on Monday to demand quota reform. Iran's influence is not at issue, but the protesters' anger is directed at the ruling party in Chittagong.",
      { sub: PP, loc: /^Dhaka$/, date: "2023-10-09" }],
  ], false);
});

test("force met by a crowd: intervention short of lethal force, excessive force when protesters are shot", () => {
  check([
    ["Security forces fired tear gas and live rounds into the air to disperse hundreds of protesters outside the provincial council in Basra on Monday.",
      { sub: PWI, loc: /^Basra$/, date: "2023-10-09" }],
    ["Soldiers fired warning shots into the air to disperse a crowd of traders in Goma on Monday, witnesses said.",
      { sub: PWI, loc: /^Goma$/, date: "2023-10-09" }],
    ["Riot police fired tear gas at hundreds of people protesting over water shortages in Isfahan on Friday. The police denied using live ammunition.",
      { sub: PWI, loc: /^Isfahan$/, date: "2023-10-06" }],
    ["Police baton-charged striking nurses outside the health ministry in Lusaka on Monday and arrested 12 of them.",
      { sub: PWI, loc: /^Lusaka$/, date: "2023-10-09" }],
    ["Police opened fire on protesters blocking a railway line in Kegalle on Tuesday, killing one man, hospital officials said.",
      { sub: EF, loc: /^Kegalle$/, date: "2023-10-10", fat: 1 }],
    ["Troops shot dead three people protesting against a gold mine near Kedougou on Monday, a rights group said.",
      { sub: EF, date: "2023-10-09", fat: 3 }],
    ["Two protesters were killed when police fired live rounds at a march in Kinshasa on Sunday, the UN mission said.",
      { sub: EF, loc: /^Kinshasa$/, date: "2023-10-08", fat: 2 }],
    ["Security forces fired rubber bullets and tear gas at students in Dhaka on Monday, wounding dozens.",
      { sub: PWI, loc: /^Dhaka$/, date: "2023-10-09", fat: 0 }],
    ["Gendarmes fired tear gas at motorcycle taxi drivers who had blocked the main bridge in Cotonou on Monday.",
      { sub: PWI, loc: /^Cotonou$/, date: "2023-10-09" }],
    ["Police in Kampala arrested 40 opposition supporters who were marching to parliament on Monday.",
      { sub: PWI, loc: /^Kampala$/, date: "2023-10-09", a1: PROTESTERS("Uganda") }],
  ], false);
});

test("a crowd that breaks through, storms, burns or battles police: a violent demonstration", () => {
  check([
    ["In Rawalpindi, protesters forced their way through a gate of the army's general headquarters on Tuesday.",
      { sub: VD, loc: /^Rawalpindi$/, date: "2023-10-10", a1: RIOTERS("Pakistan") }],
    ["Demonstrators forced their way past police lines and into the grounds of parliament in Tbilisi on Monday night.",
      { sub: VD, loc: /^Tbilisi$/, date: "2023-10-09" }],
    ["Several hundred protesters from nationalist parties massed outside parliament in Kyiv on Monday, where they battled security forces with sticks and smoke bombs.",
      { sub: VD, loc: /^Kyiv$/, date: "2023-10-09" }],
    ["Protesters angry at power cuts stormed the airport in Najaf on Friday, smashing windows and halting flights.",
      { sub: VD, loc: /^Najaf$/, date: "2023-10-06", a1: RIOTERS("Iraq") }],
    ["Demonstrators set fire to the regional assembly building in Arequipa on Monday after police fired tear gas at them.",
      { sub: VD, loc: /^Arequipa$/, date: "2023-10-09" }],
    ["Students hurled petrol bombs at riot police outside the university in Jakarta on Tuesday.",
      { sub: VD, loc: /^Jakarta$/, date: "2023-10-10" }],
    ["Youths burned tyres and blocked the main road through Kisumu on Monday to protest against new taxes.",
      { sub: VD, loc: /^Kisumu$/, date: "2023-10-09", a1: RIOTERS("Kenya") }],
  ], false);
});

test("a crowd that is no demonstration: lynchings, communal fighting and attacks on foreigners are mob violence", () => {
  check([
    ["A crowd in the Delmas area of Port-au-Prince stoned and set fire to four men accused of belonging to a gang on Sunday, witnesses said.",
      { sub: MV, loc: /Delmas|Port-au-Prince/, date: "2023-10-08" }],
    ["At least 13 people were killed in fighting between youths from rival communities inside the UN protection site in Malakal on Tuesday.",
      { sub: MV, loc: /^Malakal$/, date: "2023-10-10" }],
    ["Mobs armed with sticks and iron bars roamed the streets of Johannesburg on Monday, breaking into shops owned by Nigerians and Somalis.",
      { sub: MV, date: "2023-10-09" }],
    ["Crowds looted and set fire to foreign-owned shops in Johannesburg on Monday, the latest outbreak of anti-immigrant violence.",
      { sub: MV, loc: /^Johannesburg$/, date: "2023-10-09" }],
    ["Villagers lynched two men suspected of stealing a cow near Mbarara on Sunday, police said.",
      { sub: MV, date: "2023-10-08" }],
    ["Supporters of two rival candidates fought with machetes and stones in Kenema on Monday, injuring 15 people.",
      { sub: MV, loc: /^Kenema$/, date: "2023-10-09" }],
  ], false);
});

test("guards: armed sides are a clash, and a protest's demand names no fighting", () => {
  check([
    ["Government troops clashed with rebels loyal to the former vice-president outside Yei on Sunday, the army said.",
      { sub: "Armed clash", loc: /^Yei$/, date: "2023-10-08" }],
    ["Dozens of shopkeepers and residents held a sit-in at the northern entrance of the camp in Sidon on Monday, demanding an end to the fighting.",
      { sub: PP, loc: /^Sidon$/, date: "2023-10-09" }],
    ["Doctors and teachers staged a sit-in outside the hospital in Sabha on Saturday, calling for an immediate ceasefire.",
      { sub: PP, loc: /^Sabha$/, date: "2023-10-07" }],
    ["Hundreds of women marched in Jalingo on Monday to protest against the killings in neighbouring villages.",
      { sub: PP, loc: /^Jalingo$/, date: "2023-10-09" }],
  ], false);
});

test("one protest in several cities, and one protest told over several sentences", () => {
  check([
    ["Thousands marched peacefully in Bejaia and Tizi Ouzou on Friday, local journalists said.",
      { sub: PP, loc: /^Bejaia$/, date: "2023-10-06" }, { sub: PP, loc: /^Tizi Ouzou$/, date: "2023-10-06" }],
    ["Hundreds of nurses marched to the health ministry in Nairobi on Monday. The march, organised by their union, ended peacefully after a delegation handed over a petition. The nurses say they have not been paid since July.",
      { sub: PP, loc: /^Nairobi$/, date: "2023-10-09" }],
    ["Police fired tear gas at opposition supporters in Conakry on Monday. The protesters had blocked the main road with stones. The protest was called by the opposition coalition.",
      { sub: [PWI, VD], loc: /^Conakry$/, date: "2023-10-09" }],
    ["Hundreds of people marched through Niono on Tuesday to the prefect's office to press the authorities to act. The march, organised by women's groups, ended without incident.",
      { sub: PP, loc: /^Niono$/, date: "2023-10-10" }],
    ["Protesters rallied in Lagos, Abuja and Kano on Monday against fuel price rises.",
      { sub: PP, loc: /^Lagos$/ }, { sub: PP, loc: /^Abuja$/ }, { sub: PP, loc: /^Kano$/ }],
  ], false);
});

test("the actor: protesters of the country for protests, rioters for riots", () => {
  check([
    ["Hundreds of Bedouin protesters marched in Rahat on Wednesday evening carrying flags and banners.",
      { sub: PP, loc: /^Rahat$/, date: "2023-10-11", a1: PROTESTERS("Israel") }],
    ["Police used tear gas on Monday to disperse young demonstrators in Tataouine who were calling for jobs.",
      { sub: PWI, loc: /^Tataouine$/, date: "2023-10-09", a1: PROTESTERS("Tunisia") }],
    ["Crowds in Banbhoolpura pelted police with stones and set fire to vehicles in Haldwani on Thursday after a madrasa was demolished.",
      { sub: [VD, MV], loc: /^Haldwani$/, date: "2023-10-05", a1: RIOTERS("India") }],
    ["Hundreds of residents blocked the road with burning tyres in Port-au-Prince on Monday to protest against kidnappings.",
      { sub: VD, loc: /^Port-au-Prince$/, date: "2023-10-09", a1: RIOTERS("Haiti") }],
  ], false);
});


// Second batch (written after the first commit, c5d7022; 5 of its 10 rows failed there: the two camps of supporters,
// counter-protesters and partisans who attack a demonstration, a span of protests told as a killing's setting, a
// crowd told by its anger that burns a police station).
test("two camps of a crowd, and crowds that attack a demonstration: mob violence; police against a crowd: a riot", () => {
  check([
    ["Supporters of the ruling party and the opposition clashed in Blantyre on Monday, throwing stones at each other.",
      { sub: MV, loc: /^Blantyre$/, date: "2023-10-09" }],
    ["Ruling party and opposition supporters fought with stones in Kenema on Monday.",
      { sub: MV, loc: /^Kenema$/, date: "2023-10-09" }],
    ["Counter-protesters attacked a gay pride march in Tbilisi on Saturday, tearing down the stage and burning rainbow flags.",
      { sub: MV, loc: /^Tbilisi$/, date: "2023-10-07" }],
    ["Dozens of ruling party supporters armed with sticks attacked students holding a sit-in at the university in Dhaka on Monday.",
      { sub: MV, loc: /^Dhaka$/, date: "2023-10-09" }],
    ["Police and opposition supporters clashed in Blantyre on Monday.",
      { sub: VD, loc: /^Blantyre$/, date: "2023-10-09" }],
    ["On Monday, police said, members of the Defence and Security Forces clashed with insurgents who attempted to enter the village of Muambula, near Mueda.",
      { sub: "Armed clash", date: "2023-10-09" }],
    ["Angry residents set fire to the police station in Kisii on Monday after a man died in custody, and officers fired tear gas to disperse them.",
      { sub: VD, loc: /^Kisii$/, date: "2023-10-09", a1: RIOTERS("Kenya") }],
    ["Irate villagers stormed the police station in Okene on Monday after a boy was shot at a checkpoint.",
      { sub: VD, date: "2023-10-09" }],
  ], false);
});

// Third batch (written with the change after the second commit, 1bac095, whose code read "young men clashed with police,
// throwing stones" in tune37's Sbeitla report as an armed clash; the guard row held there).
test("young men or crowds who clash with police riot; armed young men fight a clash", () => {
  check([
    ["Young men clashed with police in Sbeitla on Wednesday night, throwing stones and petrol bombs.",
      { sub: VD, loc: /^Sbeitla$/, date: "2023-10-11" }],
    ["Crowds burned tyres and attacked a municipal building in Kasserine on Tuesday, and police fired tear gas. On Wednesday night the clashes spread to several districts of the town.",
      { sub: VD, loc: /^Kasserine$/, date: "2023-10-10" }, { sub: VD, loc: /^Kasserine$/, date: "2023-10-11" }],
    ["Armed young men clashed with soldiers near Bunia on Monday.",
      { sub: "Armed clash", date: "2023-10-09" }],
  ], false);
});

test("guards: a span of protests told as the setting of another happening", () => {
  check([
    ["Police arrested a man suspected of stabbing a teacher in Arras on Friday. The killing came as France was gripped by weeks of strikes and protests against pension reform.",
      { sub: "Arrests", loc: /^Arras$/ }],
    ["A roadside bomb killed two soldiers near Kirkuk on Monday. The attack came amid weeks of protests against the government in Baghdad.",
      { sub: "Remote explosive/landmine/IED", fat: 2 }],
  ], false);
});
// "Hundreds of miners stormed the mine company's offices in Marikana on Monday and set a car alight": riot.violent's
// needs_context reads no crowd told only by its number and trade; adding "hundreds/thousands of people/workers" also
// read "pushed thousands of people south" in an insurgents' raid (tune7 Mazeze) as a riot, so it was dropped.
test.todo("a crowd told by its number and trade that storms offices is a violent demonstration");
// "Residents of Gwange beat and burned a suspected suicide bomber to death in Maiduguri": the suicide-bomb cue on the
// victim's description outranks the mob's deed (a lynching of a suspect is mob violence).
test.todo("a mob that lynches a suspected suicide bomber is mob violence, not a suicide bombing");
// "Residents of the district have staged daily protests since the election, blocking roads with burning tyres": the
// burning tyres, told after the habit's clause, are read as a riot of the report's day (the clause break hides the habit).
test.todo("deeds told of a habit of daily protests are no riot of one day");
// "The killings came as anger continued to fuel protests in Basra, where demonstrators clashed with security forces
// earlier in the week": the clash in the relative clause of the setting is read as a riot of its own (tune17 Daquq).
test.todo("a clash told in the relative clause of a protest wave that is the setting is no event");
