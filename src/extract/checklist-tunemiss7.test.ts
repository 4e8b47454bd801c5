// A checklist for misses read off tuning sets 17 and 18 (session 13) whose causes hold for any report of
// their kind: a sentence that opens on a town and goes on with its subject ("In X, a police officer was
// shot dead ..., a spokesman said": no appositive, and a scene of its own beside the lead's town); a crowd
// that pelts troops with stones while a gunfight goes on (two events, not one); a crowd that beats men
// "accused of trying to kidnap" a child (mob violence, not an abduction); marchers "from" a region stopped
// at a border town (the town is the scene); a road named for two towns, then the town it passes ("on the
// A-B highway near C"); a village placed by its county and a distance from a town (todo); a known town placed
// only by a bare bearing from the capital ("Kano, north of the capital"). The sentences are invented.
//
// Probe (session 13, against main at a2e4f61): see the report of branch tunemiss7 for the rows failing before.
import { test } from "node:test";
import { grid, check, ANY, RIOTERS, CIVILIANS, PUBLISHED } from "./checklist-testing.js";
import { extractArticle } from "./index.js";

test("a sentence opening on a town, then its subject and verb, tells an event there", () => {
  grid([
    ["In Kisumu, a police officer was shot dead by a protester on Monday night, a police spokesman said.", "Violent demonstration", RIOTERS("Kenya"), ANY, 1, "Kisumu"],
    ["In nearby Mardan, a soldier was shot dead at a checkpoint on Monday, officials said.", "Armed clash", ANY, ANY, 1, "Mardan"],
  ]);
  // ...and it sets a scene apart from the lead's nearby town.
  check([
    [
      "Rioters tried to storm a police station in Hamadan on Monday night, and four of them were killed, state media said. In nearby Malayer, a police officer was shot dead by a protester the same night, a police spokesman said.",
      { sub: "Violent demonstration", loc: /^Hamadan$/ },
      { sub: "Violent demonstration", loc: /^Malayer$/ },
    ],
  ]);
});

test("an appositive after an opening town stays an aside (guard)", () => {
  grid([
    ["In Bunia, a town which was attacked last year, gunmen killed four farmers on Monday, police said.", "Attack", ANY, CIVILIANS("Democratic Republic of Congo"), 4, "Bunia"],
  ]);
});

test("a crowd that pelts troops with stones during a gunfight is a riot beside the battle", () => {
  check([
    [
      "Two militants were killed in a gunfight with troops in a village near Anantnag on Monday, police said. As the gunfight went on, hundreds of villagers marched towards the site and pelted soldiers with stones.",
      { sub: "Armed clash" },
      { sub: "Violent demonstration" },
    ],
    [
      "Soldiers and gunmen fought for three hours in Kulgam on Sunday, leaving one soldier dead, the army said. During the fighting, youths threw stones at police vehicles on the main road.",
      { sub: "Armed clash" },
      { sub: "Violent demonstration" },
    ],
    [
      "SRINAGAR — Three militants and a soldier were killed in a gunfight in a village about 8 km north of Sopore on Monday, police said, and a teenager died when troops fired on stone-throwing crowds.\n\nPolice said troops had cordoned off the village at night after a tip-off that militants were hiding in an orchard.\n\nAs the gunfight went on, hundreds of residents marched towards the cordon and pelted soldiers with stones. A 17-year-old was hit by a pellet round and died in hospital, relatives said.\n\nSeparatists called a strike across the valley for Tuesday.",
      { sub: "Armed clash", loc: /^Sop/ },
      { sub: "Violent demonstration", loc: /^Sop/ },
    ],
  ]);
});

test("a crowd that beats men accused of a kidnapping commits mob violence", () => {
  grid([
    ["Villagers near Puebla beat three men accused of trying to kidnap a girl on Monday and set one of them on fire, killing him, prosecutors said.", "Mob violence", ANY, ANY, 1, "Puebla"],
    ["Residents of a village outside Cochabamba beat two men accused of attempting to abduct a boy on Sunday, police said.", "Mob violence", ANY, ANY, 0, "Cochabamba"],
  ]);
});

