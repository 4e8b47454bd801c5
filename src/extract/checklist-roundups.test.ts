// A behavioural checklist for reports that tell more than one happening: follow-ups ("Hours later, ..."),
// lists of places, round-ups ("In X, ... In Y, ...", "Elsewhere, ...", "In a separate incident, ..."), and
// one happening told twice. ACLED codes one event per kind of happening, location and day. The reports
// are invented for this test; each row names the events a careful coder would code from it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "./index.js";
import { PUBLISHED } from "./checklist-testing.js";
import type { Event } from "../event.js";

const OT = "Non-state actor overtakes territory", GR = "Government regains territory", CL = "Armed clash", ATT = "Attack";
const AIR = "Air/drone strike", SH = "Shelling/artillery/missile attack", IED = "Remote explosive/landmine/IED", AB = "Abduction/forced disappearance";
const PP = "Peaceful protest", PWI = "Protest with intervention";

/** One expected event: its sub-type, and (when given) its location, day and actor1. */
interface Expected { sub?: string; loc?: RegExp; date?: string; a1?: RegExp }
const S = (sub: string | undefined, loc?: RegExp, date?: string, a1?: RegExp): Expected => ({ sub, loc, date, a1 });
const plain = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "");
const fits = (e: Event, x: Expected) =>
  (!x.sub || e.sub_event_type === x.sub) && (!x.loc || x.loc.test(plain(e.location))) && (!x.date || e.event_date === x.date) && (!x.a1 || x.a1.test(e.actor1));

/** The events of `text` are exactly those expected (in any order). */
function expectEvents(text: string, expected: Expected[], keepCheck?: boolean): void {
  const { events } = extractArticle({ id: "roundup", text, published: PUBLISHED }, keepCheck === undefined ? {} : { keepCheck });
  const got = events.map((e) => `${e.sub_event_type} | ${e.actor1} | ${e.location} | ${e.event_date}`).join("\n  ");
  const left = [...events];
  for (const x of expected) {
    const i = left.findIndex((e) => fits(e, x));
    assert.ok(i >= 0, `${text}\nmissing ${JSON.stringify({ ...x, loc: x.loc?.source, a1: x.a1?.source })}\ngot:\n  ${got}`);
    left.splice(i, 1);
  }
  assert.equal(left.length, 0, `${text}\nmore events than expected:\n  ${got}`);
}

type Row = [text: string, ...expected: Expected[]];
const check = (rows: Row[]) => { for (const [text, ...expected] of rows) expectEvents(text, expected); };

test("a follow-up told 'hours later' or 'the next day' is an event of its own, its actor the one its own sentence names", () => {
  check([
    ["Rebels seized Kidal on Sunday. Hours later, army jets bombed rebel positions in the town.", S(OT, /Kidal/), S(AIR, /Kidal/, "2023-10-08", /^Military Forces of Mali/)],
    ["JNIM fighters seized Djibo on Sunday. Hours later, army jets bombed militant positions in the town.", S(OT, /Djibo/), S(AIR, /Djibo/, "2023-10-08", /^Military Forces of Burkina Faso/)],
    ["M23 rebels captured Rubaya on Sunday. Hours later, army drones struck rebel positions in the town.", S(OT, /Rubaya/), S(AIR, /Rubaya/, "2023-10-08", /^Military Forces of (the )?Democratic Republic of (the )?Congo/)],
    ["Al-Shabaab fighters seized Adale on Sunday. Later that day, army jets bombed the militants in the town.", S(OT, /Adale/), S(AIR, /Adale/, "2023-10-08", /^Military Forces of Somalia/)],
    ["Rebels seized Kidal on Sunday. The next day, army jets bombed rebel positions in the town.", S(OT, /Kidal/, "2023-10-08"), S(AIR, /Kidal/, "2023-10-09", /^Military Forces of Mali/)],
    ["Gunmen abducted 20 villagers near Gusau on Sunday. The next day, soldiers clashed with the kidnappers in the same area.", S(AB, /Gusau/, "2023-10-08"), S(CL, /Gusau/, "2023-10-09", /^Military Forces of Nigeria/)],
    ["Al-Shabaab fighters attacked an army base in Beledweyne on Sunday. Hours later, US drones struck the militants near the town.", S(CL, /Beledweyne/, "2023-10-08"), S(AIR, /Beledweyne/, "2023-10-08", /Military Forces of (the )?United States/)],
    ["Russian missiles struck Kharkiv on Sunday, killing three people. Hours later, Ukrainian drones hit an oil depot in Belgorod.", S(SH, /Kharkiv/, "2023-10-08"), S(AIR, /Belgorod/, "2023-10-08", /Ukraine/)],
    ["Rebels seized Kidal on Sunday. On Monday, army jets bombed rebel positions in the same town.", S(OT, /Kidal/, "2023-10-08"), S(AIR, /Kidal/, "2023-10-09", /^Military Forces of Mali/)],
    ["M23 rebels seized Rubaya on Sunday. Hours later, Congolese army drones struck the town.", S(OT, /Rubaya/), S(AIR, /Rubaya/, "2023-10-08", /^Military Forces of (the )?Democratic Republic of (the )?Congo/)],
  ]);
});

