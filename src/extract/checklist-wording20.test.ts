// A checklist for wordings read off tuning set 20p (session 16: tune20 told again in new words, same gold)
// whose causes hold for any report of their kind. Each family holds the common wordings of one act the
// rules read in one wording only, and guards for the near wordings that tell no such event:
//   - a town "now in the hands of" an armed group, that "came under the control of" it or "passed into its
//     hands": the group took it (a town that "could fall into the hands of", "remained in the hands of" its
//     holder, or an inquiry "in the hands of" the police is no change of territory);
//   - troops who "ran into", "came across" or "stumbled upon" a band of militants: a clash (talks that ran
//     into trouble, a patrol that came across an empty camp: none);
//   - force used "to break up" a caravan, motorcade or procession of supporters, or a rally "broken up by"
//     police: a protest met with intervention (a convoy that broke up into groups, a ring broken up: none);
//     a caravan "travelling from Quetta to Gwadar" met at Mastung: the town it travelled to is no scene;
//   - police who "picked up" a figure, a figure "picked up by" police: an arrest (a bus that picked up
//     passengers, police who picked up bodies: none);
//   - soldiers who "fired on" a truck or van carrying miners or workers, or such a vehicle "fired upon by"
//     soldiers: an attack on civilians (a truck carrying militants fired on: a clash).
// The sentences are invented.
//
// Probe (session 16, against main at 2d80daf): 21 of 36 rows failed on the starting code (the 15 others are guards
// and wordings already read); 0 still fail. Two rows were reworded off causes outside these families: a town told
// with its country after it ("Kyaukme, a town in Shan State, Myanmar, is now ...") loses its place to the country,
// and "in the hills of Tanay, Rizal" gives two scenes.
import { test } from "node:test";
import { check, subGrid } from "./checklist-testing.js";

test("a town now in the hands of an armed group, or that came under its control, was taken", () => {
  subGrid([
    ["Kyaukme, a town in northern Shan State, is now in the hands of the Ta'ang National Liberation Army, residents said on Sunday.", "Non-state actor overtakes territory"],
    ["The army base at Kyaukme in Myanmar's Shan State came under the control of the Ta'ang National Liberation Army on Sunday, the group said.", "Non-state actor overtakes territory"],
    ["On Sunday the town of Kyaukme in Myanmar's Shan State passed into the hands of the Ta'ang National Liberation Army, residents said.", "Non-state actor overtakes territory"],
    ["The Ta'ang National Liberation Army said on Sunday that Kyaukme, a town in Myanmar's Shan State, was now firmly in its hands.", "Non-state actor overtakes territory"],
    // guards: the wording already read, a fear, a holder that kept it, and a case in the hands of the police
    ["The Ta'ang National Liberation Army seized Kyaukme, a town in Myanmar's Shan State, on Sunday, residents said.", "Non-state actor overtakes territory"],
    ["Residents of Kyaukme in Myanmar's Shan State said on Sunday they feared the town could fall into the hands of the Ta'ang National Liberation Army.", null],
    ["The town of Kyaukme in Myanmar's Shan State remained in the hands of the army on Sunday, officials said.", null],
    ["The inquiry into the fire in Kyaukme, Myanmar, is now in the hands of the police, officials said on Sunday.", null],
  ]);
});

test("troops who ran into or came across a band of militants fought them", () => {
  subGrid([
    ["Soldiers on patrol ran into about 30 Abu Sayyaf gunmen near Patikul, Sulu, on Sunday, the army said.", "Armed clash"],
    ["Troops came across a group of New People's Army rebels near Tanay in Rizal province, the Philippines, on Sunday, the military said.", "Armed clash"],
    ["A police patrol stumbled upon some 15 bandits near Zurmi in Zamfara State, Nigeria, on Sunday, police said.", "Armed clash"],
    ["Government troops chasing the kidnappers ran into about 20 Abu Sayyaf fighters in Patikul, Sulu, on Sunday, the military said.", "Armed clash"],
    // guards: the wording already read, talks in trouble, and an empty camp found
    ["Soldiers encountered around 20 Abu Sayyaf bandits in Patikul, Sulu, on Sunday, the army said.", "Armed clash"],
    ["Peace talks between the government and the rebels ran into trouble in Manila on Sunday, officials said.", null],
    ["Soldiers came across an abandoned rebel camp near Patikul, Sulu, on Sunday, the army said.", null],
  ]);
});

