// Which place is the scene of an event: datelines in any script, people "in" a town who are victims
// rather than speakers, villages placed in "X's Y district", a district capital named as such.
// Texts written for the tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "./index.js";
import type { Event } from "../event.js";

const run = (text: string, published = "2024-03-14") => extractArticle({ id: "t", text, published, outlet: "Test Wire" }).events;
const where = (events: Event[]) => events.map((e) => `${e.sub_event_type}@${e.location}/${e.country}/p${e.geo_precision}`).join(", ") || "none";

test("a dateline with accented capitals is a dateline: the blast told next stays at the scene", () => {
  const events = run(
    "CÚCUTA — A car bomb exploded on Tuesday outside a police station in Tumaco, in the south-western department of Nariño, wounding four officers, police said.\n\n" +
      "The blast tore the roof off the station and damaged dozens of shops, the mayor's office said. Police commanders blamed the National Liberation Army (ELN).",
  );
  assert.equal(events.length, 1, where(events));
  assert.equal(events[0]!.location, "Tumaco", where(events));
});

test("'abducted a local official in X' makes X the scene; only officials in X who speak are a venue", () => {
  const events = run("YAOUNDE, Cameroon — Gunmen abducted a local official in Kumba in Cameroon's South-West region on Monday, residents said.");
  const abduction = events.find((e) => e.sub_event_type === "Abduction/forced disappearance");
  assert.equal(abduction?.location, "Kumba", where(events));
});

test("a village 'in A B's C district' is placed at C, not at the capital of region A B", () => {
  const events = run(
    "MAPUTO, Mozambique — Insurgents killed four farmers in the village of Nakoto in Cabo Delgado's Macomia district on Sunday, officials said.",
    "2024-03-12",
  );
  assert.equal(events[0]?.location, "Macomia", where(events));
});

test("'the district capital X' vouches for X as a place the report relates a village to", () => {
  const events = run(
    "NAMPULA, Mozambique — Insurgents beheaded two farmers in the village of Nakoto on Sunday, officials said. " +
      "Nakoto lies about 20 km north of the district capital Chiure.",
    "2024-03-12",
  );
  assert.equal(events[0]?.location, "Chiúre", where(events));
});

test("'X, east of Y': Y is the landmark that says where X lies, not the scene of what follows", () => {
  const events = run(
    "NABLUS, West Bank — Settlers torched cars in the village of Qusra, south-east of Nablus, on Tuesday, and police detained three settlers the following day, residents said.",
  );
  assert.ok(events.length > 0, where(events));
  assert.ok(events.every((e) => /^Qu[sş]r/.test(e.location)), where(events));
});

test("an unknown village 'X, south of Y' is coded at Y with precision 2, not at the dateline", () => {
  const events = run("JENIN, West Bank — Settlers set fire to homes in the village of Umm Safa, north of Ramallah, on Tuesday, residents said.");
  assert.equal(events[0]?.location, "Ramallah", where(events));
  assert.equal(events[0]?.geo_precision, 2);
});

test("'the following day' counts from the day told before it, not from publication", () => {
  const events = run(
    "KANO, Nigeria — Gunmen abducted 20 worshippers from a church in Kajuru on Sunday, police said, and soldiers arrested four suspects in Kaduna the following day.",
    "2024-03-14",
  );
  const arrest = events.find((e) => e.sub_event_type === "Arrests");
  assert.equal(arrest?.event_date, "2024-03-11", where(events));
});

test("'an attack by settlers on the village' is an attack on civilians", () => {
  const events = run("A farmer was wounded during an attack by Israeli settlers on the village of Sinjil on Friday, the Palestinian Health Ministry said.", "2024-03-17");
  assert.equal(events[0]?.sub_event_type, "Attack", where(events));
});

test("militants who attacked a police checkpost fought the police: a clash", () => {
  const events = run("Militants attacked a police checkpost in Bannu late on Monday, killing two constables, officials said.", "2024-03-13");
  assert.equal(events[0]?.sub_event_type, "Armed clash", where(events));
  assert.equal(events[0]?.location, "Bannu", where(events));
});

test("'the West Bank village of X': the region names the kind of place, X is the scene", () => {
  const events = run("RAMALLAH, West Bank — Israeli settlers attacked the West Bank village of Sinjil on Friday, wounding three people, the health ministry said.", "2024-03-17");
  assert.match(events[0]?.location ?? "", /^Sinjil/, where(events));
});

test("'the Paris suburb of X': the city names the kind of place, X is the scene", () => {
  const events = run("Youths clashed with police in the Paris suburb of Bobigny on Tuesday night, officials said.", "2024-03-14");
  assert.match(events[0]?.location ?? "", /^Bobigny/, where(events));
});

test("a place past 'after a police officer shot ...' is the cause's scene: the riot across the country is not placed there", () => {
  const events = run(
    "LYON — Rioters burned cars across France on Wednesday night, after a police officer shot dead a teenager in the suburb of Bobigny on Monday, the government said.",
  );
  const riot = events.find((e) => e.sub_event_type === "Violent demonstration");
  assert.ok(riot, where(events));
  assert.notEqual(riot!.location, "Bobigny", where(events));
  assert.notEqual(riot!.location, "Lyon", where(events));
});

