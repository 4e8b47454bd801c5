// Session 13's lead fixes, found in tuning set 17's misses (invented reports). Each test says which rows
// failed on the session's starting code (599316e).
import { test } from "node:test";
import { check } from "./checklist-testing.js";

// A clause telling why a strike came ("..., after Ankara blamed Kurdish militants for a bombing in Istanbul")
// names the earlier happening's place, not the strike's. The first two rows failed (the strike was coded in
// the city of the bombing it answered); the last is a regression guard.
test("a place in an 'after X blamed / accused Y' clause is the cause's scene, not the strike's", () => {
  check([
    [
      "DUHOK, Iraq — Turkish jets struck PKK-held areas of northern Iraq on Tuesday, after Ankara blamed the PKK for a deadly bombing in Ankara last week.",
      { sub: "Air/drone strike", cc: "IQ" },
    ],
    [
      "ERBIL, Iraq — Iranian drones hit Kurdish opposition bases in the mountains on Wednesday, after Tehran accused the groups of stirring the unrest in Mahabad.",
      { sub: "Air/drone strike", cc: "IQ" },
    ],
    // Guard: a place named before the cause clause stays the scene.
    [
      "Police arrested five men in Lahore on Monday after residents accused them of theft.",
      { sub: "Arrests", loc: /Lahore/, cc: "PK" },
    ],
  ]);
});

// A village the gazetteer lacks, told by its distance from a town: the event is coded at that point (precision 2)
// in the town's country. The first row failed: an actor of the neighbouring country (al-Shabaab, Somalia)
// outweighed the town as a clue to the country, and the event lost its place. The others are regression guards.
test("a village told as 'N km south-east of a town' is coded near that town, in the town's country", () => {
  check([
    [
      "Suspected al-Shabaab militants killed four quarry workers in a village about 60 km north of Mandera early on Tuesday, police said.",
      { sub: "Attack", cc: "KE", loc: /Mandera/, prec: 2, fat: 4 },
    ],
    [
      "NIAMEY — Suspected JNIM fighters killed five herders in a hamlet about 40 km west of Diffa on Sunday, a local official said.",
      { sub: "Attack", cc: "NE", loc: /Diffa/, prec: 2, fat: 5 },
    ],
    [
      "Gunmen killed three farmers in a village 20 km east of Konduga on Sunday, police said.",
      { sub: "Attack", cc: "NG", loc: /Konduga/, prec: 2, fat: 3 },
    ],
  ]);
});

// Not done: a distance told after the area the village lies in is not read (the event is coded at the county,
// precision 3). Reading it in src/geo/anchors.ts made two villages anchored to one town at different distances
// share one point in a tuning-set round-up (tune6, Borno), and one of the two events was lost.
test.todo("'X, a village in Kajiado county about 60 km west of Kajiado town' is coded at that distance from the town (precision 2)");

// "Delhi's Singhu border": a place after a possessive city, named with a word for a stretch of land (border,
// crossing, checkpoint), is the scene; only a name like "Bogota's Colon Theatre" names a building in the city.
// The first two rows failed on the merged code before this fix (e511523: the city owning it was coded); the last
// is a regression guard.
test("a border crossing or checkpoint owned by a city ('Delhi's Singhu border') is the scene, not the city", () => {
  check([
    [
      "Police fired tear gas at thousands of farmers at Delhi's Singhu border on Friday, witnesses said.",
      { sub: "Protest with intervention", loc: /Singhu/, cc: "IN" },
    ],
    [
      "Police fired tear gas at hundreds of traders at Delhi's Singhu crossing on Friday, witnesses said.",
      { sub: "Protest with intervention", loc: /Singhu/, cc: "IN" },
    ],
    [
      "Riot police fired tear gas at fans outside Bogota's Colon Theatre on Friday, witnesses said.",
      { loc: /Bogota/, cc: "CO" },
    ],
  ]);
});
