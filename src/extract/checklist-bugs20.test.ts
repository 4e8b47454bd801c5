// Probe: 37 of 57 rows failed on the starting code (40a0933); 0 fail now. The 20 others are guards and wordings already read.
// A checklist for known extraction bugs left open by session 19, each read off a tuning set and fixed for any
// report of its kind. Each family holds the common wordings of one act and a guard for a near wording that must not
// change:
//   - police who "battled" (or fought, engaged in a gunbattle with, traded fire with) a gang fought it: a clash
//     (firefighters who battled a blaze, residents who battled floods: none);
//   - attackers told arriving "from the direction of" a town came from there: it is no scene;
//   - a fight between gang members and police with its own toll of officers, then, sentences later, the gunmen
//     going from house to house shooting residents: two happenings, the clash and the killing (a massacre told
//     twice with its toll of people stays one);
//   - militiamen who killed civilians, then peacekeepers who fought them on days of their own: the killing is an
//     attack on civilians, not a capture by the "entered" told between; "peacekeepers", "blue helmets" (even
//     "Moroccan peacekeepers") are the country's peace mission; "the anti-balaka militia" is named in lower case;
//   - a list of struck sites in different towns, told in the strike's sentence ("a substation in X, a rail depot in
//     Y and a warehouse in Z") or in the next ("Among the targets were a depot in X and a bridge in Y"): one event
//     per town (witnesses in two towns, a town told with its description: one);
//   - "officers", "detectives", "agents", customs, immigration, border or plainclothes officers who arrest: the
//     police (army officers stay the army);
//   - a state that "said it had killed" a commander in a drone strike: its forces struck, the commander's group
//     was hit (a state that says a group killed someone names the group);
//   - "Five farmers near X, 25 km from Y, were killed": five dead (the distance is no toll; a village 25 km from
//     a town attacked with no one killed counts none; twelve "killed or wounded" are no toll of the dead);
//   - police who "raided homes" and arrested suspects made arrests, no attack on civilians (a raid where residents
//     were beaten is still one; gunmen raiding homes stay an attack);
//   - troops who withdrew and "fell back along the desert roads towards X", "retreating ... in the direction of X":
//     X is where they went, not where the town changed hands (so a later "liberated" is no regain there);
//   - gang members who "gunned down residents" (stormed a district "gunning down residents", "mowed down fleeing
//     villagers"): an attack on civilians, with or without a count (police who gunned down gang members: a clash).
// The sentences are invented.
import { test } from "node:test";
import { check, grid, subGrid, ARMY, POLICE, CIVILIANS, UAG, ANY, NOBODY } from "./checklist-testing.js";

test("police who battled, fought or traded fire with a gang clashed with it", () => {
  subGrid([
    ["On Sunday, police officers backed by a local self-defence brigade battled the gang for several hours on the road near Thomonde, Haiti, police said.", "Armed clash"],
    ["Police battled members of the Kraze Baryè gang for hours in Thomonde, Haiti, on Sunday, police said.", "Armed clash"],
    ["Police officers fought gang members for several hours in Thomonde, Haiti, on Sunday, police said.", "Armed clash"],
    ["On Sunday, police engaged in a gunbattle with gang members in Thomonde, Haiti, police said.", "Armed clash"],
    ["Police officers traded fire with gang members in Thomonde, Haiti, on Sunday, police said.", "Armed clash"],
    // guards: a blaze and floods battled
    ["Firefighters battled the blaze for several hours in Thomonde, Haiti, on Sunday, officials said.", null],
    ["Residents battled floods for several days in Thomonde, Haiti, after heavy rain on Sunday, officials said.", null],
  ]);
});

test("a clash with police that killed officers, then gunmen shooting residents house to house: two happenings", () => {
  check([
    ["Heavily armed 5 Segond gang members stormed the town of Cerca-la-Source, Haiti, on Sunday, attacking the police station. The attackers, who arrived in trucks from the direction of Thomonde, exchanged fire with police officers for several hours before the officers withdrew. Two officers were killed, the police union said. Residents said the gunmen then went from house to house, shooting people who had not fled. At least nine civilians were killed in Cerca-la-Source, the mayor said.",
      { sub: "Armed clash", loc: /Cerca/, a2: POLICE("Haiti"), fat: 2 }, { sub: "Attack", loc: /Cerca/, a2: CIVILIANS("Haiti"), fat: 9 }],
    ["Members of the 5 Segond gang attacked the police station in Cerca-la-Source, Haiti, on Sunday and fought officers for hours. Three policemen were killed, police said. Witnesses said the gunmen then moved through the town shooting residents in their homes. At least 11 villagers were killed in Cerca-la-Source, a rights group said.",
      { sub: "Armed clash", loc: /Cerca/, fat: 3 }, { sub: "Attack", loc: /Cerca/, a2: CIVILIANS("Haiti"), fat: 11 }],
    // guard: one massacre told twice, its toll people both times
    ["Fighters of the Rapid Support Forces attacked the village of Um Sayala in Sudan's North Kordofan state on Sunday, killing more than 60 people, activists said. A local committee said the RSF stormed the village twice with heavy weapons and that at least 64 people were killed.",
      { sub: ["Attack", "Armed clash"], fat: 60 }],
  ]);
});

