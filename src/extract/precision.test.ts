// What is NOT an event, or not one more event: statements, recaps, causes and retellings.
// Texts here are written for the tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "./index.js";
import type { Event } from "../event.js";
import { cueRules, inContext } from "./cues.js";
import { buildContext } from "./context.js";
import { findMentions } from "./mentions.js";

const run = (text: string, published = "2024-03-14") => extractArticle({ id: "t", text, published, outlet: "Test Wire" }).events;
const where = (events: Event[]) => events.map((e) => `${e.sub_event_type}@${e.location}/${e.event_date}`).join(", ") || "none";

test("the place where someone spoke is not the scene of what they said", () => {
  const events = run(
    "Russian artillery shelled a market in Kherson, Ukraine, on Tuesday, killing two people, regional officials said.\n\n" +
      "Speaking in Kyiv on Wednesday, the defence minister said Ukrainian troops were fighting with one hand tied.",
  );
  assert.ok(!events.some((e) => e.location === "Kyiv"), where(events));
});

test("an arrest of a named person stays an arrest even after a sentence about protests", () => {
  const events = run(
    "Thousands of opposition supporters marched through Lahore on Monday.\n\nOn Tuesday, paramilitary Rangers detained Sharif outside a court in Islamabad, his party said.",
  );
  assert.ok(events.some((e) => e.sub_event_type === "Arrests"), where(events));
});

test("a day that is only when a claim was made does not split the happening it claims", () => {
  const events = run(
    "Rebels said on Wednesday they had taken control of the town of Bunia after two days of fighting with the army.\n\n" +
      "Fighters entered Bunia late on Monday and pushed the army out of the centre, residents said.",
  );
  assert.equal(events.filter((e) => e.event_type === "Battles").length, 1, where(events));
});

test("a bombing retold in a quote as a massacre is the same bombing", () => {
  const events = run(
    "MOGADISHU — A car bomb exploded outside a busy hotel in Mogadishu on Tuesday, killing 20 people, police said. Al-Shabaab claimed the attack.\n\n" +
      "Residents said the street was crowded with traders. Ambulances took the wounded to hospital.\n\n" +
      "The mayor visited the scene in the evening. \"Our people who were massacred were ordinary traders,\" he said.",
  );
  assert.equal(events.length, 1, where(events));
});

test("a sentence adverb before a comma is no appositive hiding the cue", () => {
  const events = run("Russian shelling killed two people in Kherson, Ukraine, on Tuesday.\n\nSeparately, a Russian drone hit a house in the city of Sumy late on Tuesday, injuring one person, officials said.");
  assert.ok(events.some((e) => e.location === "Sumy"), where(events));
});

test("what happened 'in recent weeks' is a summary, not an event", () => {
  const events = run("Rebels captured the town of Lashio on Saturday, the group said.\n\nResidents said air strikes on the city had killed civilians in recent weeks.", "2024-08-05");
  assert.ok(!events.some((e) => e.sub_event_type === "Air/drone strike"), where(events));
});

test("a loosely dated recap with no place of its own is history, not another event", () => {
  const events = run(
    "Police fired tear gas at protesters in Nairobi on Tuesday as parliament voted on a tax bill.\n\nThe protests, organised online by young people, began last week.",
    "2024-06-26",
  );
  assert.equal(events.length, 1, where(events));
  assert.equal(events[0]!.event_date, "2024-06-25");
});

test("the cause a report names in passing is not an event of its own", () => {
  const events = run("Security forces opened fire on protesters in Zahedan on Friday, killing 30 people. Local anger had been stoked by the alleged rape of a girl by an officer.", "2022-10-01");
  assert.ok(!events.some((e) => e.sub_event_type === "Sexual violence"), where(events));
});

test("pulling out of a deal is no withdrawal from territory", () => {
  const events = run(
    "ODESA, Ukraine — Moscow pulled out of the Black Sea grain deal with Ukraine on Monday, the Kremlin said, and warned that ships sailing to Odesa would be treated as military targets.",
    "2023-07-18",
  );
  assert.deepEqual(events, []);
});

