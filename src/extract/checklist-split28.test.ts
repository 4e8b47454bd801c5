// Probe: 19 of 94 rows failed on the starting code (5ee5cfb), none of them a guard: a sentence opening on a region of
// its own outside the other's (4), a list of towns opening the sentence (3), a second town told with its own day and an
// elided figure (2), a second town told as "nearby" or "neighbouring" the first (2), "a day later" told mid-sentence or
// with no comma after it (2), a burning told beside "near the site of the ambush" (1), protest organisers arrested apart
// from the gathering (2), an abduction merged with a strike from the air or by shelling (2), captives "taken towards the
// X border" read as a town taken and the fight after it placed at the border's state (1). The first draft's rows that
// failed for no reason of assembly (a town missing from the gazetteer, "militants killed a policeman" read as no cue, an
// arrest by "prosecutors") were reworded to test assembly alone.
// A checklist of two happenings told in one report, written for session 28 (split28) after group A's "nothing close"
// misses that came out merged into one event (eval/extract/absent.ts: a second strike the same day at another place, a
// bomb's second site, a suspect detained after a bombing, a protest and a riot at nearby places, round-ups of short
// items). ACLED codes one event per place, day and actor pair; the text tells two happenings apart by a different
// named place (not one inside the other), a different day, a different kind of happening, another pair of sides, or
// in so many words ("a second", "another", "separately", "elsewhere", "meanwhile", "in a separate incident", "later
// that day", "also" with a place of its own). Families, in the wording of many regions' outlets:
//   - two same-type happenings at two towns, the second told in a sentence of its own with a marker or a town of its
//     own (Sahel, Syria, Myanmar, Colombia, Ukraine, Somalia, India, Nigeria, DRC);
//   - a strike and a clash, an attack and a clash elsewhere, a strike on two towns told in two sentences;
//   - a bombing and the arrest of suspects the next day (an arrest beside an attack);
//   - a protest and a riot or a mob told at another place or another day;
//   - short round-ups of three items;
//   - a sentence that opens on a region of its own ("In neighbouring Adamawa state,", "In the southern district of
//     Hambantota,") outside the province of the other's place: another scene, whatever the two kinds (merge.json
//     region_opening); a list of towns opening the sentence ("In Bejaia and Tizi Ouzou, thousands marched"): one event per
//     town (scenes.json list_opening); "... in X on Sunday and three more in Y on Monday": the second town on its own day;
//     "in Sokode and nearby Bafilo": two towns; "..., and a day later a roadside bomb killed ...": the next day;
//   - "near the site of the ambush" names where the clause's own deed (a burning) was, not the ambush again
//     (modality.json reference_around); organisers arrested at their homes, or named by the protest they called, are
//     an arrest apart from the protest broken up (events.json, the arrests rule's reclassify); people abducted beside an
//     air strike or shelling are taken by others than the strike (assemble.ts remoteThenTaken; a bus stopped by a
//     roadside bomb and its passengers taken stays one raid); "took our wives and children into the forest towards the X
//     border" takes people, not a place, and names where they were taken, not a scene (events.json territory.capture,
//     places.ts TAKEN_TOWARD).
// Guards: one happening told three ways must stay one event: a lead, its toll paragraph, a spokesman's claim, a denial,
// a monitor's figure, "the attack", "the blast", "the clashes" told again; a quarter of the city told after the city;
// the same strike told by the side that made it the next day.
// The sentences are invented. PUBLISHED is Wednesday 11 October 2023; the rows run with the learned keep-check off.
import { test } from "node:test";
import { check } from "./checklist-testing.js";

const SUN = "2023-10-08", MON = "2023-10-09", TUE = "2023-10-10", SAT = "2023-10-07";
const ATT = "Attack", CL = "Armed clash", AIR = "Air/drone strike", SH = "Shelling/artillery/missile attack", IED = "Remote explosive/landmine/IED";
const SB = "Suicide bomb", ARR = "Arrests", PP = "Peaceful protest", PI = "Protest with intervention", VD = "Violent demonstration", MOB = "Mob violence";
const AB = "Abduction/forced disappearance", GR = "Grenade";