test("'the army retook the town' after a capture is the government regaining that town", () => {
  check([
    ["Rebels seized Kidal on Sunday. On Monday, the army retook the town.", S(OT, /Kidal/, "2023-10-08"), S(GR, /Kidal/, "2023-10-09", /^Military Forces of Mali/)],
  ]);
});

test('a strike, a protest or a capture told over a list of towns is one event per town, small towns at the head or in the middle of the list included', () => {
  check([
    ["Air strikes hit Idlib, Ariha and Saraqib on Sunday.", S(AIR, /Idlib/), S(AIR, /Ariha|Arīḩā/), S(AIR, /Saraqib|Sarāqib/)],
    ["Air strikes hit Ariha and Saraqib on Sunday.", S(AIR, /Ariha|Arīḩā/), S(AIR, /Saraqib|Sarāqib/)],
    ["Government jets bombed Ariha and Saraqib on Sunday, killing 12 civilians, a war monitor said.", S(AIR, /Ariha|Arīḩā/), S(AIR, /Saraqib|Sarāqib/)],
    ["Russian drones struck Kharkiv, Sumy and Poltava overnight, officials said.", S(AIR, /Kharkiv/), S(AIR, /Sumy/), S(AIR, /Poltava/)],
    ["Protests took place in Nairobi, Kisumu and Mombasa on Sunday.", S(PP, /Nairobi/), S(PP, /Kisumu/), S(PP, /Mombasa/)],
    ["Rebels captured the towns of Rubaya and Masisi on Sunday.", S(OT, /Rubaya/), S(OT, /Masisi/)],
    ["Fighting between the army and RSF raged in Khartoum and Omdurman on Sunday.", S(CL, /Khartoum/), S(CL, /Omdurman/)],
    ["Jihadists attacked army posts in Djibo and Arbinda on Sunday, killing 20 soldiers.", S(CL, /Djibo/), S(CL, /Arbinda/)],
    ["Air strikes hit Kafr Batna, Douma and Harasta on Sunday, a war monitor said.", S(AIR, /Douma/), S(AIR, /Harasta/), S(AIR, /Kafr Batna/)],
    ["Shelling hit Avdiivka, Marinka and Vuhledar on Sunday, Ukrainian officials said.", S(SH, /Avdiivka/), S(SH, /Marinka|Mar.inka/), S(SH, /Vuhledar/)],
    ["Protesters rallied in Lagos, Abuja and Kano on Sunday against fuel prices.", S(PP, /Lagos/), S(PP, /Abuja/), S(PP, /Kano/)],
  ]);
});

