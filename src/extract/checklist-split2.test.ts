// A behavioural checklist for how the sentences of a short multi-sentence report become events: one
// happening told twice (a lead, then a sentence of detail) stays one; two happenings stay two; a toll,
// an actor or a sub-type told in one sentence goes to the event it belongs to. The reports are invented
// for this test; each row names the events a careful ACLED coder would code from it.
//
// Probe (session 12, against main at 6847b6d): 30 of 75 rows failed before (the others are regression
// guards, marked so); 0 still fail. Two gaps stayed test.todo; one is left (the second side of 'between X and Y'): the raid's town lost to
// place resolution is fixed and its rows moved to checklist-split3.test.ts.
import { test } from "node:test";
import { check } from "./checklist-testing.js";

const GR = "Government regains territory", OT = "Non-state actor overtakes territory", CL = "Armed clash", ATT = "Attack";
const SH = "Shelling/artillery/missile attack", AIR = "Air/drone strike", IED = "Remote explosive/landmine/IED", AB = "Abduction/forced disappearance";


const SUN = "2023-10-08";

test("a sentence of detail that retells the lead (no new place, no new day, a kindred deed) is the lead's event", () => {
  check([
    ["Gunmen killed 12 soldiers in an attack on an army post in Djibo on Sunday. The post came under attack at dawn when fighters on motorbikes surrounded it.",
      { sub: CL, loc: /Djibo/, date: SUN, a1: /^Unidentified/, a2: /^Military Forces of Burkina Faso/, fat: 12 }],
    ["Militants killed seven police officers in an ambush near Mandera on Sunday. The convoy was hit by a roadside bomb before gunmen opened fire.",
      { sub: CL, loc: /Mandera/, date: SUN, a1: /^Unidentified/, fat: 7 }],
    ["Gunmen killed 12 soldiers in an attack on an army post in Djibo on Sunday. The soldiers fought back for two hours before the attackers fled.",
      { sub: CL, loc: /Djibo/, a1: /^Unidentified/, a2: /^Military Forces of Burkina Faso/, fat: 12 }],
    ["Jihadists killed 20 soldiers in an attack on a military base near Arbinda on Sunday. The troops returned fire and the battle lasted until noon, a security source said.",
      { sub: CL, loc: /Arbinda/, a1: /^Unidentified/, a2: /^Military Forces of Burkina Faso/, fat: 20 }],
    ["A roadside bomb killed three soldiers near Gao on Sunday. The blast hit their patrol before gunmen opened fire on the survivors.", { sub: IED, loc: /Gao/, fat: 3 }],
    ["A suicide bomber killed nine people at a mosque in Maiduguri on Sunday. The attacker detonated his vest as worshippers gathered for prayers.", { sub: "Suicide bomb", loc: /Maiduguri/, fat: 9 }],
    // regression guards: already one event
    ["Jihadists killed 20 soldiers in an attack on a military base near Arbinda on Sunday. The base was attacked at dawn by hundreds of fighters, a security source said.", { sub: CL, loc: /Arbinda/, fat: 20 }],
    ["An air strike killed five people in Idlib on Sunday. Warplanes struck a market in the city centre at midday.", { sub: AIR, loc: /Idlib/, fat: 5 }],
    ["Rebels attacked Kasindi on Sunday, killing eight civilians. Residents said the rebels burned houses and shot people as they fled.", { sub: ATT, loc: /Kasindi/, fat: 8 }],
    ["Gunmen killed 12 soldiers in an attack on an army post in Djibo on Sunday. The attackers also abducted three soldiers.", { sub: CL, loc: /Djibo/, fat: 12 }],
  ]);
});

test("a sentence whose own words name another side acting is that side's deed, not a retelling (regression guard)", () => {
  check([
    ["Gunmen attacked an army post near Djibo on Sunday, killing five soldiers. Army drones struck the attackers as they fled.",
      { sub: CL, loc: /Djibo/, a1: /^Unidentified/, fat: 5 }, { sub: AIR, loc: /Djibo/, a1: /^Military Forces of Burkina Faso/ }],
    ["Rebels seized Kidal on Sunday. Hours later, army jets bombed rebel positions in the town.", { sub: OT, loc: /Kidal/ }, { sub: AIR, loc: /Kidal/, a1: /^Military Forces of Mali/ }],
  ]);
});