test("two same-type happenings at two towns, the second told with a marker of its own", () => {
  check([
    ["Gunmen killed seven villagers in an attack near Bandiagara on Sunday. In a separate incident, suspected jihadists killed four herders near Djenne.",
      { sub: ATT, loc: /^Bandiagara$/, date: SUN }, { sub: ATT, loc: /^Djenne$/ }],
    ["Suspected jihadists killed 12 civilians in an attack on a village near Djibo on Sunday. Elsewhere, gunmen killed five people at a market in Kaya.",
      { sub: ATT, loc: /^Djibo$/, date: SUN }, { sub: ATT, loc: /^Kaya$/ }],
    ["Russian shelling killed two civilians in Kherson on Monday, the regional governor said. Separately, a drone strike on Nikopol wounded three people.",
      { sub: SH, loc: /^Kherson$/, date: MON }, { sub: AIR, loc: /^Nikopol$/ }],
    ["An air strike killed five people in Ariha on Monday. Another strike hit a market in Saraqib, killing three, rescuers said.",
      { sub: AIR, loc: /^Ariha$/, date: MON }, { sub: AIR, loc: /^Saraqib$/ }],
    ["Al-Shabaab fighters attacked a police station in Afgoye on Monday, killing two officers. Meanwhile, a roadside bomb struck a military vehicle in Baidoa, killing three soldiers.",
      { loc: /^Afgo+ye$/, date: MON }, { sub: IED, loc: /^Baidoa$/ }],
    ["A junta air strike killed nine villagers in Mindat township on Sunday. A second air strike later that day hit a school in Kani, killing four children.",
      { sub: AIR, loc: /^Mindat$/, date: SUN }, { sub: AIR, loc: /^Kani$/, date: SUN }],
    ["Dissidents of the former FARC killed two soldiers in an ambush near Suarez on Sunday. Later that day, a policeman was shot dead in Jamundi.",
      { loc: /^Suarez$/, date: SUN }, { loc: /^Jamundi$/, date: SUN }],
    ["Militants shot dead a labourer from Bihar in Anantnag on Sunday. Hours later, militants also shot dead a trader in Shopian.",
      { sub: ATT, loc: /^Anantnag$/, date: SUN }, { loc: /^Shopian$/, date: SUN }],
    ["Bandits killed 15 people in Tsafe on Sunday. Bandits also attacked Gusau, abducting 20 residents, police said.",
      { sub: ATT, loc: /^Tsafe$/, date: SUN }, { loc: /^Gusau$/ }],
    ["ADF rebels killed 11 civilians in Oicha on Sunday. In another attack, the rebels killed six people near Butembo on Monday.",
      { sub: ATT, loc: /^Oicha$/, date: SUN }, { sub: ATT, loc: /^Butembo$/, date: MON }],
    ["A grenade was thrown at a bar in Bujumbura on Saturday night, wounding eight people. A second grenade exploded in Gitega the next morning.",
      { sub: GR, loc: /^Bujumbura$/, date: SAT }, { sub: GR, loc: /^Gitega$/, date: SUN }],
    ["A car bomb exploded outside a hotel in Mogadishu on Sunday, killing six people. A second bomb went off near a checkpoint in Beledweyne, killing two soldiers.",
      { sub: IED, loc: /^Mogadishu$/, date: SUN }, { sub: IED, loc: /^Beledweyne$/ }],
  ], false);
});

