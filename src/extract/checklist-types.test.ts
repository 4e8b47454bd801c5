// A behavioural checklist of the event TYPE and SUB-TYPE a careful ACLED coder picks, along the lines coders are
// trained on (docs: ../shared/docs/acled-reference.md): an attack on civilians or on armed men, a strike from the air
// or from the ground, a bomb planted or driven in, a place taken by a group, by the state or handed over, a protest
// met with force or turned violent, and the strategic developments beside them. Rows vary ONE thing at a time
// (the target, the weapon, the taker, what the crowd did) so that a failing row names the cue that decides.
// The sentences are invented for this test; each gives the one event a careful coder would code.
//
// Probe (session 11, main at 6f3bb91):
//   | rows                         | failed before | still fail |
//   | grid rows (8 tests)          | 32 of 160     | 0          |
//   | test.todo (12 reports)       | 12 of 12      | 12         |
// The todo rows gave no event at all (event-finding, another helper's work) or needed more than cue words.
// Session 12: all ten todo lines were moved to checklist-events2.test.ts as rows and fixed there (with a place
// told where the todo had none: a deal told with no country has nowhere to be coded).
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "./index.js";
import { PUBLISHED } from "./checklist-testing.js";

/** A row: the text, the sub-type it gives, and (where the choice of type turns on them) actor1 and actor2. */
type Row = [text: string, sub: string, actor1?: RegExp, actor2?: RegExp];

/** Every row gives exactly one event of its sub-type (and actors); every failing row is named at once. */
function grid(rows: Row[]): void {
  const failed: string[] = [];
  for (const [text, sub, a1, a2] of rows) {
    const events = extractArticle({ id: "types", text, published: PUBLISHED }).events;
    const e = events[0];
    const ok = events.length === 1 && e!.sub_event_type === sub && (!a1 || a1.test(e!.actor1)) && (!a2 || a2.test(e!.actor2));
    if (!ok) failed.push(`${text}\n    want ${sub}, got ${events.map((x) => `${x.sub_event_type} [${x.actor1} | ${x.actor2 || "-"}]`).join("; ") || "no event"}`);
  }
  assert.deepEqual(failed, [], `${failed.length} of ${rows.length} rows:\n  ${failed.join("\n  ")}`);
}