test("a crowd entering a building is a riot, not a capture", () => {
  const events = run("Crowds overwhelmed police lines and entered the parliament building in Nairobi on Tuesday, setting part of it on fire.", "2024-06-26");
  assert.ok(events.length > 0 && events.every((e) => e.event_type !== "Battles"), where(events));
});

test("a police raid on a home to detain someone is the arrest, not a fight", () => {
  const events = run("Turkish police detained the mayor of Istanbul in a dawn raid on his home on Wednesday, state media said.", "2025-03-20");
  assert.ok(!events.some((e) => e.event_type === "Battles"), where(events));
});

test("calling something a coup is a statement, not a change to a group", () => {
  const rule = cueRules().find((r) => r.rule.id === "coup")!.rule;
  assert.equal(inContext(rule, "the opposition party called the detention of its leader a coup against democracy"), null);
  assert.notEqual(inContext(rule, "the army seized power in a coup on Monday"), null);
});

test("a truce that took hold is no territory taken", () => {
  const events = run("A truce took hold in Gaza on Friday morning, and hostages were driven through the Rafah crossing into Egypt.", "2023-11-25");
  assert.ok(!events.some((e) => e.event_type === "Battles"), where(events));
});

test("a car-ramming attack on pedestrians is violence against civilians", () => {
  const events = run("A man rammed his car into pedestrians at a bus stop in Tel Aviv, Israel, on Tuesday, wounding seven people, police said.", "2023-07-05");
  assert.ok(events.some((e) => e.sub_event_type === "Attack" && e.location === "Tel Aviv"), where(events));
});

test("the day a death toll rose is not the day of the attack", () => {
  const events = run(
    "The death toll from a suicide bombing at a mosque in Peshawar rose to 90 on Tuesday, officials said.\n\nThe bomber blew himself up among worshippers during prayers on Monday.",
    "2023-01-31",
  );
  assert.equal(events.length, 1, where(events));
  assert.equal(events[0]!.event_date, "2023-01-30");
});

test("a raid on a school to carry off its pupils is one abduction", () => {
  const events = run(
    "Gunmen attacked a boarding school in the town of Dapchi on Monday evening, residents said. Teachers said the attackers arrived in trucks.\n\n" +
      "By Wednesday, officials confirmed the abduction of more than 100 girls.",
    "2018-02-22",
  );
  assert.equal(events.length, 1, where(events));
});

test("a town named right after a lead placed only at a region refines it, however far the region's capital", () => {
  const events = run(
    "A military air strike on a village in Myanmar's Sagaing region killed at least 50 people, witnesses and local media reported on Wednesday.\n\n" +
      "The crowd had gathered in a village of Kanbalu township at about 9 a.m. on Tuesday, a witness said.",
    "2023-04-12",
  );
  assert.equal(events.length, 1, where(events));
  assert.equal(events[0]!.location, "Kanbalu");
  assert.equal(events[0]!.event_date, "2023-04-11"); // the day it was reported is only an upper bound
});

test("a site's own line (\"Read more: ...\") is not the story", () => {
  const events = run(
    "Russian forces shelled Kharkiv overnight, killing one person, the regional governor said on Tuesday. Read more: How the counteroffensive unfolded",
    "2022-09-20",
  );
  assert.equal(events.length, 1, where(events));
});

test("a campaign 'launched earlier this month' retold after the day's news is not one more event", () => {
  const events = run(
    "Russian forces shelled Kharkiv, Ukraine, overnight, killing one person, the regional governor said on Tuesday. " +
      "Ukraine's counteroffensive, launched earlier this month, has retaken more than 8,000 square kilometres, Kyiv says.",
    "2022-09-20",
  );
  assert.equal(events.length, 1, where(events));
});

test("protests told as the history behind a resignation are not an event on the day of the resignation", () => {
  const events = run("Kenya's police chief resigned in Nairobi on Friday after weeks of protests in which more than 40 people were killed, rights groups said.", "2024-07-02");
  assert.deepEqual(events, [], where(events));
});