test("two same-type happenings in two towns told with a place or a day of their own", () => {
  check([
    ["Russian missiles hit Odesa on Monday, killing four people. On Tuesday, a drone struck a grain silo in Izmail.",
      { loc: /^Odesa$/, date: MON }, { sub: AIR, loc: /^Izmail$/, date: TUE }],
    ["Suspected Islamist militants killed nine people in Menaka on Saturday. On Monday, gunmen killed six villagers in Ansongo.",
      { sub: ATT, loc: /^Menaka$/, date: SAT }, { sub: ATT, loc: /^Ansongo$/, date: MON }],
    ["Maoists killed two villagers in Bijapur on Sunday, accusing them of being police informers. In Sukma, Maoists set off an IED that wounded two jawans.",
      { sub: ATT, loc: /^Bijapur$/, date: SUN }, { sub: IED, loc: /^Sukma$/ }],
    ["Gunmen shot dead a tribal leader in Kirkuk on Sunday. In Baquba, two men were killed when gunmen opened fire on their car.",
      { sub: ATT, loc: /^Kirkuk$/, date: SUN }, { sub: ATT, loc: /^Baqubah|Baquba$/ }],
    ["Armed men killed five members of a family in Zinacantan on Sunday. In Chilapa, gunmen killed three men at a bar on Monday.",
      { sub: ATT, date: SUN }, { sub: ATT, loc: /^Chilapa/, date: MON }],
    ["Myanmar troops torched more than 100 houses in Kani on Monday. Soldiers burned down another 50 homes in Yinmabin on Tuesday.",
      { loc: /^Kani$/, date: MON }, { loc: /^Yinmabin$/, date: TUE }],
    ["Unknown gunmen abducted 12 passengers on the Abuja-Kaduna highway near Katari on Sunday. On Tuesday, gunmen kidnapped a priest in Kafanchan.",
      { sub: AB, date: SUN }, { sub: AB, loc: /^Kafanchan$/, date: TUE }],
    ["An IED killed three soldiers near Gao on Sunday. A day later, another roadside bomb killed a civilian near Ansongo.",
      { sub: IED, loc: /^Gao$/, date: SUN }, { sub: IED, loc: /^Ansongo$/, date: MON }],
  ], false);
});

test("two kinds of happening: a strike and a clash, an attack and fighting elsewhere", () => {
  check([
    ["Government aircraft bombed rebel positions in Sheikh Miskin on Monday. Meanwhile, rebels clashed with troops near Nawa, leaving 10 fighters dead.",
      { sub: AIR, loc: /Miskin/, date: MON }, { sub: CL, loc: /^Nawa$/ }],
    ["The army said its jets struck an al-Shabaab camp near Jilib on Sunday, killing 30 militants. Separately, soldiers fought al-Shabaab fighters in Jowhar.",
      { sub: AIR, loc: /^Jilib$/, date: SUN }, { sub: CL, loc: /^Jowhar$/ }],
    ["Russian forces shelled Kupiansk on Sunday. Elsewhere, Ukrainian troops fought off Russian assaults near Bakhmut.",
      { sub: SH, loc: /^Kupiansk$/, date: SUN }, { sub: CL, loc: /^Bakhmut$/ }],
    ["Resistance fighters clashed with junta troops in Kale on Sunday. The military later bombed a village in Tabayin township, killing 11 civilians.",
      { sub: CL, loc: /^Kale|Kalay$/, date: SUN }, { sub: AIR }],
    ["Fighters of the ELN clashed with the army in Tame on Sunday. In Saravena, a car bomb exploded outside a military base, injuring five soldiers.",
      { sub: CL, loc: /^Tame$/, date: SUN }, { sub: IED, loc: /^Saravena$/ }],
    ["Militants stormed a village near Tillaberi on Sunday, killing 12 civilians. Meanwhile, soldiers clashed with jihadists near Torodi, killing 20 of them.",
      { sub: ATT, loc: /^Tillaberi$/, date: SUN }, { sub: CL, loc: /^Torodi$/ }],
  ], false);
});

test("a bombing or an attack, then the arrest of suspects: two events", () => {
  check([
    ["A bomb exploded at a bus station in Kaduna on Sunday, killing four people. On Tuesday, police arrested three suspects in Zaria in connection with the blast.",
      { sub: IED, loc: /^Kaduna$/, date: SUN }, { sub: ARR, loc: /^Zaria$/, date: TUE }],
    ["A suicide bomber killed 11 worshippers at a mosque in Peshawar on Sunday. Police detained 20 suspects in raids across Peshawar on Monday.",
      { sub: SB, loc: /^Peshawar$/, date: SUN }, { sub: ARR, date: MON }],
    ["A grenade attack on a bus in Kampala killed one person on Sunday. Police on Monday arrested two men suspected of carrying out the attack.",
      { sub: GR, loc: /^Kampala$/, date: SUN }, { sub: ARR, date: MON }],
    ["Gunmen killed a journalist in Tijuana on Sunday. Police said on Tuesday they had arrested a suspect in Mexicali.",
      { sub: ATT, loc: /^Tijuana$/, date: SUN }, { sub: ARR, loc: /^Mexicali$/ }],
  ], false);
});

