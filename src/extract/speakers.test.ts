// Named sources the registries do not know: a body or a person the text names as the subject of
// "said", "according to", "told", kept under the name the text gives, with a kind and a party flag.
// Texts here are written for the tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findSpeakers } from "./attribution.js";
import { extractArticle } from "./index.js";

const sp = (s: string, country = "KE") =>
  findSpeakers(s, { country, date: "2024-05-01" }).map((x) => `${x.name}|${x.kind}|${x.party}`);

test("an unknown rights group is a source under its own name, with the acronym the text gives", () => {
  assert.deepEqual(sp("The Coalition for Justice in the Northern Valleys (CJNV) said on Monday that 14 villagers were killed."), [
    "Coalition for Justice in the Northern Valleys (CJNV)|ngo|false",
  ]);
});

test("an appositive tells what a named body is: a monitor, a medical group, an armed group", () => {
  assert.deepEqual(sp("The River Plains Monitor, a network of volunteers that documents killings, said the bodies were found on Sunday."), [
    "River Plains Monitor|monitor|false",
  ]);
  assert.deepEqual(sp("The Kivu Hills Doctors Union said nine wounded had been brought in."), ["Kivu Hills Doctors Union|medical|false"]);
  assert.deepEqual(sp("The Upper Valley Liberation Front claimed the attack in a statement."), ["Upper Valley Liberation Front|armed_group|true"]);
});

test("a one-word name counts after a describer ('the group X'), or as an acronym", () => {
  assert.deepEqual(sp("The Oslo-based group Dadwar said two porters were shot at the border."), ["Dadwar|ngo|false"]);
  assert.deepEqual(sp("According to the monitoring group East Valley Watch, 30 people died last month."), ["East Valley Watch|monitor|false"]);
  assert.deepEqual(sp("MKLP denied that its fighters were involved."), ["MKLP|unnamed|false"]);
  // one plain word with nothing to say what it is: a place standing for its government, or a common noun
  assert.deepEqual(sp("On Monday, Kisumu said the curfew would be lifted."), []);
  assert.deepEqual(sp("Hospitals said they had run out of blood."), []);
});

test("a person is named without the title; a minister or an officer speaks for a party", () => {
  // (the office itself is a source of its own: see "the office a titled person holds" below)
  assert.deepEqual(sp("Interior Minister Jana Novakova said 20 people were arrested."), ["Jana Novakova|official|true", "Interior Minister|official|true"]);
  assert.deepEqual(sp("The head of the Blue Brigade militia, Omar Haddad, said his men held the bridge."), ["Omar Haddad|official|true"]);
  assert.deepEqual(sp("\"We came under fire,\" said Colonel Peter Mwangi Otieno, an army spokesman."), ["Peter Mwangi Otieno|official|true"]);
  // a title word inside a name stays ("Hassan Sheikh Ali"); a country's name is stripped only before a title
  assert.deepEqual(sp("President Omar Sheikh Hassan said the army would advance."), ["Omar Sheikh Hassan|official|true"]);
  assert.deepEqual(sp("Kenyan Interior Minister Jane Wanjiru said 20 people were arrested."), ["Jane Wanjiru|official|true", "Kenyan Interior Minister|official|true"]);
  assert.deepEqual(sp("\"It was terror,\" said Israel Moreno, the state's public security secretary.", "MX"), ["Israel Moreno|official|true"]);
});

test("the body a person heads, or works at, is a source too", () => {
  assert.deepEqual(sp("Anna Koval, head of the Northern regional military administration, said the shelling hit a school.", "UA"), [
    "Anna Koval|official|true",
    "Northern regional military administration|military|true",
  ]);
  assert.deepEqual(sp("A nurse at Saint Clare District Hospital told reporters that 11 bodies had been received."), ["Saint Clare District Hospital|medical|false"]);
});

