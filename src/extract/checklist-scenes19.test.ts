// A checklist for the scenes of happenings told beside the news in one sentence (session 19).
// First: a report filed from one country (the dateline) about another that it names only by a region no other
// country has ("ISLAMABAD — ... in Paktia province") dropped every town of that second country its sentences named
// without the country's name, so a trailing ", a day after a suicide bomber killed nine people in Kunduz" clause took
// the province the news named. Now the second country counts as told when a sentence names such a region, and a city
// far bigger than every namesake abroad (Kabul, not the Israeli village; Kandahar, not an Indian hamlet) is no
// namesake (places.ts, usable). Second: a lead's opening "A day after X," is a clause of its own when no event was
// told before: its own happening, its own place and sides, dated back from the main clause's day (hours after: the
// same day), not absorbed into the main clause's cue of the same kind nor dropped as background of it
// (mentions.ts, LEAD_AFTER); "DAMASCUS — A day after ..., an air strike hit ..." is read after the dateline, so the
// main clause is no appositive. Third: a clause timed by another happening (a trailing ", hours after X" or a lead's
// opener told at another town or day) is never merged with its sentence's news, even on the same day a few km away
// (assemble.ts); the news takes
// no town of a trailing clause when it names its own part of a country ("in eastern Afghanistan"), and the main
// clause after an opener none of the opener's when it names its own or a country abroad. Fourth: "The protests began
// on Thursday in Mashhad ... and quickly spread" is where a wave began, the news's history (modality.json,
// wave_origin_after), and a toll told after it is the wave's. Fifth: "on the southern edge of Tigray, around the town of
// Kobo in the Amhara region": a region told by its edge (or border, fringes) is a reference, and the town the clause
// names after it is the scene, whatever region it lies in (places.ts, townOfRegion). Sixth: "near the village of X,
// about 20 km from Y" with X a town the gazetteer knows, about that far from Y: X is the scene and Y its landmark, also
// when the cue comes after both (places.ts, liesAtDistance); and "25 km from Maiduguri, were shot dead" is no toll of 25
// (fatalities.ts). Seventh: a place abroad that something only went into ("the sound carried over the border into
// Yunnan province in China"), in a sentence with no event, is not carried over to a later paragraph's event while the
// report's latest event lies in its own country (places.ts, inheritPlace).
// Guards: a foreign capital that only speaks, denies or summons ("officials in Kabul said", "Kabul denied", "the
// foreign ministry in Kabul summoned") is no scene, nor one standing for its government as a subject ("Moscow was
// likely to") or as the object of a warning ("warned Washington against", "pressed Kabul to": places.ts, read since
// the golden diff showed two such capitals, held by the keep-check, becoming usable with the namesake rule); "A day after the bombing," (a bare noun) and a later sentence's
// opener (the happening told before) add nothing; the news told alone keeps its one event.
// The sentences are invented for this test.
// Probe: 19 of 38 rows failed on the starting code (77a19b8); every guard passed before and after. The three rows left
// todo by session 18 (checklist-scenes18's airport, checklist-absent18's Kandahar and opening "A day after") pass now.
import { test } from "node:test";
import { check } from "./checklist-testing.js";

// PUBLISHED is Wednesday 2023-10-11: "on Sunday" is 2023-10-08, "on Monday" 2023-10-09, "on Tuesday" 2023-10-10.

test("a trailing clause's town in a second country told only by its region is that happening's scene", () => {
  check([
    ["ISLAMABAD — Pakistani jets struck hideouts in Paktia province on Monday, security officials said, a day after a suicide bomber killed nine people outside a bank in Kunduz.",
      { sub: "Air/drone strike", cc: "AF", date: "2023-10-09" }, { sub: "Suicide bomb", loc: /^Kunduz$/, date: "2023-10-08", fat: 9 }],
    ["NAIROBI — Al-Shabaab fighters overran an army base in Lower Shabelle on Tuesday, hours after a car bomb tore through a hotel in Kismayo, killing six.",
      { sub: "Non-state actor overtakes territory", date: "2023-10-10" }, { sub: "Remote explosive/landmine/IED", loc: /^Kismayo$/, date: "2023-10-10", fat: 6 }],
    ["KAMPALA — Rebels attacked an army post in North Kivu province on Sunday, a day after a grenade exploded at a bus station in Bukavu, wounding eight.",
      { sub: "Armed clash", date: "2023-10-08" }, { sub: "Grenade", loc: /^Bukavu$/, date: "2023-10-07" }],
  ]);
});