test("an attack on civilians is not a capture by the entering told after it; peacekeepers are the country's mission", () => {
  grid([
    ["The anti-balaka militia killed at least 14 civilians in an attack on the town of Zemio, Central African Republic, on Sunday, the UN said.", "Attack", /^Anti-Balaka$/, CIVILIANS("Central African Republic"), 14, "Zemio"],
    ["Fighters of the anti-balaka militia killed at least 14 civilians in an attack on the town of Zemio, Central African Republic, on Sunday, the UN said.", "Attack", /^Anti-Balaka$/, CIVILIANS("Central African Republic"), 14, "Zemio"],
    ["Anti-balaka militiamen killed at least 14 civilians in the town of Zemio, Central African Republic, on Sunday, the UN said.", "Attack", /^Anti-Balaka$/, CIVILIANS("Central African Republic"), 14, "Zemio"],
    ["At least 14 civilians were killed when anti-balaka fighters attacked the town of Zemio, Central African Republic, on Sunday, the UN said.", "Attack", /^Anti-Balaka$/, CIVILIANS("Central African Republic"), 14, "Zemio"],
    ["Peacekeepers exchanged fire with fighters of the Union for Peace in the Central African Republic near Zemio on Sunday, the UN said.", "Armed clash", /^MINUSCA/, /^Union for Peace/, 0, "Zemio"],
    ["UN peacekeepers exchanged fire with fighters of the Union for Peace in the Central African Republic near Zemio on Sunday, the UN said.", "Armed clash", /^MINUSCA/, /^Union for Peace/, 0, "Zemio"],
    ["Moroccan peacekeepers exchanged fire with fighters of the Union for Peace in the Central African Republic near Zemio on Sunday, the UN said.", "Armed clash", /^MINUSCA/, /^Union for Peace/, 0, "Zemio"],
    ["Blue helmets exchanged fire with fighters of the Union for Peace in the Central African Republic near Zemio on Sunday, the UN said.", "Armed clash", /^MINUSCA/, /^Union for Peace/, 0, "Zemio"],
  ]);
  check([
    ["Anti-balaka militiamen attacked the Muslim quarter of Zemio, Central African Republic, on Saturday, killing at least 20 civilians, the UN said. The fighters entered Zemio before dawn on Saturday and went from house to house, the UN said.",
      { sub: "Attack", loc: /Zemio/, a1: /^Anti-Balaka$/, a2: CIVILIANS("Central African Republic") }],
    // guard: a capture told by "entered" and "took control", no civilians killed
    ["Anti-balaka militiamen entered Zemio, Central African Republic, on Saturday and took control of the town after the army withdrew, the UN said.",
      { sub: ["Non-state actor overtakes territory", "Non-violent transfer of territory"], loc: /Zemio/ }],
  ]);
});

test("a list of struck sites in different towns gives one event per town", () => {
  check([
    ["Russian drones struck a substation in Pavlohrad, a rail depot in Okhtyrka and a warehouse in Kremenchuk, Ukraine, overnight on Sunday, officials said.",
      { sub: "Air/drone strike", loc: /Pavlohrad/ }, { sub: "Air/drone strike", loc: /Okhtyrka/ }, { sub: "Air/drone strike", loc: /Kremenchuk/ }],
    ["Russian missiles struck energy facilities across Ukraine overnight on Sunday, officials said. Among the targets were a fuel depot in Kremenchuk and a bridge in Zatoka.",
      { loc: /Kremenchuk/ }, { loc: /Zatoka/ }],
    ["Russian missiles struck several sites in Ukraine overnight on Sunday. The targets included a fuel depot in Kremenchuk and a bridge in Zatoka, officials said.",
      { loc: /Kremenchuk/ }, { loc: /Zatoka/ }],
    ["Russian missiles hit a fuel depot in Kremenchuk and a bridge in Zatoka, Ukraine, on Sunday, officials said.",
      { loc: /Kremenchuk/ }, { loc: /Zatoka/ }],
    // guards: witnesses in two towns; a town told with its description
    ["Russian missiles struck a fuel depot in Kremenchuk, Ukraine, overnight on Sunday. A resident in Pavlohrad and a witness in Okhtyrka said they heard the blasts.",
      { loc: /Kremenchuk/ }],
    ["Russian drones struck a fuel depot in Kremenchuk, a city in central Ukraine, and nearby houses overnight on Sunday, officials said.",
      { loc: /Kremenchuk/ }],
  ]);
});

