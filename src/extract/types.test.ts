// Which ACLED sub-type a happening is coded as: demonstrations, mobs, handovers, chemical attacks, exchanges.
// Texts here are written for the tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "./index.js";
import type { Event } from "../event.js";

const run = (text: string, published = "2024-03-14") => extractArticle({ id: "t", text, published, outlet: "Test Wire" }).events;
const subs = (events: Event[]) => events.map((e) => `${e.sub_event_type}@${e.location}/${e.event_date}`).join(", ") || "none";

test("demonstrators who burn and storm after police used tear gas make a riot, not a protest with intervention", () => {
  const events = run(
    "Police fired tear gas at hundreds of demonstrators outside the city hall in Nairobi on Wednesday.\n\n" +
      "Some of the crowd hurled rocks at officers and set fire to three police cars near the building.",
  );
  assert.ok(events.some((e) => e.sub_event_type === "Violent demonstration"), subs(events));
  assert.ok(!events.some((e) => e.sub_event_type === "Protest with intervention"), subs(events));
});

test("violence told only in the security forces' own claim does not turn force against protesters into a riot", () => {
  const events = run(
    "Police fired rubber bullets and tear gas at students marching in Nairobi on Wednesday.\n\n" +
      "The police said the students had thrown stones first.",
  );
  assert.ok(events.some((e) => e.sub_event_type === "Protest with intervention"), subs(events));
});

test("looting by rioters is part of the riot, not one more event", () => {
  const events = run("Rioters set fire to a bank in Nairobi on Wednesday, and looted shops along the same street.");
  assert.equal(events.filter((e) => e.location === "Nairobi").length, 1, subs(events));
  assert.equal(events[0]?.sub_event_type, "Violent demonstration", subs(events));
});

test("a mob that burns houses, with no demonstration told, is mob violence", () => {
  const events = run("A mob set fire to a dozen houses in Kisumu on Tuesday after a dispute over land, police said.");
  assert.ok(events.some((e) => e.sub_event_type === "Mob violence"), subs(events));
});

test("protesters who burned vehicles and stormed a governor's residence are a violent demonstration", () => {
  const a = run("In Kisumu, protesters burned vehicles outside the electoral office on Tuesday, residents said.");
  assert.ok(a.some((e) => e.sub_event_type === "Violent demonstration"), subs(a));
  const b = run("Thousands of protesters stormed the governor's official residence in Kisumu on Tuesday.");
  assert.ok(b.some((e) => e.sub_event_type === "Violent demonstration"), subs(b));
});

test("a base handed over to the army, or a withdrawal with no fight told, is a non-violent transfer", () => {
  const events = run("The peacekeeping mission pulled out of its camp at Kidal on Tuesday, handing it over to the national army, the mission said.");
  assert.ok(events.some((e) => e.sub_event_type === "Non-violent transfer of territory"), subs(events));
});

test("troops entering a town under a deal that ended the fighting is a non-violent transfer", () => {
  const events = run("Government troops entered the town of Kalbar on Tuesday under a peace agreement that ended two months of fighting, the defence ministry said.");
  assert.ok(events.some((e) => e.sub_event_type === "Non-violent transfer of territory"), subs(events));
});

test("rockets carrying a chemical agent are a chemical attack", () => {
  const events = run("Militants fired rockets loaded with a chemical agent at the town of Tall Afar on Tuesday, wounding dozens, local officials said.");
  assert.ok(events.some((e) => e.sub_event_type === "Chemical weapon"), subs(events));
});

test("detainees freed in a prisoner exchange are an agreement, not a jailbreak", () => {
  const events = run("Hundreds of freed detainees landed in Aden on Tuesday in a prisoner exchange between the two sides, the Red Cross said.");
  assert.ok(events.some((e) => e.sub_event_type === "Agreement"), subs(events));
  assert.ok(!events.some((e) => e.sub_event_type === "Other"), subs(events));
});