test("a quote or a rescue that retells the event is no event of its own (regression guard)", () => {
  check([
    ["Gunmen killed six villagers in Bunia on Sunday. \"They came at night and shot everyone,\" a resident said.", { sub: ATT, loc: /Bunia/, fat: 6 }],
    ["An air strike hit a house in Idlib on Sunday, killing four people. Rescue workers pulled survivors from the rubble.", { sub: AIR, loc: /Idlib/, fat: 4 }],
    ["A missile struck an apartment block in Kharkiv on Sunday, killing five people. Rescuers searched the rubble for survivors through the night.", { sub: SH, loc: /Kharkiv/, fat: 5 }],
    ["Gunmen killed six villagers in Bunia on Sunday. \"We buried them this morning,\" a local chief said.", { sub: ATT, loc: /Bunia/, fat: 6 }],
  ]);
});

test("two happenings in two towns on one day stay two, each with its own toll (regression guard)", () => {
  check([
    ["Gunmen attacked Djibo on Sunday, killing five civilians. On the same day, jihadists attacked an army post in Arbinda, killing eight soldiers.",
      { sub: ATT, loc: /Djibo/, fat: 5 }, { sub: CL, loc: /Arbinda/, fat: 8 }],
    ["A roadside bomb killed three soldiers near Gao on Sunday. Gunmen also killed four villagers in Menaka the same day.",
      { sub: IED, loc: /Gao/, fat: 3 }, { sub: ATT, loc: /M[ée]naka/, fat: 4 }],
  ]);
});

test("a side that acts 'later' is a clash of its own, not the attack's perpetrator (the rules; the keep-check holds the clash back)", () => {
  check([
    ["Gunmen killed six villagers in Bunia on Sunday. Soldiers later clashed with the attackers near the town.",
      { sub: ATT, loc: /Bunia/, a1: /^Unidentified/, fat: 6 }, { sub: CL, loc: /Bunia/, a1: /^Military Forces of (the )?Democratic Republic of (the )?Congo/ }],
    ["Gunmen killed 12 soldiers in an attack on an army post in Djibo on Sunday. Army jets later bombed the attackers' camp near the town.",
      { sub: CL, loc: /Djibo/, a1: /^Unidentified/, fat: 12 }, { sub: AIR, loc: /Djibo/, a1: /^Military Forces of Burkina Faso/ }],
  ], false);
});

test("a region-wide lead toll is not the toll of a town's event that gives its own figure", () => {
  check([
    ["Fighting across North Kivu province killed 40 people on Sunday. In Beni, 12 people died when rebels attacked a market.", { loc: /Beni/, fat: 12 }],
    ["Violence across Zamfara state killed 30 people on Sunday, officials said. In Gusau, gunmen killed eight traders.", { sub: ATT, loc: /Gusau/, fat: 8 }],
    ["Attacks across Borno state killed 25 people on Sunday. In Konduga, gunmen killed nine farmers.", { sub: ATT, loc: /Konduga/, fat: 9 }],
    ["Fighting across the province killed 40 people on Sunday. In Beni, 12 people died.", { loc: /Beni/, fat: 12 }],
    ["Clashes throughout the region killed 35 people on Sunday. In Beni alone, rebels killed 14 villagers.", { loc: /Beni/, fat: 14 }],
    // regression guard: a lead with a town of its own keeps its figure; a detail sentence with no figure takes the lead's
    ["A bomb killed 12 people at a market in Maiduguri on Sunday. The blast tore through the crowded market at midday.", { sub: IED, loc: /Maiduguri/, fat: 12 }],
  ]);
});

test("a running toll updates the event's toll, and makes no event of its own", () => {
  check([
    ["A bomb killed 12 people at a market in Maiduguri on Sunday. The death toll later rose to 30, officials said.", { sub: IED, loc: /Maiduguri/, date: SUN, fat: 30 }],
    ["Gunmen killed 12 villagers near Gusau on Sunday. The toll has since risen to 19, police said.", { sub: ATT, loc: /Gusau/, date: SUN, fat: 19 }],
    ["A suicide bomber killed 15 people at a market in Maiduguri on Sunday, police said.\n\nThe bomber detonated her explosives as traders set up stalls. Witnesses said the blast was heard across the city.\n\nThe death toll later rose to 19, a hospital official said.",
      { sub: "Suicide bomb", loc: /Maiduguri/, date: SUN, fat: 19 }],
    // regression guards
    ["A bomb killed 12 people at a market in Maiduguri on Sunday. The death toll rose to 30 on Monday, officials said.", { sub: IED, loc: /Maiduguri/, date: SUN, fat: 30 }],
    ["A bomb killed 12 people at a market in Maiduguri on Sunday. By Monday the toll had risen to 30.", { sub: IED, loc: /Maiduguri/, date: SUN, fat: 30 }],
  ]);
});