test("a report framed as an anniversary codes none of the history it recalls", () => {
  const events = run(
    "LYSYCHANSK, Ukraine — Two years after Russian forces seized this river town, former residents gathered in Dnipro on Thursday to remember the dead.\n\n" +
      "Officials say more than 300 civilians were killed in the town during the months of fighting.",
  );
  assert.equal(events.length, 0, where(events));
});

test("a campaign's start and its running toll are background, not events", () => {
  const events = run(
    "Rebel forces said on Wednesday they had taken full control of the town of Kalemie.\n\n" +
      "The governor said 30 civilians had been killed in the province since the rebel advance began.\n\n" +
      "The rebel offensive began on March 6.",
  );
  assert.ok(!events.some((e) => e.event_date === "2024-03-06"), where(events));
  assert.equal(events.length, 1, where(events));
});

test("an attack named only as the justification of a strike is no event, unless given a day of its own", () => {
  const justified = run(
    "An air strike hit a wedding party in the Yemeni city of Taiz on Tuesday, killing 12 people, medics said.\n\n" +
      "The coalition said it was targeting fighters responsible for a rocket fired at the Saudi city of Khamis Mushait the day before.",
  );
  assert.ok(!justified.some((e) => e.location === "Khamis Mushait"), where(justified));
  const dated = run(
    "An air strike hit a wedding party in the Yemeni city of Taiz on Tuesday, killing 12 people, medics said.\n\n" +
      "The coalition said it was targeting fighters responsible for a rocket fired at the Saudi city of Khamis Mushait on Monday night, which it said killed a guard.",
  );
  assert.ok(dated.some((e) => e.location === "Khamis Mushait"), where(dated));
});

test("a quote that carries on an analyst's words is still commentary", () => {
  const events = run(
    "Gunmen attacked villagers near Gao on Tuesday, killing 20 people, officials said.\n\n" +
      "\"Every raid like this feeds the militias,\" said a researcher at a think tank. \"That means more fighting in the hills, not less.\"",
  );
  assert.ok(!events.some((e) => e.sub_event_type === "Armed clash"), where(events));
});

test("prisoners ordered to be handed over is no change of territory", () => {
  const events = run(
    "A military court in Kano convicted 40 people on Monday and ordered 200 others to be handed over to their families, the ministry said.",
  );
  assert.equal(events.length, 0, where(events));
});

test("a march the lead calls a march but that was shot at is coded as force against protesters", () => {
  const events = run(
    "Thousands of people marched through Bamako on Friday against the junta, witnesses said.\n\n" +
      "Soldiers fired on the protesters near the central bridge, killing three people, a hospital source said.",
  );
  assert.ok(events.some((e) => e.sub_event_type === "Excessive force against protesters"), where(events));
  assert.ok(!events.some((e) => e.sub_event_type === "Peaceful protest"), where(events));
});

test("troops raiding a village is an attack on it, not a clash: who attacks does not make it a battle", () => {
  const events = run(
    "Army helicopters fired on a market in a village near Monywa, Myanmar, on Tuesday, killing nine people, residents said.\n\nTroops then landed and raided the village.",
  );
  assert.ok(!events.some((e) => e.sub_event_type === "Armed clash"), where(events));
  assert.ok(events.some((e) => e.sub_event_type === "Air/drone strike"), where(events));
});

test("a bomb on the road and the passengers taken from the bus are one event", () => {
  const events = run(
    "Gunmen blew up a bridge and attacked a bus near Zaria, Nigeria, on Monday, killing four people, police said.\n\nRelatives said 20 passengers were missing.",
  );
  assert.equal(events.length, 1, where(events));
});

test("a helicopter that came under fire is an event", () => {
  const events = run("A military helicopter came under fire near Malakal, South Sudan, on Tuesday, killing two crew members, the army said.");
  assert.equal(events.length, 1, where(events));
});

