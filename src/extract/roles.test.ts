// Who did it and who says so: actor rules that reach beyond the cue's own clause.
// Texts here are written for the tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "./index.js";
import { EventSchema, type Event } from "../event.js";
import { findSpeakers } from "./attribution.js";

const run = (text: string, published = "2024-03-14", outlet = "Test Wire") => extractArticle({ id: "t", text, published, outlet }).events;
const first = (events: Event[], sub?: string) => {
  const e = sub ? events.find((x) => x.sub_event_type === sub) : events[0];
  assert.ok(e, `no ${sub ?? "event"} in ${events.map((x) => x.sub_event_type).join(", ") || "nothing"}`);
  EventSchema.parse(e);
  return e!;
};

test("a group that claims the attack in a later sentence is its actor1 and a claiming source", () => {
  const e = first(run(
    "MOGADISHU, Somalia — A car bomb exploded outside a busy restaurant in Mogadishu on Tuesday, killing at least nine people, police said.\n\n" +
      "Ambulances took dozens of wounded to hospital. Al Shabaab said one of its fighters had carried out the attack.",
  ));
  assert.equal(e.actor1, "Al Shabaab");
  assert.ok(e.claims.some((c) => c.source === "Al Shabaab" && c.stance === "claims"), JSON.stringify(e.claims));
  assert.ok(e.evidence.some((x) => x.field === "actor1" && x.text === "Al Shabaab"), "evidence span where the claimer is named");
});

