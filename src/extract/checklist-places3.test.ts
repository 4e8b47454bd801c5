// A third behavioural checklist for where: the ways wire reports tell a scene that are not "in X" - a demonym
// or "Russian-occupied" before a place, "the provincial capital" after its province, a district owned by its
// province ("Ghazni province's Andar district"), a city quarter named as a district, a road between two towns,
// an offset ("30 km north of X"), a border told as a landmark, a dateline city that is not the scene, a camp,
// a namesake settled by the country told elsewhere, a place told only by its region (precision 3 at the
// admin1), and a town inside an actor's name ("the Kidal-based CSP") that is no scene. Each row checks the
// location, the country and, where it matters, the precision and the point. The sentences are invented.
//
// Probe (session 12, against main at 6847b6d): 29 of 132 rows failed before (19 of the first 77; 5 of the 28 of
// a second probe, 5 of the 16 of a third and none of the 11 guards last, at the end). The other 103 pass on the
// starting code: regression guards, marked so, and the two verb todos the country-subject change had fixed.
// 0 still fail, no todo. Fixed by: "X-occupied"/"X-held" is no given name; a possessive told with its unit word
// ("Ghazni province's"); a city quarter (GeoNames PPLX) called a district stays precision 1; "Police in X said"
// is no person; a town of the region picked, named later in the clause, is the scene; "the road from X to Y"
// and "the X-Y road"; the former tribal agencies of Pakistan in data/gazetteer/extra.tsv (named areas, rated
// less precise than a town); a multi-word region of one country only is no namesake abroad (a dateline
// elsewhere); in extra.tsv, Kutupalong camp, "Iraqi Kurdistan" (at Erbil), "Kostiantynivka", and "Nur Shams
// camp" no longer Tulkarm's alias; and a lead with no scene whose speaker is a region's office is coded in that
// region.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "./index.js";
import { onlyEvent, PUBLISHED } from "./checklist-testing.js";
import type { Event } from "../event.js";
import { haversineKm } from "../util/geo-math.js";

/** One row: the text, the location and country it should be coded at, and optionally the precision and a point (lat, lon, km). */
type Row = [text: string, location: string, country: string, precision?: 1 | 2 | 3, point?: [lat: number, lon: number, km: number]];

/** Every row's misses, named together (one failing row does not hide the others). */
function check(rows: Row[]): void {
  const misses: string[] = [];
  for (const [text, location, country, precision, point] of rows) {
    const e = onlyEventOrNone(text);
    if (!e) { misses.push(`${text}\n    no single event`); continue; }
    const got = [e.location, e.country, e.geo_precision];
    if (e.location !== location || e.country !== country || (precision !== undefined && e.geo_precision !== precision)) {
      misses.push(`${text}\n    got ${JSON.stringify(got)}, want ${JSON.stringify([location, country, precision])}`);
      continue;
    }
    if (point) {
      const km = e.latitude == null || e.longitude == null ? Infinity : haversineKm(e.latitude, e.longitude, point[0], point[1]);
      if (km > point[2]) misses.push(`${text}\n    point ${e.latitude},${e.longitude} lies ${Math.round(km)} km from ${point[0]},${point[1]}`);
    }
  }
  assert.deepEqual(misses, []);
}

/** The one event of `text`, or undefined when it gives none or several. */
function onlyEventOrNone(text: string): Event | undefined {
  const { events } = extractArticle({ id: "checklist", text, published: PUBLISHED });
  return events.length === 1 ? events[0] : undefined;
}

test("a rocket or drone attack on a town across the line is placed at that town, in its own country (moved from checklist-verbs todos)", () => {
  // Both passed on the starting code (the country-subject change of session 11 fixed them): kept as guards.
  const e = onlyEvent("Hamas fired rockets at Ashkelon on Sunday.");
  assert.deepEqual([e.sub_event_type, e.location, e.country], ["Shelling/artillery/missile attack", "Ashkelon", "Israel"]);
  const b = onlyEvent("Ukrainian forces launched drones at Belgorod on Sunday.");
  assert.deepEqual([b.sub_event_type, b.location, b.country], ["Air/drone strike", "Belgorod", "Russia"]);
});