test("a protest and a riot or mob at another place or on another day", () => {
  check([
    ["Thousands of people marched peacefully in Conakry on Monday to demand a return to civilian rule. In Kankan, youths set fire to the local prefecture.",
      { sub: PP, loc: /^Conakry$/, date: MON }, { sub: VD, loc: /^Kankan$/ }],
    ["Students protested at the university in Dhaka on Sunday. Meanwhile, in Chittagong, a mob lynched a man accused of blasphemy.",
      { sub: PP, loc: /^Dhaka$/, date: SUN }, { sub: MOB, loc: /^Chittagong|Chattogram$/ }],
    ["Opposition supporters rallied in Nairobi on Monday. In Kisumu, police fired tear gas at protesters who had blocked roads.",
      { sub: PP, loc: /^Nairobi$/, date: MON }, { sub: PI, loc: /^Kisumu$/ }],
    ["Farmers staged a sit-in outside the district office in Amritsar on Monday. On Tuesday, protesters in Ludhiana torched a police vehicle.",
      { sub: PP, loc: /^Amritsar$/, date: MON }, { sub: VD, loc: /^Ludhiana$/, date: TUE }],
    ["Hundreds of people demonstrated peacefully in Bamako on Friday. The following day, protesters in Kati looted shops and burned a police post.",
      { sub: PP, loc: /^Bamako$/ }, { sub: VD, loc: /^Kati$/, date: SAT }],
  ], false);
});

test("round-ups: three short items in three towns", () => {
  check([
    ["In Herat, gunmen killed two money changers on Sunday. In Kandahar, a roadside bomb wounded three policemen. In Jalalabad, a magnetic bomb attached to a car killed its driver.",
      { sub: ATT, loc: /^Herat$/, date: SUN }, { sub: IED, loc: /^Kandahar$/ }, { sub: IED, loc: /^Jalalabad$/ }],
    ["Russian strikes killed three people in Kharkiv on Monday. In Sumy, a drone hit a power plant. In Zaporizhzhia, shelling damaged a hospital.",
      { loc: /^Kharkiv$/, date: MON }, { sub: AIR, loc: /^Sumy$/ }, { sub: SH, loc: /^Zaporizhzhia$/ }],
    ["Al-Shabaab mortars hit Mogadishu's airport on Sunday. Separately, gunmen killed a clan elder in Kismayo. Elsewhere, troops and militants clashed near Bulo Burde.",
      { sub: SH, loc: /^Mogadishu$/, date: SUN }, { sub: ATT, loc: /^Kismayo$/ }, { sub: CL, loc: /^Bulo Bur/ }],
  ], false);
});

test("guards: one happening told several ways stays one event", () => {
  check([
    // lead, toll, spokesman's claim, denial
    ["Gunmen attacked a village near Mopti on Sunday, killing 20 civilians. The death toll rose to 23 on Monday, a local official said. A spokesman for the army blamed jihadists for the attack. The group denied any role in the killings.",
      { sub: ATT, loc: /^Mopti$/, date: SUN }],
    ["An air strike hit a market in Sagaing region's Monywa township on Tuesday, killing 14 people. The junta said the strike targeted resistance fighters. Residents said all the dead were civilians.",
      { sub: AIR, date: TUE }],
    ["A suicide bomber blew himself up at a checkpoint in Mogadishu on Sunday, killing eight people. Al-Shabaab claimed responsibility for the blast. The explosion destroyed several vehicles, police said.",
      { sub: SB, loc: /^Mogadishu$/, date: SUN }],
    ["Fighting erupted between the army and the RSF in El Obeid on Sunday. The clashes killed at least 15 people, medics said. The army said it had repelled the attack.",
      { sub: CL, loc: /^El Obeid|Al-Ubayyid/, date: SUN }],
    ["Russian missiles struck an apartment building in Dnipro on Saturday, killing 12 people. The Ukrainian air force said the attack involved Kh-22 missiles. Rescuers were still searching the rubble on Sunday.",
      { loc: /^Dnipro$/, date: SAT }],
    ["Government shelling killed nine people in Maarat al-Numan on Monday, the Syrian Observatory for Human Rights said. The monitor said four children were among the dead. Rescuers said the shelling hit a busy street.",
      { sub: SH, date: MON }],
    ["Police opened fire on protesters in Kisumu on Monday, killing two. The shootings happened as crowds blocked the highway, witnesses said. Police said officers had acted in self-defence.",
      { loc: /^Kisumu$/, date: MON }],
    ["Suspected ELN rebels ambushed a police patrol near Cucuta on Sunday, killing four officers. The attack took place on a rural road, police said. The ELN has not commented on the ambush.",
      { loc: /^Cucuta$/, date: SUN }],
  ], false);
});

