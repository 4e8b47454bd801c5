// A checklist for misses read off tuning set 18 (session 13) whose causes hold for any report of their
// kind: a drone told with what it carries before its verb ("a drone laden with explosives hit ..."); an
// armed attack on working people named by their trade ("gunmen attacked miners", "raided a bus of
// labourers"); shots that wound someone rather than kill ("shot and wounded two herders"); a killing by a
// sniper; a crowd named as "a group of men" that beats passers-by; stones thrown by marching villagers;
// crowds that gather somewhere "demanding" something, people manning barricades, and landless families
// occupying an estate (all protests). The sentences are invented for this test.
//
// Probe (session 13, against main at 0bc4ffe): 15 of 20 rows failed before (the other 5 — one drone row, the three guards of the occupation and gathering rules and the habitual-attack row — pass already and are regression guards); 0 still fail.
import { test } from "node:test";
import { grid, check, ARMY, POLICE, CIVILIANS, UAG, PROTESTERS, RIOTERS, NOBODY, ANY } from "./checklist-testing.js";

test("a drone named with what it carries before its verb is an air/drone strike", () => {
  grid([
    ["A drone carrying explosives hit an army post in the town of Tibú in Colombia on Monday, wounding two soldiers, the army said.", "Air/drone strike", ANY, ANY, 0, "Tibú"],
    ["A drone laden with explosives struck a police station in Jamundí, Colombia, on Sunday night, police said.", "Air/drone strike", ANY, ANY, 0, "Jamundí"],
    ["An explosive-laden drone struck a military base near Gao in Mali on Sunday, the army said.", "Air/drone strike", ANY, ANY, 0, "Gao"],
  ]);
});

test("armed men who attack or shoot working people named by their trade attack civilians", () => {
  grid([
    ["Gunmen attacked miners at a gold pit near Zaragoza in Colombia's Antioquia department on Sunday, killing three of them, police said.", "Attack", ANY, CIVILIANS("Colombia"), 3, "Zaragoza"],
    ["Gunmen attacked farm workers in a field outside Culiacán, Mexico, on Monday, killing two, prosecutors said.", "Attack", ANY, CIVILIANS("Mexico"), 2, "Culiacán"],
    ["Gunmen shot and wounded two herders near Djibo in Burkina Faso on Sunday, local sources said.", "Attack", ANY, CIVILIANS("Burkina Faso"), 0, "Djibo"],
    ["Unidentified gunmen shot and injured a school teacher in Pattani, Thailand, on Monday, police said.", "Attack", ANY, CIVILIANS("Thailand"), 0, "Pattani"],
  ]);
});

test("a soldier killed by a sniper is a battle", () => {
  grid([
    ["A Ukrainian soldier was killed by a sniper near Avdiivka on Sunday, the army said.", "Armed clash", ANY, ANY, 1, "Avdiivka"],
    ["An Indian soldier was killed by sniper fire along the Line of Control near Uri on Monday, the army said.", "Armed clash", ANY, ANY, 1, "Uri"],
  ]);
});

test("a group of men who beat passers-by is mob violence", () => {
  grid([
    ["A group of men assaulted three truck drivers on a road near Mitrovica, Kosovo, on Sunday and damaged their lorries, police said.", "Mob violence", RIOTERS("Kosovo"), ANY, 0, "Mitrovicë"],
  ]);
});

test("marching villagers who pelt soldiers with stones riot", () => {
  grid([
    ["In Pulwama on Monday, hundreds of villagers marched towards the army camp and pelted troops with stones.", "Violent demonstration", RIOTERS("India"), ANY, 0, "Pulwama"],
  ]);
});

test("crowds gathering to demand, people at barricades and landless families occupying an estate protest", () => {
  grid([
    ["Thousands gathered on the main square of Tbilisi on Sunday demanding the resignation of the government.", "Peaceful protest", PROTESTERS("Georgia"), NOBODY, 0, "Tbilisi"],
    ["Several hundred people assembled outside the town hall in Valencia, Spain, on Monday calling for a new inquiry into the floods.", "Peaceful protest", PROTESTERS("Spain"), NOBODY, 0, "Valencia"],
    ["Residents of Dajabón, Dominican Republic, blocked the main road into town on Monday to demand more police patrols.", "Peaceful protest", PROTESTERS("Dominican Republic"), NOBODY, 0, "Dajabón"],
    ["Hundreds of landless families occupied an idle cattle ranch near Marabá in Brazil's Pará state on Monday, the movement said.", "Peaceful protest", PROTESTERS("Brazil"), NOBODY, 0, "Marabá"],
  ]);
});

test("regression guards: troops or rebels who occupy a town, police who gather evidence, drones watching", () => {
  check([
    ["Rebels occupied the town of Pinga in Congo's North Kivu province on Sunday after soldiers withdrew, residents said.", { sub: ["Non-state actor overtakes territory", "Non-violent transfer of territory", "Armed clash"] }],
    ["Police gathered evidence at the site in Bogotá on Monday, demanding that witnesses come forward."],
    ["A drone carrying a camera filmed the crowd in Lima on Sunday."],
  ]);
});

test("habitual attacks on workers are background, and armed men exchanging fire with a convoy of supporters clash", () => {
  check([
    ["Separatists have repeatedly attacked foreign workers in the province, including last month near Turbat in Pakistan."],
    ["In the suburb of Tajoura in Libya on Monday, armed men briefly exchanged fire with a convoy carrying supporters of the rival premier, a council member said.", { sub: "Armed clash" }],
  ]);
});
