// A checklist for emergency measures (session 16): a curfew, a state of emergency or martial law is coded as a change
// to group/activity only when forces are sent in or put in charge with it. Declared alone it is a measure the project's
// coders leave out (2 of 14 such sentences in the tuning sets were coded, both with troops sent in).
// Probe: 3 of 7 rows failed on the starting code (fa48e57): the measures declared alone gave an event.
import { test } from "node:test";
import { none, subGrid } from "./checklist-testing.js";

test("a curfew or state of emergency with forces sent in or put in charge is a change to group/activity", () => {
  subGrid([
    ["Authorities imposed a curfew across Kasese district in Uganda on Friday and flew in about 300 soldiers.", "Change to group/activity"],
    ["The president declared a state of emergency in Tillaberi, Niger, on Monday and put the army in charge of security.", "Change to group/activity"],
    ["Martial law was declared in the Sagaing town of Kale, Myanmar, on Tuesday, with troops deployed to the market.", "Change to group/activity"],
    ["The governor imposed a curfew on Kisumu, Kenya, on Wednesday and handed the military control of the streets.", "Change to group/activity"],
  ]);
});

test.todo("Martial law was declared in Kale, Myanmar, on Tuesday, and troops were deployed to the market. (the forces are told in a clause of their own after ', and': the rule's needs_context reads only the measure's clause)");

test("a curfew, a state of emergency or martial law declared alone tells no event", () => {
  none([
    "Authorities imposed a curfew on the town of Kasese in Uganda on Friday until further notice.",
    "The government of Niger on Monday extended the state of emergency in the Tillaberi and Tahoua regions by three months.",
    "Myanmar's military government declared martial law in six townships of Yangon on Sunday, state television said.",
  ]);
});