test("where the officials who told of a strike sit is not where it hit", () => {
  const events = run(
    "HODEIDAH, Yemen — French and Italian warplanes struck rebel radar sites in Yemen on Tuesday, officials in Paris and Rome said.",
  );
  assert.ok(!events.some((e) => e.location === "Paris" || e.location === "Rome"), where(events));
});

test("'to rally support' is no rally", () => {
  const events = run("A rocket hit the port of Mukalla, Yemen, on Tuesday, killing two guards. The rebels accused the government of staging the attack to rally support.");
  assert.ok(!events.some((e) => e.event_type === "Protests"), where(events));
});

test("looting told with the riot or the raid is part of it, not one more event", () => {
  const riot = run("Protesters in Mombasa, Kenya, looted shops and set fire to a kiosk on Monday, police said.", "2024-03-12");
  assert.ok(!riot.some((e) => e.sub_event_type === "Looting/property destruction"), where(riot));
  const raid = run("Gunmen opened fire on residents of a village near Damboa, Nigeria, on Monday and burned homes, killing 30 people, officials said.", "2024-03-12");
  assert.ok(!raid.some((e) => e.sub_event_type === "Looting/property destruction"), where(raid));
});

test("a raid that killed dozens and took a few away is an attack, not an abduction", () => {
  const events = run(
    "Gunmen killed at least 40 villagers in a raid near Damboa, Nigeria, on Monday, officials said.\n\nSix people were abducted, including the village head.",
    "2024-03-12",
  );
  assert.ok(events.some((e) => e.sub_event_type === "Attack"), where(events));
  assert.ok(!events.some((e) => e.sub_event_type === "Abduction/forced disappearance"), where(events));
});

test("a march to demand the release of detainees is no arrest", () => {
  const events = run("In Kismayo, Somalia, on Thursday, hundreds of people marched to demand the release of relatives detained by security forces.", "2024-03-15");
  assert.ok(!events.some((e) => e.sub_event_type === "Arrests"), where(events));
});

test("a present-perfect summary of towns taken over months is background", () => {
  const events = run(
    "A drone struck a convoy near Jowhar, Somalia, on Tuesday, killing four fighters, the army said.\n\nGovernment troops have retaken dozens of towns and villages in Hiraan since last year.",
  );
  assert.ok(!events.some((e) => e.event_type === "Battles"), where(events));
});

test("an alleged crime reported as the spark of a protest is background", () => {
  const events = run(
    "Police fired tear gas at protesters in Multan, Pakistan, on Friday. The protest was sparked by reports that a police officer had raped a girl in Bahawalpur.",
    "2024-03-16",
  );
  assert.ok(!events.some((e) => e.sub_event_type === "Sexual violence"), where(events));
});

test("weapons seized or a war's running toll are no shelling and no new fighting", () => {
  const events = run(
    "Government forces recaptured the town of Tarhuna, Libya, on Wednesday, officials said. They said they had seized ammunition depots and anti-tank missiles left behind by the rebels.\n\n" +
      "The fighting around the capital has since killed more than 500 people.",
    "2024-03-14",
  );
  assert.ok(!events.some((e) => e.sub_event_type === "Shelling/artillery/missile attack"), where(events));
  assert.equal(events.length, 1, where(events));
});

test("what a relative clause says an actor declared is a reference, not news", () => {
  const events = run(
    "Militiamen took control of the town of Debre Tabor, Ethiopia, on Wednesday, residents said.\n\nThe government, which declared a state of emergency in the region last week, said order would be restored.",
    "2024-03-14",
  );
  assert.ok(!events.some((e) => e.sub_event_type === "Change to group/activity"), where(events));
});

test("'during the fighting' told later of a siege retells the siege, without re-typing it", () => {
  const events = run(
    "MOGADISHU — Gunmen stormed a hotel in Mogadishu, Somalia, on Friday, killing 15 people, police said.\n\n" +
      "Police said the attack began with a car bomb at the gate.\n\nWitnesses said part of the building collapsed during the fighting.",
  );
  assert.equal(events.length, 1, where(events));
});

