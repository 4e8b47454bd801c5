// Fatality figures by ACLED's rules, as a coder reads them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findFatalities, killedAfterGate } from "./fatalities.js";

const counts = (s: string) => findFatalities(s).map((f) => f.count);

test("a death toll that names its event before the verb still counts", () => {
  assert.deepEqual(counts("The death toll from Tuesday's bombing of the market rose to at least 38, officials said."), [38]);
  assert.deepEqual(counts("The death toll in the northern province climbed to 12."), [12]);
});

test("a figure given by a vague word is marked vague, a number is not", () => {
  const [dozens] = findFatalities("Gunmen killed dozens of villagers on Sunday.");
  assert.equal(dozens?.count, 12);
  assert.equal(dozens?.vague, true);
  const [exact] = findFatalities("Gunmen killed 29 villagers on Sunday.");
  assert.equal(exact?.vague, false);
  const [several] = findFatalities("Several soldiers were killed in the ambush.");
  assert.equal(several?.vague, true);
});

test("wounded, missing and arrested people are not deaths", () => {
  assert.deepEqual(counts("Twelve people were wounded and 30 were arrested."), []);
});

test("an event's toll is the lowest exact figure when its lead gives only a vague word", async () => {
  const { extractArticle } = await import("./index.js");
  const text =
    "MAIDUGURI, Nigeria — Gunmen killed dozens of villagers in an attack on Konduga on Sunday, residents said. " +
    "Officials said on Monday that 29 people were killed in the attack on Konduga and that the death toll could rise.";
  const [e] = extractArticle({ id: "t", text, published: "2024-03-12" }).events;
  assert.equal(e?.fatalities, 29);
});

test("'killed a large number of' is no count of one, and a death that caused the protests is no toll", () => {
  assert.deepEqual(counts("Gunmen killed a large number of herders near the river."), []);
  assert.deepEqual(counts("Crowds marched over the death of a student in custody."), []);
  assert.deepEqual(counts("A 19-year-old man was shot dead at the checkpoint."), [1]);
});

test("a number after 'aged' is the victim's age, not a toll", () => {
  assert.deepEqual(counts("In a nearby village, a man aged 37 was shot dead by settlers."), []);
  // (the count, three, is not read here yet; the ages must not be read as the toll)
  assert.ok(!counts("Three people aged between 20 and 30 were killed.").includes(20));
  assert.deepEqual(counts("Gunmen killed 12 people, most of them aged under 20."), [12]);
});

test("two figures joined by 'and' after the verb are one toll; wounded ones are not added", () => {
  assert.deepEqual(counts("The blast hit the convoy, killing one soldier and two civilian drivers."), [3]);
  assert.deepEqual(counts("The blast hit the convoy, killing four people and wounding 12."), [4]);
  assert.deepEqual(counts("Nine villagers, including a 12-year-old boy, were killed."), [9]);
});

test("a toll told only in a sentence after the event is its toll, but a running total is not", async () => {
  const { extractArticle } = await import("./index.js");
  const text =
    "MAPUTO, Mozambique — Insurgents attacked the town of Mueda on Friday and clashed with soldiers for several hours, residents said.\n\n" +
    "Residents hid in their homes through the night. Aid groups suspended their work in the district.\n\n" +
    "A hospital worker said at least six soldiers had been killed.\n\n" +
    "The conflict has killed more than 4,000 people since 2017.";
  const e = extractArticle({ id: "t", text, published: "2024-05-13" }).events.find((x) => x.sub_event_type === "Armed clash");
  assert.equal(e?.fatalities, 6);
});

test("the speaker of a toll is not counted ('A nurse said six were killed' is six, not one)", () => {
  assert.deepEqual(counts("A nurse said at least six soldiers had been killed."), [6]);
  assert.deepEqual(counts("They acted in revenge for the killing of a commander."), []);
  assert.deepEqual(counts("The death toll from Monday's bombing of a crowded bus station in the centre of the northern city rose to 41."), [41]);
});

test("a figure does not reach over a nearer figure to its verb", () => {
  assert.deepEqual(counts("It ended a standoff with dozens of armed men, in which two guards and four attackers were killed."), [6]);
});

test("a lead that tells its toll before any cue gives it to the event told next", async () => {
  const { extractArticle } = await import("./index.js");
  const text =
    "KABUL — Afghan commandos ended a long siege at a guesthouse in Kabul on Friday, hours after it began, leaving at least 14 people killed, officials said.\n\n" +
    "Gunmen had detonated a car bomb at the gate before storming the building, police said.";
  const e = extractArticle({ id: "t", text, published: "2018-01-20" }).events.find((x) => x.sub_event_type === "Remote explosive/landmine/IED");
  assert.equal(e?.fatalities, 14);
});

test("a summary toll across a region does not carry into the next paragraph's event", async () => {
  const { extractArticle } = await import("./index.js");
  const text =
    "DOUALA, Cameroon — Soldiers fired live rounds at marchers in Kumba on Sunday, killing three people, residents said. A rights group said at least 11 people died across the region and that dozens were arrested.\n\n" +
    "In Limbe, police fired tear gas at protesters who tried to march to the town hall, witnesses said.";
  const e = extractArticle({ id: "t", text, published: "2018-10-02" }).events.find((x) => x.location === "Limbe");
  assert.ok(e, "the Limbe protest");
  assert.equal(e!.fatalities, 0);
});

