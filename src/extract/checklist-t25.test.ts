// Probe: 18 of 35 rows failed on the starting code (3af6895); one of them a guard (people taken to a police station were read as a capture).
// A checklist read off tuning set 25's misses and extras (session 22, opened held-out set 6), by families of wordings:
//   - settlers or gunmen who "attacked the hamlet of X": a hamlet is a village (civ.attack read villages only);
//   - troops who "raided the town and detained six people", with no harm told: the raid is the arrest, no attack;
//   - people "rounded up ... and shot": the killing, one attack (as for abductions ending in a killing), no arrest;
//   - people detained and "taken to an unknown location", "whereabouts unknown": a forced disappearance, no arrest;
//   - fighters who "entered the hamlet of X and shot dead at least nine men": the killing, no change of territory;
//   - captives "marched into the bush": no march of protesters;
//   - a crowd that "dispersed by evening", "dispersed after a meeting with the governor": it left, no force met it;
//   - "X claimed the raid in a statement": the raid told already, no raid "in" a place;
//   - a paragraph the report labels "Background:": what came before the news, whatever its days;
//   - "On Thursday, a day after the takeover, residents reported fighting": the clause's own day, news, not history;
//   - looting told with a killing of its own at the same place and day: an attack, the gravest act;
//   - a member of an Indigenous Guard (an unarmed civic guard) shot dead: violence against civilians, no battle;
//   - "said on Tuesday it had captured X after overrunning its last posts on Monday": the capture's day is Monday;
//   - "arrested hundreds since the weekend under a state of emergency first declared last August": the day a measure
//     was decreed dates the measure, not the deed done under it; "since the weekend" is a day;
//   - "the Grand Ravine gang", "the Sinaloa cartel": a place naming an armed group is no scene;
//   - "people of Amhara ethnicity", "men of Pashtun origin": a people, no scene.
// Each family has a guard that must not change. The sentences are invented. PUBLISHED is Wednesday 11 October 2023.
import { test } from "node:test";
import { check } from "./checklist-testing.js";

test("a hamlet attacked is a village attacked", () => {
  check([
    ["Armed settlers attacked the hamlet of Umm al-Kheir near Hebron on Monday, beating three farmers, residents said.",
      { sub: "Attack", loc: /Umm al-Kh|Hebron/, date: "2023-10-09" }],
    // guard: a village attacked stays an attack
    ["Gunmen attacked the village of Kwall in Plateau state on Monday, killing six people, police said.",
      { sub: "Attack", date: "2023-10-09", fat: 6 }],
  ]);
});

test("a raid told by the people it detained is the arrest, not an attack", () => {
  check([
    ["Israeli troops raided the town of Tubas on Monday and detained nine Palestinians, a prisoners' group said.",
      { sub: "Arrests", loc: /^Tubas$/, date: "2023-10-09" }],
    ["Security forces stormed the village of Ikot Abasi on Tuesday and arrested 14 youths, a local chief said.",
      { sub: "Arrests", date: "2023-10-10" }],
    // guard: a raid that killed people stays an attack
    ["Soldiers raided the village of Kwall in Plateau state on Monday and shot dead four men, residents said.",
      { sub: "Attack", date: "2023-10-09", fat: 4 }],
  ]);
});

test("people rounded up and then shot: one attack, no arrest", () => {
  check([
    ["Soldiers killed at least 11 civilians in the village of Sokolo on Monday, residents said. Troops rounded up men near the mosque and shot them, a witness said.",
      { sub: "Attack", loc: /Sokolo/, date: "2023-10-09", fat: 11 }],
    // guard: a round-up with no killing stays an arrest
    ["Police rounded up 30 suspected gang members in Kumasi on Monday, a spokesman said.",
      { sub: "Arrests", loc: /^Kumasi$/, date: "2023-10-09" }],
  ]);
});