test("an attack on a military base and soldiers killed are a battle", () => {
  const events = run("Jihadists killed 30 soldiers in an attack on an army base near Diffa, Niger, on Monday, the defence ministry said.", "2024-03-12");
  assert.ok(events.some((e) => e.event_type === "Battles"), where(events));
});

test("assailants who stormed a company's premises attacked it", () => {
  const events = run("Two assailants armed with rifles stormed the offices of a newspaper in Karachi, Pakistan, on Monday, killing three employees, police said.", "2024-03-12");
  assert.equal(events.length, 1, where(events));
});

test("a strike a foreign air force made in another country is not placed at a town of its own country", () => {
  const events = run("ANKARA — Turkish warplanes struck militant targets in Iraq on Wednesday, hours after a bombing near Ankara killed two police officers, the ministry said.");
  assert.ok(!events.some((e) => e.sub_event_type === "Air/drone strike" && e.country === "Turkey"), where(events));
});

test("the army's own version of a massacre it is accused of is the same event, told paragraphs later", () => {
  const events = run(
    "GAO, Mali — Soldiers killed at least 25 civilians in the village of Ansongo on Sunday, residents said.\n\n" +
      "Witnesses said the troops arrived at dawn. Several houses were burned. Residents fled to the hills. Aid groups called for an inquiry.\n\n" +
      "An army spokesman said soldiers had carried out an operation against terrorists and that no civilians were harmed.",
    "2024-03-12",
  );
  assert.equal(events.length, 1, where(events));
});

test("an unnamed 'gang' and the gang the report names are one perpetrator", () => {
  const events = run(
    "Gang members killed at least 40 people in an attack on the town of Mirebalais, Haiti, on Thursday, officials said.\n\nGunmen armed with rifles stormed the town before dawn and shot residents in their homes.",
    "2024-03-16",
  );
  assert.equal(events.length, 1, where(events));
});

test("'with the aim of seizing power' takes no territory", () => {
  const events = run("The minister accused the protesters in Conakry, Guinea, of an insurrection with the aim of seizing power, and announced a curfew in the capital.", "2024-03-16");
  assert.ok(!events.some((e) => e.event_type === "Battles"), where(events));
});

test("homes looted, told with nothing of its own after a town was retaken, is the battle's damage", () => {
  const events = run(
    "Government troops recaptured the town of Palma, Mozambique, from insurgents on Sunday after heavy fighting, the army said.\n\nThe port was badly damaged, and many homes were looted or burned.",
    "2024-03-12",
  );
  assert.ok(!events.some((e) => e.sub_event_type === "Looting/property destruction"), where(events));
});

test("a day name opening a sentence is no name with an appositive: the event after it is read", () => {
  const events = run(
    "Ministers met in the capital on Tuesday to discuss the budget.\n\n" +
      "On Wednesday, a roadside bomb struck a police truck near Garissa, killing three officers, police said.",
  );
  assert.ok(events.some((e) => e.sub_event_type === "Remote explosive/landmine/IED" && e.location === "Garissa"), where(events));
});

test("armed men burning a school is property destruction, a beheading an attack, a raid on a police post a battle", () => {
  const subs = (text: string) => run(text).map((e) => e.sub_event_type);
  assert.ok(subs("Gunmen on Monday set fire to a primary school in Kumbo, residents said.").includes("Looting/property destruction"));
  assert.ok(subs("On Tuesday, militants beheaded three farmers near Pemba, local officials said.").includes("Attack"));
  assert.ok(subs("On Monday night, militants attacked a police post in Bannu with rockets, police said.").includes("Armed clash"));
});

test("a 'since' date starts a war told in passing; the strike beside it takes its own day", () => {
  const events = run(
    "In North Darfur, where the army has fought the Rapid Support Forces since January, a drone strike hit a busy market near Kutum in the north of the state on Tuesday, killing six civilians, residents said.",
  );
  assert.ok(events.some((e) => e.sub_event_type === "Air/drone strike" && e.event_date === "2024-03-12"), where(events));
});

