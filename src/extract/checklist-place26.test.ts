// Probe: 8 of 13 rows failed on the starting code (829c264); none of them a guard.
// A checklist read off the misses of the newly opened tune33 (session 26, place26) and group A's wrong-place misses,
// by families whose wording recurs in other A sets or is plainly how reports are written:
//   - a crowd that seizes someone and beats him to death ("a crowd of young men seized two herders ... and beat them to
//     death") is a lynching, mob violence, not an abduction (tune33; tune15, tune19, tune19p and cases tell crowds
//     beating people to death). Guards: gunmen who seized two farmers stay an abduction; a crowd that beat two herders
//     to death stays mob violence.
//   - men loyal to a party or movement who attack a protest camp and beat demonstrators are a mob, not the police's
//     intervention (tune33; tune11's "supporters of the ruling party attacked anti-government protesters"). Guard:
//     police who beat demonstrators stay an intervention.
//   - an activist shot dead by gunmen on his way home from a protest was killed after it, not at it: an attack, not
//     excessive force against protesters (tune33; tune19 tells the same killings of protest organisers). Guard: police
//     who shot a man dead as he marched stay excessive force.
//   - the arrest of a protest movement's leader is an arrest (ACLED: arrests of notable figures, not during a
//     protest), not a protest met with intervention (tune33). Guard: police who arrested dozens of demonstrators at a
//     march stay an intervention.
// The sentences are invented. PUBLISHED is Wednesday 11 October 2023; the rows run with the learned keep-check off.
import { test } from "node:test";
import { check } from "./checklist-testing.js";

test("a crowd that seizes someone and beats him to death is a mob", () => {
  check([
    ["A crowd of young men seized two herders they accused of stealing cattle and beat them to death in Kano on Monday, witnesses said.",
      { sub: "Mob violence", loc: /^Kano$/, date: "2023-10-09" }],
    ["An angry mob seized a man accused of theft and beat him to death near the market in Kisumu on Monday, police said.",
      { sub: "Mob violence", loc: /^Kisumu$/, date: "2023-10-09", fat: 1 }],
    // guard: gunmen who seized farmers abducted them
    ["Gunmen seized two farmers in Kano on Monday, police said.",
      { sub: "Abduction/forced disappearance", loc: /^Kano$/, date: "2023-10-09" }],
    // guard: a crowd that beat two herders to death
    ["A crowd beat two herders to death in Kano on Monday, witnesses said.",
      { sub: "Mob violence", loc: /^Kano$/, date: "2023-10-09", fat: 2 }],
  ], false);
});

test("men loyal to a movement who attack a protest camp are a mob", () => {
  check([
    ["Hundreds of men loyal to the ruling party attacked the main protest camp in Khartoum on Monday, beating demonstrators and burning their tents, witnesses said.",
      { sub: ["Mob violence", "Violent demonstration"], loc: /^Khartoum$/, date: "2023-10-09" }],
    ["Dozens of men loyal to the governor stormed a sit-in in Basra on Monday and beat protesters with sticks, activists said.",
      { sub: ["Mob violence", "Violent demonstration"], loc: /^Basra$/, date: "2023-10-09" }],
    // guard: police who beat demonstrators intervened
    ["Riot police beat demonstrators and tore down their tents in Khartoum on Monday, witnesses said.",
      { sub: "Protest with intervention", loc: /^Khartoum$/, date: "2023-10-09" }],
  ], false);
});

test("an activist shot dead on his way home from a protest was attacked, not shot at the protest", () => {
  check([
    ["Unidentified gunmen shot dead an activist as he drove home from the protest square in Amara, in southern Iraq, on Monday, his family said.",
      { sub: "Attack", loc: /^Amara$/, date: "2023-10-09", fat: 1 }],
    ["Gunmen on a motorbike shot dead a protest organiser as he walked home from a demonstration in Basra late on Monday, activists said.",
      { sub: "Attack", loc: /^Basra$/, date: "2023-10-09", fat: 1 }],
    // guard: police who shot a man as he marched used excessive force
    ["Police shot dead a man as he marched with other protesters in Basra on Monday, activists said.",
      { sub: "Excessive force against protesters", loc: /^Basra$/, date: "2023-10-09", fat: 1 }],
  ], false);
});

test("the arrest of a protest movement's leader is an arrest", () => {
  check([
    ["Police on Monday arrested Ahmed Salem, the leader of a protest movement that has shaken the region for months, in Al Hoceima, prosecutors said.",
      { sub: "Arrests", loc: /^Al Hoc/, date: "2023-10-09" }],
    ["Security forces arrested a leading organiser of the protest movement in Kano on Monday, his lawyer said.",
      { sub: "Arrests", loc: /^Kano$/, date: "2023-10-09" }],
    // guard: police who detained dozens of marchers intervened in a protest
    ["Police fired tear gas and arrested dozens of demonstrators at a march in Al Hoceima on Monday, activists said.",
      { sub: "Protest with intervention", loc: /^Al Hoc/, date: "2023-10-09" }],
  ], false);
});