test("people detained and taken to an unknown place: a forced disappearance", () => {
  check([
    ["A rights group said soldiers had detained eight young men at a checkpoint outside Mandalay on Monday and taken them to an unknown location.",
      { sub: "Abduction/forced disappearance", date: "2023-10-09" }],
    ["Security agents detained two activists in Harare on Monday and drove them to an undisclosed location, their lawyer said.",
      { sub: "Abduction/forced disappearance", loc: /^Harare$/, date: "2023-10-09" }],
    // guard: detained and taken to a police station stays an arrest
    ["Police detained eight young men at a checkpoint outside Mandalay on Monday and took them to a police station.",
      { sub: "Arrests", date: "2023-10-09" }],
  ]);
});

test("fighters who entered a village and shot its men: an attack, no change of territory", () => {
  check([
    ["Militiamen entered the hamlet of Dourou, near Bandiagara, on Saturday and shot dead at least twelve men, a rights group said.",
      { sub: "Attack", date: "2023-10-07", fat: 12 }],
    // guard: an entry with no killing told stays a change of territory
    ["Rebels entered the town of Bunagana on Saturday after heavy fighting with the army, residents said.",
      { sub: "Non-state actor overtakes territory", loc: /^Bunagana$/, date: "2023-10-07" }],
  ]);
});

test("captives marched into the bush are no march of protesters", () => {
  check([
    ["Gunmen abducted four nurses from a clinic in Bamenda on Monday and marched them into the forest, officials said.",
      { sub: "Abduction/forced disappearance", loc: /^Bamenda$/, date: "2023-10-09" }],
    // guard: people who marched to a ministry protest
    ["Hundreds of nurses marched to the health ministry in Bamenda on Monday to demand unpaid wages.",
      { sub: "Peaceful protest", loc: /^Bamenda$/, date: "2023-10-09" }],
  ]);
});

test("a crowd that dispersed by a time or after a meeting was met by no force", () => {
  check([
    ["About 2,000 people gathered outside the parliament in Accra on Monday to demand lower fuel prices; the crowd was peaceful and dispersed by nightfall.",
      { sub: "Peaceful protest", loc: /^Accra$/, date: "2023-10-09" }],
    ["Hundreds of traders marched in Kisumu on Monday to protest against new levies. The march was calm and dispersed after a meeting with the county governor.",
      { sub: "Peaceful protest", loc: /^Kisumu$/, date: "2023-10-09" }],
    // guard: police who dispersed a crowd intervened
    ["Police dispersed hundreds of traders protesting against new levies in Kisumu on Monday.",
      { sub: "Protest with intervention", loc: /^Kisumu$/, date: "2023-10-09" }],
  ]);
});

test("a raid claimed in a statement is the raid told already", () => {
  check([
    ["Insurgents raided the village of Chai, near Macomia, on Sunday night, beheading three men, residents said. The Islamic State claimed the raid in a statement on Tuesday.",
      { sub: "Attack", date: "2023-10-08", fat: 3 }],
    // guard: a raid told with its place is a raid
    ["Soldiers carried out a raid on militant positions in Mocimboa da Praia on Monday, killing four fighters, the army said.",
      { sub: "Armed clash", date: "2023-10-09", fat: 4 }],
  ]);
});

test("a paragraph labelled background tells no news", () => {
  check([
    ["Gunmen killed five farmers near Bokkos on Monday, police said.\n\nBackground: Plateau state has seen waves of killings since 2001. Last week, eight villagers were killed when gunmen attacked a market in Mangu.",
      { sub: "Attack", loc: /Bokkos/, date: "2023-10-09", fat: 5 }],
    // guard: an unlabelled paragraph with a fresh day is still news
    ["Gunmen killed five farmers near Bokkos on Monday, police said.\n\nOn Sunday, eight villagers were killed when gunmen attacked a market in Mangu.",
      { sub: "Attack", loc: /Bokkos/, date: "2023-10-09", fat: 5 }, { sub: "Attack", loc: /Mangu/, date: "2023-10-08", fat: 8 }],
  ]);
});