test("a trailing clause's happening is never merged into the news", () => {
  check([
    ["BEIRUT — Jets bombed rebel positions in Idlib province on Tuesday, hours after a car bomb killed six people near a mosque in Aleppo.",
      { sub: "Air/drone strike", loc: /^Idlib$/, date: "2023-10-10" }, { sub: "Remote explosive/landmine/IED", loc: /^Aleppo$/, date: "2023-10-10", fat: 6 }],
  ]);
});

test("the news names its own part of a country: the trailing clause's town is not its scene", () => {
  check([
    ["ISLAMABAD — The US military said on Monday it had killed a militant commander in a drone strike in eastern Afghanistan, a day after a bomb tore through a mosque in Kabul, killing 14 worshippers.",
      { sub: "Air/drone strike", loc: /^(?!Kabul)/, cc: "AF" }, { sub: "Remote explosive/landmine/IED", loc: /^Kabul$/, fat: 14 }],
  ]);
});

test("a lead's opening 'A day after X,' / 'Hours after X,' tells X as a happening of its own", () => {
  check([
    ["KHARTOUM — A day after paramilitary fighters shelled a market in Omdurman, army jets bombed their positions in Bahri on Tuesday.",
      { sub: "Shelling/artillery/missile attack", loc: /^Omdurman$/, date: "2023-10-09" }, { sub: "Air/drone strike", loc: /^Khartoum North$/, date: "2023-10-10" }],
    ["KHARTOUM — Hours after paramilitary shelling killed 12 people at a crowded market in Omdurman, army jets bombed their positions in Bahri on Tuesday.",
      { sub: "Shelling/artillery/missile attack", loc: /^Omdurman$/, date: "2023-10-10", fat: 12 }, { sub: "Air/drone strike", loc: /^Khartoum North$/, date: "2023-10-10", fat: 0 }],
    ["MAIDUGURI — A day after Boko Haram fighters stormed a village near Gwoza and killed seven farmers, troops ambushed the militants near Bama on Sunday, the army said.",
      { sub: "Attack", loc: /^Gwoza$/, date: "2023-10-07", fat: 7 }, { sub: "Armed clash", loc: /^Bama$/, date: "2023-10-08", fat: 0 }],
    ["Two days after a car bomb killed 15 people in Mogadishu, Somali troops clashed with al-Shabaab fighters in Afgooye on Tuesday.",
      { sub: "Remote explosive/landmine/IED", loc: /^Mogadishu$/, date: "2023-10-08", fat: 15 }, { sub: "Armed clash", loc: /^Afgooye$/, date: "2023-10-10", fat: 0 }],
    ["GAZA — Hours after Hamas fired rockets at Ashkelon, Israeli jets bombed targets in Khan Younis on Friday.",
      { sub: "Shelling/artillery/missile attack", loc: /^Ashkelon$/, a1: /^Hamas/ }, { sub: "Air/drone strike", loc: /^Khan Y/, a1: /Israel/ }],
    ["DAMASCUS — A day after Israeli jets struck a weapons depot near Homs, an air strike hit a military airport in Hama on Monday, state media said.",
      { sub: "Air/drone strike", loc: /^Homs$/, date: "2023-10-08" }, { sub: "Air/drone strike", loc: /^Hama$/, date: "2023-10-09" }],
    ["ISTANBUL — Hours after a car bomb ripped through a bus stop in central Ankara, killing 21 people, Turkish warplanes pounded militant camps in northern Iraq on Monday, the army said.",
      { sub: "Remote explosive/landmine/IED", loc: /^Ankara$/, fat: 21 }, { sub: "Air/drone strike", cc: "IQ", fat: 0 }],
  ]);
});

