// A behavioural checklist of the verbs of violence, for reports that gave no event at all ("nothing close"
// is the largest miss category on unseen reports). Each row is an invented one-sentence wire report that
// varies one thing at a time: the verb (shot dead, gunned down, executed, bombed, pounded, opened fire on,
// launched drones at, attacked), active or passive, the subject (a state force told by its demonym, a group,
// an instrument: "a bomb dropped by a jet", "drones"), how the place is told, and checks the one event a
// careful ACLED coder would code: sub-type, actor1, actor2, fatalities and place.
//
// Probe on main at the start of the session (14360de), this file run as it stands: rows that failed before.
//   instruments and their agents (bomb dropped by a jet, drones launched at) ... 5 of 5 failed (4 gave no event)
//   shot dead / gunned down / executed / killed Palestinians, shepherds ........ 11 of 11 failed (all no event)
//   opened fire on gunmen, militants, Palestinians ............................ 4 of 4 failed (all no event)
//   a state force bombed / pounded / a town bombed by jets ..................... 6 of 6 failed (4 no event, 2 read as an Attack)
//   an armed group attacked a town by its bare name ........................... 3 of 5 failed (no event)
//   regression guards (verbs that already worked; words the new cues must not read) 0 of 20 failed
//   In all 29 of 51 rows failed before, 0 still fail; 3 more rows stayed test.todo (places, and one undecided), all resolved in session 12 (below).
//   (A fifth todo, "Russia launched drones at Kyiv", was fixed by the lead after the merge: see the test near the end.
//   The two place todos, Belgorod and Ashkelon, passed by session 12 and are rows of checklist-places3.test.ts.)
//   (Session 12: the todo "Nyala was bombed" moved to checklist-events2.test.ts: a town bombed as the subject is an air strike.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "./index.js";
import { PUBLISHED, ARMY, POLICE, CIVILIANS, UAG, NOBODY, grid } from "./checklist-testing.js";

const SHABAAB = /^Al Shabaab$/;
const RSF = /^Rapid Support Forces$/;
const HOUTHIS = /^Ansar Allah$/;
const BOKO_HARAM = /^Boko Haram/;
const ISLAMIC_STATE = /^Islamic State/;

test("an instrument is the subject: a bomb dropped by a jet, drones launched at a city, bombs from helicopters are air strikes", () => {
  grid([
    ["A bomb dropped by a jet killed five people in Maarat al-Numan on Monday.", "Air/drone strike", UAG("Syria"), CIVILIANS("Syria"), 5, "Maarat al-Numan"],
    ["Bombs dropped by army helicopters killed six people near Sagaing on Sunday.", "Air/drone strike", ARMY("Myanmar"), CIVILIANS("Myanmar"), 6, "Sagaing"],
    ["Russian forces launched drones at Kharkiv on Sunday, killing one person.", "Air/drone strike", ARMY("Russia"), CIVILIANS("Ukraine"), 1, "Kharkiv"],
    ["Israeli forces launched drones at Jenin on Sunday.", "Air/drone strike", ARMY("Israel"), NOBODY, 0, "Jenin"],
    // actor2 left open: "militants" in the clause keeps the roles from reading the woman as a civilian victim.
    ["Suspected militants used drones to drop explosives on a village near Imphal on Sunday, killing a woman.", "Air/drone strike", UAG("India"), /^(?:Civilians \(India\))?$/, 1, "Imphal"],
  ]);
});

test("shot dead, gunned down, executed: soldiers and fighters killed are a clash, shepherds and Palestinians an attack on civilians", () => {
  grid([
    ["Rebels shot dead two soldiers in Beni on Sunday.", "Armed clash", UAG("Democratic Republic of Congo"), ARMY("the Democratic Republic of Congo"), 2, "Beni"],
    ["Al-Shabaab militants shot dead three soldiers near Afgoye on Sunday.", "Armed clash", SHABAAB, ARMY("Somalia"), 3, "Afgooye"],
    ["Nigerian soldiers shot dead five bandits in Gusau on Sunday.", "Armed clash", ARMY("Nigeria"), UAG("Nigeria"), 5, "Gusau"],
    ["Nigerian troops gunned down 12 bandits near Gusau on Sunday.", "Armed clash", ARMY("Nigeria"), UAG("Nigeria"), 12, "Gusau"],
    ["Israeli troops raided Jenin on Sunday, killing three militants.", "Armed clash", ARMY("Israel"), UAG("Palestine"), 3, "Jenin"],
    // Palestinians, Ukrainians: people told by their nation, with nothing saying they bore arms, are civilians.
    ["Israeli forces killed three Palestinians in Nablus on Sunday.", "Attack", ARMY("Israel"), CIVILIANS("Palestine"), 3, "Nablus"],
    ["Israeli soldiers shot dead two Palestinians near Jenin on Sunday.", "Attack", ARMY("Israel"), CIVILIANS("Palestine"), 2, "Jenin"],
    ["Islamic State militants killed nine shepherds near Palmyra on Sunday.", "Attack", ISLAMIC_STATE, CIVILIANS("Syria"), 9, "Palmyra"],
    ["Islamic State militants executed two shepherds near Palmyra on Sunday.", "Attack", ISLAMIC_STATE, CIVILIANS("Syria"), 2, "Palmyra"],
    // ...and one victim told by what he was: a man, a teenager, a farmer.
    ["Israeli troops shot and killed a Palestinian man near Hebron on Sunday.", "Attack", ARMY("Israel"), CIVILIANS("Palestine"), 1, "Hebron"],
    ["Nigerian soldiers shot dead a teenager in Gusau on Sunday.", "Attack", ARMY("Nigeria"), CIVILIANS("Nigeria"), 1, "Gusau"],
  ]);
});

