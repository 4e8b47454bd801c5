// A checklist for merged mentions' type and for tolls routed between events (session 19).
// A fight between two armed sides told in the lead keeps its type when a later sentence of the same happening tells
// civilians among what was hit or killed ("fired at the post and at houses around it", "14 fighters from both sides and
// three civilians were killed"), or tells them killed with no doer of its own: civilians caught in a clash do not make
// it an attack. Armed men told as the dead before the deed ("nine soldiers were killed when gunmen ambushed their bus")
// make the ambush a battle, whatever it names as its object. A sentence of figures only, or of sources, after a lead that
// ends on a trailing "a day after ..." clause tells of the lead's news, not of the earlier happening that clause told.
// Guards: an attack on civilians told over two sentences stays an attack; a toll told right after its own event stays
// with it; the trailing clause keeps the toll told inside it. Foes "neutralised" by a force are its toll; a bomb
// neutralised, or fighters wounded, are none.
// The sentences are invented for this test.
// Probe: 10 of 21 rows failed on the starting code (77a19b8): the two clashes retyped by a named side's fire on houses,
// the fighters and civilians counted together, the two ambushes told by their armed dead, the strike's toll told after
// its trailing clause, the two tolls told after another event's telling, and the two tolls of foes "neutralised"; the
// other rows passed before and after.
import { test } from "node:test";
import { check, POLICE, ARMY } from "./checklist-testing.js";

test("a two-sided clash is not retyped by a later sentence telling civilians hit in it", () => {
  check([
    ["Boko Haram fighters attacked a police post in Damboa on Sunday, killing one officer, officials said. The assault lasted four hours as the fighters fired at houses around the post.",
      { sub: "Armed clash", loc: /^Damboa$/, a2: POLICE("Nigeria"), fat: 1 }],
    ["ADF rebels attacked an army position near Oicha on Sunday, killing two soldiers, the army said. The rebels also fired on homes and a health post nearby, residents said.",
      { sub: "Armed clash", loc: /^Oicha$/, a2: ARMY("the Democratic Republic of Congo"), fat: 2 }],
    // (guards: with no doer named for itself, the later sentence never retyped the clash)
    ["Rebels attacked a police post in Kalehe on Sunday, killing one officer, officials said. The assault lasted four hours as fighters on the hills fired at houses around the post.",
      { sub: "Armed clash", loc: /^Kalehe$/, a2: POLICE("the Democratic Republic of Congo") }],
  ]);
});

test("civilians killed in a clash do not make it an attack", () => {
  check([
    ["Al-Shabaab fighters clashed with government troops in Bulo Burte on Sunday, residents said. At least 14 fighters from both sides and three civilians had been killed, a hospital official said.",
      { sub: "Armed clash", loc: /^Bulo Burte$/ }],
    ["Gang members exchanged fire with police in Mirebalais on Sunday for several hours, a police union said. Two civilians were killed, a local official said.",
      { sub: "Armed clash", loc: /^Mirebalais$/ }],
  ]);
});

test("armed men told as the dead before an ambush make it a battle", () => {
  check([
    ["At least nine soldiers were killed on Sunday when gunmen ambushed their bus near Djibo, the army said.",
      { sub: "Armed clash", loc: /^Djibo$/, fat: 9 }],
    ["At least 11 pro-government fighters were killed on Sunday when jihadists ambushed their bus near Palmyra, a monitor said.",
      { sub: "Armed clash", loc: /^Palmyra$/, fat: 11 }],
  ]);
});

test("an attack on civilians told over two sentences stays an attack (guards)", () => {
  check([
    ["Gunmen attacked the village of Kukawa on Sunday, killing 12 villagers, residents said. The attackers went from house to house, shooting people as they fled.",
      { sub: "Attack", loc: /^Kukawa$/, fat: 12 }],
    ["Gunmen killed eight farmers in Bokkos on Sunday, police said. The attackers also fired at homes and set fire to a church.",
      { sub: "Attack", loc: /^Bokkos$/, fat: 8 }],
    ["Jihadists ambushed a bus carrying traders near Djibo on Sunday, killing seven passengers, officials said.",
      { sub: "Attack", loc: /^Djibo$/, fat: 7 }],
  ]);
});