test("guards: a quarter of the city, the same strike told by its maker, an echo after a marker-free retelling", () => {
  check([
    ["A car bomb exploded in Mogadishu on Sunday, killing six people. The blast hit a busy junction in the Hodan district of the capital, police said.",
      { sub: IED, date: SUN }],
    ["Russian drones hit Odesa overnight, damaging port infrastructure. The Russian defence ministry said on Monday it had struck facilities in Odesa used to prepare attacks.",
      { sub: AIR, loc: /^Odesa$/ }],
    ["Jihadists attacked an army post near Djibo on Monday, killing 12 soldiers. Troops fought back for several hours, the army said, and killed dozens of attackers.",
      { loc: /^Djibo$/, date: MON }],
    ["A bomb blast hit a market in Maiduguri on Sunday, killing five people. Police said the bomb had been hidden in a bag of grain.",
      { sub: IED, loc: /^Maiduguri$/, date: SUN }],
    ["Soldiers and militiamen clashed in Fizi on Sunday. The fighting spread to nearby villages, residents said, and lasted into the night.",
      { sub: CL, loc: /^Fizi$/, date: SUN }],
  ], false);
});

test("a sentence opening on a region of its own, outside the other's: another scene", () => {
  check([
    ["Ruling party supporters attacked protesters in Colombo on Monday. In the southern district of Hambantota, a mob set fire to a politician's house.",
      { loc: /^Colombo$/, date: MON }, { loc: /^Hambantota$/, date: MON }],
    ["Police fired tear gas at protesters in Nairobi on Monday. In the western county of Kisumu, protesters blocked roads.",
      { sub: PI, loc: /^Nairobi$/, date: MON }, { sub: PP, loc: /^Kisumu$/, date: MON }],
    ["Suspected Boko Haram fighters killed 11 farmers in Borno state on Sunday. In neighbouring Adamawa state, gunmen abducted 20 passengers.",
      { sub: ATT, date: SUN }, { sub: AB, cc: "NG" }],
    ["Rebels clashed with the army in North Kivu on Sunday. In Ituri province, militiamen killed 14 civilians at a displacement camp.",
      { sub: CL, date: SUN }, { sub: ATT, loc: /^Bunia$/ }],
    ["Jihadists killed 20 soldiers in an attack in Burkina Faso's Sahel region on Sunday. In the Centre-Nord region, militants killed 15 villagers.",
      { sub: CL, date: SUN }, { sub: ATT }],
    ["Resistance fighters clashed with junta troops in Sagaing region on Monday. In Magway region, soldiers torched dozens of homes in a village.",
      { sub: CL, date: MON }, { loc: /^Magway$/ }],
    ["Protesters burned tyres in Karachi on Monday. In the southern province of Balochistan, a mob set fire to a bank.",
      { sub: VD, loc: /^Karachi$/ }, { sub: VD, cc: "PK" }],
    // guard: a region holding the first town retells it
    ["Protesters blocked roads in Kisumu on Monday. In Kisumu county, police fired tear gas to disperse them.",
      { sub: PI, loc: /^Kisumu$/, date: MON }],
  ], false);
});

