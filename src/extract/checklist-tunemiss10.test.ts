// A checklist for misses read off tuning set 20 (session 14, its last 20 reports) whose causes hold for any
// report of their kind: the day of a happening told after its verb when the day before the verb belongs to
// another verb ("a group said on Tuesday that gunmen raped ... on Saturday", "imposed a curfew on Tuesday
// after mobs torched ... on Monday"); a square, street or river named after a town, a region or a person
// ("Kirov Square", "the upper Naryn river"), which is no scene; a city quarter the gazetteer knows only as a
// namesake town far away ("Cali's San Fernando neighbourhood", "the colonias X and Y of Ciudad Juárez"), which
// lies in its city; towns the packages lack (Teldeniya and Digana in Sri Lanka, San Lorenzo in Ecuador); a
// "not" inside a quoted slogan, which negates no verb of the clause; a missed deadline, which is past, not a
// forecast; and a happening with its own day a week before the lead's, which is not the lead's event.
// The sentences are invented for this test.
//
// Probe (session 14, against main at 56e0016): 10 of 18 rows failed before (the other 8 are regression
// guards: a day told before a subordinator within reach, days told after the telling, a street in a city
// named plainly, a quarter the gazetteer does not know, a city's own district, a negation quoted inside the
// cue's own quote, an earlier own-dated arrest beside the lead's protests); 0 still fail.
import { test } from "node:test";
import { check } from "./checklist-testing.js";

test("a day told after the verb dates it when the day before belongs to the telling or to the main verb", () => {
  check([
    ["A rights group said on Tuesday that armed men raped at least nine women and girls, among them a 13-year-old, during a raid on villages near Mirebalais in central Haiti on Saturday.",
      { sub: "Sexual violence", loc: /^Mirebalais$/, date: "2023-10-07" }],
    // (a curfew is coded only with forces sent in: data/cues/events.json group.emergency, session 16)
    ["The government imposed a curfew on Tuesday and deployed troops after mobs torched dozens of shops, several homes and a mosque in the Ampara area of Sri Lanka's Eastern Province on Monday.",
      { sub: "Mob violence", loc: /^Ampara$/, date: "2023-10-09" }, { sub: "Change to group/activity", date: "2023-10-10" }],
    // guards: the day the telling was done comes after the happening's own day
    ["Gunmen killed five villagers near Djibo in Burkina Faso on Saturday, the army said on Tuesday.",
      { sub: "Attack", loc: /^Djibo$/, date: "2023-10-07" }],
    ["Police said on Tuesday that gunmen had killed four farmers and burned their houses in a village near Bokkos in Plateau State on Saturday.",
      { sub: "Attack", loc: /^Bokkos$/, date: "2023-10-07" }],
  ]);
});

test("a square, street or river named after a town or region is no scene", () => {
  check([
    ["Police detained hundreds of demonstrators who gathered at Kirov Square in Moscow on Saturday, a monitoring group said.",
      { sub: "Protest with intervention", loc: /^Moscow$/, date: "2023-10-07" }],
    ["Soldiers and border guards exchanged fire on Saturday along the upper Naryn river near the Kyrgyz town of Kerben, officials said.",
      { sub: "Armed clash", loc: /^Kerben$/, date: "2023-10-07" }],
    // guard: the city named plainly
    ["In Tbilisi, riot police dispersed several thousand protesters on Rustaveli Avenue with water cannon on Monday night.",
      { sub: "Protest with intervention", loc: /^Tbilisi$/, date: "2023-10-09" }],
  ]);
});

test("a city quarter known only as a far namesake town lies in its city", () => {
  check([
    ["A grenade was thrown at a police station in Cali's San Fernando neighbourhood on Saturday, wounding four officers, police said.",
      { sub: "Grenade", loc: /^Cali$/, date: "2023-10-07" }],
    ["Gunmen shot dead six people in the colonias Las Palmas and Santa Rosa of Ciudad Juarez, Mexico, on Saturday night, prosecutors said.",
      { sub: "Attack", loc: /^Ciudad Juarez$/, date: "2023-10-07", fat: 6 }],
    // guards: a quarter the gazetteer does not know; a city's own district
    ["A bomb exploded near a police post in Cucuta's La Libertad neighbourhood on Sunday, police said.",
      { sub: "Remote explosive/landmine/IED", loc: /^Cucuta$/, date: "2023-10-08" }],
    ["A bomb went off in a market in Karachi's Lyari neighbourhood on Saturday, killing two people, police said.",
      { sub: "Remote explosive/landmine/IED", loc: /^Karachi$/, date: "2023-10-07", fat: 2 }],
  ]);
});

test("towns the packages lack are placed", () => {
  check([
    ["A mob set fire to shops in Teldeniya in Sri Lanka's Kandy district on Monday, police said.",
      { sub: "Mob violence", loc: /^Teldeniya$/, date: "2023-10-09" }],
    ["Rioters burned a mosque and several houses in Digana, Sri Lanka, on Monday night, police said.",
      { loc: /^Digana$/, date: "2023-10-09" }],
    ["A car bomb exploded outside a navy base in San Lorenzo, in Ecuador's Esmeraldas province, on Saturday, wounding six sailors.",
      { sub: "Remote explosive/landmine/IED", loc: /^San Lorenzo$/, cc: "EC", date: "2023-10-07" }],
  ]);
});

test("a quoted slogan's negation and a missed deadline do not rule a happening out", () => {
  check([
    ["In Lyon, a few hundred people gathered peacefully outside the town hall on Monday evening with banners reading \"Justice is not a crime\", before dispersing.",
      { sub: "Peaceful protest", loc: /^Lyon$/, date: "2023-10-09" }],
    ["Police arrested the opposition leader on Monday at his party's offices in Dhaka, where he had been holed up since missing a deadline to surrender.",
      { sub: "Arrests", loc: /^Dhaka$/, date: "2023-10-09" }],
    // guard: a denial quoted with its own negation still reads as the army's word only
    ["The army said on Monday that it \"did not fire\" on anyone, after witnesses said soldiers shot dead two protesters in Gao on Sunday.",
      { sub: "Excessive force against protesters", loc: /^Gao$/, date: "2023-10-08", fat: 2 }],
  ]);
});

test("an arrest with its own day a week before the lead's protests stays apart from them", () => {
  check([
    ["MINSK — Police detained more than 1,000 people across Belarus on Sunday as tens of thousands of people marched in support of the jailed opposition leader, a rights group said.\n\nIn Minsk, police detained more than 300 people, including the leader's wife, as crowds gathered at Victory Square and marched towards the presidential palace. Some protesters threw bottles at riot police, who used batons to disperse the crowd.\n\nThe opposition leader was detained on Oct. 2 on his return from Lithuania, where he had lived in exile.",
      { sub: "Violent demonstration", loc: /^Minsk$/, date: "2023-10-08" }, { sub: "Arrests", loc: /^Minsk$/, date: "2023-10-08" }],
  ]);
});