test("opening fire on gunmen or militants is a clash; opening fire on Palestinians, killing one, an attack", () => {
  grid([
    ["Troops opened fire on gunmen near Gusau on Sunday.", "Armed clash", ARMY("Nigeria"), UAG("Nigeria"), 0, "Gusau"],
    ["Soldiers opened fire on suspected militants near Bannu on Sunday, killing four.", "Armed clash", ARMY("Pakistan"), UAG("Pakistan"), 4, "Bannu"],
    ["Police opened fire on militants in Bannu on Sunday.", "Armed clash", POLICE("Pakistan"), UAG("Pakistan"), 0, "Bannu"],
    ["Israeli forces opened fire on Palestinians in Hebron on Sunday, killing one.", "Attack", ARMY("Israel"), CIVILIANS("Palestine"), 1, "Hebron"],
  ]);
});

test("a state force that bombed or pounded a place struck from the air or with guns; the dead it left do not make it an attack", () => {
  grid([
    ["The Sudanese army bombed RSF positions near Omdurman on Sunday.", "Air/drone strike", ARMY("Sudan"), RSF, 0, "Omdurman"],
    ["The Sudanese army bombed Nyala on Sunday.", "Air/drone strike", ARMY("Sudan"), NOBODY, 0, "Nyala"],
    ["Omdurman was bombed by army jets on Sunday.", "Air/drone strike", ARMY("Sudan"), NOBODY, 0, "Omdurman"],
    ["The Myanmar military bombed a school in Sagaing on Sunday, killing 12 children.", "Air/drone strike", ARMY("Myanmar"), CIVILIANS("Myanmar"), 12, "Sagaing"],
    ["Russian troops pounded the town of Avdiivka on Sunday.", "Shelling/artillery/missile attack", ARMY("Russia"), NOBODY, 0, "Avdiivka"],
    ["Russian forces pounded Avdiivka on Sunday, killing two civilians.", "Shelling/artillery/missile attack", ARMY("Russia"), CIVILIANS("Ukraine"), 2, "Avdiivka"],
  ]);
});

// An armed group that "attacked" a town, no opponent named: ACLED's Armed clash needs two armed, organised
// sides, and the text names one; the Attack sub-type is an armed group attacking unarmed civilians
// (acled-reference.md), and the people of the town are the only ones the text says were hit. So it is coded as
// violence against the town's civilians, as "attacked the town of X" already was; a soldier or a base named
// in the sentence makes it a clash (the last row).
test("an armed group that attacked a town told by its bare name attacked its people, as one that attacked 'the town of' it did", () => {
  grid([
    ["Al-Shabaab fighters attacked Beledweyne on Sunday.", "Attack", SHABAAB, CIVILIANS("Somalia"), 0, "Beledweyne"],
    ["Boko Haram fighters attacked Gwoza on Sunday.", "Attack", BOKO_HARAM, CIVILIANS("Nigeria"), 0, "Gwoza"],
    ["Rebels attacked Bunia on Sunday.", "Attack", UAG("Democratic Republic of Congo"), CIVILIANS("Democratic Republic of Congo"), 0, "Bunia"],
    ["Gunmen attacked Bokkos on Sunday, killing 18 villagers.", "Attack", UAG("Nigeria"), CIVILIANS("Nigeria"), 18, "Bokkos"],
    ["ISWAP fighters attacked Monguno on Sunday, killing six soldiers.", "Armed clash", /^Islamic State West Africa Province$/, ARMY("Nigeria"), 6, "Monguno"],
  ]);
});