test("a demonym or 'X-occupied' before a region tells the place's country, and is no person's name", () => {
  check([
    ["Russian shelling killed five civilians in Russian-occupied Melitopol on Sunday.", "Melitopol", "Ukraine", 1],
    ["Ukrainian drones struck Russian-held Donetsk on Sunday, killing five people.", "Donetsk", "Ukraine", 1],
    ["Rebels killed five soldiers in Russian-held Horlivka on Sunday.", "Horlivka", "Ukraine", 1],
    // regression guards: the demonym already settled these
    ["Gunmen killed five soldiers in the Poonch district of Indian Kashmir on Sunday.", "Pūnch", "India"],
    ["Militants killed five soldiers in the Kupwara district of Indian Kashmir on Sunday.", "Kupwāra", "India"],
    ["Militants killed five soldiers in the Bagh district of Pakistani Kashmir on Sunday.", "Bagh", "Pakistan"],
    ["Indian shelling killed five civilians in Kotli in Pakistani Kashmir on Sunday.", "Kotli", "Pakistan", 1],
    ["Militants killed five soldiers in Uri in Indian Kashmir on Sunday.", "Uri", "India", 1],
    ["Russian shelling killed five civilians in Vasylivka in Russian-occupied Zaporizhzhia on Sunday.", "Vasylivka", "Ukraine", 1],
    ["Turkish drones struck Afrin in Turkish-controlled northern Syria on Sunday, killing five people.", "Afrin", "Syria", 1],
    ["A Turkish drone strike killed three SDF fighters near Qamishli in Syrian Kurdistan on Sunday.", "Qamishli", "Syria", 2],
  ]);
});

test("'Police in X said they had arrested ...': the police's town is where the arrests were made", () => {
  check([
    ["Police in Nekemte said they had arrested 30 people on Sunday.", "Nekemte", "Ethiopia", 1],
    ["Police in Nekemte arrested 30 people on Sunday.", "Nekemte", "Ethiopia", 1], // regression guard
    ["Police said they had arrested 30 people in Nekemte on Sunday.", "Nekemte", "Ethiopia", 1], // regression guard
  ]);
});

test("'the provincial capital' after its province in one sentence is the scene (moved from the checklist-scene2 todo)", () => {
  check([
    ["Fighting broke out in Kunduz province on Sunday as Taliban fighters stormed the provincial capital, killing five police officers.", "Kunduz", "Afghanistan", 1],
    ["Rebels killed five soldiers in Kunduz province on Sunday, on the outskirts of the provincial capital.", "Kunduz", "Afghanistan", 2],
    ["Gunmen attacked a village in Zamfara state on Sunday and then a market in the state capital, killing five people.", "Gusau", "Nigeria", 1],
    ["Taliban fighters in Ghazni province attacked the provincial capital on Sunday, killing five police officers.", "Ghazni", "Afghanistan", 1], // regression guard
    ["Taliban fighters killed five police officers in the provincial capital of Ghazni on Sunday.", "Ghazni", "Afghanistan", 1], // regression guard
  ]);
});

test("a district owned by its province, and a city's quarter named as a district or neighbourhood", () => {
  check([
    ["Taliban fighters killed five police officers in Ghazni province's Andar district on Sunday.", "Andaṟ", "Afghanistan", 2],
    ["An air strike killed five people in Aleppo's Sheikh Maqsoud district on Sunday.", "Sheikh Maqsoud", "Syria", 1],
    ["An air strike killed five people in the Sheikh Maqsoud district of Aleppo on Sunday.", "Sheikh Maqsoud", "Syria", 1],
    // regression guards
    ["Taliban fighters killed five police officers in the Andar district of Ghazni province on Sunday.", "Andaṟ", "Afghanistan", 2],
    ["Taliban fighters killed five police officers in Andar district on Sunday.", "Andaṟ", "Afghanistan", 2],
    ["An Israeli strike killed five people in the Shujaiya neighbourhood of Gaza City on Sunday.", "Gaza City", "Palestine", 1],
    ["Russian shelling killed five civilians in Kharkiv's Saltivskyi district on Sunday.", "Saltivskyi", "Ukraine", 2, [49.99, 36.32, 15]],
  ]);
});

