// Protest and riot sub-types told apart by what the crowd and the force did: a crowd that smashed, stormed or
// stoned makes a violent demonstration whatever force met it; a rally "against the offensive" is a rally, not a
// battle. Invented one-sentence reports (other countries and wording than the tuning sets).
// Failing on the starting code: 10 of 17 rows (the todo row was read as mob violence); the rest are regression
// guards (the last test guards against this change naming the crowd of a protest met with force "Rioters").
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "./index.js";
import { PUBLISHED, subGrid } from "./checklist-testing.js";


test("a crowd that smashes, storms or stones is a violent demonstration, even when police use tear gas or kill", () => {
  subGrid([
    ["Protesters smashed the windows of several banks in Quito on Sunday night.", "Violent demonstration"],
    ["Demonstrators smashed shop fronts and cars in central Harare on Sunday; riot police fired tear gas.", "Violent demonstration"],
    ["Four protesters were killed in Kisumu on Sunday when a crowd tried to storm a police station.", "Violent demonstration"],
    ["Police fired on a crowd that had begun smashing cars and shops in Bulawayo on Sunday, killing three people.", "Violent demonstration"],
    ["Thousands of people surrounded the police headquarters in Medan on Sunday, throwing stones and firecrackers.", "Violent demonstration"],
    ["Youths stoned police vehicles in Conakry on Sunday during a protest against the junta.", "Violent demonstration"],
    ["A police officer was shot dead by a protester in Arequipa on Sunday night.", "Violent demonstration"],
    ["Hundreds of villagers marched to the army camp near Pulwama on Sunday and pelted soldiers with stones.", "Violent demonstration"],
    // guards
    ["Protesters blocked the highway with burning tyres near Cap-Haitien on Sunday.", "Violent demonstration"],
    ["Police fired tear gas at students marching in Dhaka on Sunday.", "Protest with intervention"],
    ["Police shot dead three demonstrators in Bamako on Sunday.", "Excessive force against protesters"],
    ["Gunmen stormed a police station in Zamfara on Sunday, killing two officers.", "Armed clash"],
  ]);
});

test("a crowd of residents that beats or burns a suspect is mob violence, however long the place they live in", () => {
  subGrid([
    ["Residents of a hamlet some 20 km east of Cochabamba in central Bolivia beat two men suspected of stealing a car on Sunday and set one of them alight.", "Mob violence"],
  ]);
});

// "Residents of Goma said soldiers beat two men at a checkpoint": before, read as mob violence by residents; now no
// event, as no cue reads a bare "beat" by soldiers as an attack.
test.todo("residents telling of soldiers who beat two men is an attack by soldiers, not mob violence by residents");

test("a rally against an offensive or a war is a peaceful rally, not a battle or a riot", () => {
  subGrid([
    ["In Aden, thousands of tribal supporters rallied on Sunday against the offensive, chanting slogans.", "Peaceful protest"],
    ["Hundreds of students marched in Khartoum on Sunday against the war.", "Peaceful protest"],
    ["Residents of Tyre protested on Sunday against the fighting in the south.", "Peaceful protest"],
    // guard
    ["The army launched an offensive against rebel positions near Bunia on Sunday.", "Armed clash"],
  ]);
});

test("the crowd of a protest met with force is protesters, even when a mention of it tells of stones", () => {
  const e = extractArticle({ id: "grid", text: "Police shot dead four demonstrators in Mombasa on Sunday. Some protesters threw stones at officers, witnesses said.", published: PUBLISHED }).events;
  assert.deepEqual(e.map((x) => [x.sub_event_type, x.actor1, x.actor2]), [["Excessive force against protesters", "Police Forces of Kenya (2022-)", "Protesters (Kenya)"]]);
});