test("'..., Saxony police said': a region naming the police who speak is no scene", () => {
  const events = run("Demonstrators threw bottles at officers in Leipzig on Saturday night, Saxony police said.", "2024-03-18");
  assert.match(events[0]?.location ?? "", /^Leipzig/, where(events));
});

test("protests announced for next weekend are plans, not events", () => {
  const events = run("Activist groups have announced further protests in Hamburg and Munich next weekend.", "2024-03-18");
  assert.equal(events.length, 0, where(events));
});

test("'the protest was organised after a court in X on Wednesday sentenced ...': X and Wednesday belong to the verdict", () => {
  const events = run(
    "DRESDEN — Hundreds of demonstrators clashed with police in Leipzig on Saturday, officials said.\n\n" +
      "The protest was organised after a court in Munich on Wednesday sentenced an activist to five years in prison. " +
      "Police used water cannon against the crowd.",
    "2024-03-18",
  );
  assert.ok(events.length >= 1, where(events));
  assert.ok(events.every((e) => /^Leipzig/.test(e.location) && e.event_date === "2024-03-16"), where(events) + " " + events.map((e) => e.event_date).join(","));
});

test("'an overnight attack ..., officials said on Monday' is the night before Monday, not before publication", () => {
  const events = run("Militiamen killed 20 people in an overnight attack on a camp for displaced people in Ituri province, local officials said on Monday.", "2024-03-13");
  assert.equal(events[0]?.event_date, "2024-03-10", where(events));
});

test("gunmen who entered a camp and attacked families in their shelters raided it: an attack, no change of territory", () => {
  const events = run("Militiamen entered a displacement camp near Djugu late on Sunday and attacked families in their shelters, killing 12, officials said.", "2024-03-13");
  assert.equal(events.length, 1, where(events));
  assert.equal(events[0]!.sub_event_type, "Attack", where(events));
});

test("'the official was seized by armed men' is an abduction, not a town changing hands", () => {
  const events = run("The deputy mayor was seized by armed men outside his home in Bamenda on Sunday evening, residents said.", "2024-03-13");
  assert.ok(!events.some((e) => /territory/.test(e.sub_event_type)), where(events));
});

test("an event told only with the dateline takes the town a later sentence gives for its site", () => {
  const events = run(
    "QUETTA — Pakistani and Afghan border guards exchanged fire at the main border crossing on Tuesday, wounding three soldiers, officials said.\n\n" +
      "The two sides blamed each other.\n\n" +
      "Trucks were stranded on both sides of the crossing, about 3 km from the town of Chaman.",
  );
  assert.equal(events[0]?.location, "Chaman", where(events));
  assert.equal(events[0]?.geo_precision, 2);
});

test("'..., and gunmen shot dead X in another town' is a second event, not part of the first clause", () => {
  const events = run("A roadside bomb killed a commander in Nawa on Monday, and gunmen shot dead a teacher in the town of Inkhil on Tuesday, a monitor said.", "2024-03-14");
  assert.ok(events.some((e) => e.sub_event_type === "Attack" && e.event_date === "2024-03-12"), where(events));
  assert.ok(events.some((e) => e.sub_event_type === "Remote explosive/landmine/IED" && e.event_date === "2024-03-11"), where(events));
});

test("'aircraft dropped guided bombs on the town' is an air strike", () => {
  const events = run("Two people were killed when Russian aircraft dropped guided bombs on the town of Huliaipole on Wednesday, the governor said.", "2024-03-14");
  assert.equal(events[0]?.sub_event_type, "Air/drone strike", where(events));
});

test("fighters who attacked several checkpoints fought a battle", () => {
  const events = run("Rebel fighters attacked several army checkpoints near Kidal on Sunday, the army said.", "2024-03-14");
  assert.equal(events[0]?.sub_event_type, "Armed clash", where(events));
});

test("'soldiers killed three Fulani herders': one word may describe the victims", () => {
  const events = run("Soldiers killed three Fulani herders near the town of Djibo on Sunday, residents said.", "2024-03-14");
  assert.equal(events[0]?.sub_event_type, "Attack", where(events));
});

test("gunfights, shoot-outs and attacks on security posts are battles", () => {
  for (const text of [
    "Two suspected militants were killed in a gunfight with security forces in Shopian on Friday, police said.",
    "Militants attacked a security post in Turbat on Tuesday night, killing four soldiers, the army said.",
  ]) {
    const events = run(text, "2024-03-16");
    assert.equal(events[0]?.sub_event_type, "Armed clash", text + " => " + where(events));
  }
});

test("'a bomb hidden in a motorcycle exploded' is an IED", () => {
  const events = run("Two rangers were wounded when a bomb hidden in a motorcycle exploded in Yala on Tuesday, the army said.", "2024-03-14");
  assert.equal(events[0]?.sub_event_type, "Remote explosive/landmine/IED", where(events));
});