test("a road between two towns is coded at the first, near it (precision 2)", () => {
  check([
    ["Gunmen killed five travellers on the road from Zaria to Kano on Sunday.", "Zaria", "Nigeria", 2],
    ["Gunmen killed five travellers on the highway from Zaria to Kano on Sunday.", "Zaria", "Nigeria", 2],
    ["Gunmen killed five travellers on the Abuja-Kaduna road on Sunday.", "Abuja", "Nigeria", 2],
    ["Gunmen killed five travellers on the Kaduna-Abuja highway on Sunday.", "Kaduna", "Nigeria", 2],
    // regression guards
    ["Gunmen killed five travellers on the road between Kaduna and Abuja on Sunday.", "Kaduna", "Nigeria", 2],
    ["Gunmen killed five travellers on the road between Zaria and Kano on Sunday.", "Zaria", "Nigeria", 2],
  ]);
});

test("outskirts, a checkpoint near a town, and a point offset from a town (regression guards)", () => {
  check([
    ["Gunmen killed five people on the outskirts of Maiduguri on Sunday.", "Maiduguri", "Nigeria", 2],
    ["Rebels killed five soldiers on the outskirts of Goma on Sunday.", "Goma", "Democratic Republic of Congo", 2],
    ["Militants attacked a checkpoint near Bannu on Sunday, killing five soldiers.", "Bannu", "Pakistan", 2],
    ["Gunmen killed five soldiers at a checkpoint outside Peshawar on Sunday.", "Peshawar", "Pakistan", 2],
    ["Jihadists killed five soldiers at a checkpoint near Djibo on Sunday.", "Djibo", "Burkina Faso", 2],
    // the point moves off the town: 30 km north of Maiduguri is ~0.27 degrees of latitude north
    ["Gunmen killed five villagers 30 km north of Maiduguri on Sunday.", "Maiduguri", "Nigeria", 2, [12.12, 13.16, 5]],
    ["Jihadists killed five soldiers 50 km south-east of Gao on Sunday.", "Gao", "Mali", 2, [15.95, 0.29, 8]],
    ["Gunmen killed five people 20 km west of Goma on Sunday.", "Goma", "Democratic Republic of Congo", 2, [-1.67, 29.05, 5]],
  ]);
});

test("near the border with a neighbour: the scene's country, not the neighbour's", () => {
  check([
    ["Militants killed five soldiers in North Waziristan near the Afghan border on Sunday.", "North Waziristan", "Pakistan", 2],
    ["Militants killed five soldiers in North Waziristan on Sunday.", "North Waziristan", "Pakistan", 2],
    ["Militants killed five soldiers in South Waziristan on Sunday.", "South Waziristan", "Pakistan", 2],
    ["Militants killed five soldiers in Bajaur on Sunday.", "Bajaur", "Pakistan", 2],
    // regression guards
    ["Gunmen killed five soldiers near the border with Niger in Sokoto state on Sunday.", "Sokoto", "Nigeria", 3],
    ["Jihadists killed five soldiers near the Malian border in Tillaberi region on Sunday.", "Tillaberi", "Niger", 3],
  ]);
  // the country alone, when no place is told (regression guards)
  for (const [text, country] of [
    ["Gunmen killed five people near the Afghan border on Sunday, Pakistani officials said.", "Pakistan"],
    ["Gunmen killed five villagers near the border with Cameroon on Sunday, Nigerian police said.", "Nigeria"],
  ]) assert.equal(onlyEvent(text).country, country, text);
});

test("a dateline city is where the reporter filed, not the scene the lead names", () => {
  check([
    ["NAIROBI — Al-Shabaab fighters attacked a base in Lower Shabelle on Sunday, killing five soldiers.", "Marka", "Somalia", 3],
    // regression guards
    ["KYIV — Russian missiles struck Odesa on Sunday, killing five people.", "Odesa", "Ukraine", 1],
    ["KYIV, Ukraine — Russian missiles struck Odesa on Sunday, killing five people.", "Odesa", "Ukraine", 1],
    ["ODESA, Ukraine — Russian drones struck Izmail on Sunday, killing two people.", "Izmail", "Ukraine", 1],
    ["BAMAKO — Jihadists killed 12 soldiers near Boni on Sunday.", "Boni", "Mali", 2],
    ["NAIROBI — Al-Shabaab fighters attacked a base in Somalia's Lower Shabelle region on Sunday, killing five soldiers.", "Marka", "Somalia", 3],
  ]);
});