test('a road between two towns, and villages the gazetteer lacks near a town, stay one event', () => {
  check([
    ["A roadside bomb struck an army truck on the road between Gao and Ansongo on Sunday.", S(IED)],
    ["Gunmen attacked the villages of Mbelenge and Kitavo near Bunia on Sunday, killing 14 people.", S(ATT, /Bunia/)],
    // A village the gazetteer knows is the scene itself.
    ["Gunmen attacked the village of Kasenyi near Bunia on Sunday, killing 14 people.", S(ATT, /Kasenyi/)],
  ]);
});

test("paragraphs opened by 'In X,' each tell their own town's event", () => {
  check([
    ["Protests over fuel prices spread across Kenya on Sunday.\n\nIn Kisumu, police fired tear gas at protesters.\n\nIn Mombasa, hundreds marched peacefully to the county offices.", S(PWI, /Kisumu/, "2023-10-08"), S(PP, /Mombasa/, "2023-10-08")],
    ["Violence flared across northern Nigeria on Sunday.\n\nIn Maiduguri, a suicide bomber killed five people at a market.\n\nIn Gusau, gunmen abducted 30 villagers.", S("Suicide bomb", /Maiduguri/, "2023-10-08"), S(AB, /Gusau/, "2023-10-08")],
    ["Attacks hit several towns in Burkina Faso on Sunday. In Djibo, jihadists killed 12 civilians. In Kaya, soldiers clashed with militants.", S(ATT, /Djibo/, "2023-10-08"), S(CL, /Kaya/, "2023-10-08", /^Military Forces of Burkina Faso/)],
    ["In Goma, M23 shells killed three people on Sunday. In Bunia, CODECO militiamen attacked a displacement camp, killing nine.", S(SH, /Goma/, "2023-10-08"), S(ATT, /Bunia/, "2023-10-08")],
    ["Police fired tear gas at protesters in Kisumu on Sunday. In Mombasa, police arrested 20 demonstrators.", S(PWI, /Kisumu/), S(PWI, /Mombasa/)],
    ["In Khartoum, the army and the RSF clashed on Sunday. In El Fasher, RSF shelling killed six civilians.", S(CL, /Khartoum/, "2023-10-08"), S(SH, /El Fasher/, "2023-10-08")],
  ]);
});

test("'Elsewhere,' and 'In a separate incident,' open another event, even at the same town and day", () => {
  check([
    ["Al-Shabaab fighters attacked an army base in Beledweyne on Sunday, killing four soldiers. Elsewhere, a roadside bomb killed two soldiers in Mogadishu.", S(CL, /Beledweyne/), S(IED, /Mogadishu/, "2023-10-08")],
    ["Gunmen killed six villagers in Bunia on Sunday. Elsewhere, M23 rebels clashed with the army near Goma.", S(ATT, /Bunia/), S(CL, /Goma/, "2023-10-08", /March 23|Military/)],
    ["Police fired tear gas at protesters in Dhaka on Sunday. Elsewhere in the country, protesters blocked roads in Chittagong.", S(PWI, /Dhaka/), S(undefined, /Chitt|Chatt/)],
    ["JNIM fighters killed 15 soldiers in an attack on a military post near Djibo on Sunday. Elsewhere, army drones struck a militant camp near Kaya.", S(CL, /Djibo/), S(AIR, /Kaya/, "2023-10-08", /Military Forces of Burkina Faso/)],
    ["Gunmen shot dead two police officers in Quetta on Sunday. In a separate incident, a bomb exploded near a market in Peshawar, wounding six people.", S(CL, /Quetta/), S(IED, /Peshawar/, "2023-10-08")],
    ["Soldiers killed 12 militants near Gao on Sunday, the army said. In a separate attack, gunmen killed eight civilians near Menaka.", S(CL, /Gao/), S(ATT, /M[ée]naka/, "2023-10-08")],
    ["A drone strike killed three people in Mosul on Sunday. In a separate incident, a roadside bomb killed two soldiers in Mosul.", S(AIR, /Mosul/), S(IED, /Mosul/)],
    ["Police fired tear gas at protesters in Kampala on Sunday. In a separate incident, police arrested 30 opposition activists in Jinja.", S(PWI, /Kampala/), S(undefined, /Jinja/)],
    ["Gunmen killed six villagers in Bunia on Sunday. In a separate incident, gunmen abducted 12 farmers near Beni.", S(ATT, /Bunia/), S(AB, /Beni/, "2023-10-08")],
    ["Gunmen killed six villagers in Bunia on Sunday. In another attack, gunmen killed four farmers in Bunia.", S(ATT, /Bunia/), S(ATT, /Bunia/)],
    ["Police fired tear gas at protesters in Lahore on Sunday. Elsewhere, protesters burned tyres and threw stones at police in Karachi.", S(PWI, /Lahore/), S("Violent demonstration", /Karachi/, "2023-10-08")],
  ]);
});