test("one clause at two towns: a list opening the sentence, a second place told with its own day and an elided figure", () => {
  check([
    ["In Bejaia and Tizi Ouzou, thousands marched peacefully on Friday.",
      { sub: PP, loc: /^Bejaia$/ }, { sub: PP, loc: /^Tizi Ouzou$/ }],
    ["In Gao and Timbuktu, hundreds of people rallied on Sunday in support of the junta.",
      { sub: PP, loc: /^Gao$/, date: SUN }, { sub: PP, loc: /^Timbuktu$/, date: SUN }],
    ["In Kharkiv and Sumy, Russian drones hit power facilities on Monday.",
      { sub: AIR, loc: /^Kharkiv$/, date: MON }, { sub: AIR, loc: /^Sumy$/, date: MON }],
    ["Gunmen killed five people in Douentza on Sunday and three more in Bandiagara on Monday.",
      { sub: ATT, loc: /^Douentza$/, date: SUN }, { sub: ATT, loc: /^Bandiagara$/, date: MON }],
    ["Russian shelling killed two civilians in Kherson on Monday and another in Beryslav on Tuesday.",
      { sub: SH, loc: /^Kherson$/, date: MON }, { sub: SH, loc: /^Beryslav$/, date: TUE }],
    ["Thousands marched in Bejaia and Tizi Ouzou on Friday.",
      { sub: PP, loc: /^Bejaia$/ }, { sub: PP, loc: /^Tizi Ouzou$/ }],
    ["Police fired tear gas at protesters in Kisumu and Homa Bay on Monday.",
      { sub: PI, loc: /^Kisumu$/ }, { sub: PI, loc: /^Homa Bay$/ }],
    ["A bomb killed two soldiers in Gao on Sunday, and gunmen shot dead a trader in Ansongo.",
      { sub: IED, loc: /^Gao$/, date: SUN }, { sub: ATT, loc: /^Ansongo$/ }],
    ["Police shot dead four protesters in Sokode and nearby Bafilo on Tuesday, the opposition said.",
      { loc: /^Sokode$/, date: TUE }, { loc: /^Bafilo$/, date: TUE }],
    ["Rioters torched shops in Kano and neighbouring Kaduna on Monday.",
      { sub: VD, loc: /^Kano$/ }, { sub: VD, loc: /^Kaduna$/ }],
    // guards: a route, the areas one happening lay in, a list of provinces a round-up spans, nearby villages
    ["Gunmen killed three people in Kano and nearby villages on Monday.",
      { sub: ATT, loc: /^Kano$/ }],
    ["In Gao and Timbuktu regions, jihadists attacked an army convoy on Sunday, killing nine soldiers.",
      { date: SUN }],
    ["On the road between Gao and Ansongo, gunmen ambushed a convoy on Sunday, killing three soldiers.",
      { date: SUN }],
  ], false);
});

