// A checklist for misses read off the first half of tuning set 20 (session 14) whose causes hold for any
// report of their kind: gunmen who open fire on tourists or on a vehicle carrying miners attack civilians
// (neither victim was a cue, so the report had no event at all); a report whose lead tells of clashes that
// broke out *during* a commemoration is news, not an anniversary piece (its scene sentences were dropped as
// history); a sentence that opens on its place ("In Cotabato City, a man lobbed a grenade ..., police said")
// lost its whole main clause as an appositive; assaults repelled by number and troops who "encountered" a
// band of rebels are battles; grenades filled with a chemical irritant are a chemical weapon, grenades and
// rocket launchers counted among seized arms are no attack; a victim's age ("Carlos Ruiz, 38,") is no toll;
// a city's quarter ("Culiacán's X neighbourhood") is not a far namesake of the quarter; and towns and
// villages that conflict reporting names but the packages lack or hold only as a namesake abroad (Tanai in
// Kachin, not Tanay in the Philippines; La Victoria in Apure, not the Aragua town; Lwegel, Machedi, Mo So,
// Oting). The sentences are invented for this test.
//
// Probe (session 14, against main at 56e0016): 19 of 30 rows failed before (the other 11 are regression
// guards: appositives, tolls, tear-gas and capital readings, namesakes already right); 0 still fail.
import { test } from "node:test";
import { grid, none, ARMY, CIVILIANS, RIOTERS, PROTESTERS, ANY } from "./checklist-testing.js";

test("gunmen who open fire on tourists or on a vehicle carrying miners attack civilians", () => {
  grid([
    ["Gunmen opened fire on a group of foreign tourists in Bamyan, Afghanistan, on Friday, officials said.", "Attack", ANY, CIVILIANS("Afghanistan"), 0, "Bāmyān"],
    ["Gunmen opened fire on sightseers at a lakeside resort near Bamyan, Afghanistan, on Friday, killing two, police said.", "Attack", ANY, CIVILIANS("Afghanistan"), 2, "Bāmyān"],
    // guard: killing tourists was already a cue
    ["Gunmen killed four tourists at a lakeside resort near Bamyan, Afghanistan, on Friday, police said.", "Attack", ANY, CIVILIANS("Afghanistan"), 4, "Bāmyān"],
    ["Soldiers opened fire on a pick-up vehicle carrying coal miners near Mon in India's Nagaland state on Saturday, killing five, officials said.", "Attack", ARMY("India"), CIVILIANS("India"), 5, "Mon"],
    // guard: firing on soldiers stays a battle
    ["Militants opened fire on a group of soldiers near Billawar in India's Kathua district on Monday, officials said.", "Armed clash", ANY, ANY, 0, "Billawar"],
  ]);
});

test("clashes that broke out during a commemoration are news, not an anniversary piece", () => {
  grid([
    ["Tension gripped Pune district on Tuesday after violence during the annual commemoration of a 19th-century battle on Monday. Crowds hurled stones at each other at Sanaswadi and torched a dozen vehicles, police said. One youth died after being hit on the head.", "Violent demonstration", RIOTERS("India"), ANY, 1, "Sanaswadi"],
    // guard: the scene sentence told with its own day was kept already
    ["Crowds hurled stones and torched a dozen vehicles near Sanaswadi in India's Maharashtra state on Monday during the annual commemoration of a 19th-century battle, police said. One youth died after being hit on the head.", "Violent demonstration", RIOTERS("India"), ANY, 1, "Sanaswadi"],
  ]);
  // guard: a lead that is the anniversary itself still makes what it recalls history
  none([
    "Ten years after the massacre in the village, survivors gathered in silence. Gunmen had killed 40 villagers there in 2014.",
  ]);
});

test("towns and villages the packages lacked are placed in the report's country", () => {
  grid([
    ["Army jets bombed rebel positions near the amber-mining town of Tanai in Myanmar's Kachin State on Tuesday, the KIA said.", "Air/drone strike", ARMY("Myanmar"), ANY, 0, "Tanai"],
    ["Rebels of the Kachin Independence Army seized the border town of Lwegel in Myanmar on Wednesday, residents said.", "Non-state actor overtakes territory", ANY, ANY, 0, "Lwegel"],
    ["Militants ambushed an army vehicle in the Machedi area of Kathua district in India on Monday, killing two soldiers, officials said.", "Armed clash", ANY, ARMY("India"), 2, "Machedi"],
    ["Two Venezuelan soldiers were killed in clashes with an armed group near La Victoria in Venezuela's Apure state on Sunday, the defence minister said.", "Armed clash", ANY, ANY, 2, "La Victoria"],
    ["Myanmar soldiers killed ten villagers on a road near Mo So village in Kayah State on Friday, a rights group said.", "Attack", ARMY("Myanmar"), CIVILIANS("Myanmar"), 10, "Mo So"],
    ["Soldiers shot dead three villagers near Oting village in India's Nagaland state on Saturday, police said.", "Attack", ARMY("India"), CIVILIANS("India"), 3, "Oting"],
    // guard: a Philippine town already known stays where it is
    ["Soldiers clashed with Abu Sayyaf fighters in Tipo-Tipo, Basilan, in the Philippines on Tuesday, the army said.", "Armed clash", ANY, ANY, 0, "Tipo-Tipo"],
  ]);
});

