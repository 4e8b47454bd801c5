// Probe: 23 of 29 rows failed on the starting code (9f73fdc); none of them a guard.
// Session 24 (gaz24): places 2015-2025 conflict reporting names that the gazetteer lacked, written into
// data/gazetteer/extra.tsv blind (no eval set read to choose them). Families, one test each:
//   - villages, camps and barracks the packages lack (Borno and Yobe, the Galilee border communities, south
//     Lebanon, Khartoum's and Mogadishu's districts, Goma's camps, Kashmir, Kabul), placed at recalled points;
//   - GeoNames towns whose rows carry no population (Syria, Nigeria, Pakistan, Kherson), which the finder read
//     only after "village of": re-entered as curated at the GeoNames point;
//   - news spellings of towns the gazetteer held only as a district (precision 2, up to 30 km off) or a
//     governorate (precision 3): Baiji, Muqdadiyah, Zakho, Kut, Sulaymaniyah, Duhok, Guaymas, Seiyun.
// Guards: a square of the same name in another town (Manara Square, Ramallah), a province (coded at its capital),
// and towns the gazetteer had already. The sentences are invented. PUBLISHED is Wednesday 11 October 2023.
import { test } from "node:test";
import { check } from "./checklist-testing.js";

const at = (loc: RegExp, cc: string, prec = 1) => ({ loc, cc, prec, date: "2023-10-09" });

test("villages, camps and barracks the packages lacked are placed as towns", () => {
  check([
    ["Suspected jihadists killed four farmers in Benisheik in Borno state on Monday, residents said.", at(/^Benisheik$/, "NG")],
    ["Two suicide bombers blew themselves up at the Muna Garage camp in Borno state on Monday, killing five people.", at(/^Muna Garage$/, "NG")],
    ["Militants attacked Kukareta in Yobe state on Monday, burning homes, residents said.", at(/^Kukareta$/, "NG")],
    ["Gunmen killed six villagers in Dogo Nahawa in Nigeria's Plateau state on Monday, police said.", at(/^Dogo Nahawa$/, "NG")],
    ["Hezbollah fired an anti-tank missile at Misgav Am on Monday, the Israeli army said.", at(/^Misgav Am$/, "IL")],
    ["A drone launched from Lebanon struck Arab al-Aramshe on Monday, wounding nine soldiers, the army said.", at(/^Arab al-Aramshe$/, "IL")],
    ["An Israeli drone struck a car in Rashidieh camp in southern Lebanon on Monday, killing two men.", at(/^Rashidieh$/, "LB")],
    ["Shells fired by the Rapid Support Forces hit a market in Umbadda in Sudan on Monday, killing 12 people, activists said.", at(/^Umbadda$/, "SD")],
    ["A car bomb exploded at the Bakara market in Somalia's capital on Monday, killing seven people.", at(/^Bakara market$/, "SO")],
    ["Artillery shells struck the Lushagala camp in eastern Congo on Monday, killing nine displaced people.", at(/^Lushagala$/, "CD")],
    ["Militants opened fire on tourists at Baisaran in Indian Kashmir on Monday, killing five people, police said.", at(/^Baisaran$/, "IN")],
    ["A suicide bomber struck a gate of the Pul-e Charkhi prison in Afghanistan on Monday, killing three guards.", at(/^Pul-e Charkhi$/, "AF")],
    ["A bomb exploded in Kadhimiya in Iraq on Monday, killing four pilgrims, police said.", at(/^Kadhimiya$/, "IQ")],
    ["An Israeli strike hit a building in Kafr Sousa in Syria on Monday, killing three people, state media said.", at(/^Kafr Sousa$/, "SY")],
  ], false);
});

test("GeoNames towns without population are read in running text", () => {
  check([
    ["Islamic State fighters ambushed a bus in Sukhnah in Syria on Monday, killing nine soldiers.", at(/^Sukhnah$/, "SY")],
    ["Gunmen shot dead two policemen in Bosra in Syria's Daraa province on Monday, activists said.", at(/^Busra al-Sham$/, "SY")],
    ["Gunmen killed five villagers in Donga in Nigeria's Taraba state on Monday, police said.", at(/^Donga$/, "NG")],
    ["A roadside bomb killed two soldiers in Miranshah in Pakistan on Monday, the army said.", at(/^Miranshah$/, "PK")],
    ["Russian artillery shelled Vysokopillia in Ukraine's Kherson region on Monday, killing one man.", at(/^Vysokopillia$/, "UA")],
  ], false);
});

test("news spellings of towns held only as a district or a governorate give the town", () => {
  check([
    ["Islamic State militants attacked an army post in Baiji in Iraq on Monday, killing four soldiers.", at(/^Baiji$/, "IQ")],
    ["A roadside bomb killed three members of the Popular Mobilisation Forces in Muqdadiyah in Iraq on Monday.", at(/^Muqdadiyah$/, "IQ")],
    ["A Turkish drone struck a car in Zakho in Iraq's Kurdistan region on Monday, killing two people.", at(/^Zakho$/, "IQ")],
    ["Gunmen shot dead two police officers in Guaymas in Mexico's Sonora state on Monday, prosecutors said.", at(/^Guaymas$/, "MX")],
    ["Fighters attacked a checkpoint in Seiyun in Yemen's Hadramawt on Monday, killing three soldiers.", at(/^Seiyun$/, "YE")],
  ], false);
});

test("guards: a square of the same name elsewhere, and towns the gazetteer had already, are unchanged", () => {
  check([
    ["Thousands of Palestinians protested in Manara Square in Ramallah on Monday against the war in Gaza.", { sub: "Peaceful protest", loc: /^Ramallah$/, cc: "PS" }],
    ["Islamic State fighters attacked a checkpoint in Diyala province in Iraq on Monday, killing two soldiers.", at(/^Baqubah$/, "IQ", 3)],
    ["Militants attacked a military base in Baga in Borno state on Monday, the army said.", at(/^Baga$/, "NG")],
    ["Hezbollah fired rockets at Metula on Monday, the Israeli army said.", at(/^Metula$/, "IL")],
    ["Heavy fighting broke out in Omdurman in Sudan on Monday, residents said.", at(/^Omdurman$/, "SD")],
  ], false);
});