test("force used to break up a caravan, motorcade or procession of supporters met a protest", () => {
  check([
    ["Frontier Corps personnel fired to break up a caravan of opposition supporters at Mastung, Pakistan, on Sunday, injuring 14 people, the party said.",
      { sub: ["Protest with intervention", "Excessive force against protesters"], loc: /Mastung/ }],
    ["Police broke up a motorcade of opposition supporters in Mastung, Pakistan, on Sunday, the party said.",
      { sub: "Protest with intervention", loc: /Mastung/ }],
    ["A procession of party supporters was broken up by police in Mastung, Pakistan, on Sunday, witnesses said.",
      { sub: "Protest with intervention", loc: /Mastung/ }],
    ["In Mastung, Pakistan, a rally of opposition supporters was broken up by police on Sunday, the party said.",
      { sub: "Protest with intervention", loc: /Mastung/ }],
    ["At least 14 people were hurt on Sunday at Mastung, Pakistan, when Frontier Corps personnel fired to break up a caravan of supporters travelling from Quetta to Gwadar, the group said.",
      { sub: ["Protest with intervention", "Excessive force against protesters"], loc: /Mastung/ }],
    // guard: the wording already read
    ["Police used batons to break up a long march of farmers near Mastung, Pakistan, on Sunday.",
      { sub: "Protest with intervention", loc: /Mastung/ }],
  ]);
  subGrid([
    // guards: a convoy that split, a ring broken up
    ["The aid convoy broke up into smaller groups near Mastung, Pakistan, on Sunday, officials said.", null],
    ["Police broke up a car-theft ring in Mastung, Pakistan, on Sunday, officials said.", null],
  ]);
});

test("police who picked up a figure, or a figure picked up by police, made an arrest", () => {
  subGrid([
    ["Police picked up opposition leader Imran Awan at his home in Lahore, Pakistan, on Sunday, his party said.", "Arrests"],
    ["Opposition leader Imran Awan was picked up by police from his home in Lahore, Pakistan, on Sunday, his party said.", "Arrests"],
    ["Lahore police picked up the party's chief on Sunday afternoon as he attended a wedding in Lahore, Pakistan.", "Arrests"],
    ["Plainclothes police picked up three activists in Quetta, Pakistan, on Sunday, their families said.", "Arrests"],
    // guards: the wording already read, a bus, and bodies picked up
    ["Police detained opposition leader Imran Awan at his home in Lahore, Pakistan, on Sunday, his party said.", "Arrests"],
    ["The bus picked up passengers in Lahore, Pakistan, on Sunday before leaving for Islamabad.", null],
    ["Police picked up the bodies of three men from a canal in Lahore, Pakistan, on Sunday.", null],
  ]);
});

test("soldiers who fired on a truck carrying miners or workers attacked civilians", () => {
  subGrid([
    ["Soldiers fired on a pick-up truck in which coal miners were returning home near Mon, Nagaland, on Sunday, killing six, officials said.", "Attack"],
    ["Troops fired on a van carrying farm workers near Mon, Nagaland, on Sunday, killing six, officials said.", "Attack"],
    ["A truck carrying coal miners was fired upon by soldiers near Mon, Nagaland, on Sunday, killing six, officials said.", "Attack"],
    ["Soldiers shot at a car carrying a family near Mon, Nagaland, on Sunday, killing three, police said.", "Attack"],
    // guards: the wording already read, and a truck carrying militants (a battle)
    ["Troops opened fire on a van ferrying labourers near Mon, Nagaland, on Sunday, killing six, officials said.", "Attack"],
    ["Soldiers fired on a truck carrying militants near Mon, Nagaland, on Sunday, killing six, the army said.", "Armed clash"],
  ]);
});