const ARMY = (c: string) => new RegExp(`^Military Forces of ${c} \\(`);
const POLICE = (c: string) => new RegExp(`^Police Forces of ${c} \\(`);
const CIVILIANS = (c: string) => new RegExp(`^Civilians \\(${c}\\)$`);
const STATE = (c: string) => new RegExp(`^(?:Military|Police) Forces of ${c} \\(`);
const NOT_STATE = /^(?!(?:Military|Police) Forces of )./;
const PROTESTERS = /^Protesters \(/;
const RIOTERS = /^Rioters \(/;

test("an armed group that kills villagers attacks civilians; one that hits soldiers, police or militiamen fights a battle", () => {
  grid([
    ["Gunmen attacked a village near Mopti on Sunday, killing 12 villagers.", "Attack", NOT_STATE, CIVILIANS("Mali")],
    ["Gunmen attacked an army post near Mopti on Sunday, killing 12 soldiers.", "Armed clash", NOT_STATE, ARMY("Mali")],
    ["Gunmen attacked an army post near Mopti on Sunday.", "Armed clash", NOT_STATE, ARMY("Mali")],
    ["Gunmen attacked a village near Mopti on Sunday.", "Attack", NOT_STATE, CIVILIANS("Mali")],
    // no defender named: the people a raid on a town kills are its residents
    ["Gunmen attacked the town of Djibo on Sunday, killing 12 people.", "Attack", NOT_STATE, CIVILIANS("Burkina Faso")],
    ["Gunmen attacked the town of Djibo on Sunday.", "Attack", NOT_STATE, CIVILIANS("Burkina Faso")],
    ["Jihadists raided a village near Djibo on Sunday, killing 12 residents.", "Attack", NOT_STATE, CIVILIANS("Burkina Faso")],
    ["Jihadists raided a police station near Djibo on Sunday, killing two officers.", "Armed clash", NOT_STATE, POLICE("Burkina Faso")],
    ["Militants stormed a village near Djibo on Sunday and killed 12 people.", "Attack", NOT_STATE, CIVILIANS("Burkina Faso")],
    ["Militants stormed a gendarmerie post near Djibo on Sunday and killed 12 gendarmes.", "Armed clash", NOT_STATE, POLICE("Burkina Faso")],
    ["Bandits killed 12 farmers near Gusau on Sunday.", "Attack", NOT_STATE, CIVILIANS("Nigeria")],
    ["Bandits killed 12 soldiers near Gusau on Sunday.", "Armed clash", NOT_STATE, ARMY("Nigeria")],
    // vigilantes and militiamen carry arms: killing them is a battle (ACLED inter 3/4, not 7)
    ["Bandits killed 12 vigilantes near Gusau on Sunday.", "Armed clash", NOT_STATE],
    ["Bandits killed 12 militiamen near Gusau on Sunday.", "Armed clash", NOT_STATE],
    ["Bandits killed five members of a vigilante group near Gusau on Sunday.", "Armed clash", NOT_STATE],
    ["Gunmen killed 12 fighters of a rival militia near Gusau on Sunday.", "Armed clash", NOT_STATE],
    ["Militants ambushed a bus carrying pro-government fighters near Mayadin on Sunday, killing 12.", "Armed clash", NOT_STATE],
    ["Militants ambushed a bus carrying militiamen near Mayadin on Sunday, killing 12.", "Armed clash", NOT_STATE],
    // ...but militiamen who kill villagers attack civilians, and a toll that only includes vigilantes stays an attack
    ["Militiamen killed 12 villagers near Djugu on Sunday.", "Attack", NOT_STATE, CIVILIANS("Democratic Republic of Congo")],
    ["Gunmen killed 12 people including three vigilantes near Gusau on Sunday.", "Attack", NOT_STATE, CIVILIANS("Nigeria")],
    ["Gunmen opened fire on a bus near Quetta on Sunday, killing nine passengers.", "Attack", NOT_STATE, CIVILIANS("Pakistan")],
    ["Gunmen opened fire on a police patrol near Quetta on Sunday, killing two officers.", "Armed clash", NOT_STATE, POLICE("Pakistan")],
    ["Gunmen ambushed a bus near Quetta on Sunday, killing nine passengers.", "Attack", NOT_STATE, CIVILIANS("Pakistan")],
    ["Gunmen ambushed a police patrol near Quetta on Sunday, killing two officers.", "Armed clash", NOT_STATE, POLICE("Pakistan")],
    ["Two rival militias clashed in Tripoli on Sunday, killing five fighters.", "Armed clash"],
  ]);
});

test("the state's forces killing suspects in a shootout fight a battle; killing unarmed people attacks civilians", () => {
  grid([
    ["Police killed three suspected robbers in a shootout in Lagos on Sunday.", "Armed clash", POLICE("Nigeria")],
    ["Police killed three suspected robbers in a gunfight in Lagos on Sunday.", "Armed clash", POLICE("Nigeria")],
    ["Police shot dead three unarmed men in Lagos on Sunday.", "Attack", POLICE("Nigeria"), CIVILIANS("Nigeria")],
    ["Police shot dead three unarmed traders at a checkpoint in Lagos on Sunday.", "Attack", POLICE("Nigeria"), CIVILIANS("Nigeria")],
    ["Soldiers killed five villagers near Sagaing on Sunday.", "Attack", ARMY("Myanmar"), CIVILIANS("Myanmar")],
    ["Soldiers killed five rebels near Sagaing on Sunday.", "Armed clash", ARMY("Myanmar")],
    ["Soldiers killed five insurgents in a firefight near Sagaing on Sunday.", "Armed clash", ARMY("Myanmar")],
    ["Soldiers opened fire on a wedding party near Sagaing on Sunday, killing five guests.", "Attack", ARMY("Myanmar"), CIVILIANS("Myanmar")],
  ]);
});

test("the weapon decides the explosion: from the air, from the ground, planted, driven in or thrown", () => {
  grid([
    ["An air strike hit a market in Idlib on Sunday, killing four people.", "Air/drone strike"],
    ["A drone strike hit a market in Idlib on Sunday, killing four people.", "Air/drone strike"],
    ["Warplanes bombed a market in Idlib on Sunday, killing four people.", "Air/drone strike"],
    ["Fighter jets bombed a market in Idlib on Sunday, killing four people.", "Air/drone strike"],
    ["A helicopter dropped barrel bombs on a market in Idlib on Sunday, killing four people.", "Air/drone strike"],
    ["A drone hit a market in Kherson on Sunday, killing four people.", "Air/drone strike"],
    ["A kamikaze drone hit a market in Kherson on Sunday, killing four people.", "Air/drone strike"],
    ["Shelling hit a market in Kherson on Sunday, killing four people.", "Shelling/artillery/missile attack"],
    ["Artillery fire hit a market in Kherson on Sunday, killing four people.", "Shelling/artillery/missile attack"],
    ["A mortar round hit a market in Kherson on Sunday, killing four people.", "Shelling/artillery/missile attack"],
    ["A mortar shell hit a market in Kherson on Sunday, killing four people.", "Shelling/artillery/missile attack"],
    ["A rocket hit a market in Kherson on Sunday, killing four people.", "Shelling/artillery/missile attack"],
    // a missile with no launcher told is ground-launched (ACLED: ballistic and cruise missiles are shelling/missile
    // attacks); one fired from an aircraft is an air strike
    ["A missile hit a market in Kherson on Sunday, killing four people.", "Shelling/artillery/missile attack"],
    ["A ballistic missile hit a market in Kherson on Sunday, killing four people.", "Shelling/artillery/missile attack"],
    ["A cruise missile hit a market in Kherson on Sunday, killing four people.", "Shelling/artillery/missile attack"],
    ["A missile fired from a fighter jet hit a market in Kherson on Sunday, killing four people.", "Air/drone strike"],
    ["A missile fired by a warplane hit a market in Kherson on Sunday, killing four people.", "Air/drone strike"],
    ["A guided bomb dropped by a warplane hit a market in Kharkiv on Sunday, killing four people.", "Air/drone strike"],
    ["A roadside bomb hit a bus near Kandahar on Sunday, killing four people.", "Remote explosive/landmine/IED"],
    ["An IED hit a bus near Kandahar on Sunday, killing four people.", "Remote explosive/landmine/IED"],
    ["A landmine hit a bus near Kandahar on Sunday, killing four people.", "Remote explosive/landmine/IED"],
    ["A bus hit a landmine near Kandahar on Sunday, killing four people.", "Remote explosive/landmine/IED"],
    ["A bomb exploded on a bus near Kandahar on Sunday, killing four people.", "Remote explosive/landmine/IED"],
    // a car bomb left parked is a remote explosive; one driven into its target by the bomber is a suicide bomb
    ["A parked car bomb exploded near a market in Kirkuk on Sunday, killing four people.", "Remote explosive/landmine/IED"],
    ["A car bomb exploded outside a hotel in Mogadishu on Sunday, killing six people.", "Remote explosive/landmine/IED"],
    ["A suicide bomber blew himself up at a market in Kirkuk on Sunday, killing four people.", "Suicide bomb"],
    ["A suicide car bomb exploded at a market in Kirkuk on Sunday, killing four people.", "Suicide bomb"],
    ["An attacker rammed a car bomb into a checkpoint in Kirkuk on Sunday, killing four people.", "Suicide bomb"],
    ["An attacker drove a car packed with explosives into a checkpoint in Kirkuk on Sunday, killing four people.", "Suicide bomb"],
    ["A suicide bomber rammed an explosives-laden truck into an army base in Mogadishu on Sunday.", "Suicide bomb"],
    ["Suicide bombers drove two vehicles into an army camp near Inates on Sunday, killing 20 soldiers.", "Suicide bomb"],
    ["An attacker threw a grenade into a market in Kirkuk on Sunday, killing four people.", "Grenade"],
    ["A grenade exploded in a market in Kirkuk on Sunday, killing four people.", "Grenade"],
    ["Gunmen hurled a grenade at a police post in Kirkuk on Sunday, wounding two officers.", "Grenade"],
    ["A soldier threw a grenade at a crowd in Kherson on Sunday.", "Grenade"],
    // ACLED's air/drone strike is any attack from the air, drones included: a grenade a drone drops is a drone strike,
    // not a hand-thrown grenade (the reference: "air or drone attack")
    ["A drone dropped a grenade on a market in Kherson on Sunday, killing four people.", "Air/drone strike"],
    ["A drone dropped two grenades on a checkpoint in Kherson on Sunday, wounding three soldiers.", "Air/drone strike"],
    ["A drone dropped explosives on a market in Kherson on Sunday, killing four people.", "Air/drone strike"],
    // rocket-propelled grenades are small arms of a firefight, not a thrown grenade
    ["Rebels fired rocket-propelled grenades at an army post near Goma on Sunday.", "Armed clash"],
  ]);
});

test("a remote weapon that kills civilians is still an explosion; a shooting or a massacre of civilians is an attack", () => {
  grid([
    ["An air strike killed 12 civilians at a market in Idlib on Sunday.", "Air/drone strike", undefined, CIVILIANS("Syria")],
    ["Shelling killed 12 civilians at a market in Donetsk on Sunday.", "Shelling/artillery/missile attack", undefined, CIVILIANS("Ukraine")],
    ["A roadside bomb killed 12 civilians on a bus near Kandahar on Sunday.", "Remote explosive/landmine/IED", undefined, CIVILIANS("Afghanistan")],
    ["Government warplanes killed 12 villagers near Idlib on Sunday.", "Air/drone strike", undefined, CIVILIANS("Syria")],
    ["Rebels shelled a village near Beni on Sunday, killing 30 villagers.", "Shelling/artillery/missile attack", NOT_STATE, CIVILIANS("Democratic Republic of Congo")],
    ["Rebels fired rockets at a village near Beni on Sunday, killing 30 villagers.", "Shelling/artillery/missile attack", NOT_STATE, CIVILIANS("Democratic Republic of Congo")],
    ["Rebels killed 30 villagers with machetes near Beni on Sunday.", "Attack", NOT_STATE, CIVILIANS("Democratic Republic of Congo")],
    ["Militants massacred 30 villagers near Beni on Sunday.", "Attack", NOT_STATE, CIVILIANS("Democratic Republic of Congo")],
    ["Gunmen killed 12 civilians at a market in Maiduguri on Sunday.", "Attack", NOT_STATE, CIVILIANS("Nigeria")],
    ["A gunman shot dead 12 people at a school in Perm on Sunday.", "Attack", undefined, CIVILIANS("Russia")],
    ["A gunman opened fire at a school in Perm on Sunday, killing 12 people.", "Attack", undefined, CIVILIANS("Russia")],
  ]);
});

test("a place taken by a group is overtaken, by the state regained, handed over without a fight transferred; a raid that leaves is a clash", () => {
  grid([
    ["Rebels seized the town of Rubaya on Sunday.", "Non-state actor overtakes territory", NOT_STATE],
    ["The army seized the town of Rubaya on Sunday.", "Government regains territory", ARMY("the Democratic Republic of Congo")],
    ["Rebels captured the town of Rubaya on Sunday.", "Non-state actor overtakes territory", NOT_STATE],
    ["The army captured the town of Rubaya on Sunday.", "Government regains territory", ARMY("the Democratic Republic of Congo")],
    ["Government troops captured the town of Rubaya from the rebels on Sunday.", "Government regains territory", ARMY("the Democratic Republic of Congo")],
    ["Rebels took control of the town of Rubaya on Sunday.", "Non-state actor overtakes territory", NOT_STATE],
    ["Soldiers took control of the town of Rubaya on Sunday.", "Government regains territory", ARMY("the Democratic Republic of Congo")],
    ["Rebels retook the town of Rubaya from the army on Sunday.", "Non-state actor overtakes territory", NOT_STATE],
    ["Jihadists overran the town of Djibo on Sunday.", "Non-state actor overtakes territory", NOT_STATE],
    ["Militants took over the town of Djibo on Sunday.", "Non-state actor overtakes territory", NOT_STATE],
    ["The army took over the town of Djibo on Sunday.", "Government regains territory", ARMY("Burkina Faso")],
    ["Jihadists overran an army base near Djibo on Sunday, killing 20 soldiers.", "Non-state actor overtakes territory", NOT_STATE],
    ["Militants took control of the town of Macomia on Sunday after fighting soldiers for hours.", "Non-state actor overtakes territory", NOT_STATE],
    // the taker is the one the capture's own words name, not the army a later sentence of the fight names
    ["Seventy soldiers were killed when militants overran an army camp near Inates on Sunday. Army sources said the fighting lasted about three hours.", "Non-state actor overtakes territory", NOT_STATE, ARMY("Niger")],
    ["Militants overran an army camp near Inates on Sunday, killing 70 soldiers. Troops fought the attackers for three hours, army sources said.", "Non-state actor overtakes territory", NOT_STATE, ARMY("Niger")],
    ["Rebels seized the town of Rubaya on Sunday after government forces withdrew without a fight.", "Non-violent transfer of territory"],
    ["The army handed over the town of Rubaya to the rebels on Sunday without a fight.", "Non-violent transfer of territory"],
    ["Government troops pulled out of the town of Rubaya on Sunday.", "Non-violent transfer of territory"],
    ["UN peacekeepers withdrew from their base in Kidal on Sunday, handing it over to the army.", "Non-violent transfer of territory"],
    ["French troops withdrew from their base in Gao on Sunday and handed it to the Malian army.", "Non-violent transfer of territory"],
    // attackers who enter a place, fight and leave took nothing: the raid is a clash
    ["Militants attacked the town of Macomia on Sunday, clashing with soldiers before withdrawing.", "Armed clash"],
    ["Militants entered the town of Macomia on Sunday and fought soldiers for hours before withdrawing.", "Armed clash"],
    ["Rebels entered the town of Rubaya on Sunday, only to withdraw hours later after clashes with the army.", "Armed clash"],
    ["Rebels briefly seized the town of Rubaya on Sunday before being pushed back by the army.", "Armed clash"],
    ["Israeli troops entered the Jenin refugee camp on Sunday to arrest militants and came under fire.", "Armed clash"],
    ["Troops raided the camp on Sunday and exchanged fire with gunmen in Jenin.", "Armed clash"],
    // weapons, people and ships seized are no territory
    ["Jihadists attacked an army base near Djibo on Sunday, killing 20 soldiers, and seized weapons and vehicles.", "Armed clash"],
  ]);
});

test("a march is peaceful until force meets it; force that kills is excessive; marchers who throw or burn riot; a crowd that lynches is a mob", () => {
  grid([
    ["Hundreds of teachers marched in Harare on Sunday to demand higher pay.", "Peaceful protest", PROTESTERS],
    ["Protesters blocked roads in Harare on Sunday.", "Peaceful protest", PROTESTERS],
    ["Police fired tear gas at hundreds of teachers marching in Harare on Sunday.", "Protest with intervention", PROTESTERS, POLICE("Zimbabwe")],
    ["Police arrested 20 teachers marching in Harare on Sunday.", "Protest with intervention"],
    ["Police detained 20 people protesting in Harare on Sunday.", "Protest with intervention"],
    ["Police shot dead two teachers marching in Harare on Sunday.", "Excessive force against protesters", POLICE("Zimbabwe"), PROTESTERS],
    ["Police killed two people at a protest in Harare on Sunday.", "Excessive force against protesters", POLICE("Zimbabwe"), PROTESTERS],
    ["Police beat two teachers to death at a march in Harare on Sunday.", "Excessive force against protesters", POLICE("Zimbabwe"), PROTESTERS],
    ["Police clubbed two demonstrators to death in Harare on Sunday.", "Excessive force against protesters", POLICE("Zimbabwe"), PROTESTERS],
    // with no protest told, the police shooting people is an attack on civilians
    ["Police shot dead two people in Harare on Sunday.", "Attack", POLICE("Zimbabwe"), CIVILIANS("Zimbabwe")],
    ["Protesters burned tyres in Harare on Sunday.", "Violent demonstration", RIOTERS],
    ["Protesters threw stones at police in Harare on Sunday.", "Violent demonstration", RIOTERS],
    ["Teachers marching in Harare on Sunday threw stones at police.", "Violent demonstration", RIOTERS],
    ["Hundreds of people marching in Harare on Sunday threw stones at police.", "Violent demonstration", RIOTERS],
    ["A crowd lynched a suspected thief in Harare on Sunday.", "Mob violence", RIOTERS],
    ["A crowd beat a suspected thief to death in Harare on Sunday.", "Mob violence", RIOTERS],
    ["An angry mob set a suspected thief on fire in Harare on Sunday.", "Mob violence", RIOTERS],
    ["Villagers beat two suspected cattle rustlers to death near Harare on Sunday.", "Mob violence", RIOTERS],
  ]);
});

test("strategic developments: arrests of a group's members, looting, deals, handovers, weapons defused or seized, bases set up", () => {
  grid([
    ["Police arrested 12 members of the separatist group in Bamenda on Sunday.", "Arrests", POLICE("Cameroon")],
    ["Soldiers arrested 12 suspected members of the militia in Bamenda on Sunday.", "Arrests", ARMY("Cameroon")],
    ["Security forces detained three suspected militants in Peshawar on Sunday.", "Arrests", STATE("Pakistan")],
    ["Gunmen looted the main market in Bangui on Sunday.", "Looting/property destruction"],
    ["Soldiers looted the main market in Bangui on Sunday.", "Looting/property destruction", ARMY("the Central African Republic")],
    ["Rebels looted shops and burned homes in Bangui on Sunday.", "Looting/property destruction"],
    ["The two sides signed a peace deal in Doha on Sunday.", "Agreement"],
    ["Police defused a bomb near a market in Kirkuk on Sunday.", "Disrupted weapons use", POLICE("Iraq")],
    ["Bomb disposal experts defused a roadside bomb near Kirkuk on Sunday.", "Disrupted weapons use"],
    ["Air defences shot down a drone over Kirkuk on Sunday.", "Disrupted weapons use"],
    // the project's reference (docs/acled-reference.md) codes large weapons seizures as a change to group/activity;
    // "seized" here takes no territory
    ["Police seized a weapons cache in Kirkuk on Sunday.", "Change to group/activity", POLICE("Iraq")],
    ["Police seized a weapons cache in the town of Kirkuk on Sunday.", "Change to group/activity", POLICE("Iraq")],
    ["The rebels established a headquarters in the town of Rubaya on Sunday.", "Headquarters or base established"],
  ]);
});

test("people taken are abducted, unless they are killed; women forced are sexually assaulted", () => {
  grid([
    ["Gunmen abducted 20 villagers near Gusau on Sunday.", "Abduction/forced disappearance", NOT_STATE, CIVILIANS("Nigeria")],
    ["Gunmen killed 20 villagers near Gusau on Sunday.", "Attack", NOT_STATE, CIVILIANS("Nigeria")],
    ["Gunmen kidnapped a priest near Gusau on Sunday.", "Abduction/forced disappearance", NOT_STATE, CIVILIANS("Nigeria")],
    ["Gunmen seized 20 passengers from a bus near Gusau on Sunday.", "Abduction/forced disappearance", NOT_STATE, CIVILIANS("Nigeria")],
    ["Gunmen kidnapped two soldiers near Gusau on Sunday.", "Abduction/forced disappearance"],
    ["Security agents abducted an opposition activist in Harare on Sunday.", "Abduction/forced disappearance"],
    // "seized" a person or a ship is a taking of people, not of territory
    ["Masked men seized a journalist from his home in Harare on Sunday.", "Abduction/forced disappearance", NOT_STATE, CIVILIANS("Zimbabwe")],
    ["Gunmen seized a priest in Gusau on Sunday.", "Abduction/forced disappearance", NOT_STATE, CIVILIANS("Nigeria")],
    ["Pirates seized a cargo ship off Eyl on Sunday.", "Abduction/forced disappearance"],
    ["Pirates hijacked a cargo ship off Eyl on Sunday.", "Abduction/forced disappearance"],
    // taken and killed: ACLED codes the killing (an attack), the gravest thing done to them
    ["Gunmen kidnapped and killed a priest near Gusau on Sunday.", "Attack", NOT_STATE, CIVILIANS("Nigeria")],
    ["Gunmen kidnapped and beheaded a farmer near Gusau on Sunday.", "Attack", NOT_STATE, CIVILIANS("Nigeria")],
    ["Gunmen abducted and killed three farmers near Gusau on Sunday.", "Attack", NOT_STATE, CIVILIANS("Nigeria")],
    ["Gunmen abducted a priest near Gusau on Sunday and later killed him.", "Attack", NOT_STATE, CIVILIANS("Nigeria")],
    ["Gunmen raped two women near Gusau on Sunday.", "Sexual violence", NOT_STATE, CIVILIANS("Nigeria")],
    ["Soldiers raped two women near Bunia on Sunday.", "Sexual violence", ARMY("the Democratic Republic of Congo"), CIVILIANS("Democratic Republic of Congo")],
    ["Gunmen shot dead a journalist in Karachi on Sunday.", "Attack", NOT_STATE, CIVILIANS("Pakistan")],
    ["A journalist was shot dead in Karachi on Sunday.", "Attack", undefined, CIVILIANS("Pakistan")],
    ["Gunmen torched a village near Gusau on Sunday, killing 12 residents.", "Attack", NOT_STATE, CIVILIANS("Nigeria")],
  ]);
});