test("places, victims and words opening the sentence are not taken for speakers", () => {
  for (const s of [
    "Gunmen attacked the town of Ras Kamal in North Hills province on Monday, the army said.",
    "Police in Lower Marsh said the victim, John Okello Mbeki, was shot twice.",
    "Residents of Upper Kamba said the gunmen left at dawn.",
  ]) {
    const names = sp(s).join(" ");
    assert.doesNotMatch(names, /Ras Kamal|North Hills|Lower Marsh|Okello|Upper Kamba/, s);
  }
});

test("state forces speak under the name the text gives them, and keep the side they speak for", () => {
  const [s] = findSpeakers("The Nigerian Air Force said its jets struck a camp on Monday.", { country: "NG", date: "2024-05-01" });
  assert.equal(s?.name, "Nigerian Air Force");
  assert.match(s?.affiliation ?? "", /Military Forces of Nigeria/);
});

test("a report's event carries the named rights group as its source", () => {
  const e = extractArticle({
    id: "t",
    published: "2024-05-07",
    outlet: "Test Wire",
    text: "NAIROBI — Gunmen killed nine people in the village of Kalobeyei in Turkana county on Sunday, the Coalition for Pastoral Peace (CPP), a local rights group, said on Monday.",
  }).events[0];
  assert.ok(e, "an event");
  assert.match(e!.source, /Coalition for Pastoral Peace \(CPP\)/);
});

test("a speaker named after a closing 'said' is found also when no quotation comes before it", () => {
  assert.deepEqual(sp("Overnight, a drone hit a house in Kalinivka, wounding a woman, said Petro Savchuk, the head of the district.", "UA"), [
    "Petro Savchuk|official|true",
  ]);
  // but "X, a rights group, said the army ..." keeps X as the speaker, not the army
  assert.deepEqual(sp("The Lakeside Peace Committee, a local activist group, said the RSF stormed the village twice."), [
    "Lakeside Peace Committee|ngo|false",
  ]);
});

test("'according to figures from X' and 'a tally by X' name X", () => {
  assert.deepEqual(sp("More than 300 people were killed last year, according to figures from the Lakeland Observatory for Human Rights."), ["Lakeland Observatory for Human Rights|monitor|false"]);
  assert.deepEqual(sp("At least 40 people died, according to a tally by the Northern Rights Collective."), ["Northern Rights Collective|monitor|false"]);
  assert.deepEqual(sp("At least 40 people died, according to data from Kisumu."), []);
});

test("the office a titled person holds is a source too: minister, governor, district administrator", () => {
  assert.deepEqual(sp("Transport Minister Amos Kiprono said two buses were burned."), ["Amos Kiprono|official|true", "Transport Minister|official|true"]);
  assert.deepEqual(sp("\"They came at night,\" said Marsabit district administrator Halima Dida on Monday."), ["Halima Dida|official|true", "Marsabit district administrator|official|true"]);
  // a role opened by an article is no office's name
  assert.deepEqual(sp("The district administrator, Halima Dida, said two were killed."), ["Halima Dida|official|true"]);
});

test("a region's police speak under the name the text gives them, a country's under the state force", () => {
  assert.deepEqual(sp("Three officers were hurt, Turkana county police said."), ["Turkana county police|military|true"]);
  assert.deepEqual(sp("Three officers were hurt, Kenyan police said.").map((s) => s.split("|")[0]), ["Police Forces of Kenya (2022-)"]);
});

test("people 'accused of' something are not speaking: police who arrest them are the actor, not a source", () => {
  const text = "NAIROBI, Kenya — Police in Garissa arrested six people accused of supporting al-Shabaab, the Interior Ministry said on Tuesday.";
  assert.deepEqual(sp(text).filter((s) => s.startsWith("Police")), []);
  const events = extractArticle({ id: "t", text, published: "2024-05-01", outlet: "Test Wire" }).events;
  assert.deepEqual(events.map((e) => `${e.sub_event_type}|${e.actor1}`), ["Arrests|Police Forces of Kenya (2022-)"]);
});

test("'X accused Y of ...' is still X speaking", () => {
  assert.ok(sp("The army accused the rebels of shelling the market, a spokesman said.").some((s) => s.startsWith("Military Forces of Kenya")));
});
