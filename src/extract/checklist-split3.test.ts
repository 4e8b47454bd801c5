// A third behavioural checklist for how the sentences of a report become events (after checklist-split2):
// round-ups of protests in several cities whose towns share their name with a province (each town's event its
// own, at the town); a compass word before a region of another country than the dateline's ("BEIRUT — ... in
// northern Idlib"); a town entered and left again by a foreign force; a rape and an abduction told in one
// sentence by one perpetrator at one place and day (one happening: ACLED codes two events only for two
// happenings); and the words that open a new event ("also" with a town of its own, "in another attack",
// "elsewhere", "In X, ...") or merge a follow-up (a toll, a perpetrator), and background a year old. The
// reports are invented for this test; each row names the events a careful ACLED coder would code from it.
//
// Probe (session 12, against main at 367fa69): 25 of 61 rows failed before (the others are regression guards, marked
// so, or rows the starting code already read as wanted); 0 still fail; two gaps stay test.todo. Fixed by: extra.tsv gives the cities
// Basra and Taiz their news spellings (GeoNames had "Basra" only as the governorate, "Taiz" only as a pop-0 row);
// a compass word before a region's name vouches for a place abroad as a many-word region does ("BEIRUT — ... in
// northern Idlib"); "entered" tells a scene to the country hints as "raided" does; a place inside "citing ..." is
// the source's, not the scene; a rape and an abduction or killing told in one sentence by one side are one raid;
// "In Basra, hundreds ..." after a protest tells that town's protest (src/extract/roundup.ts), another happening
// than those told elsewhere; "Earlier this month, ..." and "A second drone strike ..." open a happening of their
// own (data/cues/modality.json), which the keep-check spares as it spares one opening on its time or place.
import { test } from "node:test";
import { check } from "./checklist-testing.js";

const PP = "Peaceful protest", PI = "Protest with intervention", VD = "Violent demonstration";
const CL = "Armed clash", ATT = "Attack", AIR = "Air/drone strike", SH = "Shelling/artillery/missile attack";
const SV = "Sexual violence", AB = "Abduction/forced disappearance";


const SUN = "2023-10-08";

test("a round-up of protests in several cities: each town's protest is its own event, at the town, though the town shares its name with a province", () => {
  check([
    ["Protesters rallied in Nasiriyah on Sunday to demand jobs. In Basra, hundreds blocked a road to the port. Police fired tear gas at demonstrators in Zubair.",
      { loc: /Nasiriyah/, cc: "IQ", prec: 1, date: SUN }, { loc: /^Basra/, cc: "IQ", prec: 1, date: SUN }, { sub: PI, loc: /Zubayr|Zubair/, cc: "IQ", date: SUN }],
    ["BAGHDAD — Protesters rallied in Nasiriyah on Sunday to demand jobs.\n\nIn Basra, hundreds of people blocked a road to the port.\n\nPolice fired tear gas at demonstrators in Zubair.",
      { loc: /Nasiriyah/, prec: 1 }, { loc: /^Basra/, prec: 1 }, { sub: PI, loc: /Zubayr|Zubair/ }],
    ["Hundreds of people protested in Basra on Sunday over power cuts. In Kirkuk, demonstrators blocked the main highway.", { sub: PP, loc: /^Basra/, prec: 1 }, { loc: /Kirkuk/, prec: 1 }],
    ["Protesters blocked roads in Kirkuk on Sunday. In Basra, police fired tear gas to disperse a crowd.", { loc: /Kirkuk/, prec: 1 }, { sub: PI, loc: /^Basra/, prec: 1 }],
    ["Protesters rallied in Basra on Sunday. Police fired tear gas at demonstrators in Zubair.", { sub: PP, loc: /^Basra/, prec: 1 }, { sub: PI, loc: /Zubayr|Zubair/ }],
    ["Hundreds of people protested in Basra on Sunday. In Nasiriyah, protesters set fire to tyres outside the governor's office.", { sub: PP, loc: /^Basra/, prec: 1 }, { sub: VD, loc: /Nasiriyah/ }],
    ["Protesters rallied in Nasiriyah on Sunday.\n\nIn Basra province, hundreds of people blocked a road.", { loc: /Nasiriyah/, prec: 1 }, { loc: /^Basra/, cc: "IQ" }],
    // "Earlier this month, ..." opens a happening of its own, though at the same town
    ["Protesters rallied in Basra on Sunday.\n\nEarlier this month, protesters stormed the offices of an oil company in Zubair.", { sub: PP, loc: /^Basra/, date: SUN }, { sub: VD, loc: /Zubayr|Zubair/ }],
    ["Hundreds of people rallied in Basra on Sunday. Earlier this month, protesters in Basra stormed a government office.", { sub: PP, loc: /^Basra/, date: SUN }, { sub: VD, loc: /^Basra/ }],
    // regression guards: these towns were already read as towns
    ["Demonstrators rallied in Aleppo on Sunday. In Idlib, hundreds protested against the rebels.", { sub: PP, loc: /Aleppo/, prec: 1 }, { sub: PP, loc: /Idlib/, prec: 1 }],
    ["Protesters marched in Kherson on Sunday. In Mykolaiv, hundreds rallied outside the city hall.", { loc: /Kherson/, prec: 1 }, { loc: /Mykolaiv/, prec: 1 }],
    ["Hundreds protested in Kirkuk on Sunday. In Karbala, thousands marched to the shrine.", { loc: /Kirkuk/, prec: 1 }, { loc: /Karbala/, prec: 1 }],
  ]);
});