test("a crowd that beat and burned suspects to death is mob violence", () => {
  const events = run("A crowd in Cap-Haitien beat and burned to death four suspected robbers on Monday, police said.", "2024-03-14");
  assert.equal(events[0]?.sub_event_type, "Mob violence", where(events));
});

test("'the deadliest incident since Azerbaijan retook X' does not hide the shooting told before it", () => {
  const events = run(
    "Two soldiers were killed on Tuesday when enemy forces opened fire on a military position near Goris, the ministry said, in the deadliest incident since the army retook the region in September.",
    "2024-03-14",
  );
  assert.equal(events[0]?.sub_event_type, "Armed clash", where(events));
  assert.equal(events[0]?.event_date, "2024-03-12", where(events));
});

test("'near the village of X in Armenia's southern Syunik province': the province, not the possessor country, anchors X", () => {
  const events = run("YEREVAN — Gunmen shot dead two farmers near the village of Verin Khotanan in Armenia's southern Syunik province on Tuesday, police said.", "2024-03-14");
  assert.notEqual(events[0]?.location, "Yerevan", where(events));
  assert.ok(events[0]!.latitude! < 39.6, where(events));
});

test("a name with a possessive inside ('Cox's Bazar') is one place, not its first word somewhere abroad", () => {
  const events = run("DHAKA — Two refugees were killed in a gunfight between armed groups in a camp in Cox's Bazar on Friday, police said.", "2024-03-17");
  assert.equal(events[0]?.country, "Bangladesh", where(events));
  assert.ok(events[0]!.latitude! < 22, where(events));
});

test("'the monitor said in a statement on Wednesday that fighters opened fire': Wednesday is when it was said", () => {
  const events = run(
    "Paramilitary fighters killed at least 20 people when they stormed the town of Tabat on Tuesday, a medical group said.\n\n" +
      "The group said in a statement on Wednesday that the fighters opened fire on residents in the market.",
    "2024-03-14",
  );
  assert.equal(events.length, 1, where(events));
  assert.equal(events[0]!.event_date, "2024-03-12");
});

test("'alarmed by reports of killings and sexual violence across the region' tells of no one happening", () => {
  const events = run("The UN coordinator said last week she was deeply alarmed by reports of killings and sexual violence across eastern Gezira.", "2024-03-14");
  assert.equal(events.length, 0, where(events));
});

test("an attack on a town stays an attack when 'the army' appears only in a 'since ...' clause after it", () => {
  const events = run("Fighters killed 30 villagers when they stormed the town of Tabat on Tuesday, the latest in a string of reprisals since a commander defected to the army.", "2024-03-14");
  assert.equal(events[0]?.sub_event_type, "Attack", where(events));
});

test("a party that 'has announced a peace rally for the same day' plans it: no event", () => {
  const events = run("The ruling party has announced a \"peace rally\" for the same day in the capital, Dhaka.", "2024-03-14");
  assert.equal(events.length, 0, where(events));
});

test("where attackers 'came from' is their origin, not the scene of the fight they then joined", () => {
  const events = run(
    "JUBA — Armed youths raided a cattle camp near Akobo on Sunday, killing at least eight herders, the UN mission said.\n\n" +
      "The UN said the attackers, believed to have come from neighbouring Upper Nile state, exchanged fire with herders guarding the camp before overrunning it.",
    "2024-03-12",
  );
  assert.ok(events.length >= 1, where(events));
  assert.ok(events.every((e) => e.location !== "Upper Nile"), where(events));
});

test("a lead told at a province and its detail at a village of that province are one event, however large the province", () => {
  const events = run(
    "MANILA, Philippines — Two suspected rebels were killed and a soldier was wounded in a firefight in the mountains of Zamboanga del Norte province on Tuesday, the army said.\n\n" +
      "Troops on patrol came upon about 20 rebels in a village about 10 km south of Siocon, and the fighting lasted around half an hour, a battalion commander said.",
    "2024-03-14",
  );
  const clashes = events.filter((e) => e.sub_event_type === "Armed clash");
  assert.equal(clashes.length, 1, where(events));
  assert.equal(clashes[0]!.location, "Siocon", where(events));
});

test("a blast 'on the road between X and Y' is one event, not one at each town", () => {
  const events = run(
    "BAMAKO, Mali — A roadside bomb struck an army truck on the road between Gao and Ansongo on Monday, killing four soldiers, the army said.",
    "2024-03-13",
  );
  assert.equal(events.length, 1, where(events));
  assert.match(events[0]!.location, /^(?:Gao|Ansongo)$/, where(events));
});

test("'captured the towns of X and Y' still gives one event at each town", () => {
  const events = run("DAMASCUS, Syria — Rebels captured the towns of Saraqib and Maarat al-Numan on Tuesday, a war monitor said.", "2024-03-13");
  assert.equal(events.length, 2, where(events));
  assert.deepEqual(events.map((e) => e.location.normalize("NFD").replace(/\p{M}/gu, "")).sort(), ["Maarat al-Numan", "Saraqib"], where(events));
});
