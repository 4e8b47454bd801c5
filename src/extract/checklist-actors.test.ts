// A behavioural checklist of actors: who acts (actor1) and who is hit (actor2), with their inter codes
// and interaction, across the verbs of attack, ambush, clash, abduction, strike and shelling, active and
// passive, with registry groups under their aliases, generic words, foreign forces and groups ACLED
// names by what they are (vigilantes, clan militias, pirates). The sentences are invented for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { interactionOf } from "../event.js";
import { actorByName } from "./actors.js";
import { onlyEvent } from "./checklist-testing.js";
import type { Event } from "../event.js";

type Row = [text: string, sub: string, actor1: RegExp, actor2: RegExp];

/** The inter code a careful coder gives each kind of actor name. */
function interOf(name: string): number | undefined {
  if (/^(?:Military|Police) Forces of /.test(name)) return 1;
  if (/^Civilians \(/.test(name)) return 7;
  if (/^Unidentified Armed Group\b/.test(name)) return 3;
  if (/^(?:Vigilante Group|Unidentified Clan Militia) \(/.test(name)) return 4;
  return actorByName(name)?.inter;
}

/** inter1, inter2 and interaction agree with the names coded. */
function consistent(e: Event, text: string): void {
  assert.equal(e.inter1, interOf(e.actor1), `inter1 of ${e.actor1}: ${text}`);
  if (e.actor2) assert.equal(e.inter2, interOf(e.actor2), `inter2 of ${e.actor2}: ${text}`);
  else assert.equal(e.inter2, 0, text);
  assert.equal(e.interaction, interactionOf(e.inter1, e.inter2), `interaction: ${text}`);
}

function check(rows: Row[]): void {
  const failed: string[] = [];
  for (const [text, sub, a1, a2] of rows) {
    const e = onlyEvent(text);
    consistent(e, text);
    if (e.sub_event_type !== sub || !a1.test(e.actor1) || !a2.test(e.actor2 ?? "")) failed.push(`${text}\n    got ${e.sub_event_type} | ${e.actor1} | ${e.actor2 || "-"}`);
  }
  assert.deepEqual(failed, [], failed.join("\n"));
}

const ARMY = (c: string) => new RegExp(`^Military Forces of ${c} \\(`);
const POLICE = (c: string) => new RegExp(`^Police Forces of ${c} \\(`);
const CIVILIANS = (c: string) => new RegExp(`^Civilians \\(${c}\\)$`);
const UAG = (c: string) => new RegExp(`^Unidentified Armed Group \\(${c}\\)$`);
const SHABAAB = /^Al Shabaab$/;
const JNIM = /^Jama'at Nusrat al-Islam wal-Muslimin$/;
const M23 = /^March 23 Movement$/;
const RSF = /^Rapid Support Forces$/;
const HOUTHIS = /^Ansar Allah$/;

test("actor2 is the side hit: soldiers and army posts are the military, police convoys the police, students and villagers civilians", () => {
  check([
    ["Al-Shabaab fighters killed seven soldiers in Beledweyne on Sunday.", "Armed clash", SHABAAB, ARMY("Somalia")],
    ["JNIM militants killed 12 soldiers near Gao on Sunday.", "Armed clash", JNIM, ARMY("Mali")],
    ["M23 rebels killed five soldiers near Goma on Sunday.", "Armed clash", M23, ARMY("the Democratic Republic of Congo")],
    ["Houthi forces killed three soldiers near Taiz on Sunday.", "Armed clash", HOUTHIS, ARMY("Yemen")],
    ["Militants killed 12 soldiers in Bannu on Sunday.", "Armed clash", UAG("Pakistan"), ARMY("Pakistan")],
    ["Unknown gunmen killed two policemen in Owerri on Sunday.", "Armed clash", UAG("Nigeria"), POLICE("Nigeria")],
    ["Militants ambushed a police convoy near Bannu on Sunday, killing six officers.", "Armed clash", UAG("Pakistan"), POLICE("Pakistan")],
    ["Al-Shabaab fighters ambushed an army convoy near Afgoye on Sunday.", "Armed clash", SHABAAB, ARMY("Somalia")],
    ["JNIM militants ambushed a military patrol near Djibo on Sunday, killing 15 soldiers.", "Armed clash", JNIM, ARMY("Burkina Faso")],
    ["Al-Shabaab fighters attacked a military base near Beledweyne on Sunday.", "Armed clash", SHABAAB, ARMY("Somalia")],
    ["A suicide bomber attacked an army checkpoint in Mogadishu on Sunday, killing four soldiers.", "Suicide bomb", UAG("Somalia"), ARMY("Somalia")],
    ["Gunmen abducted 20 students in Kaduna on Sunday.", "Abduction/forced disappearance", UAG("Nigeria"), CIVILIANS("Nigeria")],
    ["Bandits abducted 30 villagers near Gusau on Sunday.", "Abduction/forced disappearance", UAG("Nigeria"), CIVILIANS("Nigeria")],
    ["Armed men abducted 12 farmers in Zamfara on Sunday.", "Abduction/forced disappearance", UAG("Nigeria"), CIVILIANS("Nigeria")],
    ["Gunmen abducted three aid workers near Goma on Sunday.", "Abduction/forced disappearance", UAG("Democratic Republic of Congo"), CIVILIANS("Democratic Republic of Congo")],
    ["JNIM militants abducted 40 villagers near Djibo on Sunday.", "Abduction/forced disappearance", JNIM, CIVILIANS("Burkina Faso")],
    ["RSF paramilitaries killed 20 villagers near El Geneina on Sunday.", "Attack", RSF, CIVILIANS("Sudan")],
    ["The RSF attacked a displacement camp near El Fasher on Sunday, killing 20 civilians.", "Attack", RSF, CIVILIANS("Sudan")],
    ["The Rapid Support Forces shelled a market in El Fasher on Sunday, killing 15 people.", "Shelling/artillery/missile attack", RSF, CIVILIANS("Sudan")],
    ["Junta airstrikes killed 12 villagers near Sagaing on Sunday.", "Air/drone strike", ARMY("Myanmar"), CIVILIANS("Myanmar")],
    ["A suicide bomber killed 12 people at a mosque in Peshawar on Sunday.", "Suicide bomb", UAG("Pakistan"), CIVILIANS("Pakistan")],
    // ...an officer killed alone is the police too, not a civilian
    ["Unknown gunmen shot dead a police officer in Owerri on Sunday.", "Armed clash", UAG("Nigeria"), POLICE("Nigeria")],
    ["Houthi rebels attacked government positions near Marib on Sunday.", "Armed clash", HOUTHIS, ARMY("Yemen")],
  ]);
});

test("told in the passive, the one acted on is still actor2 and the one 'by' names is actor1", () => {
  check([
    ["An army base in Beledweyne was attacked by al-Shabaab on Sunday, officials said.", "Armed clash", SHABAAB, ARMY("Somalia")],
    ["A police station in Kidal was attacked by JNIM militants on Sunday.", "Armed clash", JNIM, POLICE("Mali")],
    ["A military post near Djibo was attacked by JNIM on Sunday.", "Armed clash", JNIM, ARMY("Burkina Faso")],
    ["Seven soldiers were killed by al-Shabaab fighters near Afgoye on Sunday.", "Armed clash", SHABAAB, ARMY("Somalia")],
    ["Twelve soldiers were killed when JNIM militants attacked their base near Gao on Sunday.", "Armed clash", JNIM, ARMY("Mali")],
    ["Soldiers were ambushed by M23 rebels near Goma on Sunday.", "Armed clash", M23, ARMY("the Democratic Republic of Congo")],
    ["A police convoy was ambushed by militants near Bannu on Sunday, killing six officers.", "Armed clash", UAG("Pakistan"), POLICE("Pakistan")],
    ["An army convoy was ambushed near Afgoye on Sunday, officials said.", "Armed clash", UAG("Somalia"), ARMY("Somalia")],
    ["Twenty students were abducted by gunmen in Kaduna on Sunday.", "Abduction/forced disappearance", UAG("Nigeria"), CIVILIANS("Nigeria")],
    ["Villagers were killed by RSF paramilitaries near El Geneina on Sunday.", "Attack", RSF, CIVILIANS("Sudan")],
  ]);
});

test("fights name both sides, whichever comes first, and fighters a side killed are actor2", () => {
  check([
    ["Soldiers clashed with rebels near Goma on Sunday.", "Armed clash", ARMY("the Democratic Republic of Congo"), UAG("Democratic Republic of Congo")],
    ["Government troops clashed with M23 rebels near Goma on Sunday.", "Armed clash", ARMY("the Democratic Republic of Congo"), M23],
    ["The army clashed with al-Shabaab fighters near Afgoye on Sunday.", "Armed clash", ARMY("Somalia"), SHABAAB],
    ["RSF paramilitaries clashed with the army in El Fasher on Sunday.", "Armed clash", RSF, ARMY("Sudan")],
    ["Fighting between the army and the RSF killed 20 people in El Fasher on Sunday.", "Armed clash", ARMY("Sudan"), RSF],
    ["Clashes between M23 rebels and government troops killed 15 people near Goma on Sunday.", "Armed clash", M23, ARMY("the Democratic Republic of Congo")],
    ["Houthi forces clashed with government troops near Marib on Sunday.", "Armed clash", HOUTHIS, ARMY("Yemen")],
    ["The junta's troops clashed with the Arakan Army near Sittwe on Sunday.", "Armed clash", ARMY("Myanmar"), /^Arakan Army$/],
    ["Fighting between M23 rebels and Wazalendo militias killed 12 people near Goma on Sunday.", "Armed clash", M23, /^Wazalendo$/],
    // "militiamen killed 20 people" inside a fight between two sides is the fight's toll, not an attack on civilians
    ["Fighting between the army and Fano militiamen killed 20 people near Bahir Dar on Sunday.", "Armed clash", ARMY("Ethiopia"), /^Fano Militia$/],
    ["Clashes between al-Shabaab and clan militias killed 10 people near Beledweyne on Sunday.", "Armed clash", SHABAAB, /^Unidentified Clan Militia \(Somalia\)$/],
    ["Government troops killed 20 al-Shabaab fighters near Jowhar on Sunday.", "Armed clash", ARMY("Somalia"), SHABAAB],
    ["Government troops killed 20 M23 rebels near Goma on Sunday.", "Armed clash", ARMY("the Democratic Republic of Congo"), M23],
    ["Soldiers killed 12 JNIM militants near Gao on Sunday.", "Armed clash", ARMY("Mali"), JNIM],
    ["Troops killed 15 bandits in Zamfara on Sunday.", "Armed clash", ARMY("Nigeria"), UAG("Nigeria")],
    ["Police killed three suspected gang members in Port-au-Prince on Sunday.", "Armed clash", POLICE("Haiti"), UAG("Haiti")],
    ["Government troops shelled M23 positions near Goma on Sunday.", "Shelling/artillery/missile attack", ARMY("the Democratic Republic of Congo"), M23],
    ["Turkish drones killed four PKK militants near Sulaymaniyah on Sunday.", "Air/drone strike", ARMY("Turkey"), /^Kurdistan Workers' Party$/],
  ]);
});

test("a movement named without its branch is its branch in the scene's country; a group with a home country stays itself", () => {
  check([
    ["Islamic State militants killed 11 civilians near Menaka on Sunday.", "Attack", /^Islamic State Sahel Province$/, CIVILIANS("Mali")],
    ["Islamic State fighters attacked an army post near Maiduguri on Sunday.", "Armed clash", /^Islamic State West Africa Province$/, ARMY("Nigeria")],
    ["JNIM militants attacked an army post near Djibo on Sunday.", "Armed clash", JNIM, ARMY("Burkina Faso")],
    ["Suspected ISWAP militants killed 10 soldiers near Maiduguri on Sunday.", "Armed clash", /^Islamic State West Africa Province$/, ARMY("Nigeria")],
    ["Suspected ADF militants attacked a village near Beni on Sunday, killing 11 civilians.", "Attack", /^Allied Democratic Forces$/, CIVILIANS("Democratic Republic of Congo")],
  ]);
});

test("foreign forces are their own country's military, and the place they strike is the scene", () => {
  const rows: [string, RegExp, string, string][] = [
    ["Russian forces struck Kharkiv on Sunday, killing three people.", ARMY("Russia"), "Kharkiv", "Ukraine"],
    ["Russian troops shelled Kherson on Sunday, killing two civilians.", ARMY("Russia"), "Kherson", "Ukraine"],
    ["Russian missiles hit Kharkiv on Sunday, killing three people.", ARMY("Russia"), "Kharkiv", "Ukraine"],
    ["Russian drones struck Odesa on Sunday, killing two people.", ARMY("Russia"), "Odesa", "Ukraine"],
    ["Ukrainian forces shelled Donetsk on Sunday, killing two civilians.", ARMY("Ukraine"), "Donetsk", "Ukraine"],
    ["Rwandan troops clashed with insurgents in Cabo Delgado on Sunday.", ARMY("Rwanda"), "", "Mozambique"],
  ];
  const failed: string[] = [];
  for (const [text, a1, location, country] of rows) {
    const e = onlyEvent(text);
    consistent(e, text);
    if (!a1.test(e.actor1) || (location && e.location !== location) || e.country !== country) failed.push(`${text}\n    got ${e.actor1} at ${e.location}, ${e.country}`);
  }
  assert.deepEqual(failed, [], failed.join("\n"));
  const e = onlyEvent("Ukrainian forces shelled the Russian town of Shebekino on Sunday, killing one person.");
  assert.match(e.actor2 ?? "", CIVILIANS("Russia"), "one person killed by shelling is a civilian");
});

test("vigilantes are an armed group (an identity militia), not a mob: their killings are attacks and their fights clashes", () => {
  const VIGILANTES = /^Vigilante Group \(Nigeria\)$/;
  check([
    ["Vigilantes killed seven people in Zamfara on Sunday, residents said.", "Attack", VIGILANTES, CIVILIANS("Nigeria")],
    ["A vigilante group killed seven people in Zamfara on Sunday.", "Attack", VIGILANTES, CIVILIANS("Nigeria")],
    ["Vigilantes beat a suspected thief to death in Kano on Sunday.", "Attack", VIGILANTES, CIVILIANS("Nigeria")],
    ["Members of a local vigilante group abducted five herders near Gusau on Sunday.", "Abduction/forced disappearance", VIGILANTES, CIVILIANS("Nigeria")],
    ["Vigilantes clashed with bandits in Zamfara on Sunday, leaving 12 dead.", "Armed clash", VIGILANTES, UAG("Nigeria")],
    ["Vigilantes killed seven suspected bandits in Zamfara on Sunday.", "Armed clash", VIGILANTES, UAG("Nigeria")],
  ]);
  assert.equal(onlyEvent("Vigilantes killed seven people in Zamfara on Sunday.").interaction, 47);
  assert.equal(onlyEvent("A mob lynched a man accused of theft in Jos on Sunday.").sub_event_type, "Mob violence", "a crowd that lynches is still a mob");
});

test("pirates who hijack a ship abduct its crew: an unidentified armed group of the coast's country", () => {
  check([
    ["Pirates hijacked a cargo ship off Eyl on Sunday, maritime officials said.", "Abduction/forced disappearance", UAG("Somalia"), CIVILIANS("Somalia")],
    ["Somali pirates hijacked a fishing vessel near Eyl on Sunday.", "Abduction/forced disappearance", UAG("Somalia"), CIVILIANS("Somalia")],
    ["Pirates seized an oil tanker off the coast of Bayelsa on Sunday and kidnapped 10 crew members.", "Abduction/forced disappearance", UAG("Nigeria"), CIVILIANS("Nigeria")],
  ]);
  // Pirates are no insurgents: a story that names al-Shabaab does not make them al-Shabaab.
  const e = onlyEvent("Pirates hijacked a cargo ship off Eyl on Sunday. Officials said al-Shabaab had no part in it.");
  assert.match(e.actor1, UAG("Somalia"));
});