test("men who attacked students with clubs committed an attack", () => {
  const events = run("A group of men attacked students with clubs in Kragujevac on Tuesday, police said.");
  assert.ok(events.some((e) => e.sub_event_type === "Attack"), subs(events));
});

test("rebels who 'raided an army outpost' fought there: an armed clash at the place the sentence names", () => {
  const events = run("On Monday, rebels said their fighters had raided an army outpost near Kidal, killing three soldiers.");
  assert.equal(subs(events).split(", ").filter((s) => s.startsWith("Armed clash@Kidal")).length, 1, subs(events));
});

test("fighters who 'stormed a restaurant' attacked the people in it", () => {
  const events = run("Al Shabaab fighters stormed a restaurant in Kismayo on Friday evening and held out against security forces for hours, police said.");
  assert.ok(events.some((e) => e.location.startsWith("Kismayo") && e.sub_event_type === "Attack"), subs(events));
});

test("party loyalists who attack a protest camp are mob violence, not a peaceful protest", () => {
  const events = run("DHAKA, Bangladesh — Loyalists of the governing party attacked a student protest camp in Dhaka on Tuesday with sticks and iron rods, police said.");
  assert.ok(events.some((e) => e.sub_event_type === "Mob violence"), subs(events));
  assert.ok(!events.some((e) => e.sub_event_type === "Peaceful protest"), subs(events));
});

test("an order to shoot anyone looting is no looting", () => {
  const events = run("DHAKA, Bangladesh — On Wednesday, the interior ministry ordered police to shoot anyone looting shops in the capital.");
  assert.ok(!events.some((e) => e.sub_event_type === "Looting/property destruction"), subs(events));
});

test("rockets of which a few were intercepted are the rocket attack, not also a disrupted attack", () => {
  const events = run("HAIFA, Israel — Hezbollah fired rockets at the town of Nahariya on Wednesday. The army said 20 rockets crossed the border, several of which were intercepted.");
  assert.ok(events.some((e) => e.sub_event_type === "Shelling/artillery/missile attack"), subs(events));
  assert.ok(!events.some((e) => e.sub_event_type === "Disrupted weapons use"), subs(events));
});

test("bombs told with other verbs are still bombings: 'tore through', 'set off', 'devices exploded'", () => {
  const events = run(
    "HERAT, Afghanistan — A bomb tore through a mosque in Herat during prayers on Tuesday, killing 12 people, officials said.\n\n" +
      "On Monday, insurgents set off bombs at two shops in Kandahar, police said.\n\n" +
      "In Ghazni, devices exploded at a petrol station on Sunday, wounding three people.",
  );
  assert.equal(events.filter((e) => e.sub_event_type === "Remote explosive/landmine/IED").length, 3, subs(events));
});

test("firebombs thrown by a crowd are no remote bombing", () => {
  const events = run("NABLUS — Residents said settlers moved through the village of Burin on Tuesday throwing stones and firebombs at homes.");
  assert.ok(!events.some((e) => e.sub_event_type === "Remote explosive/landmine/IED"), subs(events));
});

test("gunmen who open fire on officers, who return fire, fought an armed clash", () => {
  const events = run("KANO, Nigeria — Police said gunmen opened fire on officers near Kano late on Saturday, and that officers returned fire. One officer was wounded.");
  assert.ok(events.some((e) => e.sub_event_type === "Armed clash"), subs(events));
});

test("police firing smoke or tear gas shells at marchers is no shelling", () => {
  const events = run("SHILLONG, India — Hundreds of students marched on the secretariat in Shillong on Tuesday, and police fired tear gas and smoke shells to stop them, witnesses said.");
  assert.ok(!events.some((e) => e.sub_event_type === "Shelling/artillery/missile attack"), subs(events));
  assert.ok(events.some((e) => e.sub_event_type === "Protest with intervention"), subs(events));
});