test("a toll told after a lead's trailing 'a day after' clause is the news's, not the earlier happening's", () => {
  check([
    ["DAMASCUS — Israeli jets struck the port of Latakia on Sunday, a day after a rocket hit a house in Haifa, killing a woman.\n\nFour people were killed and 20 wounded in the strikes, a war monitor said.",
      { sub: "Air/drone strike", loc: /^Latakia$/, date: "2023-10-08", fat: 4 }, { loc: /^Haifa$/, date: "2023-10-07", fat: 1 }],
    ["KYIV — Russian missiles hit the centre of Zaporizhzhia on Sunday, hours after a drone struck a school in Sumy, killing two teachers. Five people were killed, the regional governor said.",
      { sub: "Shelling/artillery/missile attack", loc: /^Zaporizhzhia$/, fat: 5 }, { loc: /^Sumy$/, fat: 2 }],
  ]);
});

test("a toll told after another event's telling belongs to that event, not to an earlier one", () => {
  check([
    ["DAMASCUS — Israeli jets struck the port of Latakia on Sunday, igniting fuel tanks, one day after a Hezbollah drone slammed into a block in Haifa. The Israeli military said the sites were used to bring weapons in.\n\nThe drone that struck Haifa in the early hours of Saturday came from the sea. A man aged 50 was found dead in the building.",
      { sub: "Air/drone strike", loc: /^Latakia$/, fat: 0 }, { loc: /^Haifa$/, fat: 1 }],
    ["ADEN — Saudi-led jets bombed Saada on Sunday, a day after Houthi missiles struck a market in Jazan. The coalition said it hit weapons depots.\n\nIn Jazan, two people were killed, Saudi officials said.",
      { sub: "Air/drone strike", loc: /^Saada$/, fat: 0 }, { loc: /^Jizan$/, fat: 2 }],
  ]);
});

test("a toll told right after its own event stays with it (guards)", () => {
  check([
    ["Gunmen attacked a market in Gwoza on Sunday, police said. Seven traders were killed.",
      { sub: "Attack", loc: /^Gwoza$/, fat: 7 }],
    ["Five people were killed in an air strike on Idlib on Sunday, a day after a car bomb killed three people in Azaz.",
      { sub: "Air/drone strike", loc: /^Idlib$/, fat: 5 }, { loc: /^Azaz$/, fat: 3 }],
    ["A drone struck a school in Sumy on Sunday, killing two teachers. The toll later rose to four, the governor said.",
      { loc: /^Sumy$/, fat: 4 }],
  ]);
});

// "Troops neutralised 9 terrorists": an army communiqué's word for the enemies it killed is a toll (ACLED codes the
// deaths it claims, the lowest figure told); "neutralised" a bomb is no death, and wounded or arrested still count none.
test("fighters 'neutralised' in a clash are its toll", () => {
  check([
    ["On 9 October 2023, troops made contact with terrorists at Kirawa, Gwoza Local Government Area of Borno State. During the encounter, troops neutralised 7 terrorists and recovered 3 AK-47 rifles.",
      { sub: "Armed clash", fat: 7 }],
    ["Gunmen attacked an army post in Tillaberi on Sunday, and soldiers neutralised six of the attackers, the army said.",
      { sub: "Armed clash", loc: /^Tillaberi$/, fat: 6 }],
  ]);
});

test("a bomb neutralised, or fighters wounded, are no deaths (guards)", () => {
  check([
    ["Soldiers found and neutralised a roadside bomb near Kidal on Sunday, the army said.", { fat: 0 }],
    ["Soldiers clashed with jihadists near Kidal on Sunday, wounding six of them, the army said.",
      { sub: "Armed clash", loc: /^Kidal$/, fat: 0 }],
  ]);
});