test("a toll of a whole week or month is a tally, no event on a single day", () => {
  check([
    ["Clashes in North Kivu killed more than 300 people last week, aid groups said."],
    ["Clashes this month killed 200 people in North Kivu, officials said."],
    ["Attacks by gunmen in Zamfara state killed 150 people last month, a rights group said."],
    // regression guard: a tally in a report that also tells one event leaves that event alone
    ["Gunmen killed six villagers in Bunia on Sunday. Attacks in the area have killed 200 people this month, the UN said.", { sub: ATT, loc: /Bunia/, date: SUN, fat: 6 }],
  ]);
});

test("the wounded, missing, displaced and arrested are no fatalities (regression guard)", () => {
  check([
    ["A bomb wounded 15 people in Maiduguri on Sunday.", { sub: IED, loc: /Maiduguri/, fat: 0 }],
    ["Gunmen attacked a village near Gusau on Sunday. Ten people are missing and 200 were displaced, officials said.", { sub: ATT, loc: /Gusau/, fat: 0 }],
    ["Gunmen killed two villagers near Gusau on Sunday. Five others were wounded and 12 are missing.", { sub: ATT, loc: /Gusau/, fat: 2 }],
  ]);
});

test("civilians killed by shelling or a strike are the strike's actor2", () => {
  check([
    ["Two civilians were killed by shelling in Kherson on Sunday.", { sub: SH, loc: /Kherson/, a2: /^Civilians \(Ukraine\)/, fat: 2 }],
    ["Two civilians were killed by Russian shelling in Kherson on Sunday.", { sub: SH, loc: /Kherson/, a1: /Russia/, a2: /^Civilians \(Ukraine\)/, fat: 2 }],
    ["Four children were killed in an air strike on Idlib on Sunday.", { sub: AIR, loc: /Idlib/, a2: /^Civilians \(Syria\)/, fat: 4 }],
    // regression guards: fighters killed are no civilians; the active form already reads them
    ["Three soldiers were killed by shelling in Kherson on Sunday.", { sub: SH, loc: /Kherson/, a2: /^(?!Civilians)/, fat: 3 }],
    ["Russian shelling killed two civilians in Kherson on Sunday.", { sub: SH, loc: /Kherson/, a2: /^Civilians \(Ukraine\)/, fat: 2 }],
  ]);
});

test("bare 'soldiers' in a town of another country are the force the report names, not that country's army", () => {
  check([
    ["Israeli forces raided the West Bank town of Jenin on Sunday. Soldiers shot dead two Palestinians during the raid, the health ministry said.",
      { sub: ATT, loc: /Jenin/, a1: /^Military Forces of Israel/, fat: 2 }],
    ["Israeli forces raided Jenin on Sunday, killing three Palestinians. Soldiers shot dead a man in the town, the health ministry said.",
      { sub: ATT, loc: /Jenin/, a1: /^Military Forces of Israel/ }],
    // regression guards: the country's own soldiers stay its own, and so do they when the report names them
    ["Gunmen killed six villagers in Bunia on Sunday. The next day, soldiers clashed with the attackers.", { sub: ATT, loc: /Bunia/ }, { sub: CL, loc: /Bunia/, a1: /^Military Forces of (the )?Democratic Republic of (the )?Congo/ }],
    ["Insurgents attacked Palma on Sunday. The next day, Mozambican soldiers clashed with the insurgents in the town.", { sub: ATT, loc: /Palma/ }, { sub: CL, loc: /Palma/, date: "2023-10-09", a1: /^Military Forces of Mozambique/ }],
  ]);
  // (the rules: the keep-check holds the arrests back)
  check([
    ["Israeli troops raided Nablus on Sunday, killing two Palestinians. Soldiers also arrested five people.",
      { sub: ATT, loc: /Nablus/, a1: /^Military Forces of Israel/, fat: 2 }, { sub: "Arrests", loc: /Nablus/, a1: /^Military Forces of Israel/ }],
  ], false);
});

