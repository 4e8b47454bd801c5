// A checklist for crowds that clash with police (session 17, types2): a single protester, activists or party workers
// who clash with or fight police or security forces make a violent demonstration (ACLED: demonstrators act violently), never an
// armed clash, which needs two organised armed sides; forces that open fire on mourners or strikers use excessive
// force against protesters. Guards: armed groups, militias, gangs and "armed protesters" who fight troops stay an
// armed clash, and politicians who clash over a bill tell no event.
// Probe: 6 of 13 rows failed on the starting code (2b07d6d): the crowd clashes came out as an armed clash and forces
// firing on mourners in a protest report as a plain attack.
import { test } from "node:test";
import { none, subGrid } from "./checklist-testing.js";

test("a crowd that clashes with or fights police is a violent demonstration", () => {
  subGrid([
    ["A demonstrator was killed in clashes with riot police in the town of Latacunga, Ecuador, on Thursday.", "Violent demonstration"],
    ["Opposition activists clashed with police in Karachi, Pakistan, on Saturday after their leader was detained.", "Violent demonstration"],
    ["Party workers fought police with sticks in Multan, Pakistan, on Sunday after the ban on their rally.", "Violent demonstration"],
    ["Striking miners fought running battles with police in Potosi, Bolivia, on Monday.", "Violent demonstration"],
    ["A student died during clashes between students and riot police at the university in Dhaka, Bangladesh, on Tuesday.", "Violent demonstration"],
  ]);
});

test("forces that open fire on mourners or strikers use excessive force against protesters", () => {
  subGrid([
    ["Security forces opened fire on mourners in the town of Saqqez, Iran, on Wednesday as anti-government protests spread, killing two people.", "Excessive force against protesters"],
    ["Police opened fire on striking workers in Marikana, South Africa, on Thursday, killing several of them.", "Excessive force against protesters"],
  ]);
});

test("guards: armed sides that fight stay an armed clash", () => {
  subGrid([
    ["Militiamen clashed with soldiers near Beni, Democratic Republic of Congo, on Friday.", "Armed clash"],
    ["Gang members fought a gun battle with police in Culiacan, Mexico, on Saturday.", "Armed clash"],
    ["Armed tribesmen clashed with troops in Marib, Yemen, on Sunday, leaving five dead.", "Armed clash"],
    ["Rebel fighters clashed with the army outside Bambari, Central African Republic, on Monday.", "Armed clash"],
  ]);
});

test("guards: a clash of words tells no event", () => {
  none(["Lawmakers clashed over the budget bill in Islamabad, Pakistan, on Tuesday."]);
});

test("guard: gunmen who fire on mourners carry out an attack", () => {
  subGrid([
    ["Gunmen opened fire on mourners at a funeral in the village of Kukawa, Nigeria, on Friday, killing nine people.", "Attack"],
  ]);
});
