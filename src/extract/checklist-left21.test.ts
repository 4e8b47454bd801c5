// Probe: 18 of 36 rows failed on the starting code (49c862e); no guard among them.
// A checklist read off session 20's leftovers in tuning sets 21 and 22, by families of wordings:
//   - a deed told in an "after" clause with its own day ("denied ..., after rights groups said at least 22 people,
//     among them 14 children, were killed there on Friday"): a count's aside ("among them 14 children", "including
//     six women") between a subject and its verb is no clause of its own, and a long stretch before "after X said" does not
//     cut the retold deed from its day;
//   - soldiers or police "escorting a convoy" who "hit a roadside bomb": they are its target, not who planted it
//     (an unnamed hand: the country's unidentified armed group);
//   - a lead that tells "coordinated attacks across the province" does not make the next paragraph's own scene
//     ("In X district, gunmen shot dead 23 people") a summary of that series;
//   - "Jordan said its air force had also shot down drones that entered its airspace": a state acting in its own
//     airspace acts in its own country; it does not take over the interception told at another country's city;
//   - "seized X after the army collapsed in the face of an offensive launched from Y on Wednesday": the day dates the
//     campaign's start, not the capture (which keeps the day it was told, a bound a later sentence may refine);
//   - "Six were killed as protests turned violent across Bangladesh" then "In the city of X, police opened fire on
//     protesters": the country-wide lead merged with the town's scene gives it its day, not its kind.
// Each family has a guard that must not change. The sentences are invented. PUBLISHED is Wednesday 11 October 2023.
import { test } from "node:test";
import { check, ARMY, POLICE, UAG } from "./checklist-testing.js";

test("a count's aside inside an 'after' clause does not cut the deed from its own day", () => {
  check([
    ["Cameroon's army on Tuesday denied that its soldiers massacred civilians in Ndu, after the United Nations said at least 22 people, among them 14 children, were killed there on Saturday.",
      { sub: "Attack", loc: /^Ndu$/, date: "2023-10-07" }],
    ["Mali's army on Tuesday rejected claims that its troops killed villagers in Tessit, after residents said 30 people, including six women, were shot dead there on Sunday.",
      { loc: /^Tessit$/, date: "2023-10-08" }],
    ["Police in Kumba on Tuesday denied that officers killed protesters, after witnesses said 9 people, most of them students, were shot dead in the town on Sunday.",
      { loc: /^Kumba$/, date: "2023-10-08" }],
    ["Burkina Faso's government on Tuesday denied that soldiers killed civilians in Djibo, after Human Rights Watch said 18 men, among them two imams, were executed there on Saturday.",
      { loc: /^Djibo$/, date: "2023-10-07" }],
    // ...nor does a long stretch between the denied deed and the "after" clause that retells it with its day
    ["Cameroon's army on Tuesday denied that its soldiers massacred civilians in the town of Ndu in the English-speaking North-West region, after the United Nations and local rights groups said at least 22 people were killed there on Saturday.",
      { sub: "Attack", loc: /^Ndu$/, date: "2023-10-07" }],
    ["Ethiopia's government on Tuesday rejected reports that troops had killed villagers near Bahir Dar in the Amhara region, after witnesses and a local official told reporters that 40 people were shot dead there on Sunday.",
      { loc: /^Bahir Dar$/, date: "2023-10-08" }],
    // guard: an "after" clause telling another deed (an arrest answers a killing) keeps the main verb's own day
    ["Police on Tuesday arrested three men in Kumba after gunmen killed a trader in the town on Sunday.",
      { sub: "Arrests", loc: /^Kumba$/, date: "2023-10-10" }, { sub: "Attack", loc: /^Kumba$/, date: "2023-10-08" }],
    // guard: with no aside the after clause keeps its own day as before
    ["Cameroon's army on Tuesday denied that its soldiers massacred civilians in Ndu, after the United Nations said at least 22 people were killed there on Saturday.",
      { sub: "Attack", loc: /^Ndu$/, date: "2023-10-07" }],
  ]);
});