test("a compass word before a region of another country than the dateline's: the region is the scene, not the dateline", () => {
  check([
    ["BEIRUT — A government air strike killed five people in northern Idlib on Sunday.", { sub: AIR, loc: /Idlib/, cc: "SY", fat: 5 }],
    ["BEIRUT — An air strike killed five people in northern Idlib on Sunday.", { sub: AIR, loc: /Idlib/, cc: "SY", fat: 5 }],
    ["NAIROBI — Gunmen killed six villagers in eastern Ituri on Sunday.", { sub: ATT, loc: /Ituri|Bunia/, cc: "CD", fat: 6 }],
    ["ISTANBUL — Air strikes killed four people in northern Aleppo on Sunday.", { sub: AIR, loc: /Aleppo/, cc: "SY", fat: 4 }],
    ["ADEN — Houthi shelling killed three civilians in the Al-Jahmaliya neighbourhood of eastern Taiz on Sunday.", { sub: SH, loc: /Taiz/, cc: "YE", fat: 3 }],
    ["ADEN — Houthi shelling killed three civilians in eastern Taiz on Sunday.", { sub: SH, loc: /Taiz/, cc: "YE", fat: 3 }],
    ["Houthi shelling killed three civilians in the Al-Jahmaliya neighbourhood of eastern Taiz on Sunday.", { sub: SH, loc: /Taiz/, cc: "YE", fat: 3 }],
    // regression guards: the dateline's own country, a many-word region, no dateline, a country's part
    ["KYIV — Russian shelling killed two civilians in southern Kherson on Sunday.", { sub: SH, loc: /Kherson/, cc: "UA", fat: 2 }],
    ["AMMAN — A drone strike killed three people in eastern Deir ez-Zor on Sunday.", { sub: AIR, loc: /Deir ez-Zor/, cc: "SY", fat: 3 }],
    ["A government air strike killed five people in northern Idlib on Sunday.", { sub: AIR, loc: /Idlib/, cc: "SY", fat: 5 }],
    ["ADEN — Houthi shelling killed three civilians in the Al-Jahmaliya neighbourhood of Taiz on Sunday.", { sub: SH, loc: /Taiz/, cc: "YE", fat: 3 }],
  ]);
});

test("a town a foreign force entered and left again keeps its place (moved from the checklist-split2 todo)", () => {
  check([
    ["Israeli forces entered the town of Jenin on Sunday and withdrew hours later.", { sub: CL, loc: /Jenin/, cc: "PS", a1: /^Military Forces of Israel/ }],
    ["Israeli forces entered Jenin on Sunday and then withdrew.", { sub: CL, loc: /Jenin/, cc: "PS" }],
    ["Israeli troops entered the town of Tubas on Sunday and withdrew hours later.", { sub: CL, loc: /Tubas/, cc: "PS" }],
    // regression guard: a raid already kept its town
    ["Israeli forces raided the town of Jenin on Sunday and withdrew hours later.", { loc: /Jenin/, cc: "PS" }],
  ]);
});