test("officers, detectives or agents who arrest someone are the police", () => {
  grid([
    ["Customs officers arrested two men at the port of Malindi, Kenya, on Sunday, police said.", "Arrests", POLICE("Kenya"), ANY, 0, "Malindi"],
    ["Officers arrested two journalists in Nakuru, Kenya, on Sunday, their editor said.", "Arrests", POLICE("Kenya"), ANY, 0, "Nakuru"],
    ["Plainclothes officers detained an activist outside his home in Nakuru, Kenya, on Sunday, his lawyer said.", "Arrests", POLICE("Kenya"), ANY, 0, "Nakuru"],
    ["Immigration officers detained 40 migrants in Nanyuki, Kenya, on Sunday, officials said.", "Arrests", POLICE("Kenya"), ANY, 0, "Nanyuki"],
    ["Border officers arrested three smugglers at Busia, Kenya, on Sunday.", "Arrests", POLICE("Kenya"), ANY, 0, "Busia"],
    ["Detectives arrested a businessman in Nakuru, Kenya, on Sunday, his lawyer said.", "Arrests", POLICE("Kenya"), ANY, 0, "Nakuru"],
    // guard: army officers stay the army
    ["Army officers arrested two men near Nanyuki, Kenya, on Sunday, the military said.", "Arrests", ARMY("Kenya"), ANY, 0, "Nanyuki"],
  ]);
});

test("a state that says it killed a commander in a drone strike struck; the commander's group was hit", () => {
  grid([
    ["The United States said on Sunday it had killed a senior al-Shabaab commander in a drone strike near Dinsor, Somalia.", "Air/drone strike", /^Military Forces of the United States/, /^Al Shabaab$/, 1, "Diinsoor"],
    ["The United States said on Sunday that it had killed a senior al-Shabaab commander in an air strike near Dinsor, Somalia.", "Air/drone strike", /^Military Forces of the United States/, /^Al Shabaab$/, 1, "Diinsoor"],
    ["The US military said on Sunday it had killed a senior al-Shabaab commander in a drone strike near Dinsor, Somalia.", "Air/drone strike", /^Military Forces of the United States/, /^Al Shabaab$/, 1, "Diinsoor"],
    ["The United States said on Sunday it had carried out a drone strike near Dinsor, Somalia, killing a senior al-Shabaab commander.", "Air/drone strike", /^Military Forces of the United States/, /^Al Shabaab$/, 1, "Diinsoor"],
    ["Turkey said on Sunday it had killed 12 PKK militants in air strikes near Sidakan in northern Iraq.", "Air/drone strike", /^Military Forces of Turkey/, /^Kurdistan Workers/, 12, "Sidakan"],
  ]);
  // guard: a state telling what a group did names the group
  check([
    ["The United States said on Sunday that al-Shabaab had killed four soldiers in an attack on a base near Dinsor, Somalia.",
      { a1: /^Al Shabaab$/, loc: /Diinsoor/ }],
  ]);
});

// (Written by the lead after the helper's branch merged: 5 of the 7 rows below failed on the code before it, e1598b6.)
test("a capital that says its own forces acted speaks for its state, and so does a state naming its forces", () => {
  grid([
    ["Washington said on Sunday that it had killed a senior al-Shabaab commander in an air strike near Dinsor, Somalia.", "Air/drone strike", /^Military Forces of the United States/, /^Al Shabaab$/, 1, "Diinsoor"],
    ["Ankara said on Sunday its warplanes had struck PKK militant positions near Sidakan in northern Iraq, killing 12 fighters.", "Air/drone strike", /^Military Forces of Turkey/, /^Kurdistan Workers/, 12, "Sidakan"],
    ["Turkey said on Sunday its jets had struck PKK militant positions near Sidakan in northern Iraq, killing 12 fighters.", "Air/drone strike", /^Military Forces of Turkey/, /^Kurdistan Workers/, 12, "Sidakan"],
    ["Moscow said on Sunday its forces had captured the village of Pervomaiske, west of Donetsk.", "Non-state actor overtakes territory", /^Military Forces of Russia/, ANY, 0, "Pervomaiske"],
    ["Russia said on Sunday its troops had captured the village of Pervomaiske, west of Donetsk.", "Non-state actor overtakes territory", /^Military Forces of Russia/, ANY, 0, "Pervomaiske"],
    ["Kyiv said on Sunday its troops had recaptured the village of Robotyne in the Zaporizhzhia region.", "Government regains territory", /^Military Forces of Ukraine/, ANY, 0, "Robotyne"],
  ]);
  // guard: a capital telling what another side did names that side
  check([
    ["Moscow said on Sunday that Ukrainian forces had shelled the town of Shebekino in the Belgorod region, killing two civilians.",
      { a1: /^Military Forces of Ukraine/, loc: /Shebekino/ }],
  ]);
});