test("a camp named as the scene is the camp (regression guards)", () => {
  check([
    ["RSF fighters shelled the Zamzam camp on Sunday, killing five people.", "Zamzam camp", "Sudan", 1],
    ["RSF fighters attacked the Abu Shouk camp on Sunday, killing five people.", "Abu Shouk camp", "Sudan", 1],
    ["Gunmen attacked the Kalma camp in South Darfur on Sunday, killing five people.", "Kalma camp", "Sudan", 1],
    ["An Israeli strike on Jabalia refugee camp killed 20 people on Sunday.", "Jabalia", "Palestine", 1],
    ["An Israeli strike on a school in the Jabalia refugee camp killed 20 people on Sunday.", "Jabalia", "Palestine", 1],
    ["An Israeli strike on the Nuseirat refugee camp killed 20 people on Sunday.", "Nuseirat", "Palestine", 1],
  ]);
});

test("a namesake is settled by the country the text tells elsewhere (regression guards)", () => {
  check([
    ["Gunmen killed five people in Tripoli on Sunday, Lebanese officials said.", "Tripoli", "Lebanon", 1],
    ["Gunmen killed five people in Tripoli on Sunday, Libyan officials said.", "Tripoli", "Libya", 1],
    ["Militias clashed in Tripoli on Sunday, killing five people, the Libyan health ministry said.", "Tripoli", "Libya", 1],
    ["Gunmen killed five people in Tripoli on Sunday. The Lebanese army deployed troops to the city.", "Tripoli", "Lebanon", 1],
    ["Gunmen killed five people in Tripoli on Sunday. The Libyan interior ministry said an investigation was opened.", "Tripoli", "Libya", 1],
    ["Gunmen killed five people in Tripoli, northern Lebanon, on Sunday.", "Tripoli", "Lebanon", 1],
  ]);
});

test("a place told only by its region is the region (precision 3, coded at its seat) (regression guards)", () => {
  check([
    ["Boko Haram fighters killed five soldiers in Borno state on Sunday.", "Maiduguri", "Nigeria", 3],
    ["Gunmen killed five soldiers in Nigeria's Borno state on Sunday.", "Maiduguri", "Nigeria", 3],
    ["Gunmen killed five villagers in Kebbi state on Sunday.", "Birnin Kebbi", "Nigeria", 3],
    ["Militants killed five soldiers in the Sagaing region on Sunday.", "Sagaing", "Myanmar", 3],
    ["Junta aircraft bombed a village in Myanmar's Sagaing region on Sunday, killing five people.", "Sagaing", "Myanmar", 3],
  ]);
});

test("a town in an actor's name ('the Kidal-based CSP', 'the Goma-based M23') is no scene (regression guards)", () => {
  check([
    ["Fighters of the Kidal-based CSP attacked an army post near Timbuktu on Sunday.", "Timbuktu", "Mali", 2],
    ["Fighters of the Goma-based M23 attacked an army post in Masisi on Sunday.", "Masisi", "Democratic Republic of Congo", 1],
    ["The Abuja-based government said gunmen had killed five villagers in Zamfara on Sunday.", "Gusau", "Nigeria", 3],
    ["Russian drones struck Kharkiv on Sunday, Ukraine's Kyiv-based air force said.", "Kharkiv", "Ukraine", 1],
  ]);
});

