// A behavioural checklist for fatalities: invented wire reports that vary only how the toll is told,
// checked against what a careful ACLED coder would code. ACLED's rules: the lowest reliable figure;
// vague words at conventional values ("tens" 10, "dozens" 12, "scores" 20, "hundreds" 100, "several",
// "a few", "a handful" a small number); only the killed (never the wounded, freed, displaced, arrested,
// abducted or missing); a toll counted only for the event it belongs to; attackers killed count too.
// Every test lists all the rows it fails, not only the first.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "./index.js";
import { PUBLISHED } from "./checklist-testing.js";
import type { Event } from "../event.js";

const run = (text: string): Event[] => extractArticle({ id: "f", text, published: PUBLISHED }).events;

/** The toll of the report's one event, or why there is no such toll. */
function tollOf(text: string): number | string {
  const events = run(text);
  if (events.length !== 1) return `${events.length} events (${events.map((e) => `${e.sub_event_type}: ${e.fatalities}`).join(", ")})`;
  return events[0]!.fatalities;
}

/** Every row whose report does not give the one event with the expected toll. */
function failing(rows: [text: string, toll: number][]): string[] {
  return rows.flatMap(([text, toll]) => {
    const got = tollOf(text);
    return got === toll ? [] : [`${text} => ${got}, expected ${toll}`];
  });
}

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** Three ways to tell one event, each with the toll in another place in the sentence. */
const FRAMES: ((toll: string) => string)[] = [
  (toll) => `Gunmen attacked a village near Maiduguri on Sunday, killing ${toll}, officials said.`,
  (toll) => `${cap(toll)} were killed when a bomb exploded at a market in Maiduguri on Sunday, police said.`,
  (toll) => `Fighting between soldiers and militants near Maiduguri on Sunday left ${toll} dead, the army said.`,
];

const grid = (tolls: [string, number][]) => FRAMES.flatMap((frame) => tolls.map(([toll, n]): [string, number] => [frame(toll), n]));

test("spelled numbers and vague words take ACLED's values", () => {
  assert.deepEqual(
    failing(
      grid([
        ["twenty-three people", 23],
        ["twelve people", 12],
        ["a dozen people", 12],
        ["two dozen people", 24],
        ["half a dozen people", 6],
        ["two hundred people", 200],
        ["tens of people", 10],
        ["dozens of people", 12],
        ["several dozen people", 12],
        ["a few dozen people", 12],
        ["scores of people", 20],
        ["hundreds of people", 100],
        ["several people", 3],
        ["a few people", 3],
        ["a handful of people", 3],
        ["1,200 people", 1200],
      ]),
    ),
    [],
  );
});

test("a qualified figure is its number, and a range its lower end", () => {
  assert.deepEqual(
    failing(
      grid([
        ["at least 14 people", 14],
        ["more than 30 people", 30],
        ["nearly 40 people", 40],
        ["about 25 people", 25],
        ["up to 20 people", 20],
        ["between 10 and 15 people", 10],
        ["10 to 15 people", 10],
        ["10-15 people", 10],
        ["two or three people", 2],
      ]),
    ),
    [],
  );
});

test("the figures of two kinds of people killed are added; the children among them are not", () => {
  assert.deepEqual(
    failing([
      ...grid([
        ["four soldiers and 11 militants", 15],
        ["a soldier and two civilians", 3],
        ["at least 14 people, including six children,", 14],
      ]),
      ["Four soldiers and 11 militants were killed in fighting near Maiduguri on Sunday, the army said.", 15],
      ["Gunmen killed 18 people near Maiduguri on Sunday, among them five children, police said.", 18],
      ["Gunmen killed 18 people near Maiduguri on Sunday. Five children were among the dead, police said.", 18],
      ["Gunmen killed 18 people near Maiduguri on Sunday. Five of the dead were children, police said.", 18],
      ["Gunmen ambushed a bus near Maiduguri on Sunday, killing all 18 passengers, police said.", 18],
    ]),
    [],
  );
});

test("attackers killed count too, added to those they killed", () => {
  assert.deepEqual(
    failing([
      ["Gunmen attacked a police post near Maiduguri on Sunday, killing three officers. Five attackers were also killed, police said.", 8],
      ["Gunmen attacked a police post near Maiduguri on Sunday, killing three officers, and five of the attackers were also killed, police said.", 8],
      ["Gunmen attacked a police post near Maiduguri on Sunday, killing three officers. Police said two of the gunmen were also killed.", 5],
      ["Militants stormed an army base near Maiduguri on Sunday, killing seven soldiers. Troops killed 12 of the attackers, the army said.", 19],
      ["Soldiers repelled an attack on their base near Maiduguri on Sunday, killing dozens of militants, the army said.", 12],
    ]),
    [],
  );
});

test("only the killed: the wounded, freed, displaced, arrested, abducted and missing are not deaths", () => {
  assert.deepEqual(
    failing([
      ["Gunmen attacked a village near Maiduguri on Sunday, killing five people and wounding 20, officials said.", 5],
      ["Five people were killed and 20 wounded when gunmen attacked a village near Maiduguri on Sunday.", 5],
      ["Gunmen attacked a village near Maiduguri on Sunday, wounding 20 people, officials said.", 0],
      ["Twenty people were wounded when gunmen attacked a village near Maiduguri on Sunday.", 0],
      ["Gunmen attacked a village near Maiduguri on Sunday. No casualties were reported.", 0],
      ["Gunmen attacked a village near Maiduguri on Sunday, but no one was killed, officials said.", 0],
      ["A bomb exploded at a market in Maiduguri on Sunday. There were no deaths, police said.", 0],
      ["Fighting between soldiers and militants near Maiduguri on Sunday displaced 2,000 people, officials said.", 0],
      ["Gunmen attacked a village near Maiduguri on Sunday, and 30 villagers are missing, officials said.", 0],
      ["Gunmen attacked a village near Maiduguri on Sunday and abducted 30 villagers, officials said.", 0],
    ]),
    [],
  );
  // Freed hostages and arrested suspects are no deaths, whatever events a report of them gives.
  for (const text of [
    "Soldiers clashed with gunmen near Maiduguri on Sunday and freed 40 hostages, the army said.",
    "Soldiers clashed with militants near Maiduguri on Sunday and arrested 15 suspects, the army said.",
  ]) {
    assert.deepEqual(run(text).map((e) => e.fatalities).filter((n) => n > 0), [], text);
  }
});