test("'On Tuesday, a day after X,' opens a fresh happening on its own day", () => {
  check([
    ["Militiamen seized the town of Lalibela on Monday, residents said.\n\nOn Tuesday, a day after the Lalibela takeover, residents of Woldia reported heavy fighting between the army and the militia around the town.",
      { sub: "Non-state actor overtakes territory", loc: /^Lalibela$/, date: "2023-10-09" }, { sub: "Armed clash", loc: /^(?:Woldia|Weldiya)$/, date: "2023-10-10" }],
    // guard: a happening told only as days after an old one stays history
    ["The raid came days after rebels shelled the town of Woldia."],
  ]);
});

test("looting told with a killing at the same place and day is an attack", () => {
  check([
    ["Fighters looted shops in the town of Um Rawaba on Tuesday evening. At least four civilians were shot dead as they tried to stop the fighters from taking their cattle, a local group said.",
      { sub: "Attack", date: "2023-10-10", fat: 4 }],
    // guard: looting alone stays looting
    ["Fighters looted shops and the pharmacy in the town of Um Rawaba on Tuesday evening, residents said.",
      { sub: "Looting/property destruction", date: "2023-10-10" }],
  ]);
});

test("a member of an Indigenous Guard shot dead is a civilian killed", () => {
  check([
    ["A member of the Indigenous Guard was shot dead by armed men on a motorcycle in Caldono on Saturday, an indigenous council said.",
      { sub: "Attack", loc: /^Caldono$/, date: "2023-10-07" }],
    // guard: a prison guard killed by gunmen fell in an armed clash
    ["A prison guard was shot dead by gunmen in Caldono on Saturday, police said.",
      { sub: "Armed clash", loc: /^Caldono$/, date: "2023-10-07" }],
  ]);
});

test("a capture said on one day and completed on an earlier one is dated by the deed", () => {
  check([
    ["The Arakan Army said on Tuesday it had captured Kyauktaw, a town about 40 km north of the state capital Sittwe, after overrunning the last army outposts there on Monday.",
      { sub: "Non-state actor overtakes territory", loc: /^Kyauktaw$/, date: "2023-10-09" }],
    // guard: a capture told only by the day it was said keeps that day
    ["The Arakan Army said on Tuesday it had captured Kyauktaw.",
      { sub: "Non-state actor overtakes territory", loc: /^Kyauktaw$/, date: "2023-10-10" }],
  ]);
});

test("the day a measure was decreed does not date a deed done under it", () => {
  check([
    ["Flooding closed roads in the north on Friday.\n\nPolice in Nairobi said they had arrested more than 200 people since the weekend under a curfew first imposed last August.",
      { sub: "Arrests", loc: /^Nairobi$/, date: "2023-10-07" }],
    // guard: an arrest told with its own old day stays history
    ["Flooding closed roads in the north on Friday.\n\nPolice in Nairobi arrested more than 200 people last August under a curfew."],
  ]);
});

test("a place naming a gang or cartel is no scene", () => {
  check([
    ["Gang members stormed a police station in Gressier on Monday, killing two officers, officials said. The Grand Ravine gang took control of the town for several hours.",
      { sub: "Armed clash", loc: /^Gressier$/, date: "2023-10-09", fat: 2 }],
    // guard: a gang that attacked a place told by "in" keeps it as the scene
    ["Gang members attacked residents in Grand Ravine on Monday, killing three people, police said.",
      { sub: "Attack", loc: /^Grand Ravine$/, date: "2023-10-09", fat: 3 }],
  ]);
});

test("people of a region's ethnicity are no scene", () => {
  check([
    ["Police in Addis Ababa said on Tuesday they had arrested dozens of people of Tigray ethnicity in the capital.",
      { sub: "Arrests", loc: /^Addis Ababa$/, date: "2023-10-10" }],
    // guard: arrests told in the region itself stay there
    ["Police arrested dozens of people in Tigray on Tuesday, a rights group said.",
      { sub: "Arrests", loc: /Tigray|Mek/, date: "2023-10-10" }],
  ]);
});