test("a camp or a region the gazetteer had under another name, or not at all (second probe)", () => {
  check([
    ["Gunmen killed five refugees in the Kutupalong camp on Sunday.", "Kutupalong", "Bangladesh", 1],
    // Nur Shams camp is its own place, east of Tulkarm, not Tulkarm town
    ["Israeli forces killed five Palestinians in the Nur Shams camp near Tulkarm on Sunday.", "Nur Shams", "Palestine", 1, [32.31, 35.05, 3]],
    ["Israeli forces raided the Nur Shams camp on Sunday, killing five Palestinians.", "Nur Shams", "Palestine", 1],
    // Iraq's Kurdistan Region told as a whole: its seat's governorate (precision 3), not Iran's Kurdistan province
    ["A Turkish drone strike killed three PKK fighters in Iraqi Kurdistan on Sunday.", "Erbil", "Iraq", 3],
    ["An air strike killed five people in the Kurdistan Region of Iraq on Sunday.", "Erbil", "Iraq", 3],
    // bare "Kurdistan Region" under an Iraqi dateline (session 25: it was Iran's province)
    ["ERBIL, Iraq — A Turkish drone strike killed three PKK fighters in the Kurdistan Region on Sunday.", "Erbil", "Iraq", 3],
    ["BAGHDAD — Drones struck an oil field in the Kurdistan Region on Sunday, killing five workers.", "Erbil", "Iraq", 3],
    // regression guards
    ["Iranian security forces killed five Kurdish militants in Iran's Kurdistan region on Sunday.", "Sanandaj", "Iran", 3],
    ["Iranian security forces killed five Kurdish militants in Kurdistan province on Sunday.", "Sanandaj", "Iran", 3],
    ["TEHRAN — Security forces killed five Kurdish militants in the Kurdistan region on Sunday.", "Sanandaj", "Iran", 3],
    ["Israeli forces killed five Palestinians in the Tulkarm camp on Sunday.", "Tulkarm camp", "Palestine", 1],
    ["Gunmen killed five people in the al-Hol camp on Sunday.", "Al-Hol", "Syria", 1],
    ["Israeli forces killed five Palestinians in the Jenin refugee camp on Sunday.", "Jenin", "Palestine", 1],
  ]);
});

test("a region named with its country, a dateline far away, and an offset told after the town (regression guards)", () => {
  check([
    ["BEIRUT — Israeli strikes killed five people in the southern Lebanese town of Bint Jbeil on Sunday.", "Bint Jbeil", "Lebanon", 1],
    ["ISLAMABAD — Militants killed five soldiers in North Waziristan on Sunday.", "North Waziristan", "Pakistan", 2],
    ["JOHANNESBURG — Insurgents killed five villagers in Mozambique's Cabo Delgado province on Sunday.", "Pemba", "Mozambique", 3],
    ["DAKAR — Jihadists killed 12 soldiers in Mali's Mopti region on Sunday.", "Mopti", "Mali", 3],
    ["KINSHASA — ADF rebels killed 20 villagers in Ituri province on Sunday.", "Bunia", "Democratic Republic of Congo", 3],
    ["Insurgents killed five villagers in Cabo Delgado on Sunday.", "Pemba", "Mozambique", 3],
    ["Russian shelling killed five civilians in the Donetsk region on Sunday.", "Donetsk", "Ukraine", 3],
    ["Militants killed five soldiers in Balochistan on Sunday.", "Quetta", "Pakistan", 3],
    ["Israeli strikes killed five people in villages near the border with Israel in southern Lebanon on Sunday.", "Nabatieh", "Lebanon", 3],
    ["Gunmen killed five people in Hyderabad on Sunday, Sindh police said.", "Hyderabad", "Pakistan", 1],
    ["Gunmen killed five people about 40 km from Maiduguri on Sunday.", "Maiduguri", "Nigeria", 2],
    ["Gunmen killed five villagers in Gwoza, 135 km south-east of Maiduguri, on Sunday.", "Gwoza", "Nigeria", 1],
    ["Gunmen killed five people on the outskirts of the Borno state capital on Sunday.", "Maiduguri", "Nigeria", 2],
    ["Russian shelling killed five civilians in the Russian-occupied city of Melitopol on Sunday.", "Melitopol", "Ukraine", 1],
    ["Rebels killed five soldiers in M23-held Rutshuru on Sunday.", "Rutshuru", "Democratic Republic of Congo", 1],
    ["A police officer in Kaduna said gunmen had killed five villagers in Kajuru on Sunday.", "Kajuru", "Nigeria", 1],
    ["Gunmen killed five people in Kano state's Bichi district on Sunday.", "Bichi", "Nigeria", 2],
    ["A drone strike killed five people at a checkpoint on the road between Kherson and Mykolaiv on Sunday.", "Kherson", "Ukraine", 2],
  ]);
});