test("forces escorting a convoy that hit a bomb are its target, not its planter", () => {
  check([
    ["Soldiers escorting a convoy of trucks hit a roadside bomb near Djibo on Monday, killing four of them, the army said.",
      { sub: "Remote explosive/landmine/IED", loc: /^Djibo$/, a1: UAG("Burkina Faso"), a2: ARMY("Burkina Faso") }],
    ["Troops escorting a fuel convoy struck a landmine on the road near Gao on Sunday, killing two soldiers, the army said.",
      { sub: "Remote explosive/landmine/IED", loc: /^Gao$/, a1: UAG("Mali"), a2: ARMY("Mali") }],
    ["Police escorting a bus of pilgrims hit an improvised explosive device near Kulachi on Sunday, wounding five officers, police said.",
      { sub: "Remote explosive/landmine/IED", loc: /^Kulachi$/, a1: UAG("Pakistan"), a2: POLICE("Pakistan") }],
    ["Cameroon's army said on Tuesday that soldiers guarding a convoy of traders had hit a roadside bomb near Mora on Monday, killing three of them.",
      { sub: "Remote explosive/landmine/IED", loc: /^Mora$/, a1: UAG("Cameroon"), a2: ARMY("Cameroon") }],
    // guard: soldiers who plant or detonate nothing are still the actor of what they do
    ["Soldiers defused a roadside bomb near Djibo on Monday and then shelled militant positions nearby, the army said.",
      { loc: /^Djibo$/, a1: ARMY("Burkina Faso") }],
  ]);
});

test("a lead telling coordinated attacks across a province leaves the next paragraph's scene its own", () => {
  check([
    ["QUETTA, Pakistan — Separatist militants carried out coordinated attacks across Balochistan overnight, officials said on Tuesday.\n\nIn Musakhel district, gunmen blocked the highway and shot dead 23 people, a district official said.",
      { sub: "Attack", loc: /Musa/, cc: "PK", fat: 23 }],
    ["MAIDUGURI, Nigeria — Jihadists carried out coordinated attacks across Borno state overnight, officials said on Tuesday.\n\nIn Konduga, gunmen stopped a bus and shot dead 11 passengers, a local official said.",
      { sub: "Attack", loc: /Konduga/, cc: "NG", fat: 11 }],
    ["BAMAKO — Militants launched simultaneous attacks across central Mali on Monday, the army said on Tuesday.\n\nIn Bandiagara, gunmen killed 14 villagers at a market, a local official said.",
      { sub: "Attack", loc: /Bandiagara/, cc: "ML", fat: 14 }],
    // ...and the men's home province ("23 men from Punjab") is not the scene
    ["QUETTA, Pakistan — At least 30 people were killed on Tuesday in coordinated attacks by militants across Balochistan, officials said.\n\nThe deadliest attack took place in Musakhel district, where gunmen stopped buses and shot dead 23 men from Punjab, the district administrator said.",
      { sub: "Attack", loc: /Musa/, cc: "PK" }],
    // guard: a paragraph that itself sums up the series across the province tells no scene of its own
    ["QUETTA, Pakistan — Separatist militants carried out coordinated attacks across Balochistan overnight, officials said on Tuesday.\n\nAcross the province, the militants shot dead 23 people, officials said."],
  ]);
});

test("a state that shoots down what entered its own airspace acts there, not at another country's scene", () => {
  check([
    ["TEL AVIV — Iran fired dozens of missiles at Israel overnight, and most of them were intercepted over Jerusalem, the Israeli military said on Sunday.\n\nJordan said its air force had also shot down several drones that entered its airspace.",
      { sub: "Disrupted weapons use", loc: /^Jerusalem$/, a1: /Israel|Iran/ }],
    ["RIYADH — The Houthis fired a barrage of drones at Riyadh on Sunday, and Saudi air defences intercepted most of them over the city, the coalition said.\n\nBahrain said its air defences had also intercepted two drones that violated its airspace.",
      { sub: "Disrupted weapons use", loc: /^Riyadh$/, a1: /Saudi Arabia/ }],
    ["KYIV — Russia launched 40 drones at Kyiv overnight, and air defences shot down 35 of them over the capital, officials said on Tuesday.\n\nMoldova said its army had also downed a drone that crossed into its territory.",
      { sub: "Air/drone strike", loc: /^Kyiv$/ }, { sub: "Disrupted weapons use", loc: /^Kyiv$/, a1: /Ukraine/ }],
    // guard: a state downing drones over its own city keeps that city
    ["KYIV — Russia launched 40 drones at Kyiv overnight, and Ukraine said its air defences shot down 35 of them over the capital, officials said on Tuesday.",
      { sub: "Air/drone strike", loc: /^Kyiv$/ }, { sub: "Disrupted weapons use", loc: /^Kyiv$/, a1: /Ukraine/ }],
  ]);
});