test('two events at one town on different days stay two', () => {
  check([
    ["Gunmen killed six villagers in Bunia on Friday. On Sunday, another attack in Bunia killed four people.", S(ATT, /Bunia/, "2023-10-06"), S(ATT, /Bunia/, "2023-10-08")],
    ["Protesters marched in Kisumu on Friday. On Sunday, police fired tear gas at protesters in Kisumu.", S(PP, /Kisumu/, "2023-10-06"), S(PWI, /Kisumu/, "2023-10-08")],
    ["M23 rebels clashed with the army in Sake on Friday, and fighting resumed in the town on Sunday.", S(CL, /Sake/, "2023-10-06"), S(CL, /Sake/, "2023-10-08")],
    ["Gunmen killed three traders in Zamfara's Gusau on Sunday. Two days later, soldiers clashed with bandits in the same town.", S(ATT, /Gusau/, "2023-10-08"), S(CL, /Gusau/, "2023-10-10")],
    ["Jihadists killed 12 civilians in Djibo on Sunday. On Tuesday, militants attacked an army post in the same town.", S(ATT, /Djibo/, "2023-10-08"), S(CL, /Djibo/, "2023-10-10")],
    ["Soldiers clashed with ADF rebels near Beni on Friday, and fighting resumed in the area on Sunday.", S(CL, /Beni/, "2023-10-06"), S(CL, /Beni/, "2023-10-08")],
  ]);
});

test('one event told twice (the lead, then a paragraph of detail) stays one', () => {
  check([
    ["Gunmen killed six villagers in Bunia on Sunday, officials said.\n\nThe attackers stormed the village at dawn and shot the victims, a local official said.", S(ATT, /Bunia/, "2023-10-08")],
    ["Al-Shabaab fighters attacked an army base in Beledweyne on Sunday, killing four soldiers.\n\nThe militants stormed the base after a car bomb blew open its gate, officials said.", S(CL, /Beledweyne/, "2023-10-08")],
    ["M23 rebels seized the town of Rubaya on Sunday.\n\nThe rebels entered Rubaya after army troops withdrew, residents said.", S(OT, /Rubaya/, "2023-10-08")],
    ["Police fired tear gas at hundreds of protesters in Kisumu on Sunday.\n\nThe protesters, who were marching against tax rises, were dispersed near the county offices.", S(PWI, /Kisumu/, "2023-10-08")],
    ["A drone strike killed three people in Mosul on Sunday.\n\nThe strike hit a car on the outskirts of the city, a police officer said.", S(AIR, /Mosul/, "2023-10-08")],
    ["JNIM fighters killed 15 soldiers near Djibo on Sunday, the army said.\n\nThe attack on the military post began at dawn and lasted three hours.", S(CL, /Djibo/, "2023-10-08")],
    ["Gunmen abducted 20 passengers from a bus near Gusau on Sunday.\n\nThe kidnappers stopped the bus and forced the passengers into the forest, police said.", S(AB, /Gusau/, "2023-10-08")],
    ["The army retook Kidal on Sunday. Rebels had seized the town in 2012.", S(GR, /Kidal/, "2023-10-08")],
    ["Rebels seized Kidal on Sunday, residents said. The rebels took the town after a day of fighting, witnesses said.", S(OT, /Kidal/, "2023-10-08")],
    ["An attack in Bunia killed four villagers on Sunday, officials said.", S(ATT, /Bunia/, "2023-10-08")],
    ["CODECO militiamen attacked a displacement camp near Bunia on Sunday, killing nine people.", S(ATT, /Bunia/, "2023-10-08")],
  ]);
});