test("the group the authorities blame in a later sentence is actor1 when the lead names none", () => {
  const e = first(run(
    "MAIDUGURI, Nigeria — Gunmen killed 12 villagers in an attack on a village near Konduga on Monday, residents said.\n\n" +
      "The attackers arrived on motorcycles and burned homes. Police blamed the attack on Boko Haram.",
  ));
  assert.match(e.actor1, /Boko Haram|Jama'atu/);
});

test("a party saying it carried out the strike owns it", () => {
  const e = first(run(
    "ADDIS ABABA — An air strike on a crowded market in the town of Edaga Hamus on Tuesday killed dozens of civilians, health workers said.\n\n" +
      "The military said it had targeted fighters hiding in the town.",
    "2021-06-25",
  ));
  assert.equal(e.actor1, "Military Forces of Ethiopia (2018-)");
});

test("no later sentence overrides a named perpetrator", () => {
  const e = first(run(
    "KYIV — Russian forces shelled the city of Kherson on Monday, killing three people, regional officials said.\n\n" +
      "Ukraine's military blamed the attack on Russia's 80th brigade. The city has been shelled almost daily.",
  ));
  assert.equal(e.actor1, "Military Forces of Russia (2000-)");
});

test("a monitor quoted in a follow-up sentence becomes a source of the event", () => {
  const e = first(run(
    "BEIRUT — Air strikes hit the town of Maarat al-Numan in Idlib province on Wednesday.\n\n" +
      "The Syrian Observatory for Human Rights said the strikes destroyed a school and a bakery.",
    "2019-07-25",
  ));
  assert.ok(e.source.includes("Syrian Observatory for Human Rights"), e.source);
  assert.ok(e.evidence.some((x) => x.field === "source" && x.text.includes("Syrian Observatory")), "evidence span for the later source");
});

test("a follow-up ends where another event is told: its speaker is not the first event's source", () => {
  const evs = run(
    "KABUL — A roadside bomb killed four soldiers in Helmand province on Sunday, officials said.\n\n" +
      "In a separate incident, gunmen abducted two aid workers in Kunduz on Sunday. Save the Children said its staff were missing.",
    "2019-05-13",
  );
  const ied = first(evs, "Remote explosive/landmine/IED");
  assert.ok(!ied.source.includes("Save the Children"), ied.source);
});

test("a weapon used by an unnamed hand (grenade, suicide bomb, IED, gas) has an unidentified armed group as actor1", () => {
  const e = first(run("NAIROBI — A grenade was thrown into a crowded bar in Nairobi's Eastleigh district on Saturday, killing two people, witnesses said.", "2024-03-17"));
  assert.equal(e.actor1, "Unidentified Armed Group (Kenya)");
});

test("a rocket fired from a country is fired by the armed group of that country the report names", () => {
  const e = first(run(
    "JERUSALEM — A rocket fired from Lebanon struck a house in the northern Israeli town of Kiryat Shmona on Tuesday, wounding two people, medics said. Hezbollah later said it had fired at an army post nearby.",
  ));
  assert.equal(e.actor1, "Hezbollah");
});

test("a country opening the clause after a dateline is the attacker", () => {
  const e = first(run("KURSK, Russia — Ukraine launched a drone attack on the city of Kursk overnight, damaging a power station, the regional governor said.", "2024-11-10"));
  assert.equal(e.actor1, "Military Forces of Ukraine (2019-)");
});

test("troops who withdraw and hand a base over to another force: the receiver is actor1", () => {
  const e = first(run("KIDAL, Mali — The last U.N. troops left the base in Kidal on Tuesday and handed it over to Malian security forces, officials said.", "2023-10-31"));
  assert.equal(e.actor1, "Military Forces of Mali (2021-)");
});

test("civilians named before a cue are never its subject", () => {
  const e = first(run("JUBA — Soldiers who stormed a compound used by aid workers in Juba on Monday raped several women, survivors said.", "2016-07-13"));
  assert.equal(e.actor1, "Military Forces of South Sudan (2011-)");
});

test("an agreement's parties are found wherever the sentence names them", () => {
  const e = first(run("MANILA — Government negotiators and the leaders of the Moro Islamic Liberation Front signed a peace agreement in Manila on Thursday.", "2014-03-28"));
  assert.equal(e.sub_event_type, "Agreement");
  assert.equal(e.actor1, "Moro Islamic Liberation Front");
});

test("'the military said' speaks for the state's forces", () => {
  const [s] = findSpeakers("The military said it had repelled the attack.", { country: "ML", date: "2023-01-01" });
  assert.equal(s?.name, "Military Forces of Mali (2021-)");
  assert.equal(s?.party, true);
  assert.equal(findSpeakers("Witnesses said the military fired.", { country: "ML" })[0]?.name, "witnesses");
});

test("source_scale joins the scales of the outlet and the organisations cited, in ACLED's order", () => {
  const e = first(run("DAMASCUS — Air strikes hit the town of Ariha in Idlib on Monday, killing five people, the Syrian Observatory for Human Rights said.", "2019-07-25", "Reuters"));
  assert.equal(e.source_scale, "National-International");
  const none = first(run("DAMASCUS — Air strikes hit the town of Ariha in Idlib on Monday, killing five people, witnesses said.", "2019-07-25", "Some Local Desk"));
  assert.equal(none.source_scale, ""); // an unknown outlet and informants tell no scale
});

test("countries listed as the clause's subject: the first is actor1, its partners are assoc_actor_1", () => {
  const e = first(run("SANAA, Yemen — The United States and Britain launched air strikes on Houthi targets in the city of Hodeidah on Thursday night, U.S. officials said.", "2024-01-12"));
  assert.match(e.actor1, /^Military Forces of the United States/);
  assert.match(e.assoc_actor_1, /^Military Forces of the United Kingdom/);
});

test("civilians, protesters and rioters carry the group they belong to as an associated actor", () => {
  const e = first(run("MEXICO CITY — Gunmen shot dead two journalists in the city of Culiacan on Monday, prosecutors said.", "2022-01-18"));
  assert.equal(e.actor2, "Civilians (Mexico)");
  assert.equal(e.assoc_actor_2, "Journalists (Mexico)");
  // a group that only speaks is a source, not the victims' group
  const s = first(run("MEXICO CITY — Gunmen shot dead two men in the city of Culiacan on Monday, doctors said.", "2022-01-18"));
  assert.equal(s.assoc_actor_2, "");
});

test("a bare truce binds the sides of the fighting told before it", () => {
  const evs = run(
    "TRIPOLI, Libya — Clashes between the Stability Support Apparatus and the Rada Special Deterrence Force killed 10 people in Tripoli on Monday, medics said.\n\n" +
      "A truce took effect in Tripoli late on Tuesday, officials said.",
    "2023-08-16",
  );
  const deal = first(evs, "Agreement");
  assert.ok(["Stability Support Apparatus", "Rada Special Deterrence Force"].includes(deal.actor1), deal.actor1);
});

test("blame survives a relative clause between the group and 'was responsible'", () => {
  const e = first(run(
    "PORT-AU-PRINCE, Haiti — Gunmen kidnapped 12 passengers from a bus near Croix-des-Bouquets on Saturday, a police official said.\n\n" +
      "Police said the 400 Mawozo gang, which controls the area, was responsible.",
    "2021-10-18",
  ));
  assert.equal(e.actor1, "400 Mawozo");
});

test("a speaker known only by a role is a source, a party unless medical", () => {
  const sp = (s: string) => findSpeakers(s, { country: "KE", date: "2024-01-01" }).map((x) => `${x.name}|${x.kind}|${x.party}`);
  assert.deepEqual(sp("A spokesperson for the regional administration said 12 people were killed."), ["spokesperson for the regional administration|official|true"]);
  assert.deepEqual(sp("The district commissioner said gunmen killed five people."), ["district commissioner|official|true"]);
  assert.deepEqual(sp("The hospital's director said 30 bodies had been received."), ["hospital's director|medical|false"]);
  assert.deepEqual(sp("A local official, who asked not to be named, said 20 people died."), ["officials|official|true"]);
  // a post-posed name takes its role from the appositive that follows it
  assert.deepEqual(sp("\"We were attacked at dawn,\" said Ahmed Hassan, a spokesman for the regional government."), ["Ahmed Hassan|official|true"]);
});

test("a state's own strategic moves: the country opening the clause is actor1", () => {
  const e = first(run("DJIBOUTI — Japan formally opened a new military base near the airport in Djibouti on Friday, officials said.", "2017-08-01"));
  assert.equal(e.sub_event_type, "Headquarters or base established");
  assert.equal(e.actor1, "Military Forces of Japan");
});

test("a place 'handed over to' a force in a passive clause: the receiver is actor1 and the leaver actor2", () => {
  const e = first(run("GAO, Mali — The last French soldiers left the base in Gao, which was handed over to the Malian army, officials said on Monday.", "2022-08-16"));
  assert.equal(e.actor1, "Military Forces of Mali (2021-)");
  assert.equal(e.actor2, "Military Forces of France (2017-)");
});

test("a clause with no subject of its own (', and made them safe') shares the sentence's subject", () => {
  const e = first(run("KANDAHAR, Afghanistan — Police found two bombs near a school in Kandahar on Monday, and made them safe.", "2019-05-14"));
  assert.equal(e.sub_event_type, "Disrupted weapons use");
  assert.equal(e.actor1, "Police Forces of Afghanistan (2014-2021)");
});

test("a place 'held by' or 'controlled by' a group names its former holder, not who took it", () => {
  const e = first(run(
    "RAQQA, Syria — Kurdish-led fighters of the Syrian Democratic Forces said on Sunday they had captured Tabqa, a town held by the Islamic State group.",
    "2017-05-12",
  ));
  assert.match(e.actor1, /Syrian Democratic Forces/);
  assert.match(e.actor2, /Islamic State/);
});

test("a group's name followed by 'fighters' is that group, not the article's other armed group", () => {
  const e = first(run(
    "NAIROBI — Al-Shabaab fighters attacked a military base in Garissa county on Monday, killing two officers, police said. The group is allied to al-Qaeda.",
    "2023-06-13",
  ));
  assert.equal(e.actor1, "Al Shabaab");
});

test("people the clause says were killed, and the positions that were struck, are not the actor", () => {
  const e = first(run(
    "BOGOTA — Four soldiers were killed when a roadside bomb exploded under their truck in Cauca on Monday, the army said. Officials blamed the National Liberation Army.",
    "2024-05-14",
  ));
  assert.doesNotMatch(e.actor1, /Military Forces of Colombia/);
});

test("security forces firing on protesters are actor1 of excessive force, the protesters actor2", () => {
  const e = first(run(
    "LAGOS — Police opened fire on protesters in the city of Ibadan on Monday, killing three people, witnesses said.",
    "2024-05-14",
  ), "Excessive force against protesters");
  assert.match(e.actor1, /^Police Forces of Nigeria/);
  assert.equal(e.actor2, "Protesters (Nigeria)");
});

test("a country named after a speaker's 'said' is the subject of the strike it reports", () => {
  const e = first(run(
    "TBILISI — The Georgian interior ministry said Russia had used artillery against villages near the town of Gori on Tuesday, damaging several homes.",
    "2024-05-15",
  ));
  assert.match(e.actor1, /^Military Forces of Russia/);
});

test("a joint force is led by the first country named, the second its ally", () => {
  const e = first(run(
    "BANGUI — Rwandan and Central African troops recaptured the town of Bambari from rebels on Sunday, the army said.",
    "2024-05-13",
  ));
  assert.match(e.actor1, /^Military Forces of Rwanda/);
  assert.match(e.assoc_actor_1, /Central African Republic/);
});

test("an unnamed group is the story's country-specific group, not an international brand named once", () => {
  const e = first(run(
    "NAIROBI — The Somali militant group attacked a military base in Lamu county on Sunday, killing three soldiers, the army said.\n\n" +
      "Al-Shabaab has staged raids in Lamu before. Al-Shabaab fighters also operate in Garissa. The group is allied to al-Qaeda.",
    "2020-01-06",
  ));
  assert.equal(e.actor1, "Al Shabaab");
});

test("an air strike no sentence names is flown by the state force the story named, or blamed on by role word", () => {
  const e = first(run(
    "HAMA, Syria — Government troops pushed into two villages north of Hama on Monday after clashes with rebels, a monitor said.\n\n" +
      "On Tuesday, air strikes hit a bakery in the town of Kafr Zita, killing six people, rescuers said.",
    "2019-05-22",
  ), "Air/drone strike");
  assert.match(e.actor1, /^Military Forces of Syria/);
  const f = first(run(
    "IDLIB, Syria — Air strikes hit a crowded market in the town of Ariha on Sunday, killing at least 11 people, rescuers said.\n\n" +
      "A monitoring group attributed the raid to Syrian government aircraft.",
    "2019-07-29",
  ), "Air/drone strike");
  assert.match(f.actor1, /^Military Forces of Syria/);
});

test("drones shot down over a country were stopped by its forces when the text names no one", () => {
  const e = first(run(
    "KYIV — Russia launched dozens of drones at Ukraine overnight, the air force said on Sunday, adding that 30 of them were shot down over the Kyiv region.",
    "2023-06-11",
  ), "Disrupted weapons use");
  assert.match(e.actor1, /^Military Forces of Ukraine/);
});

test("a toll told after 'a day after' belongs to that earlier happening, not this one", () => {
  const e = first(run(
    "LEEDS, England — Rioters threw bricks at police outside a hotel in Leeds on Friday, a day after two men were stabbed to death in the city centre.",
    "2024-08-03",
  ));
  assert.equal(e.fatalities, 0);
});

test("an armed group claiming the attack outranks the state forces read off the scene", () => {
  const e = first(run(
    "OUAGADOUGOU — Hundreds of fighters attacked an army base in the town of Arbinda on Sunday, residents said.\n\n" +
      "The army said it had repelled the assault. Residents said the fighting lasted several hours.\n\n" +
      "JNIM claimed the attack in a statement.",
    "2023-11-28",
  ), "Armed clash");
  assert.match(e.actor1, /Jama'at Nusrat/);
});

test("'clashes between A and B': the side named first is actor1", () => {
  const e = first(run("MOSUL, Iraq — Clashes between the Iraqi army and a Yazidi armed group in the district of Sinjar killed one soldier on Monday, officials said.", "2023-05-02"));
  assert.match(e.actor1, /Military Forces of Iraq/);
  assert.equal(e.actor2, "Unidentified Armed Group (Iraq)");
});

test("a group the report says denied any role, or a report saying no one claimed, leaves the bomber unidentified", () => {
  const denied = first(run(
    "QUETTA, Pakistan — A roadside bomb struck a police van near Kalat on Sunday, killing three policemen, officials said.\n\n" +
      "The Balochistan Liberation Army, which has carried out many attacks in the area, denied any role. Police said they were investigating.",
    "2023-06-12",
  ));
  assert.equal(denied.actor1, "Unidentified Armed Group (Pakistan)");
  const unclaimed = first(run(
    "MOGADISHU — A roadside bomb killed two soldiers near Afgoye on Monday, officials said. No group has claimed the attack. Al Shabaab has fought the government for years.",
    "2023-06-13",
  ));
  assert.equal(unclaimed.actor1, "Unidentified Armed Group (Somalia)");
});

test("blame is no attribution when it is only a question, or falls on a group that denied any role", () => {
  const e = first(run(
    "QUETTA, Pakistan — A roadside bomb struck a police van near Kalat on Sunday, killing three policemen, officials said.\n\n" +
      "The Balochistan Liberation Army denied any role. Police said they were investigating whether a faction allied with the Balochistan Liberation Army was responsible.",
    "2023-06-12",
  ));
  assert.equal(e.actor1, "Unidentified Armed Group (Pakistan)");
});

test("a strike the speaker blames on a state is that state's forces'", () => {
  const e = first(run("ERBIL, Iraq — A drone strike on a village near Sidakan killed two people on Friday, local officials said, blaming Turkey.", "2023-06-12"));
  assert.match(e.actor1, /Military Forces of Turkey/);
});

test("victims told in a passive that runs into the cue ('Two police officers were killed and ...') are not actor1", () => {
  const e = first(run(
    "BOGOTA — Two police officers were killed and at least a dozen civilians wounded on Monday when FARC dissidents attacked the police station in Suarez, a town in Cauca department, the government said.",
    "2024-05-21",
  ));
  assert.equal(e.actor1, "FARC Dissidents");
});

test("shells 'fired from rebel positions' or from a named side's positions are that side's", () => {
  const e = first(run(
    "GOMA, Democratic Republic of Congo — M23 rebels seized the village of Kibati on Monday, residents said.\n\n" +
      "On Tuesday, shells fired from rebel positions in the hills landed in Sake, killing four civilians, a local official said.",
  ), "Shelling/artillery/missile attack");
  assert.equal(e.actor1, "March 23 Movement");
});

test("a drone strike in a war at home between the named state forces and a rebel group is the state's", () => {
  const e = first(run(
    "ADDIS ABABA — Fighting between federal troops and Fano militiamen spread across Gojjam on Sunday, residents said.\n\n" +
      "On Monday a drone hit a bus near the town of Mota, killing five passengers, two residents said.",
  ), "Air/drone strike");
  assert.equal(e.actor1, "Military Forces of Ethiopia (2018-)");
});

test("gas dropped by a government helicopter is the state's, not an unseen hand", () => {
  const e = first(run(
    "BEIRUT — Nine people were treated for breathing problems after a government helicopter dropped a barrel bomb with chlorine gas on the rebel-held town of Kafr Zita in Syria's Hama province on Sunday, rescuers said.",
    "2018-02-05",
  ), "Chemical weapon");
  assert.equal(e.actor1, "Military Forces of Syria (2000-2024)");
});

test("'fighters of the X' are X acting, whatever the generic word before", () => {
  const e = first(run(
    "PORT SUDAN — Fighters of the Rapid Support Forces killed at least 12 villagers when they stormed the village of Um Sinat in Gezira state on Monday, a medical group said.",
  ));
  assert.equal(e.actor1, "Rapid Support Forces");
});

test("a state blamed by name in a later sentence fired the shells", () => {
  const e = first(run(
    "DUHOK, Iraq — Artillery shells struck a picnic area near the village of Sharanish in Iraq's Kurdistan region on Sunday, killing four visitors, local officials said.\n\n" +
      "Baghdad blamed Turkey, which has bases in the area, and summoned its ambassador.",
    "2022-08-02",
  ), "Shelling/artillery/missile attack");
  assert.match(e.actor1, /^Military Forces of Turkey/);
});

test("'Warplanes of X struck': X flew them", () => {
  const e = first(run("TUNIS — Warplanes of the Libyan National Army struck an airfield near Misrata on Monday, officials said.", "2019-04-09"), "Air/drone strike");
  assert.equal(e.actor1, "Libyan National Army");
});

test("a side's own account of the enemies its troops killed is not the toll of a shelling", () => {
  const e = first(run(
    "MOSCOW — Shelling hit the Russian border town of Graivoron on Thursday, damaging homes, the regional governor said.\n\n" +
      "The defence ministry said its troops had repelled an incursion nearby and killed more than 40 fighters.",
    "2023-06-02",
  ), "Shelling/artillery/missile attack");
  assert.equal(e.fatalities, 0);
});

test("violence no one is named for is an unidentified armed group's: ACLED never leaves actor1 empty", () => {
  const events = extractArticle({
    id: "t", published: "2024-09-02", outlet: "Test Wire",
    text: "MOGADISHU, Somalia — A drone strike on a convoy near Mogadishu killed five people on Wednesday, hospital officials said.",
  }).events;
  assert.deepEqual(events.map((e) => [e.sub_event_type, e.actor1, e.inter1, e.interaction]), [["Air/drone strike", "Unidentified Armed Group (Somalia)", 3, 30]]);
});
