// A checklist for the loosest fighting words (session 17, precision): "fighting", "clashed", "offensive" or "ambush"
// told as the setting of the news (what people escape, what a truce ends, what violence stems from), as a description
// of a group or a place (a cartel "fighting for control", a district "where troops and rebels have clashed repeatedly"),
// as a role ("a regional force battling jihadists"), as where people took refuge, as a forecast ("how likely an
// offensive is"), as history (a battle's bicentenary), or as the site or means of a happening already told ("the
// ambush site"), what a camp was set up after, or the toll of a whole conflict is no event. The same words telling
// a fight of their own stay events.
// Probe: 14 of 22 rows failed on the starting code (050d73b): the truce that ends fighting gave a clash beside the
// agreement, and every row of the second test gave an event.
import { test } from "node:test";
import { none, subGrid } from "./checklist-testing.js";

test("fighting told with a day and fighters of its own stays an armed clash; a truce that ends fighting is the agreement alone", () => {
  subGrid([
    ["Fighting broke out on Sunday between the army and rebels of the M23 near Rutshuru in North Kivu, Congo, killing four soldiers, officials said.", "Armed clash"],
    ["Troops and Fulani militiamen clashed on Monday in the village of Dogo in central Mali, leaving seven dead, residents said.", "Armed clash"],
    ["Soldiers fought al-Shabaab militants for several hours on Saturday outside Bulo Burde in Somalia's Hiiraan region, the army said.", "Armed clash"],
    ["Residents of Kaduna state in Nigeria said on Tuesday that gunmen fought a running battle with police near Birnin Gwari on Monday.", "Armed clash"],
    ["Police said on Wednesday that officers fought back when gunmen opened fire on their checkpoint at Gwoza, in Nigeria's Borno state, on Tuesday.", "Armed clash"],
    ["Two soldiers were killed on Friday when the army clashed with ELN guerrillas near Tame in Colombia's Arauca department, the army said.", "Armed clash"],
    ["A truce between the two militias took effect on Thursday in Zawiya, Libya, ending ten days of fighting, officials said.", "Agreement"],
    ["A regional force battled jihadists near Baga in Nigeria's Borno state on Monday, killing nine of them, the army said.", "Armed clash"],
    ["Rebels of the Karenni Army fought government troops on Sunday at Loikaw in Myanmar's Kayah state, both sides said.", "Armed clash"],
  ]);
});

test("fighting told as setting, description, habit, forecast, history or reference tells no event", () => {
  none([
    "Several hundred families fled on foot across the hills into Cameroon this week to escape the fighting, aid workers said.",
    "Aid workers said dozens of farmers near Kidal, in northern Mali, were caught in the fighting between the army and rebels.",
    "The UN report said the violence in Leer county, South Sudan, stemmed from fighting between two factions of the SPLA-IO.",
    "Residents blamed a drug cartel fighting for control of the smuggling routes in Zacatecas state.",
    "Mbengwi lies in a hilly district of Cameroon where separatist fighters and troops have clashed repeatedly.",
    "Western diplomats are weighing how likely a new Ethiopian army offensive against Tigrayan forces around Alamata is.",
    "A museum opened on Monday near Pune, India, for the bicentenary of the battle in which the colonial army was defeated.",
    "Clashes between Kachin rebels and the army in Hpakant township have intensified since the spring, Myanmar's state media said.",
    "The Nkwen district of Bamenda, in Cameroon, has seen repeated fighting between soldiers and separatists, residents said.",
    "Niger sends troops to a regional force battling jihadists around Lake Chad, where four countries share borders.",
    "Since Sunday, dozens of families from villages near Kidal, in Mali, have taken refuge in the town's schools.",
    "The camp near Bule, in Djugu territory of Congo's Ituri province, set up after earlier massacres, hosts several thousand people.",
    "Aid agencies in Bangui, Central African Republic, said on Monday they need more money for a conflict that has killed thousands of civilians.",
  ]);
});
