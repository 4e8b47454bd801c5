// A behavioural checklist of more ways wire reports tell violence that the cue rules did not read: an air force's
// strike told as a noun phrase ("a Nigerian Air Force strike hit ..."), a crowd's own act ("beat a man and set him
// alight"), bodies found with signs of violence (ACLED codes them as an attack by an unidentified group), a mine
// detonated under a truck or a truck that hit a landmine, a forward base set up, the sides agreeing to reopen a road,
// a village bombed "in the Sagaing region", the second side of "fighting between X and Y" (actor2), and the tolls
// of "burned two women alive", "beat a suspected thief to death", "a family of five"; then guards that must give no
// event (bodies returned to families, a mine closed, where a base is, the sides agreeing to meet again).
// Each row is an invented one- or two-sentence report; it checks the one event a careful ACLED coder would code:
// sub-type, actor1, actor2, fatalities and place.
//
// Probe on main at the start of the session (367fa69), this file run as it stands: rows that failed before.
//   an air force's strike (killed in a Nigerian Air Force strike; the Air Force struck) ...... 2 of 10 failed (no event)
//   a village bombed by "the military" (no demonym: no armed actor was read) ................... 3 of 4 failed (no event)
//   a crowd's act on a person (beat and set alight; set a thief alight; tolls of "to death") ... 7 of 11 failed
//   bodies found dumped, bound, shot or tortured .............................................. 5 of 5 failed (no event)
//   a mine or bomb detonated under a vehicle ..................................................... 2 of 6 failed
//   a forward operating base, a new forward base, a military camp set up ........................ 3 of 5 failed (no event)
//   the two sides (or rebels and officials) agreed to reopen a road ............................. 3 of 6 failed (no event)
//   "X and Y clashed": the second side as actor2 ................................................. 2 of 8 failed
//   tolls told around the victim (burned two women alive, a family of five) ..................... 5 of 6 failed
//   words that must give no event (bodies returned, a mine closed, the sides agreed to meet) ..... 0 of 19 gave an event
//   In all 32 of 80 rows failed before; 0 fail now, no todo. (Three rows, and two guards, written after the first fix
//   from the tuning sets' misses: a crowd that 'then set him alight', 'a new forward base', 'X and local officials agreed'.)
import { test } from "node:test";
import { ARMY, POLICE, CIVILIANS, UAG, RIOTERS, NOBODY, ANY, grid, none } from "./checklist-testing.js";

const M23 = /^(?:March 23 Movement|M23)/;
/** Which side is actor2 is not checked here. */

test("an air force's strike told as a noun phrase: 'a Nigerian Air Force strike hit ...'", () => {
  grid([
    ["A Nigerian Air Force strike hit a bandit camp near Gusau on Sunday, killing 20 bandits.", "Air/drone strike", ARMY("Nigeria"), ANY, 20, "Gusau"],
    ["An Air Force strike killed five civilians in a village near Sagaing on Sunday.", "Air/drone strike", ARMY("Myanmar"), CIVILIANS("Myanmar"), 5, "Sagaing"],
    ["A Sudanese Air Force strike killed 12 people in Nyala on Sunday.", "Air/drone strike", ARMY("Sudan"), CIVILIANS("Sudan"), 12, "Nyala"],
    ["An air force strike on a market in Sagaing killed nine people on Sunday.", "Air/drone strike", ARMY("Myanmar"), CIVILIANS("Myanmar"), 9, "Sagaing"],
    ["Air force jets struck a village near Sagaing on Sunday, killing four people.", "Air/drone strike", ARMY("Myanmar"), CIVILIANS("Myanmar"), 4, "Sagaing"],
    ["Twenty bandits were killed in a Nigerian Air Force strike near Gusau on Sunday.", "Air/drone strike", ARMY("Nigeria"), ANY, 20, "Gusau"],
    ["The Nigerian Air Force struck a bandit camp near Gusau on Sunday.", "Air/drone strike", ARMY("Nigeria"), NOBODY, 0, "Gusau"],
    ["Air force helicopters struck a village near Sagaing on Sunday, killing six people.", "Air/drone strike", ARMY("Myanmar"), CIVILIANS("Myanmar"), 6, "Sagaing"],
    // regression guards: already read
    ["A Nigerian Air Force air strike killed 20 bandits near Gusau on Sunday.", "Air/drone strike", ARMY("Nigeria"), ANY, 20, "Gusau"],
    ["Myanmar's military bombed a village in Sagaing on Sunday, killing 30 people.", "Air/drone strike", ARMY("Myanmar"), CIVILIANS("Myanmar"), 30, "Sagaing"],
  ]);
});

