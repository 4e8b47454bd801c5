// A behavioural checklist for how a happening is framed: the same wire sentence told as news, as a
// forecast, threat, plan, hypothesis, question, verdict or history, denied, claimed by a side, or
// attributed to a monitor, a ministry or witnesses. Each row is what a careful ACLED coder would code.
// The sentences are invented for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "./index.js";
import { PUBLISHED } from "./checklist-testing.js";
import type { Event } from "../event.js";

const run = (text: string) => extractArticle({ id: "m", published: PUBLISHED, outlet: "Desk Wire", text }).events;

/** The one event of `text` (the outlet is "Desk Wire"). */
function one(text: string): Event {
  const events = run(text);
  assert.equal(events.length, 1, `one event expected from: ${text}\ngot: ${events.map((e) => e.sub_event_type).join(", ") || "none"}`);
  return events[0]!;
}

function none(text: string): void {
  const events = run(text);
  assert.equal(events.length, 0, `no event expected from: ${text}\ngot: ${events.map((e) => e.sub_event_type).join(", ")}`);
}

const claimed = (e: Event, source: RegExp, stance: string) => e.claims.some((c) => source.test(c.source) && c.stance === stance);

test("a threat, a vow, a warning, a forecast or a plan is no event, whatever day it was spoken on", () => {
  for (const text of [
    "Al-Shabaab threatened to attack police stations in Beledweyne.",
    "The rebels threatened on Sunday to attack Goma if the army did not withdraw.",
    "The rebels vowed on Sunday to retake Gao.",
    "The army vowed to retake Kidal from the separatists, a spokesman said on Sunday.",
    "Officials in Bunia warned on Sunday of attacks on villages ahead of the vote.",
    "The UN warned that fighting could spread to Goma.",
    "The army is expected to launch an offensive to retake Gao next week.",
    "Rebels are expected to attack Goma within days, officials said on Sunday.",
    "The army plans to bomb rebel positions near Gao, a commander said on Sunday.",
    "The army is preparing to retake Gao, officials said on Sunday.",
    "Troops are preparing an assault on rebel-held Kidal, a commander said.",
    "Militants could attack Bunia at any moment, the governor said on Sunday.",
    "Militants may attack polling stations in Bunia, police said on Sunday.",
    "A strike on the dam would kill thousands of people in Mosul, the governor said on Sunday.",
    "Fears of an attack on Bunia grew on Sunday as rebels massed nearby.",
    "Analysts expect the rebels to capture Goma within weeks.",
    "There is a high risk of attacks on civilians in Bunia, the UN said on Sunday.",
  ]) none(text);
});

test("a conditional, a counterfactual, an order or a demand is no event", () => {
  for (const text of [
    "If the talks fail, the rebels will attack Goma, a spokesman said on Sunday.",
    "If talks collapse, troops would storm the town of Kidal, a minister said.",
    "Rebels said they would attack Goma unless the army withdrew.",
    "Had the army not intervened, rebels would have seized Goma, the governor said.",
    "The president called on the army to retake Kidal.",
    "The president ordered the army to retake Kidal, state media reported on Sunday.",
    "Residents demanded that the army retake Kidal.",
    "The governor demanded that troops attack the bandits' camps near Gusau.",
    "The UN urged the rebels not to attack Goma.",
  ]) none(text);
});

test("a negated or failed happening is no event, but the fighting around a failed attempt is", () => {
  for (const text of [
    "No attacks were reported in Bunia on Sunday, police said.",
    "The army did not bomb the village of Kasenyi on Sunday, a spokesman said.",
    "There was no fighting in Goma on Sunday, residents said.",
    "Rebels failed to capture the town of Kidal on Sunday, the army said.",
  ]) none(text);
  assert.equal(one("Rebels failed to capture the town of Kidal on Sunday after heavy fighting with the army.").sub_event_type, "Armed clash");
  assert.equal(one("Gunmen failed to overrun a police station in Jos on Sunday after a two-hour gun battle with officers.").sub_event_type, "Armed clash");
});

test("an attack in which no one was hurt still happened", () => {
  assert.equal(one("A bomb exploded outside a bank in Mogadishu on Sunday, but no one was hurt, police said.").sub_event_type, "Remote explosive/landmine/IED");
  assert.equal(one("Gunmen attacked a police post in Jos on Sunday; no one was hurt.").sub_event_type, "Armed clash");
  assert.equal(one("A rocket hit an empty school in Kharkiv on Sunday, causing no casualties, officials said.").sub_event_type, "Shelling/artillery/missile attack");
});