test("of two sources' tolls for one event, the lowest", () => {
  assert.deepEqual(
    failing([
      ["Gunmen attacked a village near Maiduguri on Sunday. Police said eight people were killed, while residents said at least 15 died.", 8],
      ["Gunmen attacked a village near Maiduguri on Sunday, killing at least 15 people, residents said. Police put the toll at eight.", 8],
      ["Gunmen killed eight people in a village near Maiduguri on Sunday, police said. Residents said 15 people were killed.", 8],
      ["Gunmen killed 15 people in a village near Maiduguri on Sunday, residents said. Police said eight people were killed.", 8],
      ["Gunmen killed dozens of people in a village near Maiduguri on Sunday, residents said. Police said 29 people were killed.", 29],
      ["Gunmen attacked a village near Maiduguri on Sunday. Officials put the death toll at 12.", 12],
    ]),
    [],
  );
});

test("a toll that rises in a later sentence is the same event's, cumulative", () => {
  assert.deepEqual(
    failing([
      ["A bomb exploded at a market in Maiduguri on Sunday, killing seven people. Four of the wounded died on Monday, bringing the toll to 11, officials said.", 11],
      ["A bomb exploded at a market in Maiduguri on Sunday, killing seven people. The death toll rose to 11 on Monday, officials said.", 11],
      ["A bomb exploded at a market in Maiduguri on Sunday, killing seven people. The death toll has since risen to 11, officials said.", 11],
      ["A bomb exploded at a market in Maiduguri on Sunday, killing seven people. The toll rose from seven to 11 on Monday, officials said.", 11],
      ["A grenade attack on a bar in Maiduguri on Sunday killed two people and wounded 10. One person later died of wounds in hospital, police said.", 3],
      ["A grenade attack on a bar in Maiduguri on Sunday killed two people and wounded 10. One of the wounded later died in hospital, police said.", 3],
      ["Gunmen attacked a village near Maiduguri on Sunday, killing four people. Two more bodies were found on Monday, residents said.", 6],
      ["Gunmen attacked a village near Maiduguri on Sunday. Residents said 14 bodies were found after the attack.", 14],
      ["Gunmen attacked a village near Maiduguri on Sunday. Rescuers recovered 14 bodies, residents said.", 14],
    ]),
    [],
  );
});

test("deaths told as 'dead', 'left dead', 'claimed the lives', 'lost their lives', or headline-like", () => {
  assert.deepEqual(
    failing([
      ["A car bomb exploded at a market in Maiduguri on Sunday, leaving nine dead, police said.", 9],
      ["A car bomb at a market in Maiduguri on Sunday left nine people dead, police said.", 9],
      ["Nine dead as car bomb hits market in Maiduguri on Sunday.", 9],
      ["Nine killed as gunmen attack village near Maiduguri on Sunday.", 9],
      ["A car bomb at a market in Maiduguri on Sunday claimed the lives of nine people, police said.", 9],
      ["A car bomb at a market in Maiduguri on Sunday claimed nine lives, police said.", 9],
      ["Nine people lost their lives when a bomb exploded at a market in Maiduguri on Sunday, police said.", 9],
      ["Nine people died when a bomb exploded at a market in Maiduguri on Sunday, police said.", 9],
      ["A bomb exploded at a market in Maiduguri on Sunday, with a death toll of nine, police said.", 9],
      ["More than 1,200 people were killed in fighting around Maiduguri on Sunday, officials said.", 1200],
    ]),
    [],
  );
});

test("a toll of another event in the same report is not counted", () => {
  assert.deepEqual(
    failing([
      ["Gunmen attacked a village near Maiduguri on Sunday, killing four people, officials said. Last month, an attack on a nearby village killed 30 people.", 4],
      ["Gunmen attacked a village near Maiduguri on Sunday, killing four people, officials said. The insurgency has killed more than 35,000 people since 2009.", 4],
      ["Gunmen attacked a village near Maiduguri on Sunday, killing four people, officials said. In 2021, a similar attack killed 30 people in the same area.", 4],
      ["Gunmen attacked a village near Maiduguri on Sunday, killing four people, officials said. It came a week after a bombing in Bama killed 20 people.", 4],
    ]),
    [],
  );
  // "The death toll from last week's bombing rose to 30": no new event on the day the toll was given.
  const text = "Gunmen killed three people in a village near Maiduguri on Sunday, officials said. Separately, the death toll from last week's bombing of a market in Bama rose to 30.";
  const sunday = run(text).filter((e) => e.event_date === "2023-10-08" && e.time_precision === 1);
  assert.deepEqual(sunday.map((e) => e.fatalities), [3], text);
  const alone = run("The death toll from last week's bombing of a market in Maiduguri rose to 30 on Sunday, officials said.");
  assert.deepEqual(alone.filter((e) => e.event_date === "2023-10-08" && e.time_precision === 1), [], "the risen toll is no event of Sunday");
});