test("a toll told before a town and the distance that places it is the toll", () => {
  grid([
    ["Five farmers near Magumeri, 25 km from Benisheik, were killed by gunmen on Sunday, police said.", "Attack", UAG("Nigeria"), CIVILIANS("Nigeria"), 5, "Magumeri"],
    ["Three herders near Magumeri, some 25 km from Benisheik, were shot dead by gunmen on Sunday, police said.", "Attack", UAG("Nigeria"), CIVILIANS("Nigeria"), 3, "Magumeri"],
    ["Gunmen killed five farmers near Magumeri, 25 km from Benisheik, on Sunday, police said.", "Attack", UAG("Nigeria"), CIVILIANS("Nigeria"), 5, "Magumeri"],
    ["Five farmers were killed by gunmen near Magumeri, 25 km from Benisheik, on Sunday, police said.", "Attack", UAG("Nigeria"), CIVILIANS("Nigeria"), 5, "Magumeri"],
    // "killed or wounded" counts the hurt too: no toll
    ["Twelve soldiers were killed or wounded when gunmen ambushed their patrol near Magumeri, 25 km from Benisheik, on Sunday, the army said.", "Armed clash", UAG("Nigeria"), ARMY("Nigeria"), 0, "Magumeri"],
    // guard: a distance alone is no toll
    ["Gunmen attacked a village near Magumeri, 25 km from Benisheik, on Sunday and burned homes, police said.", "Attack", UAG("Nigeria"), CIVILIANS("Nigeria"), 0, "Magumeri"],
  ]);
  void NOBODY;
});

test("a police raid on homes that ends in arrests is an arrest, not an attack on civilians", () => {
  subGrid([
    ["Counter-terrorism police raided homes in Malir, Karachi, on Monday and arrested four suspects, a police official said.", "Arrests"],
    ["Police raided several houses in Malir, Karachi, on Monday and detained four suspects, officials said.", "Arrests"],
    ["On Monday, counter-terrorism police raided homes in Malir, Karachi, and arrested four suspects, including a man accused of renting the car, a police official said.", "Arrests"],
    ["Detectives raided two flats in Malir, Karachi, on Monday and arrested three men wanted for extortion, police said.", "Arrests"],
    // guard: gunmen who raid homes and abduct villagers
    ["Gunmen raided homes in a village near Kaura Namoda, Nigeria, on Monday and abducted 12 people, police said.", "Abduction/forced disappearance"],
  ]);
});

test("where retreating troops fell back to is not where the town changed hands", () => {
  check([
    ["Houthi fighters took control of Raghwan, Yemen, on Sunday, government sources said. Government troops withdrew from the town centre and fell back east and south-east along the desert roads towards Sirwah, officials said. The Houthis' television channel said the city had been liberated.",
      { sub: "Non-state actor overtakes territory", loc: /Raghwan/ }],
    ["Houthi fighters seized Raghwan, Yemen, on Sunday, government sources said. Officials said government soldiers pulled out of the town centre, retreating east along desert tracks in the direction of Sirwah. The Houthis' television channel said the city had been liberated.",
      { sub: "Non-state actor overtakes territory", loc: /Raghwan/ }],
  ]);
});

test("gang members who gunned down residents attacked civilians", () => {
  subGrid([
    ["Gang members gunned down residents in Thomonde, Haiti, on Sunday, police said.", "Attack"],
    ["Members of the 5 Segond gang stormed the Lakou area of Thomonde, Haiti, on Sunday, gunning down residents, police said.", "Attack"],
    ["Gunmen mowed down fleeing villagers near Thomonde, Haiti, on Sunday, police said.", "Attack"],
    ["Gang members gunned down passers-by in a market in Thomonde, Haiti, on Sunday, witnesses said.", "Attack"],
    // guard: police who gunned down gang members fought them
    ["Police gunned down two suspected gang members in Thomonde, Haiti, on Sunday, police said.", "Armed clash"],
  ]);
});