test("a sentence opening on its place ('In X, a man lobbed ...') tells its event: the clause after the comma is no appositive", () => {
  grid([
    ["In Zamboanga City, a man lobbed a grenade at a bakery on Monday night, wounding two workers, police said.", "Grenade", ANY, ANY, 0, "Zamboanga"],
    ["In Dasmariñas City, Cavite, an activist was shot dead inside a union office on Sunday, colleagues said.", "Attack", ANY, CIVILIANS("Philippines"), 1, "Dasmariñas"], // (session 18: the town, not its own province "Cavite", whose namesake town lies elsewhere)
    // guard: once the opening place is read, "the capital" later in the sentence is that place's, not the dateline country's
    ["MOSCOW — Russian missiles struck cities across Ukraine on Friday. In Kyiv, a missile hit a warehouse and debris struck a metro station, killing at least 16 people in the capital, city authorities said.", "Shelling/artillery/missile attack", ANY, ANY, 16, "Kyiv"],
    // guard: an appositive after a name still is one
    ["The Arakan Army, an ethnic armed group fighting for autonomy, seized the town of Paletwa in Myanmar on Monday, residents said.", "Non-state actor overtakes territory", ANY, ANY, 0, "Paletwa"],
  ]);
});

test("battles told as assaults repelled by number, or as troops who encountered a band of rebels", () => {
  grid([
    ["Ukrainian troops repelled five Russian assaults near Robotyne in Ukraine's Zaporizhzhia region on Monday, the army said.", "Armed clash", ARMY("Ukraine"), ANY, 0, "Robotyne"],
    ["Soldiers encountered about 15 New People's Army rebels in the hills of Catubig, Northern Samar, in the Philippines on Tuesday, the army said.", "Armed clash", ARMY("the Philippines"), ANY, 0, "Catubig"],
  ]);
  // guard: "encountered" with no armed band is no battle
  none(["The convoy encountered heavy traffic near Gao in Mali on Monday."]);
});

test("grenades filled with a chemical irritant are a chemical weapon; grenades counted among seized arms or filled with tear gas are none", () => {
  grid([
    ["Russian forces dropped grenades filled with a chemical irritant on Ukrainian trenches near Robotyne in Ukraine on Sunday, the army said.", "Chemical weapon", ARMY("Russia"), ANY, 0, "Robotyne"],
    ["Police fired grenades filled with tear gas at protesters in Lagos, Nigeria, on Sunday.", "Protest with intervention", PROTESTERS("Nigeria"), ANY, 0, "Lagos"],
  ]);
  none([
    "Police recovered two pistols and a grenade from a car in Navolato, Mexico, on Tuesday.",
    "Soldiers seized more than 20 rifles, including a .50-caliber sniper rifle, a rocket launcher, some 200 magazines and several vehicles near Culiacán, Mexico, on Monday.",
  ]);
});

test("a number set off by commas after a victim's name is the age, not a toll", () => {
  grid([
    ["Local journalist Carlos Ruiz, 38, was shot dead outside his home in Culiacán, Mexico, on Monday, police said.", "Attack", ANY, CIVILIANS("Mexico"), 0, "Culiacán"],
    // guard: a toll after an opening place stays a toll
    ["Near Gao, Mali, 12 were killed when gunmen attacked a market on Monday.", "Attack", ANY, CIVILIANS("Mali"), 12, "Gao"],
  ]);
});

test("a quarter of a city named through the city's possessive is not a far namesake of the quarter", () => {
  grid([
    ["Gunmen kidnapped two brothers in Culiacán's Guadalupe neighbourhood in Mexico on Tuesday, relatives said.", "Abduction/forced disappearance", ANY, CIVILIANS("Mexico"), 0, "Culiacán"],
    // guard: a quarter the gazetteer holds near the city stays itself
    ["Gunmen kidnapped two brothers in Culiacán's Villa Juárez neighbourhood in Mexico on Tuesday, relatives said.", "Abduction/forced disappearance", ANY, CIVILIANS("Mexico"), 0, "Villa Juárez"],
  ]);
});