test("a follow-up keeps the town: 'the next day', 'two days later', 'in the same town', 'N km north of X'", () => {
  check([
    ["Gunmen killed six villagers in Bunia on Sunday. The next day, soldiers clashed with the attackers.", S(ATT, /Bunia/, "2023-10-08"), S(CL, /Bunia/, "2023-10-09", /^Military Forces of (the )?Democratic Republic of (the )?Congo/)],
    ["Police fired tear gas at protesters in Kisumu on Sunday. The next day, protesters burned tyres and threw stones at police.", S(PWI, /Kisumu/, "2023-10-08"), S("Violent demonstration", /Kisumu/, "2023-10-09")],
    ["Gunmen killed six villagers in Bunia on Sunday. On Monday, gunmen abducted 12 farmers 20 km north of the town.", S(ATT, /Bunia/, "2023-10-08"), S(AB, /Bunia/, "2023-10-09")],
    ["Al-Shabaab fighters attacked an army base in Beledweyne on Sunday. A day later, a roadside bomb killed two soldiers 30 km north of Beledweyne.", S(CL, /Beledweyne/, "2023-10-08"), S(IED, /Beledweyne/, "2023-10-09")],
    ["Jihadists killed 12 civilians in Djibo on Sunday. The following day, soldiers clashed with the militants in the same town.", S(ATT, /Djibo/, "2023-10-08"), S(CL, /Djibo/, "2023-10-09")],
    ["Police fired tear gas at protesters in Kisumu on Sunday. Two days later, police shot dead two protesters in the same town.", S(PWI, /Kisumu/, "2023-10-08"), S("Excessive force against protesters", /Kisumu/, "2023-10-10")],
    ["M23 rebels captured Rubaya on Sunday. On Monday, the rebels advanced on Masisi, 25 km to the north, and clashed with the army there.", S(OT, /Rubaya/, "2023-10-08"), S(CL, /Masisi/, "2023-10-09")],
    ["Gunmen abducted 30 schoolchildren in Kankara on Sunday. Later that day, soldiers clashed with the kidnappers in a forest 10 km from the town.", S(AB, /Kankara/, "2023-10-08"), S(CL, /Kankara/, "2023-10-08")],
    ["The army retook Sake on Sunday after heavy fighting. The next day, M23 rebels shelled the town, killing four civilians.", S(GR, /Sake/, "2023-10-08"), S(SH, /Sake/, "2023-10-09", /March 23/)],
    ["Al-Shabaab fighters attacked an army base in Beledweyne on Sunday. Later that day, a roadside bomb killed two soldiers 30 km north of the town.", S(CL, /Beledweyne/, "2023-10-08"), S(IED, /Beledweyne/, "2023-10-08")],
  ]);
});

test("'In a separate incident, gunmen killed five farmers in the same area' is a second event at the same town and day (the rules; the keep-check still holds it back)", () => {
  expectEvents(
    "Gunmen abducted 20 passengers near Gusau on Sunday. In a separate incident, gunmen killed five farmers in the same area.",
    [S(AB, /Gusau/, "2023-10-08"), S(ATT, /Gusau/, "2023-10-08")],
    false,
  );
});
