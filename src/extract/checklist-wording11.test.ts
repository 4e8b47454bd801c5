// A checklist for wordings read off tuning set 11p (session 16: tune11's long articles told again in new words,
// same gold) whose causes hold for any report of their kind. Each family holds the common wordings of one act the
// rules read in one wording only:
//   - gunmen who "shot at" or "fired at" officers, a patrol or soldiers, officers "shot at by" gunmen, police who
//     "fired back": a clash (not only "opened fire on" and "returned fire");
//   - forces "backed by artillery", "supported by artillery", "under cover of mortar fire", "with the support of
//     helicopter gunships" that attack positions: the weapons told before the fight describe the battle, as they
//     do told after it ("fought ... with air strikes");
//   - "A few hours after the brigades rolled into X, an armed drone hit one of their positions in Y, ..., and three
//     fighters died": the words after the opening clause's place are the main clause (a subject and its finite
//     verb), not an appositive of the place;
//   - a crowd that "gathered outside the government building ..., accusing the prime minister", "waving placards",
//     "holding banners", "protesting the death ...": a demonstration, as with "demanding";
//   - a town "now in the hands of" a side, "now under their full control", that "came under the control of" or
//     "fell into the hands of" it, a side "in full control of" it: the side took the town;
//   - "Lwegel, a trading town in Momauk township, is now in the hands of ...": the place an appositive describes is
//     the scene, not the place named inside the appositive.
// The sentences are invented.
//
// Probe: 23 of 37 rows failed on the starting code (main at 2d80daf; sub-type, place and toll compared); 0 still fail.
// The 14 that passed are guards and wordings already read.
import { test } from "node:test";
import { ANY, ARMY, check, subGrid, UAG } from "./checklist-testing.js";

test("gunmen who shoot at or fire at officers, and police who fire back, fight a clash", () => {
  check([
    ["Unidentified gunmen shot at police officers near Mitrovica, Kosovo, on Saturday night and police fired back, a spokesman said.",
      { sub: "Armed clash", a1: UAG("Kosovo"), a2: /^Police Forces of Kosovo/, loc: /Mitrovic/ }],
    ["Gunmen fired at a police patrol in Mitrovica, Kosovo, on Saturday night; no one was hurt, police said.",
      { sub: "Armed clash", a1: UAG("Kosovo"), a2: /^Police Forces of Kosovo/, loc: /Mitrovic/ }],
    ["Masked men fired shots at soldiers guarding a checkpoint near Mitrovica, Kosovo, on Saturday, the army said.",
      { sub: "Armed clash", a1: UAG("Kosovo"), loc: /Mitrovic/ }],
    ["Police officers were shot at by gunmen near Mitrovica, Kosovo, on Saturday night, a spokesman said.",
      { sub: "Armed clash", a1: UAG("Kosovo"), a2: /^Police Forces of Kosovo/, loc: /Mitrovic/ }],
    ["Police fired back at gunmen who had shot at their patrol near Mitrovica, Kosovo, on Saturday.",
      { sub: "Armed clash", loc: /Mitrovic/ }],
  ]);
  subGrid([
    // guards: police who fire at protesters use force on them; words fired at critics and a stray dog are no fight
    ["Police fired at protesters in Mitrovica, Kosovo, on Saturday, witnesses said.", "Excessive force against protesters"],
    ["The minister fired back at critics in Pristina, Kosovo, on Saturday.", null],
    ["A soldier shot at a stray dog near a barracks in Mitrovica, Kosovo, on Saturday.", null],
  ]);
});

test("weapons told before a fight as its support describe the battle", () => {
  subGrid([
    ["Azerbaijani forces, backed by artillery and armoured vehicles, attacked Armenian positions near Jermuk, Armenia, on Tuesday.", "Armed clash"],
    ["Azerbaijani troops supported by artillery and armoured vehicles assaulted Armenian positions near Jermuk, Armenia, on Tuesday afternoon.", "Armed clash"],
    ["Under cover of mortar fire, militants stormed an army post near Tillaberi, Niger, on Monday, killing 12 soldiers.", "Armed clash"],
    ["With the support of helicopter gunships, troops attacked militant hideouts near Tillaberi, Niger, on Monday.", "Armed clash"],
    // guards: the weapon told after the fight (already read), and shells that hit a school with no fight told
    ["Militants attacked an army post near Tillaberi, Niger, on Monday, backed by mortar fire.", "Armed clash"],
    ["Artillery shells hit a school in Tillaberi, Niger, on Monday, killing three children.", "Shelling/artillery/missile attack"],
  ]);
});