test("the verbs that already gave the event keep giving it: shelled, fired rockets at, struck, hit, ambushed, overran, passives (regression guard)", () => {
  grid([
    ["Air strikes hit the town of Beit Lahia on Sunday, killing four.", "Air/drone strike", /./, NOBODY, 4, "Beit Lahia"],
    ["Russian forces shelled Kherson on Sunday, killing two civilians.", "Shelling/artillery/missile attack", ARMY("Russia"), CIVILIANS("Ukraine"), 2, "Kherson"],
    ["Kherson was shelled by Russian forces on Sunday, killing two people.", "Shelling/artillery/missile attack", ARMY("Russia"), CIVILIANS("Ukraine"), 2, "Kherson"],
    ["Houthi rebels fired missiles at the city of Marib on Sunday, killing three.", "Shelling/artillery/missile attack", HOUTHIS, NOBODY, 3, "Marib"],
    ["Israeli warplanes struck the town of Rafah on Sunday, killing six people.", "Air/drone strike", ARMY("Israel"), CIVILIANS("Palestine"), 6, "Rafah"],
    ["A drone struck a car near Tyre on Sunday, killing two people.", "Air/drone strike", UAG("Lebanon"), CIVILIANS("Lebanon"), 2, "Tyre"],
    ["A roadside bomb killed four soldiers near Bannu on Sunday.", "Remote explosive/landmine/IED", UAG("Pakistan"), ARMY("Pakistan"), 4, "Bannu"],
    ["A landmine killed two children near Tal Afar on Sunday.", "Remote explosive/landmine/IED", UAG("Iraq"), CIVILIANS("Iraq"), 2, "Tal Afar"],
    ["A suicide bomber struck a mosque in Peshawar on Sunday, killing 30 worshippers.", "Suicide bomb", UAG("Pakistan"), CIVILIANS("Pakistan"), 30, "Peshawar"],
    ["Artillery fire killed three civilians in Kherson on Sunday.", "Shelling/artillery/missile attack", /./, CIVILIANS("Ukraine"), 3, "Kherson"],
    ["Nigerian troops killed 12 Boko Haram fighters near Maiduguri on Sunday.", "Armed clash", ARMY("Nigeria"), BOKO_HARAM, 12, "Maiduguri"],
    ["Ethiopian soldiers executed 15 villagers near Gondar on Sunday.", "Attack", ARMY("Ethiopia"), CIVILIANS("Ethiopia"), 15, "Gondar"],
    ["Three soldiers were killed in an ambush near Damboa on Sunday.", "Armed clash", UAG("Nigeria"), ARMY("Nigeria"), 3, "Damboa"],
    ["Four policemen were killed in an ambush in the town of Bannu on Sunday.", "Armed clash", UAG("Pakistan"), POLICE("Pakistan"), 4, "Bannu"],
    ["Rebels overran the town of Rutshuru on Sunday.", "Non-state actor overtakes territory", UAG("Democratic Republic of Congo"), ARMY("the Democratic Republic of Congo"), 0, "Rutshuru"],
    ["Gunmen gunned down five farmers in Benue on Sunday.", "Attack", UAG("Nigeria"), CIVILIANS("Nigeria"), 5, "Makurdi"],
  ]);
});

test("the new verbs need an armed hand and a town: rain that pounded a city, a company that attacked a rival, no event (regression guard)", () => {
  const quiet = [
    "Heavy rain pounded Lagos on Sunday.",
    "Storms pounded the coast near Durban on Sunday.",
    "The opposition attacked Kenyatta's record in Nairobi on Sunday.",
    "The company launched drones at a trade fair in Dubai on Sunday.",
  ];
  const loud = quiet.filter((text) => extractArticle({ id: "verbs", text, published: PUBLISHED }).events.length);
  assert.deepEqual(loud, []);
});

// Still wrong after this session: the verb is read, the place is not.
// An attacking force told by its demonym ("Ukrainian forces ...") can make its country the report's main country,
// and a city of the other country that no sentence names is then taken for a namesake abroad and dropped.
test("a country named as the subject that strikes is the attacker (its forces), and the town it hit is the scene", () => {
  // Added by the lead after the family was merged: failed on the merged code (no event, or the event placed in
  // the attacker's capital), passes with the country subject read as an armed hand and kept out of the scene.
  grid([
    ["Russia launched 40 drones at Kyiv on Sunday, killing two people.", "Air/drone strike", ARMY("Russia"), CIVILIANS("Ukraine"), 2, "Kyiv"],
    ["Russia attacked Kharkiv with missiles on Sunday, killing five people.", "Shelling/artillery/missile attack", ARMY("Russia"), CIVILIANS("Ukraine"), 5, "Kharkiv"],
  ]);
});