test("the victims of a known happening, named in passing, are no new attack", () => {
  const events = run("Relatives of the 40 villagers killed at the market in Kutum gathered there on Tuesday to pray, and asked for a trial.");
  assert.ok(!events.some((e) => e.sub_event_type === "Attack"), where(events));
});

test("rallies called for a day after publication are a plan, not a protest", () => {
  const events = run("The opposition called its supporters to rallies in Lahore and Karachi next Sunday, its leader said on Wednesday.");
  assert.ok(!events.some((e) => e.event_type === "Protests"), where(events));
});

test("fighting that 'has not resumed' is no fighting", () => {
  const events = run("Talks in Muscat ended on Tuesday. The truce expired in October, but heavy fighting has largely not resumed along the front.");
  assert.ok(!events.some((e) => e.sub_event_type === "Armed clash"), where(events));
});

test("a clause without a day in a sentence told of long ago takes that past, not the report's day", () => {
  const events = run(
    "Delegations met in Muscat on Tuesday to discuss a truce.\n\n" +
      "Before that, the coalition carried out hundreds of air strikes, including a 2019 strike on a wedding, and the rebels fired rockets at border towns.",
  );
  assert.ok(!events.some((e) => e.event_type === "Explosions/Remote violence"), where(events));
});

test("a toll told for a time long past is not the toll of today's event", () => {
  const events = run(
    "A car bomb exploded outside a police station in Jamundi on Tuesday night, damaging buildings, police said.\n\n" +
      "Police said 30 officers were killed in the region in January alone.",
  );
  const bomb = events.find((e) => e.sub_event_type === "Remote explosive/landmine/IED");
  assert.ok(bomb, where(events));
  assert.equal(bomb!.fatalities, 0);
});

test("handing over files is no withdrawal", () => {
  const rule = cueRules().find((r) => r.rule.id === "territory.withdraw")!.rule;
  assert.equal(inContext(rule, "the president said the army had handed over all relevant files to investigators"), null);
  assert.notEqual(inContext(rule, "the army handed over the town to the rebels on Monday"), null);
});

test("what a court says a man had done, with no day of its own, is his record, not news", () => {
  const events = run(
    "A court in The Hague on Monday convicted a former militia commander of war crimes.\n\n" +
      "Judges said he had ordered and taken part in killings, rapes and looting in several villages of the region.",
  );
  assert.ok(!events.some((e) => e.sub_event_type === "Sexual violence" || e.sub_event_type === "Looting/property destruction"), where(events));
});

test("an offensive told in a 'since' clause is the background of the news, not news", () => {
  const events = run(
    "Russian missiles hit a printing house in Kharkiv on Tuesday, killing four workers, police said.\n\n" +
      "The city has faced daily air attacks since Russian forces opened a new offensive across the border this month.",
  );
  assert.ok(!events.some((e) => e.sub_event_type === "Armed clash"), where(events));
});

test("'during the fighting' points back at the fight already told, it is no second one", () => {
  const ctx = buildContext({
    id: "t",
    published: "2024-03-14",
    outlet: "Test Wire",
    text:
      "Masked gunmen opened fire on a police patrol near Zvecan in northern Kosovo on Sunday, killing an officer, police said.\n\n" +
      "The government in Belgrade denied any role. Monks at the monastery said they had locked themselves inside the church during the fighting.",
  });
  const live = findMentions(ctx).filter((m) => !m.drop);
  assert.equal(live.length, 1, live.map((m) => m.cue.text).join(", "));
});

test("the fighting people fled is what displaced them, not a battle the report tells", () => {
  const text = "HOMS, Syria — Many families who fled earlier fighting around Hama are living in schools with little clean water, aid workers said on Monday.";
  const ctx = buildContext({ id: "t", text, published: "2024-03-14" });
  assert.deepEqual(findMentions(ctx).filter((m) => !m.drop).map((m) => m.cue.text), []);
  assert.deepEqual(run(text), [], "no event");
});