test("a planned, called-for or coming protest is no protest", () => {
  for (const text of [
    "Police banned a planned protest on Friday in Kampala, a spokesman said.",
    "Opposition leaders called off a planned protest in Kampala, citing security fears.",
    "Protesters will march through Kampala on Friday, organisers said.",
    "Teachers will march on parliament in Nairobi next week over unpaid salaries, their union said.",
    "Unions called for a general strike in Lagos on Monday.",
    "Traders called for a strike in Kano to protest new taxes, a union official said.",
    "Students plan to protest in Dhaka on Thursday against the quota system.",
    "Thousands are expected to protest in Nairobi on Tuesday against the finance bill.",
  ]) none(text);
});

test("a question, a verdict or history told on its own is no new event", () => {
  for (const text of [
    "Who attacked the police station in Jos?",
    "Did the army bomb the village of Kasenyi?",
    "A military court convicted two soldiers on Sunday of killing 12 civilians in Gao last year.",
    "A court in Bamako on Sunday sentenced three men to death for an attack that killed 20 people at a hotel in 2015.",
    "The village was the scene of an attack that killed 160 people in 2019.",
    "In 2019, gunmen killed 160 villagers in Ogossagou.",
    "Sunday marked the anniversary of an attack that killed 40 people in Ogossagou.",
    "A year after rebels seized Kidal, the army remains outside the town.",
    "It was the deadliest attack in Bunia since gunmen killed 40 people there in March 2022.",
    "Governor Jane Doe said on Sunday that gunmen had killed 40 villagers in Bunia in 2021.",
    "Interior Minister John Moe recalled that rebels seized Kidal in 2012.",
  ]) none(text);
});

test("the news told beside history, a warning or a vow of revenge is still the news, and only it", () => {
  const worst = one("Gunmen killed 30 villagers near Bunia on Sunday in the worst attack since the army retook the area in 2021.");
  assert.equal(worst.sub_event_type, "Attack", "a 'since' clause's history does not swallow the news told before it");
  assert.equal(worst.fatalities, 30);
  assert.equal(one("Gunmen killed six villagers in Bunia on Sunday, a year after an attack that killed 40 people in the same area.").sub_event_type, "Attack");
  assert.equal(one("Police warned of more attacks after a roadside bomb killed five people at a market in Mogadishu on Sunday.").sub_event_type, "Remote explosive/landmine/IED");
  assert.equal(one("The army vowed revenge after gunmen killed six soldiers in Gao on Sunday.").event_date, "2023-10-08");
  assert.equal(one("An air strike may have killed up to 20 people in Saada on Sunday, a local official said.").sub_event_type, "Air/drone strike");
});

test("a denial keeps the event, disputed, with the denier's 'denies' claim", () => {
  const rows: [string, RegExp][] = [
    ["The army denied carrying out an air strike that residents said killed 12 people in Gao on Sunday.", /^Military Forces of Mali/],
    ["The RSF rejected claims that its fighters killed 20 villagers in El Fasher on Sunday.", /^Rapid Support Forces/],
    ["The army dismissed as fabricated reports that soldiers killed 12 civilians in Gao on Sunday.", /^Military Forces of Mali/],
    ["Residents said soldiers killed 12 civilians in Gao on Sunday. The army denied the report.", /^Military Forces of Mali/],
    ["Rebels said they killed two soldiers in an ambush near Sugapa on Sunday, a claim the military denied.", /^Military Forces of Indonesia/],
  ];
  for (const [text, denier] of rows) {
    const e = one(text);
    assert.equal(e.verification, "disputed", text);
    assert.equal(e.modality, "denied", text);
    assert.ok(claimed(e, denier, "denies"), `${text}\nclaims: ${JSON.stringify(e.claims)}`);
  }
});