test("a campaign's start told with its noun dates the campaign, not the capture that came of it", () => {
  check([
    ["Rebels have seized most of Goma after the army collapsed in the face of an offensive launched from the hills on Monday, residents said on Wednesday.",
      { sub: "Non-state actor overtakes territory", loc: /^Goma$/, date: "2023-10-11" }],
    ["Jihadists captured the town of Djibo after soldiers fled a campaign that began on Sunday, officials said on Tuesday.",
      { sub: "Non-state actor overtakes territory", loc: /^Djibo$/, date: "2023-10-10" }],
    ["Insurgents took control of the Mozambican town of Palma after troops withdrew in the face of an offensive launched from the coast on Sunday, a security source said on Tuesday.",
      { sub: "Non-state actor overtakes territory", loc: /^Palma$/, date: "2023-10-10" }],
    // guard: a start told by its first deed ("began on Sunday, when ...") dates that deed
    ["The rebels' offensive began on Sunday, when their fighters captured the town of Djibo, officials said on Tuesday.",
      { sub: "Non-state actor overtakes territory", loc: /^Djibo$/, date: "2023-10-08" }],
    // guard: the offensive that is itself the cue keeps its own day
    ["The army launched an offensive on Monday to retake Wad Madani, officials said.",
      { loc: /^Wad Madani$/, date: "2023-10-09" }],
  ]);
});

test("a lead summing up protests across a country lends the town's scene its day, not its kind", () => {
  check([
    ["NAIROBI, Kenya — At least six people were killed on Tuesday as protests against a finance bill turned violent across Kenya, police said.\n\nIn the western city of Kisumu, police opened fire on protesters outside the county offices, killing a student, witnesses said.",
      { sub: "Excessive force against protesters", loc: /^Kisumu$/, date: "2023-10-10", fat: 1 }],
    ["ABUJA, Nigeria — Three people were killed on Monday as fuel protests turned violent across Nigeria, officials said.\n\nIn the northern city of Kano, soldiers fired live rounds at demonstrators near the palace, killing two, witnesses said.",
      { sub: "Excessive force against protesters", loc: /^Kano$/, date: "2023-10-09" }],
    ["DHAKA, Bangladesh — Protests by garment workers turned violent across the country on Tuesday, police said.\n\nIn Gazipur, police fired rubber bullets and tear gas at workers blocking a highway, wounding dozens, witnesses said.",
      { sub: ["Excessive force against protesters", "Protest with intervention"], loc: /^Gazipur$/, date: "2023-10-10" }],
    // guard: a scene whose own words tell violence stays a violent demonstration
    ["NAIROBI, Kenya — Protests turned violent across Kenya on Tuesday, police said.\n\nIn Kisumu, protesters burned tyres and threw stones at police, witnesses said.",
      { sub: "Violent demonstration", loc: /^Kisumu$/, date: "2023-10-10" }],
  ]);
});

// The rule chosen for looting beside a capture (tune21's Kombolcha case, whose gold codes the WFP warehouses' looting
// apart from the town's fall): looting told as its clause's own deed, the capture only in a relative clause of its doers,
// is an event of its own; "captured X and looted the bank", one subject's two verbs, stays the capture alone (the
// looting is part of the taking, as ACLED codes it). (In the long tune21 report the learned keep-check still holds the
// looting back; the rules build it.)
test("looting told as its clause's own deed beside a capture in a relative clause is its own event", () => {
  check([
    ["Aid agency stocks in Kombolcha had been looted by rebel fighters who entered the town on Sunday, the WFP said on Tuesday.",
      { sub: "Non-state actor overtakes territory", loc: /^Kombolcha$/ }, { sub: "Looting/property destruction", loc: /^Kombolcha$/, date: "2023-10-08" }],
    ["Shops in Djibo had been looted by jihadists who overran the town on Sunday, residents said on Tuesday.",
      { sub: "Non-state actor overtakes territory", loc: /^Djibo$/ }, { sub: "Looting/property destruction", loc: /^Djibo$/ }],
    ["The Red Cross said its warehouse in Kidal had been looted by fighters who seized the town on Sunday.",
      { sub: "Non-state actor overtakes territory", loc: /^Kidal$/ }, { sub: "Looting/property destruction", loc: /^Kidal$/ }],
    // guard: one subject's capture and looting, told as two verbs of one clause, stay the capture
    ["Rebels captured Kombolcha on Sunday and looted aid warehouses, the WFP said.",
      { sub: "Non-state actor overtakes territory", loc: /^Kombolcha$/, date: "2023-10-08" }],
  ]);
});