test("a village bombed 'in the X region'", () => {
  grid([
    ["The military bombed a village in the Sagaing region on Sunday.", "Air/drone strike", ARMY("Myanmar"), NOBODY, 0, "Sagaing"],
    ["The junta bombed a school in the Sagaing region on Sunday, killing ten children.", "Air/drone strike", ARMY("Myanmar"), CIVILIANS("Myanmar"), 10, "Sagaing"],
    ["The military bombed a village in Sagaing on Sunday.", "Air/drone strike", ARMY("Myanmar"), NOBODY, 0, "Sagaing"],
    ["The military bombed rebel positions near Sagaing on Sunday.", "Air/drone strike", ARMY("Myanmar"), ANY, 0, "Sagaing"],
  ]);
});

test("a crowd's own act: beat and set alight, stoned, burned alive", () => {
  grid([
    ["A crowd beat a man and set him alight in Kano on Sunday.", "Mob violence", RIOTERS("Nigeria"), ANY, 0, "Kano"],
    ["An angry crowd beat two suspected robbers in Kano on Sunday.", "Mob violence", RIOTERS("Nigeria"), ANY, 0, "Kano"],
    ["Residents set a suspected thief alight in Kano on Sunday.", "Mob violence", RIOTERS("Nigeria"), ANY, 0, "Kano"],
    ["A crowd set fire to a man accused of theft in Kano on Sunday.", "Mob violence", RIOTERS("Nigeria"), ANY, 0, "Kano"],
    ["Villagers beat two herders to death near Jos on Sunday.", "Mob violence", RIOTERS("Nigeria"), ANY, 2, "Jos"],
    ["A mob stoned a man to death in Kano on Sunday.", "Mob violence", RIOTERS("Nigeria"), ANY, 1, "Kano"],
    ["A crowd beat a suspected thief to death in Kano on Sunday.", "Mob violence", RIOTERS("Nigeria"), ANY, 1, "Kano"],
    ["A mob beat a suspected kidnapper to death near Gusau on Sunday.", "Mob violence", RIOTERS("Nigeria"), ANY, 1, "Gusau"],
    ["At a bus station in Kano on Sunday, a crowd beat a man they accused of spying for bandits, then set him alight, police said.", "Mob violence", RIOTERS("Nigeria"), ANY, 0, "Kano"],
    // a crowd at a protest that beats someone is the protest turned violent, not a mob
    ["Protesters set fire to a police station in Kano on Sunday, and a crowd beat a policeman.", "Violent demonstration", RIOTERS("Nigeria"), ANY, 0, "Kano"],
    // regression guard: already read
    ["A man was burned alive by a mob in Kano on Sunday.", "Mob violence", RIOTERS("Nigeria"), ANY, 1, "Kano"],
  ]);
});

test("bodies found with signs of violence: an attack by an unidentified group", () => {
  grid([
    ["The bodies of five men were found dumped on a road near Bunia on Sunday.", "Attack", UAG("Democratic Republic of Congo"), CIVILIANS("Democratic Republic of Congo"), 5, "Bunia"],
    ["Police found the bodies of three men with gunshot wounds in Kaduna on Sunday.", "Attack", UAG("Nigeria"), CIVILIANS("Nigeria"), 3, "Kaduna"],
    ["Residents discovered the bodies of seven people bearing signs of torture near Bunia on Sunday.", "Attack", UAG("Democratic Republic of Congo"), CIVILIANS("Democratic Republic of Congo"), 7, "Bunia"],
    ["The bullet-riddled bodies of four men were found in Culiacan on Sunday.", "Attack", UAG("Mexico"), CIVILIANS("Mexico"), 4, "Culiacán"],
    ["The body of a missing trader was found dumped by a road near Gusau on Sunday.", "Attack", UAG("Nigeria"), CIVILIANS("Nigeria"), 1, "Gusau"],
  ]);
});