test("a rape and an abduction or a killing told in one sentence, by one perpetrator at one place and day, are one happening", () => {
  check([
    ["NAIROBI — RSF fighters raped at least 12 women fleeing the camp near El Fasher in North Darfur last week, and abducted several others, a medical charity said on Tuesday, citing survivors treated at its clinic in Tawila.",
      { sub: [SV, AB], loc: /Fasher/, cc: "SD", a1: /^Rapid Support Forces/ }],
    ["RSF fighters raped women near Tawila on Sunday, and abducted several others, a charity said on Tuesday, citing survivors treated at its clinic in El Fasher.",
      { sub: [SV, AB], loc: /Tawila/, cc: "SD" }],
    ["RSF fighters raped women near Tawila on Sunday, and abducted several others, residents said.", { sub: [SV, AB], loc: /Tawila/, date: SUN }],
    ["Gunmen raped three women near Bunia on Sunday, and abducted two others, a local official said.", { sub: [SV, AB], loc: /Bunia/, date: SUN }],
    // regression guards: already one event
    ["RSF fighters raped women on the road to Tawila last week and abducted others.", { sub: [SV, AB], loc: /Tawila/ }],
    ["Gunmen raped three women near Bunia on Sunday and abducted two others.", { sub: [SV, AB], loc: /Bunia/ }],
    ["Soldiers raped two women and killed a man in Bunia on Sunday.", { sub: [SV, ATT], loc: /Bunia/, fat: 1 }],
    ["Militiamen raped five women in a village near Bunia on Sunday. They also abducted ten men from the village.", { sub: [SV, AB], loc: /Bunia/ }],
  ]);
  // two happenings stay two: another day and place, or a separate attack
  check([
    ["Gunmen raped three women near Bunia on Sunday. On Monday, gunmen abducted 12 people near Beni.", { sub: SV, loc: /Bunia/ }, { sub: AB, loc: /Beni/ }],
    ["RSF fighters raped women near Tawila on Sunday, and soldiers abducted five men in Kadugli on Monday.", { sub: SV, loc: /Tawila/ }, { sub: AB, loc: /Kadugli/ }],
    ["Soldiers raped two women in Bunia on Sunday. Gunmen killed five villagers near Beni the same day.", { sub: SV, loc: /Bunia/ }, { sub: ATT, loc: /Beni/, fat: 5 }],
  ], false);
});