test("guards: arresting kidnapping suspects is an arrest; a kidnapping is an abduction", () => {
  grid([
    ["Police arrested two men accused of kidnapping a child in Toluca on Monday, prosecutors said.", "Arrests", ANY, ANY, 0, "Toluca"],
    ["Gunmen kidnapped a child in Toluca on Monday, prosecutors said.", "Abduction/forced disappearance", ANY, ANY, 0, "Toluca"],
  ]);
});

test("marchers from a region stopped at a border town: the town is the scene", () => {
  check([
    ["On Monday, police used water cannon against farmers from Punjab crossing the state border at Shambhu, but the marchers pushed on.", { sub: "Protest with intervention", loc: /^Shambhu$/ }],
    ["On Sunday, police fired tear gas at miners from Oruro marching into La Paz, pushing the crowd back.", { sub: "Protest with intervention", loc: /^La Paz$/ }],
  ]);
});

test("guard: troops who drive fighters from a town fight in that town", () => {
  check([
    ["Troops drove the militants from Damboa on Sunday after hours of fighting, the army said.", { sub: ["Government regains territory", "Armed clash"], loc: /^Damboa$/ }],
  ]);
});

test("on a road named for two towns, near a third: the third is the scene", () => {
  check([
    ["On Monday, insurgents ambushed an army convoy on the Maiduguri-Damaturu highway near Benisheikh, killing four soldiers.", { sub: "Armed clash", loc: /^Benisheikh$/ }],
    ["Bandits attacked a bus on the Kano-Maiduguri road near Potiskum on Sunday, killing two passengers, police said.", { sub: "Attack", loc: /^Potiskum$/ }],
    // guard: the road alone is coded at its first town
    ["On Monday, insurgents ambushed an army convoy on the Maiduguri-Damaturu highway, killing four soldiers.", { sub: "Armed clash", loc: /^Maiduguri$/ }],
  ]);
});

test("a village placed by its county and a distance from a town is coded there, not at the town", { todo: "the anchor reads 'X, a village in Y county' and stops there; taking the distance after it instead moved another report's village to a label the keep-check then took for its neighbour's place (t6), so it was left out" }, () => {
  // ...about 90 km from the town's point (-0.45, 39.65), not at it.
  const far = (lat: number, lon: number) => Math.hypot(lat - -0.45, lon - 39.65) > 0.5;
  const { events } = extractArticle({ id: "checklist", published: PUBLISHED, text: "Militants killed two teachers in Qorahey Dheer, a village in Garissa county about 90 km south-east of Garissa town, on Monday, police said." });
  if (!events[0] || events[0].latitude == null || !far(events[0].latitude, events[0].longitude!)) throw new Error(`coded at Garissa town: ${JSON.stringify(events[0]?.location)}`);
});

test("a known town placed by a bare bearing from the capital is that town", () => {
  check([
    ["On Wednesday, protesters in Kano, north of the capital, set fire to the offices of the ruling party.", { sub: "Violent demonstration", loc: /^Kano$/ }],
    ["Protesters in Kassala, east of the capital, set fire to tyres on Sunday, witnesses said.", { sub: "Violent demonstration", loc: /^Kassala$/ }],
    [
      "NAIROBI — Police opened fire on demonstrators in the town of Nakuru on Tuesday, killing three people, witnesses said.\n\nOn Monday, protesters in Eldoret, north-west of the capital, set fire to the offices of the ruling party.\n\nIn Nairobi, police used tear gas on Tuesday to disperse hundreds of people near the main market.",
      { sub: "Excessive force against protesters", loc: /^Nakuru$/ },
      { sub: "Violent demonstration", loc: /^Eldoret$/ },
      { sub: "Protest with intervention", loc: /^Nairobi$/ },
    ],
  ]);
});