test("a bombing or a killing and what followed it: arrests, a mob, another attack on its own day", () => {
  check([
    ["Police arrested three suspects in Zaria on Tuesday, two days after a bomb killed four people at a bus station in Kaduna.",
      { sub: ARR, loc: /^Zaria$/, date: TUE }, { sub: IED, loc: /^Kaduna$/, date: SUN }],
    ["A bomb killed four people at a bus station in Kaduna on Sunday, and police on Tuesday arrested three suspects in Zaria.",
      { sub: IED, loc: /^Kaduna$/, date: SUN }, { sub: ARR, loc: /^Zaria$/, date: TUE }],
    ["Police arrested three men in Quetta on Tuesday over Sunday's bombing of a bus in Mastung that killed 11 people.",
      { sub: ARR, loc: /^Quetta$/, date: TUE }, { sub: IED, loc: /^Mastung$/, date: SUN }],
    ["Gunmen attacked a church in Owo on Sunday, killing 40 worshippers. A day later, police arrested five suspects in Akure.",
      { sub: ATT, loc: /^Owo$/, date: SUN }, { sub: ARR, loc: /^Akure$/, date: MON }],
    ["Protesters marched to parliament in Kampala on Monday. The same day, a mob in Jinja beat to death a man accused of theft.",
      { sub: PP, loc: /^Kampala$/ }, { sub: MOB, loc: /^Jinja$/ }],
    ["Militants killed 12 soldiers in an ambush in Tillaberi region on Sunday, and a day later a roadside bomb killed three civilians near Ouallam.",
      { sub: CL, date: SUN }, { sub: IED, loc: /^Ouallam$/, date: MON }],
    ["Gunmen killed five people in Kano on Sunday. A day later a mob attacked the police station in Kano.",
      { sub: ATT, loc: /^Kano$/, date: SUN }, { sub: MOB, loc: /^Kano$/, date: MON }],
    ["Resistance fighters ambushed an army convoy near Kalay on Tuesday, killing 15 soldiers. Hours later, troops entered two villages near the site of the ambush and set fire to dozens of homes.",
      { sub: CL, date: TUE }, { sub: "Looting/property destruction", a1: /^Military Forces of Myanmar/, date: TUE }],
    ["A bomb killed five people at a market in Kano on Sunday. Police later arrested two men at the scene of the blast.",
      { sub: IED, loc: /^Kano$/, date: SUN }, { sub: ARR, loc: /^Kano$/ }],
    // guards: a bus stopped by a bomb and its passengers taken is one raid; the site of the blast told again is no happening
    ["A roadside bomb hit a bus near Zurmi on Saturday. Gunmen then abducted its passengers.",
      { sub: IED, date: SAT }],
    ["A bomb killed five people at a market in Kano on Sunday. Rescuers searched the rubble at the site of the blast for survivors.",
      { sub: IED, loc: /^Kano$/, date: SUN }],
    ["An air force strike killed 16 vigilantes near Zurmi on Saturday. The men had gone after bandits after the criminals attacked two villages in the early hours of Saturday, kidnapping 12 women.",
      { sub: AIR, date: SAT }, { sub: AB, date: SAT }],
    ["Army shelling killed four civilians in Kadugli on Monday. Gunmen also kidnapped two aid workers in the town the same day.",
      { sub: SH, loc: /^Kadugli$/, date: MON }, { sub: AB, loc: /^Kadugli$/, date: MON }],
    ["Jets bombed a market in Kauda on Sunday, killing seven people. In the same area, militiamen abducted 15 farmers on Sunday.",
      { sub: AIR, date: SUN }, { sub: AB, date: SUN }],
    ["Gunmen abducted 20 villagers in a raid on a village near Maru on Sunday. They took our wives and children into the forest towards the Katsina border, a resident said. Hours later, in the same village, the gunmen clashed with vigilantes, killing three of them.",
      { sub: AB, loc: /^Maru$/, date: SUN }, { sub: CL, loc: /^Maru$/, date: SUN }],
    // guard: a town taken is a place changing hands
    ["Rebels took the town of Kiwanja on Sunday after fighting the army.",
      { sub: "Non-state actor overtakes territory", loc: /^Kiwanja$/, date: SUN }],
    ["Gunmen killed four people in Douentza on Sunday. On Tuesday, gunmen killed three traders in Douentza.",
      { sub: ATT, date: SUN }, { sub: ATT, date: TUE }],
  ], false);
});

test("a protest broken up, and its organisers arrested at their homes: two events", () => {
  check([
    ["Police fired tear gas to disperse a banned march in Niamey on Sunday. In the afternoon, police detained three leaders of the coalition that called the protest at their offices and homes.",
      { sub: PI, loc: /^Niamey$/, date: SUN }, { sub: ARR, loc: /^Niamey$/ }],
    ["Police fired tear gas to break up an opposition march in Kinshasa on Saturday. Hours later, police arrested four of its organisers at their homes.",
      { sub: PI, loc: /^Kinshasa$/, date: SAT }, { sub: ARR, loc: /^Kinshasa$/ }],
    ["Security forces dispersed a sit-in in Khartoum on Monday and later detained three activists who had organised the protest.",
      { sub: PI, loc: /^Khartoum$/, date: MON }, { sub: ARR, loc: /^Khartoum$/ }],
    // guards: arrests at the gathering are its intervention
    ["Riot police broke up a rally in Harare on Sunday and arrested 20 protesters at the scene.",
      { sub: PI, loc: /^Harare$/, date: SUN }],
    ["Police arrested dozens of protesters at the rally in Kampala on Monday.",
      { sub: PI, loc: /^Kampala$/, date: MON }],
  ], false);
});