test("the words that open another event, and the follow-ups that merge", () => {
  check([
    // two strikes in two towns of one province on one day stay two
    ["A drone strike killed three people in Saraqib on Sunday. A second drone strike hit a car near Ariha, killing two.", { sub: AIR, loc: /Saraqib/, fat: 3 }, { sub: AIR, loc: /Ariha/, fat: 2 }],
    // regression guard
    ["Russian shelling killed two civilians in Kherson on Sunday. In a separate attack, a drone killed a man in Beryslav the same day.", { sub: SH, loc: /Kherson/, fat: 2 }, { sub: AIR, loc: /Beryslav/, fat: 1 }],
    ["An air strike killed four people in Saraqib on Sunday. Another air strike killed three people in Ariha the same day.", { sub: AIR, loc: /Saraqib/, fat: 4 }, { sub: AIR, loc: /Ariha/, fat: 3 }],
    ["Russian shelling killed two civilians in Kherson on Sunday. Shelling also killed a man in Beryslav.", { sub: SH, loc: /Kherson/, fat: 2 }, { sub: SH, loc: /Beryslav/, fat: 1 }],
    ["Gunmen killed six villagers in Bunia on Sunday. Elsewhere, gunmen killed four farmers near Beni.", { loc: /Bunia/, fat: 6 }, { loc: /Beni/, fat: 4 }],
    ["Gunmen killed six villagers in Bunia on Sunday. Gunmen also killed four farmers near Beni.", { loc: /Bunia/, fat: 6 }, { loc: /Beni/, fat: 4 }],
    ["Gunmen killed six villagers in Bunia on Sunday. Separately, a roadside bomb killed two soldiers near Beni.", { sub: ATT, loc: /Bunia/, fat: 6 }, { loc: /Beni/, fat: 2 }],
    // a later paragraph opening on its own town is another event
    ["Gunmen killed six villagers in Bunia on Sunday.\n\nIn Djugu, eight people died when gunmen raided a camp.", { loc: /Bunia/, fat: 6 }, { loc: /Djugu/, fat: 8 }],
    ["Protesters rallied in Nasiriyah on Sunday.\n\nIn Kirkuk, thousands of demonstrators took to the streets.", { loc: /Nasiriyah/ }, { loc: /Kirkuk/ }],
    ["Protesters rallied in Kirkuk on Sunday.\n\nIn Basra, thousands took to the streets.", { loc: /Kirkuk/, prec: 1 }, { loc: /^Basra/, prec: 1 }],
    ["Gunmen killed six villagers in Bunia on Sunday.\n\nIn Djugu, gunmen killed eight people at a displacement camp the same day.", { loc: /Bunia/, fat: 6 }, { loc: /Djugu/, fat: 8 }], // regression guard
    // a follow-up that only names the toll or the perpetrator is the lead's event
    ["Gunmen killed six villagers in Bunia on Sunday. The attackers were ADF rebels, the army said.", { sub: ATT, loc: /Bunia/, a1: /^Allied Democratic Forces/, fat: 6 }], // regression guard
    ["Gunmen killed six villagers in Bunia on Sunday. The Islamic State claimed the attack.", { sub: ATT, loc: /Bunia/, a1: /^Islamic State/, fat: 6 }], // regression guard
    ["Gunmen killed six villagers in Bunia on Sunday. ADF rebels were blamed for the attack.", { sub: ATT, loc: /Bunia/, a1: /^Allied Democratic Forces/, fat: 6 }],
    ["Gunmen killed six villagers in Bunia on Sunday. The toll later rose to nine, officials said.", { sub: ATT, loc: /Bunia/, fat: 9 }],
    ["An air strike killed five people in Saraqib on Sunday. Russian jets carried out the strike, a monitor said.", { sub: AIR, loc: /Saraqib/, fat: 5 }],
    // background of the same kind a year earlier stays out
    ["Gunmen killed six villagers in Bunia on Sunday. In 2022, ADF rebels killed 30 people in the same village.", { sub: ATT, loc: /Bunia/, date: SUN, fat: 6 }], // regression guard
    ["An air strike killed four people in Saraqib on Sunday. A year ago, an air strike on the town killed 12 people.", { sub: AIR, loc: /Saraqib/, date: SUN, fat: 4 }], // regression guard
    ["Protesters rallied in Basra on Sunday. Last year, police shot dead five protesters in the city.", { sub: PP, loc: /^Basra/, date: SUN }], // regression guard
    ["Gunmen killed six villagers in Bunia on Sunday. Last year, gunmen killed 30 people in the town.", { sub: ATT, loc: /Bunia/, date: SUN, fat: 6 }],
    ["Gunmen killed six villagers in Bunia on Sunday. A similar attack on the town in 2022 killed 30 people.", { sub: ATT, loc: /Bunia/, date: SUN, fat: 6 }],
  ]);
  // "In another attack, ..." says itself that another happening begins: the keep-check spares it, though it is told
  // only "in the same area" (it had held it back)
  check([
    ["Gunmen killed six villagers in Bunia on Sunday. In another attack, gunmen killed four people in the same area.", { loc: /Bunia/, fat: 6 }, { loc: /Bunia/, fat: 4 }],
    ["Gunmen killed six villagers in Bunia on Sunday. Separately, gunmen killed four people in the same area.", { loc: /Bunia/, fat: 6 }, { loc: /Bunia/, fat: 4 }],
  ]);
});

test.todo("'In Basra, crowds blocked the road to the port, and in Amara, demonstrators rallied ...': a round-up sentence whose second town has a protest cue of its own makes no event of the first town's crowd (roundup.ts reads only sentences with no cue)");
test.todo("'Gunmen killed six villagers in Bunia. In 2022, ADF rebels killed 30 people in the same village': the lead's gunmen are coded as the ADF, the report's most-named group, though it is named only in history (skipping old sentences in dominantGroups cost actor1 on tune9/tune15: 'militants linked to the Islamic State have been fighting ... since 2017' is context a coder uses)");