test("mines: detonated under a truck, a truck that hit a landmine", () => {
  grid([
    ["Militants detonated a mine under a truck near Gao on Sunday.", "Remote explosive/landmine/IED", UAG("Mali"), ANY, 0, "Gao"],
    ["A truck hit a landmine near Gao on Sunday, killing four passengers.", "Remote explosive/landmine/IED", UAG("Mali"), CIVILIANS("Mali"), 4, "Gao"],
    ["An army vehicle struck a mine near Gao on Sunday, killing two soldiers.", "Remote explosive/landmine/IED", UAG("Mali"), ARMY("Mali"), 2, "Gao"],
    ["A bus ran over a landmine near Gao on Sunday, killing six passengers.", "Remote explosive/landmine/IED", UAG("Mali"), CIVILIANS("Mali"), 6, "Gao"],
    ["Insurgents detonated a bomb under a police vehicle near Arish on Sunday, killing two policemen.", "Remote explosive/landmine/IED", UAG("Egypt"), POLICE("Egypt"), 2, "Arish"],
    // regression guard: already read
    ["A landmine struck a military vehicle near Gao on Sunday, killing three soldiers.", "Remote explosive/landmine/IED", UAG("Mali"), ARMY("Mali"), 3, "Gao"],
  ]);
});

test("a base set up: a forward base, a camp, an outpost", () => {
  grid([
    ["Troops set up a forward base in Rubaya on Sunday.", "Headquarters or base established", ARMY("the Democratic Republic of Congo"), NOBODY, 0, "Rubaya"],
    ["The army established a forward operating base near Kidal on Sunday.", "Headquarters or base established", ARMY("Mali"), NOBODY, 0, "Kidal"],
    ["Soldiers set up a military camp in Rubaya on Sunday.", "Headquarters or base established", ARMY("the Democratic Republic of Congo"), NOBODY, 0, "Rubaya"],
    ["The rebels set up a base in the town of Rubaya on Sunday.", "Headquarters or base established", UAG("Democratic Republic of Congo"), NOBODY, 0, "Rubaya"],
    ["The army said its troops had also set up a new forward base inside Rubaya on Sunday to guard farmers.", "Headquarters or base established", ARMY("the Democratic Republic of Congo"), ANY, 0, "Rubaya"],
  ]);
});

test("agreements: the two sides agreed to reopen a road, a prisoner swap, a truce", () => {
  grid([
    ["The army and the rebels agreed on Sunday to reopen the road between Goma and Rutshuru.", "Agreement", ANY, ANY, 0, "Goma"],
    ["The two sides agreed to reopen the road to Goma on Sunday.", "Agreement", ANY, ANY, 0, "Goma"],
    ["The army and the rebels agreed to a prisoner swap in Goma on Sunday.", "Agreement", ANY, ANY, 0, "Goma"],
    ["The warring sides agreed to a humanitarian truce in Khartoum on Sunday.", "Agreement", ANY, ANY, 0, "Khartoum"],
    ["Herders and farmers signed a peace deal in Jos on Sunday.", "Agreement", ANY, ANY, 0, "Jos"],
    ["Rebels and local officials agreed on Sunday to reopen the main road into Goma.", "Agreement", UAG("Democratic Republic of Congo"), ANY, 0, "Goma"],
  ]);
});

