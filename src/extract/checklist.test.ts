// A behavioural checklist: one plain wire sentence per way of telling each kind of event, with many
// kinds of actor, checked for the one event a careful ACLED coder would code. The sentences are
// invented for this test; a failing row names the telling that sitrep no longer understands.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "./index.js";
import { onlyEvent, PUBLISHED } from "./checklist-testing.js";


const SUBJECTS: [subject: string, actor1: RegExp][] = [
  ["Gunmen", /^Unidentified Armed Group \(/],
  ["Soldiers", /^Military Forces of /],
  ["Police", /^Police Forces of /],
  ["Police officers", /^Police Forces of /],
  ["Security forces", /^Police Forces of /],
  ["Border guards", /^Police Forces of /],
  ["Herders", /^Unidentified Armed Group \(/],
  ["Separatists", /^Unidentified Armed Group \(/],
  ["Mercenaries", /^Unidentified Armed Group \(/],
  ["Guerrillas", /^Unidentified Armed Group \(/],
  ["Men on motorcycles", /^Unidentified Armed Group \(/],
];

test("killings told with any armed subject, state forces and police included, are attacks on civilians by that actor", () => {
  for (const [subject, actor1] of SUBJECTS) {
    const e = onlyEvent(`${subject} shot dead two men in Quetta on Sunday, officials said.`);
    assert.equal(e.sub_event_type, "Attack", subject);
    assert.match(e.actor1, actor1, subject);
    assert.equal(e.fatalities, 2, subject);
    assert.equal(e.event_date, "2023-10-08", subject);
  }
});

test("an attack on a police station or barracks is a clash, whoever makes it", () => {
  for (const [subject] of SUBJECTS.filter(([, a]) => a.source.includes("Unidentified"))) {
    assert.equal(onlyEvent(`${subject} attacked a police station in Jos on Sunday, killing two officers, officials said.`).sub_event_type, "Armed clash", subject);
  }
  assert.equal(onlyEvent("Militants attacked army barracks in Gao on Sunday, officials said.").sub_event_type, "Armed clash");
});

test("police who kill where no protest is told are coded as an attack, not as force against protesters", () => {
  assert.equal(onlyEvent("Police killed three civilians in Maiduguri on Sunday, residents said.").sub_event_type, "Attack");
  assert.equal(onlyEvent("Police shot dead three protesters in Maiduguri on Sunday.").sub_event_type, "Excessive force against protesters");
  assert.equal(
    extractArticle({ id: "c", published: PUBLISHED, text: "Thousands marched through Harare on Sunday against fuel prices. Police shot dead two men near the march, witnesses said." })
      .events.filter((e) => e.sub_event_type === "Attack").length,
    0,
    "in a protest report, police killing is the protest's toll",
  );
});

test("a killing told in the passive is an event, and combatants killed make it a clash", () => {
  const journalist = onlyEvent("A journalist was shot dead in Culiacán on Sunday, prosecutors said.");
  assert.equal(journalist.sub_event_type, "Attack");
  assert.equal(journalist.fatalities, 1);
  assert.equal(onlyEvent("A village chief was gunned down near Beni on Sunday.").sub_event_type, "Attack");
  const byTroops = onlyEvent("Two men were shot dead by soldiers in Jos on Sunday, relatives said.");
  assert.equal(byTroops.sub_event_type, "Attack");
  assert.match(byTroops.actor1, /^Military Forces of Nigeria/);
  assert.equal(onlyEvent("Two soldiers were shot dead in Jos on Sunday, the army said.").sub_event_type, "Armed clash");
  assert.equal(extractArticle({ id: "c", published: PUBLISHED, text: "Two people were killed in a road accident near Jos on Sunday." }).events.length, 0, "an accident is no event");
});

test("homes burned with no one killed are property destruction; burned in a killing raid, they are part of it", () => {
  for (const subject of ["Soldiers", "Militants", "Gunmen", "Rebels"]) {
    assert.equal(onlyEvent(`${subject} burned dozens of homes in El Fasher on Sunday, residents said.`).sub_event_type, "Looting/property destruction", subject);
  }
  const raid = onlyEvent("Gunmen killed nine villagers and burned hundreds of homes near Bunia on Sunday, officials said.");
  assert.equal(raid.sub_event_type, "Attack");
  assert.equal(raid.fatalities, 9);
});

test("arresting activists is an arrest; arresting demonstrators is a protest met with intervention", () => {
  assert.equal(onlyEvent("Police arrested 30 opposition activists in Kampala on Sunday.").sub_event_type, "Arrests");
  assert.equal(onlyEvent("Police arrested 40 demonstrators during a protest in Kampala on Sunday.").sub_event_type, "Protest with intervention");
});

test("someone charged with a killing is not its perpetrator: the arrest is the event", () => {
  const e = onlyEvent("Police detained a woman suspected of planting a bomb that killed six people in Istanbul on Sunday.");
  assert.equal(e.sub_event_type, "Arrests");
});

test("one sentence per sub-type, each coded as that sub-type", () => {
  const rows: [string, string][] = [
    ["Soldiers clashed with rebels in Gao on Sunday, leaving seven dead.", "Armed clash"],
    ["Insurgents captured the town of Gao on Sunday.", "Non-state actor overtakes territory"],
    ["The army retook Gao on Sunday after two days of fighting.", "Government regains territory"],
    ["A drone strike killed three people in Mosul on Sunday.", "Air/drone strike"],
    ["Mortar fire killed three children in Kharkiv on Sunday.", "Shelling/artillery/missile attack"],
    ["A roadside bomb killed four soldiers near Mosul on Sunday.", "Remote explosive/landmine/IED"],
    ["A suicide bomber blew himself up at a mosque in Quetta on Sunday, killing 20 worshippers.", "Suicide bomb"],
    ["Attackers threw a grenade into a bar in Cali on Sunday, wounding eight people.", "Grenade"],
    ["Hundreds of teachers protested outside the governor's office in Jos on Sunday over unpaid salaries.", "Peaceful protest"],
    ["Police fired tear gas to disperse hundreds of protesters in Jos on Sunday.", "Protest with intervention"],
    ["Protesters set fire to tyres and threw stones at police in Jos on Sunday.", "Violent demonstration"],
    ["A mob lynched a man accused of theft in Jos on Sunday.", "Mob violence"],
    ["Gunmen abducted 20 passengers from a bus near Jos on Sunday.", "Abduction/forced disappearance"],
    ["Armed men seized 30 schoolchildren from a school in Goma on Sunday.", "Abduction/forced disappearance"],
    ["Militants took 12 people hostage in Sittwe on Sunday.", "Abduction/forced disappearance"],
    ["Gunmen executed 12 farmers near Mosul on Sunday.", "Attack"],
    ["Troops pushed rebels out of Kidal on Sunday.", "Government regains territory"],
    ["A military jet bombed a village near Sittwe on Sunday, killing eight civilians.", "Air/drone strike"],
    ["Youths pelted police with stones in Jos on Sunday.", "Violent demonstration"],
    ["Security forces took a former minister into custody in Quetta on Sunday.", "Arrests"],
    ["Gunmen raped at least ten women in Beni on Sunday, officials said.", "Sexual violence"],
    ["Soldiers defused a bomb planted near a school in Marawi on Sunday.", "Disrupted weapons use"],
    ["The government and rebels signed a ceasefire agreement in Gao on Sunday.", "Agreement"],
  ];
  for (const [text, sub] of rows) assert.equal(onlyEvent(text).sub_event_type, sub, text);
});

test("a lead that tells the news with no day is dated to the days up to publication (time_precision 2), and a later day refines it", () => {
  const undated = extractArticle({ id: "u", published: "2023-10-11", text: "Gunmen killed six villagers in Bunia, local officials said." }).events;
  assert.equal(undated.length, 1, "an undated lead is still the report's event");
  assert.equal(undated[0]!.event_date, "2023-10-08", "the middle of the week up to publication, as ACLED codes a range of days");
  assert.equal(undated[0]!.time_precision, 2);
  const refined = extractArticle({
    id: "r", published: "2023-10-11",
    text: "Gunmen have killed six villagers in eastern Congo's Ituri province, officials said. The attack took place on Sunday in the village of Kasenyi, near Bunia.",
  }).events;
  assert.equal(refined.length, 1);
  assert.equal(refined[0]!.event_date, "2023-10-08");
  assert.equal(refined[0]!.time_precision, 1);
});

test("a bombing named as a noun is an event; an offensive being prepared and a bombing of last year are not", () => {
  assert.equal(onlyEvent("Sunday's bombing in Gao, which killed nine people, was the third this month.").sub_event_type, "Remote explosive/landmine/IED");
  assert.equal(onlyEvent("The aerial bombing of Gao on Sunday killed nine people.").sub_event_type, "Air/drone strike");
  const none = (text: string) => assert.equal(extractArticle({ id: "n", published: PUBLISHED, text }).events.length, 0, text);
  none("The army said it was preparing an offensive to retake Gao.");
  none("Last year, a bombing at a mosque inside a police compound in Peshawar killed more than 80 people.");
  const lead = extractArticle({ id: "l", published: PUBLISHED, text: "Armenia said on Wednesday that 15 of its soldiers had been killed in the heaviest fighting on its border since last year's war." }).events;
  assert.equal(lead.length, 1, "'last year's war' names a past war, it does not date the fighting");
});

test("a place named as the scene outweighs the attacker's demonym: a Russian missile in Dnipro is placed in Ukraine", () => {
  const dnipro = onlyEvent("A Russian missile struck an apartment block in Dnipro on Sunday, killing nine people.");
  assert.equal(dnipro.location, "Dnipro");
  assert.equal(dnipro.country, "Ukraine");
  assert.match(dnipro.actor1, /^Military Forces of Russia/);
  assert.match(dnipro.actor2 ?? "", /^Civilians \(Ukraine\)/, "the people a strike kills are civilians unless the text says they fought");
  const belgorod = onlyEvent("Ukrainian drones hit an oil depot in Belgorod on Sunday.");
  assert.equal(belgorod.country, "Russia");
  assert.match(belgorod.actor1, /^Military Forces of Ukraine/);
});

test("the post or unit attacked names the other side of a clash", () => {
  const station = onlyEvent("Viv Ansanm gang members attacked a police station in Mirebalais on Sunday.");
  assert.match(station.actor2 ?? "", /^Police Forces of Haiti/);
  const base = onlyEvent("ISWAP fighters attacked a military base in Malam Fatori on Sunday.");
  assert.match(base.actor2 ?? "", /^Military Forces of Nigeria/);
  assert.equal(onlyEvent("An army base in Beledweyne was attacked by al-Shabaab on Sunday, officials said.").sub_event_type, "Armed clash");
});

test("state forces killing fighters is a clash, and 'police said' or 'the army said' is a source, not a party to the fight", () => {
  const run = (text: string) => extractArticle({ id: "s", published: PUBLISHED, outlet: "Desk Wire", text }).events;
  const [raid] = run("Soldiers killed 40 militants near Gao on Sunday, the army said.");
  assert.equal(raid?.sub_event_type, "Armed clash");
  assert.match(raid!.actor1, /^Military Forces of Mali/);
  assert.match(raid!.source, /Military Forces of Mali/);
  assert.equal(raid!.verification, "claimed", "the army's word on its own operation is a party's claim");
  const [told] = run("Gunmen killed six villagers in Gao on Sunday, the army said.");
  assert.equal(told?.sub_event_type, "Attack", "who told it does not make killed villagers a battle");
  assert.match(told!.source, /Military Forces of Mali/);
  const [police] = run("Gunmen killed six villagers in Gao on Sunday, police said.");
  assert.match(police!.source, /Police Forces of Mali/, "with no country named, the town's country tells whose police spoke");
  const [unverified] = run("The army said it killed 40 militants in air strikes near Gao on Sunday; the claim could not be independently verified.");
  assert.equal(unverified?.verification, "claimed", "'could not be independently verified' is no verification");
});

test("the accused side rejecting an accusation in the next sentence disputes the event", () => {
  const [e] = extractArticle({ id: "d", published: PUBLISHED, outlet: "Desk Wire", text: "Residents said soldiers killed 12 civilians in Gao on Sunday. The army rejected the accusation." }).events;
  assert.equal(e?.verification, "disputed");
  assert.ok(e!.claims.some((c) => c.stance === "denies" && /Military Forces of Mali/.test(c.source)));
});