test("a raid, or a town entered and left again, is a clash or an attack, not a change of hands", () => {
  check([
    ["Troops entered Djibo on Sunday and withdrew later that day.", { sub: CL, loc: /Djibo/ }],
    ["Troops entered the town of Djibo on Sunday and then withdrew.", { sub: CL, loc: /Djibo/ }],
    ["Al-Shabaab fighters entered the town of Adale on Sunday and pulled out the same evening.", { sub: CL, loc: /Adale/ }],
    ["Rebels entered the town of Kasindi on Sunday and then withdrew after looting shops.", { sub: CL, loc: /Kasindi/ }],
    // the side that fought and pulled out took nothing
    ["Israeli troops pulled out of Nablus on Sunday after a two-day raid in which gunmen fought the soldiers.", { sub: CL, loc: /Nablus/, a1: /^Military Forces of Israel/ }],
    ["Troops pulled out of Djibo on Sunday after an operation in which militants fought them for hours.", { sub: CL, loc: /Djibo/ }],
    // regression guards
    ["Israeli forces raided Jenin on Sunday, killing three Palestinians.", { sub: ATT, loc: /Jenin/, a1: /^Military Forces of Israel/, fat: 3 }],
    ["Troops entered the town of Djibo on Sunday and withdrew hours later.", { sub: CL, loc: /Djibo/ }],
    ["Fighters stormed the town of Djibo on Sunday and clashed with troops.", { sub: CL, loc: /Djibo/ }],
    ["Israeli forces stormed Tulkarm on Sunday and clashed with Palestinian gunmen.", { sub: CL, loc: /Tulkarm/ }],
    ["Al-Shabaab fighters stormed the town of Adale on Sunday and clashed with troops before retreating.", { sub: CL, loc: /Adale/ }],
    ["Al-Shabaab fighters seized the town of Adale on Sunday after soldiers withdrew.", { sub: OT, loc: /Adale/ }],
    ["The army retook Kidal on Sunday after heavy fighting.", { sub: GR, loc: /Kidal/ }],
  ]);
});

test("an abduction told with its follow-up detail stays one event (regression guard)", () => {
  check([
    ["Gunmen abducted 20 passengers from a bus near Gusau on Sunday. The kidnappers forced the passengers into the forest, police said.", { sub: AB, loc: /Gusau/ }],
  ]);
});

test("a fight that killed civilians is the fight, with its dead as its toll, not an attack on civilians", () => {
  check([
    ["Fighting between the army and RSF in Omdurman killed 25 civilians on Sunday.", { sub: CL, loc: /Omdurman/, a1: /^Military Forces of Sudan/, a2: /^Rapid Support Forces/, fat: 25 }],
    ["Clashes between soldiers and militants near Gao killed 12 people, including five civilians, on Sunday.", { sub: CL, loc: /Gao/, a1: /^Military Forces of Mali/, fat: 12 }],
    ["Heavy fighting in Omdurman killed 25 civilians on Sunday.", { sub: CL, loc: /Omdurman/, a2: /^(?!Civilians)/, fat: 25 }],
    // regression guard: gunmen who killed civilians during fighting attacked them
    ["Gunmen killed 25 civilians in Omdurman on Sunday during fighting.", { sub: ATT, loc: /Omdurman/, fat: 25 }],
  ]);
});

test("a later sentence that tells part of the toll, a rival count, the attackers' dead, the aftermath or history adds no event (regression guard)", () => {
  check([
    ["Gunmen killed 10 people in Gusau on Sunday. Among the dead were three children.", { sub: ATT, loc: /Gusau/, fat: 10 }],
    ["A drone strike hit a wedding party in Kandahar on Sunday, killing 14 people. Eight of the dead were women, a local official said.", { sub: AIR, loc: /Kandah/, fat: 14 }],
    ["Gunmen killed 20 villagers near Gusau on Sunday, local officials said. The army later put the toll at 15.", { sub: ATT, loc: /Gusau/, fat: 15 }],
    ["Jihadists attacked an army post in Djibo on Sunday, killing 12 soldiers. The army said 20 attackers were killed when troops repelled the assault.", { sub: CL, loc: /Djibo/, fat: 32 }],
    ["Gunmen killed six villagers in Bunia on Sunday. The attack was the deadliest in the area since June.", { sub: ATT, loc: /Bunia/, fat: 6 }],
    ["Gunmen killed 12 people in Gusau on Sunday. A day later, mourners buried the victims in a mass grave.", { sub: ATT, loc: /Gusau/, date: SUN, fat: 12 }],
    ["Gunmen killed six villagers in Bunia on Sunday. Separately, a roadside bomb killed two soldiers near Beni.", { sub: ATT, loc: /Bunia/, fat: 6 }, { sub: IED, loc: /Beni/, fat: 2 }],
  ]);
});

test("the residents who tell of a fight are its source, not its actor2; a fight's other side is the one its mentions name acting", () => {
  check([
    ["M23 rebels attacked army positions near Sake on Sunday, residents said.\n\nFighting raged for hours, and the army said it had repelled the assault, killing 15 rebels. Four soldiers were also killed.",
      { sub: CL, loc: /Sake/, a1: /^March 23/, a2: /^Military Forces of (the )?Democratic Republic of (the )?Congo/, fat: 19 }],
    ["Clashes erupted near Sake on Sunday. Soldiers fought M23 rebels for hours, the army said.", { sub: CL, loc: /Sake/, a1: /^March 23/, a2: /^Military Forces of (the )?Democratic Republic of (the )?Congo/ }],
  ]);
});

test.todo("'Fighting broke out in Sake between M23 rebels and the army, residents said' has no actor2: the second side named after 'between ... and' is not read");