test("the second side of a fight: 'fighting between X and Y', 'X and Y clashed'", () => {
  grid([
    ["Fighting between M23 rebels and the army broke out near Goma on Sunday.", "Armed clash", M23, ARMY("the Democratic Republic of Congo"), 0, "Goma"],
    ["Fighting between the army and M23 rebels broke out near Goma on Sunday.", "Armed clash", ARMY("the Democratic Republic of Congo"), M23, 0, "Goma"],
    ["M23 rebels and the army clashed near Goma on Sunday.", "Armed clash", M23, ARMY("the Democratic Republic of Congo"), 0, "Goma"],
    ["Clashes between Al Shabaab and government forces near Beledweyne killed ten people on Sunday.", "Armed clash", /^Al Shabaab$/, ARMY("Somalia"), 10, "Beledweyne"],
    ["There was heavy fighting between the RSF and the army in Omdurman on Sunday.", "Armed clash", /^Rapid Support Forces$/, ARMY("Sudan"), 0, "Omdurman"],
    ["Separatist fighters and troops clashed near Bamenda on Sunday.", "Armed clash", /^Ambazonian Separatists$/, ARMY("Cameroon"), 0, "Bamenda"],
    // guards: the state's own forces together are one side; "with X" names the other
    ["Soldiers and police clashed with suspected insurgents near Narathiwat on Sunday, killing two.", "Armed clash", /^(?:Military|Police) Forces of Thailand/, UAG("Thailand"), 2, "Narathiwat"],
    // regression guard: already read
    ["Heavy fighting broke out between the army and the RSF in Omdurman on Sunday.", "Armed clash", ARMY("Sudan"), /^Rapid Support Forces$/, 0, "Omdurman"],
  ]);
});

test("tolls told around the victim: burned alive, beat a thief to death, a family of five", () => {
  grid([
    ["Gunmen burned a trader alive near Gusau on Sunday.", "Attack", UAG("Nigeria"), CIVILIANS("Nigeria"), 1, "Gusau"],
    ["Gunmen burned two women alive near Gusau on Sunday.", "Attack", UAG("Nigeria"), CIVILIANS("Nigeria"), 2, "Gusau"],
    ["Militants burned three villagers alive near Beni on Sunday.", "Attack", UAG("Democratic Republic of Congo"), CIVILIANS("Democratic Republic of Congo"), 3, "Beni"],
    ["Gunmen murdered a family of five near Jos on Sunday.", "Attack", UAG("Nigeria"), CIVILIANS("Nigeria"), 5, "Jos"],
    ["Gunmen killed a family of six in a village near Jos on Sunday.", "Attack", UAG("Nigeria"), CIVILIANS("Nigeria"), 6, "Jos"],
    ["Gunmen shot dead a suspected thief in Kano on Sunday.", "Attack", UAG("Nigeria"), CIVILIANS("Nigeria"), 1, "Kano"],
  ]);
});

test("guards: what must give no event", () => {
  none([
    "The bodies of the victims were returned to their families in Bunia on Sunday.",
    "Rescuers recovered the bodies of ten people after the floods in Kano on Sunday.",
    "A mine closed near Gao on Sunday.",
    "Four miners died when a gold mine collapsed near Gao on Sunday.",
    "The base is in Kidal, about 300 km from Gao.",
    "The company set up a new office in Nairobi on Sunday.",
    "The sides agreed to meet again in Goma next week.",
    "The ministers agreed to raise fuel prices in Nairobi on Sunday.",
    "A lorry hit a bus near Gao on Sunday, killing four passengers.",
    "The air force held a parade in Abuja on Sunday.",
    "The crowd beat the drums in Kano on Sunday.",
    "The military said on Sunday it had no plans to bomb the town of Sagaing.",
    "The army and the rebels agreed to hold talks in Goma next week.",
    "The body of the report was published in Nairobi on Sunday.",
    "The military said on Sunday that the village had been quiet for weeks.",
    "Investigators exhumed the bodies of 12 people killed in the 1994 massacre near Kigali.",
    "The two sides agreed to reopen talks in Goma next month.",
    "The two sides agreed on Sunday to reopen talks in Goma.",
    "Traders and market officials agreed on Sunday to reopen the main market in Kano.",
  ]);
});