test("a lead that names no scene, spoken by a region's office ('Odesa regional governor', 'Zamfara state police'), is in that region, not at the dateline (third probe)", () => {
  check([
    ["KYIV — Russian drones struck a power plant overnight, killing two people, Odesa regional governor Oleh Kiper said.", "Odesa", "Ukraine", 3],
    ["LAGOS — Gunmen killed five villagers on Sunday, Zamfara state police said.", "Gusau", "Nigeria", 3],
    // the region, not the Russian town of the same name, though the attacker's demonym points to Russia
    ["Russian shelling killed five civilians on Sunday, Donetsk regional governor Vadym Filashkin said.", "Donetsk", "Ukraine", 3],
    // a town named in the national transliteration
    ["Russian shelling killed five civilians in Kostiantynivka on Sunday.", "Kostiantynivka", "Ukraine", 1, [48.53, 37.71, 5]],
    // regression guards: the town told keeps the event; the office told another way already worked
    ["Russian shelling killed five civilians in Kostiantynivka on Sunday, Donetsk regional governor Vadym Filashkin said.", "Kostiantynivka", "Ukraine", 1],
    ["KYIV — Russian drones struck energy facilities overnight, killing two people, the governor of the Odesa region said.", "Odesa", "Ukraine", 3],
    ["LAGOS — Gunmen killed five villagers on Sunday, police in Zamfara state said.", "Gusau", "Nigeria", 3],
    ["KYIV — Russian drones killed two people overnight, officials in the Odesa region said.", "Odesa", "Ukraine", 3],
    ["MAIDUGURI — Boko Haram fighters killed five farmers in Konduga on Sunday.", "Konduga", "Nigeria", 1],
    ["ABUJA, Nigeria — Boko Haram fighters killed five farmers near Maiduguri on Sunday.", "Maiduguri", "Nigeria", 2],
    ["Gunmen killed five villagers in the northwestern state of Zamfara on Sunday.", "Gusau", "Nigeria", 3],
    ["Jihadists killed five soldiers in the Malian town of Boni on Sunday.", "Boni", "Mali", 1],
    ["Russian shelling killed five civilians in the village of Bilozerka, near Kherson, on Sunday.", "Bilozerka", "Ukraine", 1],
    ["Israeli strikes killed five people in Khan Younis in the southern Gaza Strip on Sunday.", "Khan Younis", "Palestine", 1],
    ["An Israeli strike killed five people in Rafah, on the border with Egypt, on Sunday.", "Rafah", "Palestine", 1],
    ["Gunmen killed five people in the town of Kamba near the border with Niger on Sunday.", "Kamba", "Nigeria", 1],
  ]);
});

test("outskirts, suburbs and vicinity told other ways; a town in apposition; a region owned by its country (regression guards)", () => {
  check([
    ["Gunmen killed five people 20 miles from Maiduguri on Sunday.", "Maiduguri", "Nigeria", 2],
    ["Gunmen killed five people in Maiduguri's outskirts on Sunday.", "Maiduguri", "Nigeria", 2],
    ["Gunmen killed five people in the suburbs of Kaduna on Sunday.", "Kaduna", "Nigeria", 2],
    ["Gunmen killed five people in the vicinity of Beni on Sunday.", "Beni", "Democratic Republic of Congo", 2],
    ["Rebels killed five soldiers in Kasindi, a town in North Kivu province, on Sunday.", "Kasindi", "Democratic Republic of Congo", 1],
    ["Rebels killed five soldiers near Beni, in the east of the Democratic Republic of Congo, on Sunday.", "Beni", "Democratic Republic of Congo", 2],
    ["Gunmen killed five people in eastern Congo's Ituri province on Sunday.", "Bunia", "Democratic Republic of Congo", 3],
    ["Gunmen killed five people at a market in Bunia, the capital of Ituri province, on Sunday.", "Bunia", "Democratic Republic of Congo", 1],
    ["An Israeli strike killed five people in the Deir al-Balah area on Sunday.", "Deir al-Balah", "Palestine", 2],
    ["An air strike killed five people in the Sudanese city of El Fasher on Sunday.", "El Fasher", "Sudan", 1],
    ["Shelling killed five civilians in the besieged city of El Fasher, the capital of North Darfur, on Sunday.", "El Fasher", "Sudan", 1],
  ]);
});