test("a side's word on its own act is a claim naming that side; an outlet that could not confirm it confirms nothing", () => {
  const army = one("The army said it had killed 40 militants near Gao on Sunday.");
  assert.equal(army.verification, "claimed");
  assert.match(army.source, /Military Forces of Mali/);
  for (const [text, group] of [
    ["Al-Shabaab claimed responsibility for a bombing that killed five soldiers in Mogadishu on Sunday.", /Shabaab/i],
    ["A suicide bomber killed 12 people at a market in Maiduguri on Sunday. Boko Haram claimed responsibility for the attack.", /Boko Haram|Jama/i],
    ["Gunmen killed 10 soldiers near Menaka on Sunday. JNIM claimed the attack in a statement.", /JNIM|Jama/i],
    ["A car bomb killed 15 people in Mogadishu on Sunday. Al-Shabaab said it was behind the attack.", /Shabaab/i],
  ] as [string, RegExp][]) {
    const e = one(text);
    assert.match(e.source, group, text);
    assert.match(e.actor1, group, text);
    assert.ok(claimed(e, group, "claims"), `${text}\nclaims: ${JSON.stringify(e.claims)}`);
  }
  const unconfirmed = one("Rebels said they shot down a helicopter near Gao on Sunday; Reuters could not independently confirm the claim.");
  assert.equal(unconfirmed.verification, "claimed", "'could not confirm the claim': the claim is a noun, Reuters asserts nothing");
  assert.ok(!claimed(unconfirmed, /Reuters/, "asserts"));
});

test("who told it is named in source: monitors, the UN, rights groups, local and state media, medics, witnesses", () => {
  const rows: [string, RegExp][] = [
    ["Turkish drones killed four SDF fighters near Qamishli on Sunday, according to the Syrian Observatory for Human Rights.", /Syrian Observatory/],
    ["Gunmen killed 14 displaced people in Djugu on Sunday, according to OCHA.", /OCHA|Coordination of Humanitarian Affairs/],
    ["Militiamen killed 22 civilians near Bunia on Sunday, the United Nations said.", /United Nations/],
    ["Soldiers shot dead five men in Gao on Sunday, according to Amnesty International.", /Amnesty/],
    ["Security forces killed eight protesters in Conakry on Sunday, Human Rights Watch said.", /Human Rights Watch/],
    ["Gunmen killed 12 villagers near Bunia on Sunday, according to ACLED.", /ACLED|Armed Conflict Location/],
    ["Gunmen killed 12 villagers near Bunia on Sunday, according to local media.", /local media/],
    ["Gunmen killed 12 villagers near Bunia on Sunday, according to residents.", /residents/],
    ["An air strike killed nine people in Saada on Sunday, according to a hospital source.", /medical/],
    ["An air strike killed nine people in Saada on Sunday, a doctor at the city's hospital said.", /medical/],
    ["Rebels killed five soldiers near Gao on Sunday, state media reported.", /Malian State Media/],
    ["Rebels killed five soldiers near Gao on Sunday, state television reported.", /Malian State Media/],
    ["State media reported that an Israeli strike killed three people in Damascus on Sunday.", /Syrian State Media/],
    ["An Israeli strike killed 12 people in Khan Younis on Sunday, the health ministry said.", /Health Ministry/],
    ["Soldiers fired on protesters in Khartoum on Sunday, killing three, witnesses told Reuters.", /witnesses/],
    ["A roadside bomb killed four soldiers near Gao on Sunday, according to a security source.", /security sources/],
  ];
  for (const [text, source] of rows) assert.match(one(text).source, source, text);
  assert.equal(one("Gunmen killed 12 villagers near Bunia on Sunday, according to local media.").verification, "reported");
  assert.equal(one("Rebels killed five soldiers near Gao on Sunday, state media reported.").verification, "claimed", "state media speak for a side");
  assert.doesNotMatch(one("An Israeli strike killed three people in Damascus on Sunday, the state news agency SANA reported.").source, /State Media/, "a state outlet named where it is described is that outlet");
});

test("the plain tellings the framings above vary are events: a bomb that killed, gunmen who opened fire on villagers", () => {
  const bomb = one("A bomb killed five people at a market in Mogadishu on Sunday, a police spokesman said.");
  assert.equal(bomb.sub_event_type, "Remote explosive/landmine/IED");
  assert.match(bomb.source, /Police/);
  assert.equal(one("Gunmen opened fire on villagers in Jos on Sunday, killing four.").sub_event_type, "Attack");
  assert.equal(one("Gunmen opened fire on farmers near Jos on Sunday, killing four.").sub_event_type, "Attack");
});