test("of two tolls in the lead sentence, the event keeps the one told next to its cue", async () => {
  const { extractArticle } = await import("./index.js");
  const text = "LIMA — Nine soldiers were killed when their patrol came under fire in the jungle, and four civilians died in a car bombing outside a market in Cusco on Tuesday, officials said.";
  const e = extractArticle({ id: "t", text, published: "2024-05-15" }).events.find((x) => x.sub_event_type === "Remote explosive/landmine/IED");
  assert.equal(e?.fatalities, 4);
});

test("'killing him and his nephew' counts the victim and his kin", () => {
  assert.deepEqual(findFatalities("A bomb hit the car of a local commander, killing him and his nephew.").map((f) => f.count), [2]);
  assert.deepEqual(findFatalities("Gunmen shot the judge, killing her and her two bodyguards.").map((f) => f.count), [3]);
  // kin without a number are not counted
  assert.deepEqual(findFatalities("The strike hit the house, killing him and his sons.").map((f) => f.count), []);
});

test("a risen toll replaces the figure told before it in the same sentence", () => {
  assert.deepEqual(counts("A bomb hit a patrol on Sunday, killing two soldiers, and the toll rose to five on Monday when three wounded men died."), [5]);
});

test("a number that labels a place is no toll, and 'a constable' or 'a pharmacist' counts one", () => {
  assert.deepEqual(counts("A crowd attacked a shop in Block 12 of Westfield, set it alight and killed the owner."), []);
  assert.deepEqual(counts("A police constable was killed in clashes on Tuesday."), [1]);
  assert.deepEqual(counts("Gunmen shot dead a pharmacist outside his shop."), [1]);
});

test("an ', including ...,' aside between a figure and its verb does not hide the toll", () => {
  assert.deepEqual(counts("At least 14 members of a village guard unit, including their commander, were killed on Friday."), [14]);
  assert.deepEqual(counts("Nine people, including two nurses, were wounded in the blast."), []);
});

test("killing words of manner count: beheaded, lynched, gunned down", () => {
  assert.deepEqual(counts("Militants beheaded four farmers near the river."), [4]);
  assert.deepEqual(counts("Two suspected thieves were lynched by a crowd."), [2]);
  assert.deepEqual(counts("Gunmen gunned down three traders on the highway."), [3]);
});

test("'one of them ...' is part of a figure already told, not a toll of its own", () => {
  assert.deepEqual(counts("Eight guards had been killed and 40 wounded, one of them found beheaded."), [8]);
});

test("figuresIn's killing-word gate hides no figure it keeps (project tuning texts)", async () => {
  // figuresIn runs the figure-before-verb pattern only on a text holding a killing word: every match it keeps has one
  // as its verb. Over every sentence (and pair of sentences) of the tuning sets, a text without one has no such match.
  const { readFileSync, readdirSync } = await import("node:fs");
  const dir = new URL("../../eval/extract/", import.meta.url);
  const files = readdirSync(dir).filter((f) => /^(?:cases|casesp|tune\d+p?)\.json$/.test(f));
  assert.ok(files.length > 10, `tuning sets found (${files.length})`);
  let texts = 0;
  let gated = 0;
  for (const f of files) {
    const data = JSON.parse(readFileSync(new URL(f, dir), "utf8")) as { text?: string }[] | { cases?: { text?: string }[] };
    const cases = Array.isArray(data) ? data : data.cases ?? [];
    for (const c of cases) {
      const sentences = (c.text ?? "").split(/(?<=[.!?])\s+/);
      sentences.forEach((s, i) => {
        for (const t of [s, `${s} ${sentences[i + 1] ?? ""}`]) {
          texts++;
          const { killing, kept } = killedAfterGate(t);
          if (killing) continue;
          gated++;
          assert.equal(kept, 0, `a figure kept in ${JSON.stringify(t.slice(0, 120))}, which holds no killing word`);
        }
      });
    }
  }
  assert.ok(texts > 5000 && gated > 1000, `texts read ${texts}, gated ${gated}`);
  // and on invented ones: a killing word, however written, opens the gate
  for (const t of ["Two soldiers were KILLED near the post.", "Three villagers were neutralised by gunmen.", "Four people died on the road."]) {
    assert.equal(killedAfterGate(t).killing, true, t);
  }
  assert.deepEqual(killedAfterGate("Five traders were wounded and two were abducted."), { killing: false, kept: 0 });
});

test("a count over months is a running total, no event's toll; a count over days may still be one event's", () => {
  assert.deepEqual(counts("The commission said last week that at least 76 people had been killed between April 18 and mid-May."), []);
  assert.deepEqual(counts("Monitors say 140 civilians have been killed over the past six months in the province."), []);
  assert.deepEqual(counts("At least 230 people have been killed so far this year, the group said."), []);
  // the same words over days tell one event's toll
  assert.deepEqual(counts("Clashes killed at least 40 people between Friday and Sunday, officials said."), [40]);
  assert.deepEqual(counts("Gunmen killed 12 villagers on Sunday, officials said."), [12]);
});