test("a lead's opener holding the only cue is still a happening, not the background of the rest", () => {
  check([
    ["MAIDUGURI — A day after gunmen killed 12 villagers near Gwoza, the governor visited the village on Sunday.",
      { sub: "Attack", loc: /^Gwoza$/, date: "2023-10-07", fat: 12 }],
  ]);
});

test("where a wave of protests began is the news's history, and the toll after it the wave's", () => {
  check([
    ["TEHRAN — Riot police fired tear gas at hundreds of protesters in Isfahan on Monday, witnesses said. The protests began on Thursday in Shiraz over fuel prices and quickly spread to other cities. At least 14 people have been killed.",
      { sub: "Protest with intervention", loc: /^Isfahan$/, date: "2023-10-09", fat: 0 }],
    ["NAIROBI — Police shot dead two demonstrators in Kisumu on Tuesday. The unrest first erupted in Mombasa last Friday and then spread inland.",
      { loc: /^Kisumu$/, fat: 2 }],
  ]);
});

test("a region told by its edge is a reference: the town the clause names after it is the scene", () => {
  check([
    ["MAIDUGURI — Soldiers clashed with insurgents on Sunday on the western edge of Borno state, around the town of Damaturu in Yobe state, the army said.",
      { sub: "Armed clash", loc: /^Damaturu$/, date: "2023-10-08" }],
    ["ADDIS ABABA — Federal troops and rebels fought on Monday along the border of Amhara region, near the town of Alamata in Tigray, residents said.",
      { sub: "Armed clash", loc: /^Alamata$/, date: "2023-10-09" }],
    // guards: a region's edge with no town after it, and a region told plainly, keep the region
    ["ADDIS ABABA — Federal troops and rebels fought on Monday on the southern edge of Tigray region, residents said.", { sub: "Armed clash", loc: /^Mekelle$/, prec: 3 }],
    ["MAIDUGURI — Soldiers clashed with insurgents in Borno state on Sunday, the army said.", { sub: "Armed clash", loc: /^Maiduguri$/, prec: 3 }],
  ]);
});

test("a known town told with a distance (no bearing) from another is the scene; the other is its landmark", () => {
  check([
    ["MAIDUGURI — Near the village of Gujba, about 30 km from Damaturu, gunmen killed nine fishermen on Sunday, police said.",
      { sub: "Attack", loc: /^Gujba$/, date: "2023-10-08", fat: 9 }],
    // (the distance is no toll either: "some 25 km from Maiduguri, were shot dead" had made 25 dead)
    ["MAIDUGURI — Farmers working their fields near Konduga, some 25 km from Maiduguri, were shot dead by insurgents on Sunday, in one of the worst attacks on civilians this year.",
      { sub: "Attack", loc: /^Konduga$/, date: "2023-10-08", fat: 0 }],
    // guard: a village the gazetteer lacks leaves the town it is measured from, as near it
    ["MAIDUGURI — Near the village of Kalwa Barde, about 30 km from Damaturu, gunmen killed nine fishermen on Sunday, police said.",
      { sub: "Attack", loc: /^Damaturu$/, prec: 2 }],
  ]);
});

test("a place abroad that something only went into is no scene for a later paragraph's event", () => {
  check([
    ["MYITKYINA — Rebels captured the town of Bhamo on Tuesday, residents said.\n\nTraders said the sound of heavy weapons carried over the border into Yunnan province in China.\n\nOn Wednesday, a military jet dropped bombs on a market, killing four people.",
      { sub: "Non-state actor overtakes territory", loc: /^Bhamo$/ }, { sub: "Air/drone strike", loc: /^Bhamo$/, cc: "MM", fat: 4 }],
    // guard: a town abroad told as where something happened still carries over
    ["BEIRUT — Israeli jets struck a house in Nabatieh on Sunday, killing three people.\n\nAcross the border, sirens sounded in the northern Israeli town of Kiryat Shmona on Sunday evening.\n\nMinutes later, a rocket fired from Lebanon hit a house, wounding two people.",
      { sub: "Air/drone strike", loc: /^Nabatieh$/, fat: 3 }, { sub: "Shelling/artillery/missile attack", loc: /^Kiryat Shmona$/ }],
  ]);
});