test("the clause after an opening 'hours after ...' clause is the main clause, not an appositive of its place", () => {
  check([
    ["A few hours after the brigades rolled into Ataq, an armed drone hit one of their positions in Nisab district, roughly 40 km to the west of the city, and three fighters died, an officer said in Yemen.",
      { sub: "Air/drone strike", loc: /Nisab/, fat: 3 }],
    ["Hours after the rebels entered Ataq, a drone struck a post in Nisab district, some 40 km west of the city, and three fighters were killed, officials in Yemen said.",
      { sub: "Air/drone strike", loc: /Nisab/, fat: 3 }],
    ["Shortly after the army retook Ataq, a bomb exploded in the central market of Nisab, Yemen, and two people died.",
      { sub: "Remote explosive/landmine/IED", loc: /Nisab/, fat: 2 }],
    // guard: the wording already read (an outcome told after the comma)
    ["A few hours after the brigades rolled into Ataq, an armed drone hit one of their positions in Nisab district, Yemen, killing three fighters.",
      { sub: "Air/drone strike", loc: /Nisab/, fat: 3 }],
  ]);
});

test("a crowd that gathers accusing, waving placards or protesting demonstrates", () => {
  subGrid([
    ["Several hundred opposition supporters gathered outside the government building in Yerevan, Armenia, on Tuesday evening, accusing the prime minister of failing to defend the border.", "Peaceful protest"],
    ["Hundreds of farmers assembled in front of the governor's office in Nakuru, Kenya, on Monday, waving placards that denounced the new tax.", "Peaceful protest"],
    ["About 200 teachers gathered at the education ministry in Nairobi, Kenya, on Monday holding banners that read \"Pay us now\".", "Peaceful protest"],
    ["Dozens of residents gathered near the police station in Nakuru, Kenya, on Monday, protesting the death of a young man in custody.", "Peaceful protest"],
    // guards: relatives who gather to receive remains, fans who gather to celebrate
    ["Relatives of the dead soldiers gathered at the barracks in Nakuru, Kenya, on Monday to receive their remains.", null],
    ["Thousands of fans gathered in the main square of Nairobi, Kenya, on Monday, waving flags to celebrate the victory.", null],
  ]);
});

test("a town now in a side's hands, under its control, or fallen into its hands, was taken by that side", () => {
  check([
    ["The Giants Brigades announced on Wednesday that Ataq, capital of Shabwa province in Yemen, was now entirely in their hands.",
      { sub: "Non-state actor overtakes territory", a1: /^Giants Brigades/, loc: /Ataq/ }],
    ["Rebels said on Sunday that the town of Kidal in Mali was now under their full control.",
      { sub: "Non-state actor overtakes territory", a1: UAG("Mali"), loc: /Kidal/ }],
    ["Kidal in Mali is now in the hands of the rebels, a spokesman said on Sunday.",
      { sub: "Non-state actor overtakes territory", a1: UAG("Mali"), loc: /Kidal/ }],
    ["Kidal came under the full control of the rebels on Sunday, residents in Mali said.",
      { sub: "Non-state actor overtakes territory", a1: UAG("Mali"), loc: /Kidal/ }],
    ["The town of Kidal in Mali fell into the hands of the rebels on Sunday, residents said.",
      { sub: "Non-state actor overtakes territory", a1: UAG("Mali"), loc: /Kidal/ }],
    ["Rebels said on Sunday they were in full control of Kidal, Mali.",
      { sub: "Non-state actor overtakes territory", a1: UAG("Mali"), loc: /Kidal/ }],
    // the wording already read ("fell to"), its taker now read after the cue
    ["The town of Kidal in Mali fell to the rebels on Sunday, residents said.",
      { sub: "Non-state actor overtakes territory", a1: UAG("Mali"), loc: /Kidal/ }],
  ]);
  subGrid([
    // guards: a hold kept, a case in prosecutors' hands, weapons in the wrong hands, prices that fell
    ["The army insisted on Sunday that Kidal, Mali, remained firmly in its hands.", null],
    ["The case is now in the hands of prosecutors in Bamako, Mali, officials said on Sunday.", null],
    ["Officials in Bamako, Mali, warned on Sunday that rifles had fallen into the wrong hands.", null],
    ["Prices of rice in Bamako, Mali, have fallen to their lowest level this year.", null],
  ]);
});

test("the place an appositive describes is the scene, not a place named inside it", () => {
  check([
    ["MYITKYINA, Myanmar — Lwegel, a trading town on the Chinese border in Momauk township of Kachin State, is now in the hands of the Kachin Independence Army, the rebel group said on Wednesday.",
      { sub: "Non-state actor overtakes territory", a1: /Kachin Independence Army/, loc: /Lwegel/ }],
    // guard: a town named plainly after the cue stays the scene
    ["Rebels captured Lwegel, a trading town on the Chinese border in Momauk township of Kachin State, Myanmar, on Wednesday.",
      { sub: "Non-state actor overtakes territory", a1: ANY, a2: ARMY("Myanmar"), loc: /Lwegel/ }],
  ]);
});