test("guards: a foreign capital that only speaks, denies or summons is no scene", () => {
  check([
    ["ISLAMABAD — Pakistani jets struck hideouts in Paktia province on Monday, and officials in Kabul said eight civilians were killed.",
      { sub: "Air/drone strike", loc: /^Gardez$/, cc: "AF" }],
    ["ISLAMABAD — A drone strike killed four militants in Paktia province on Sunday, officials said, and Kabul denied any role in the strike.",
      { sub: "Air/drone strike", loc: /^Gardez$/ }],
    ["ISLAMABAD — Pakistani troops killed six militants in Paktia province on Sunday, a day after the foreign ministry in Kabul summoned Pakistan's envoy.",
      { loc: /^Gardez$/, date: "2023-10-08" }],
    ["ISLAMABAD — Pakistani jets struck hideouts in Paktia province on Monday, hours after a spokesman in Kabul warned of retaliation.",
      { sub: "Air/drone strike", loc: /^Gardez$/ }],
    ["NAIROBI — Al-Shabaab fighters attacked a police post in Lower Shabelle on Monday, officials in Mogadishu said.",
      { loc: /^(?!Mogadishu)/ }],
    // a capital standing for its government as a subject ("Moscow was likely to") or as the object of a warning
    // ("warned Washington against", "pressed Kabul to") is none either
    ["KYIV — A Russian missile hit a school in Zaporizhzhia on Tuesday, killing two teachers, officials said.\n\nAn analyst said Moscow was likely to keep up its strikes while Ukraine pressed its counteroffensive in the south.",
      { sub: "Shelling/artillery/missile attack", loc: /^Zaporizhzhia$/, fat: 2 }],
    ["BAGHDAD — Iranian missiles struck an air base in Anbar province on Wednesday, and the Revolutionary Guards warned Washington against any retaliation for the strike.",
      { sub: "Shelling/artillery/missile attack", cc: "IQ" }],
    ["ISLAMABAD — Pakistani jets struck hideouts in Paktia province on Monday, and Islamabad pressed Kabul to act against the militants behind the attacks.",
      { sub: "Air/drone strike", loc: /^Gardez$/ }],
  ]);
});

test("guards: a bare-noun opener, an opener in a later sentence and a lead with no opener are read as before", () => {
  check([
    ["MAIDUGURI — A day after the bombing, police arrested 12 suspects in Maiduguri on Sunday, officials said.", { sub: "Arrests", loc: /^Maiduguri$/ }],
    ["Gunmen attacked a village near Gwoza on Saturday, killing seven farmers. A day after the gunmen struck, troops ambushed them near Bama, the army said.",
      { sub: "Attack", loc: /^Gwoza$/, date: "2023-10-07", fat: 7 }, { sub: "Armed clash", loc: /^Bama$/, date: "2023-10-08" }],
    // an opener and a main clause at the same town on the same day may tell one fight: they are not kept apart
    ["KHARTOUM — Hours after fighting erupted in Omdurman, the army said on Sunday it had repelled an assault on its base there.", { sub: "Armed clash", loc: /^Omdurman$/ }],
    ["MOGADISHU — Hours after al-Shabaab gunmen stormed a hotel in Mogadishu, security forces ended the siege on Sunday, killing all five attackers, police said.", { loc: /^Mogadishu$/ }],
    ["KHARTOUM — Army jets bombed paramilitary positions in Bahri on Tuesday, killing nine fighters, the army said.",
      { sub: "Air/drone strike", loc: /^Khartoum North$/, date: "2023-10-10", fat: 9 }],
    ["TEHRAN — Hundreds of people protested in Shiraz on Monday over fuel prices, witnesses said.", { sub: "Peaceful protest", loc: /^Shiraz$/ }],
  ]);
});
