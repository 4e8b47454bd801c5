// A behavioural checklist of the events real wire reports tell in words the cue rules did not read ("nothing
// close", the largest miss category on unseen reports): the verbs of killing (stabbed to death, assassinated,
// burned alive, executed a chief), an instrument as the subject (a glide bomb hit ...), arson of a village,
// a ceasefire agreed, a new base set up, a town bombed with no agent told, fire opened on rebel positions,
// rival crowds fighting with machetes, a protest told as "took to the streets, burning tyres" or "tear-gassed",
// and the families that already read (beheaded, lynched, kidnapped, a landmine struck, blew himself up, rubber
// bullets, a sit-in, overran, recaptured, shelled, a missile slammed into) kept as regression guards; then the
// words that must give NO event (forecasts, threats, vows, history, metaphors, sports, weather, politics).
// Each row is an invented one- or two-sentence report; it checks the one event a careful ACLED coder would code:
// sub-type, actor1, actor2, fatalities and place.
//
// Probe on main at the start of the session (6847b6d), this file run as it stands: rows that failed before.
//   killing verbs (stabbed to death, assassinated, executed a chief, gunned down a businessman) ... 10 of 18 failed (all no event)
//   crowds that kill (rival supporters with machetes), rape, abduction ........................ 3 of 12 failed
//   property (torched a village) ................................................................ 1 of 7 failed (no event)
//   bombs and instruments (a glide bomb hit, Nyala was bombed) .................................. 4 of 17 failed (all no event)
//   battles and territory (opened fire on rebel positions or hideouts) .......................... 2 of 11 failed (no event)
//   protests (tear-gassed; took to the streets throwing stones; protesters clashed with police) . 3 of 14 failed
//   strategic developments (a ceasefire agreed "on Sunday to", a new base set up) ............... 3 of 5 failed
//   words that tell no event (lawmakers clashed over a bill; fought back to draw 2-2) ........... 2 of 19 gave an event
//   round two (a village head, tank fire, a rally attacked, homes demolished; 16 guards) ........ 4 of 20 failed
//   round two guards (a town bombed in 1945 or "during the war"; a leader killed by a strike) ... 0 of 7 failed
//   round three (passive tolls, named groups, "downed tools"; 15 metaphors and forecasts) ...... 4 of 31 failed
//     (port workers who "downed tools" also gave a downing of aircraft; "shot down the proposal", "a massacre at the
//     polls", "captured the title"; the "regained the lead" guard was written after the fix)
//   round four (from the tuning sets' "nothing close" misses; 3 guards) ........................ 6 of 9 failed
//     (5 no event; "Three men were shot dead, police said" gave the police as the killers)
//   round five (captives, an aid convoy, a drone slammed into, a blast that hit the police) ...... 6 of 13 failed
//   round five guards (metaphors of the new verbs, accidents) ................................. 2 of 10 gave an event
//     on the starting code ("bombarded with complaints", the helicopter crash); 5 more did under this session's own
//     new rules until these guards (fired at the ministry, bombed with rain, a party's new headquarters, a drone crashed)
//   In all 50 of 193 rows failed before; 0 of the 190 rows kept fail now; 3 rows whose toll is another reader's
//   moved to test.todo (burned alive x2, beat to death); 6 todo rows wait on places (western Darfur, southern
//   Kaduna, northern Sinai, North Waziristan), actors (soldiers near Jenin) or the toll reader (a family of five).
//   The ten todo lines of checklist-types.test.ts and the "Nyala was bombed" todo of checklist-verbs.test.ts are rows here.
import { test } from "node:test";
import { ARMY, POLICE, CIVILIANS, UAG, PROTESTERS, RIOTERS, STATE, NOBODY, ANY, grid, none } from "./checklist-testing.js";

/** Property destroyed: ACLED names the owners' community as actor2 or leaves it empty. */
const OWNERS = (c: string) => new RegExp(`^(?:Civilians \\(${c}\\))?$`);
/** A handover or withdrawal: which side is actor1 is not checked here, only that the sub-type is read. */

test("killing verbs: stabbed to death, assassinated, burned alive, executed, gunned down; a single victim told by trade", () => {
  grid([
    ["Gunmen stabbed a journalist to death in Karachi on Sunday.", "Attack", UAG("Pakistan"), CIVILIANS("Pakistan"), 1, "Karachi"],
    ["Gunmen assassinated a local politician in Karachi on Sunday.", "Attack", UAG("Pakistan"), CIVILIANS("Pakistan"), 1, "Karachi"],
    ["Two gunmen on a motorcycle assassinated a judge in Peshawar on Sunday.", "Attack", UAG("Pakistan"), CIVILIANS("Pakistan"), 1, "Peshawar"],
    ["Police shot dead a street vendor in Lagos on Sunday.", "Attack", POLICE("Nigeria"), CIVILIANS("Nigeria"), 1, "Lagos"],
    ["Soldiers killed a street vendor in Lagos on Sunday.", "Attack", ARMY("Nigeria"), CIVILIANS("Nigeria"), 1, "Lagos"],
    ["Gunmen executed a village chief near Gusau on Sunday.", "Attack", UAG("Nigeria"), CIVILIANS("Nigeria"), 1, "Gusau"],
    ["Gunmen gunned down a businessman in Kaduna on Sunday.", "Attack", UAG("Nigeria"), CIVILIANS("Nigeria"), 1, "Kaduna"],
    ["A sniper shot dead a woman in Kherson on Sunday.", "Attack", UAG("Ukraine"), CIVILIANS("Ukraine"), 1, "Kherson"],
    // regression guards: verbs that already read
    ["Gunmen hacked three farmers to death near Gusau on Sunday.", "Attack", UAG("Nigeria"), CIVILIANS("Nigeria"), 3, "Gusau"],
    ["Militants beheaded a village chief near Mocimboa da Praia on Sunday.", "Attack", UAG("Mozambique"), CIVILIANS("Mozambique"), 1, "Mocimboa da Praia"],
    ["Militants massacred 30 villagers near Beni on Sunday.", "Attack", UAG("Democratic Republic of Congo"), CIVILIANS("Democratic Republic of Congo"), 30, "Beni"],
    ["Militants hacked a man to death with machetes near Beni on Sunday.", "Attack", UAG("Democratic Republic of Congo"), CIVILIANS("Democratic Republic of Congo"), 1, "Beni"],
    ["Soldiers executed five men by firing squad near Sagaing on Sunday.", "Attack", ARMY("Myanmar"), CIVILIANS("Myanmar"), 5, "Sagaing"],
    ["A prominent lawyer was assassinated in Peshawar on Sunday.", "Attack", UAG("Pakistan"), CIVILIANS("Pakistan"), 1, "Peshawar"],
    ["A journalist was stabbed to death in Karachi on Sunday.", "Attack", UAG("Pakistan"), CIVILIANS("Pakistan"), 1, "Karachi"],
    ["Gunmen opened fire on a bus near Jos on Sunday, killing six passengers.", "Attack", UAG("Nigeria"), CIVILIANS("Nigeria"), 6, "Jos"],
  ]);
});

test("crowds that kill, rape, abduction and hostage-taking", () => {
  grid([
    ["A mob lynched a suspected thief in Kano on Sunday.", "Mob violence", RIOTERS("Nigeria"), ANY, 1, "Kano"],
    ["A man was burned alive by a mob in Kano on Sunday.", "Mob violence", RIOTERS("Nigeria"), ANY, 1, "Kano"],
    ["Villagers lynched two suspected kidnappers near Gusau on Sunday.", "Mob violence", RIOTERS("Nigeria"), ANY, 2, "Gusau"],
    // rival crowds fighting each other with blades are a mob, not an armed group's raid (the word "machetes")
    ["Rival groups of supporters fought with stones and machetes in Harare on Sunday.", "Mob violence", RIOTERS("Zimbabwe"), ANY, 0, "Harare"],
    ["Supporters of rival candidates clashed with machetes and clubs in Harare on Sunday.", "Mob violence", RIOTERS("Zimbabwe"), ANY, 0, "Harare"],
    ["Soldiers raped a woman near Bunia on Sunday.", "Sexual violence", ARMY("the Democratic Republic of Congo"), CIVILIANS("Democratic Republic of Congo"), 0, "Bunia"],
    ["Gunmen sexually assaulted two girls near Bunia on Sunday.", "Sexual violence", UAG("Democratic Republic of Congo"), CIVILIANS("Democratic Republic of Congo"), 0, "Bunia"],
    ["Gunmen kidnapped 20 students in Kaduna on Sunday.", "Abduction/forced disappearance", UAG("Nigeria"), CIVILIANS("Nigeria"), 0, "Kaduna"],
    ["Bandits abducted 15 travellers near Gusau on Sunday.", "Abduction/forced disappearance", UAG("Nigeria"), CIVILIANS("Nigeria"), 0, "Gusau"],
    ["Militants took three aid workers hostage near Gao on Sunday.", "Abduction/forced disappearance", UAG("Mali"), CIVILIANS("Mali"), 0, "Gao"],
    ["Three aid workers were kidnapped near Gao on Sunday.", "Abduction/forced disappearance", UAG("Mali"), CIVILIANS("Mali"), 0, "Gao"],
  ]);
});

test("property: torched a village, looted and burned shops, ransacked", () => {
  grid([
    ["Gunmen torched a village near Gusau on Sunday.", "Looting/property destruction", UAG("Nigeria"), OWNERS("Nigeria"), 0, "Gusau"],
    ["Gunmen torched dozens of houses in a village near Jos on Sunday.", "Looting/property destruction", UAG("Nigeria"), OWNERS("Nigeria"), 0, "Jos"],
    ["Gunmen set fire to a church near Jos on Sunday.", "Looting/property destruction", UAG("Nigeria"), OWNERS("Nigeria"), 0, "Jos"],
    ["Militants burned down a school near Maiduguri on Sunday.", "Looting/property destruction", UAG("Nigeria"), OWNERS("Nigeria"), 0, "Maiduguri"],
    ["Gunmen looted and burned shops in Gusau on Sunday.", "Looting/property destruction", UAG("Nigeria"), OWNERS("Nigeria"), 0, "Gusau"],
    ["Looters ransacked shops in Port-au-Prince on Sunday.", "Looting/property destruction", RIOTERS("Haiti"), OWNERS("Haiti"), 0, "Port-au-Prince"],
    // burning with killing is the killing (an attack), guarded here
    ["Attackers set fire to homes in a village near Jos on Sunday, killing 15 people.", "Attack", UAG("Nigeria"), CIVILIANS("Nigeria"), 15, "Jos"],
  ]);
});

test("bombs, mines, a bomber, and instruments as the subject: a glide bomb hit, a missile slammed into, mortar rounds landed", () => {
  grid([
    ["A glide bomb hit a market in Kharkiv on Sunday, killing four people.", "Air/drone strike", UAG("Ukraine"), CIVILIANS("Ukraine"), 4, "Kharkiv"],
    ["A Russian glide bomb struck a residential building in Kharkiv on Sunday, killing four people.", "Air/drone strike", ARMY("Russia"), CIVILIANS("Ukraine"), 4, "Kharkiv"],
    ["Drones dropped explosives on positions near Bakhmut on Sunday.", "Air/drone strike", UAG("Ukraine"), NOBODY, 0, "Bakhmut"],
    ["Russian aircraft dropped guided bombs on Kharkiv on Sunday.", "Air/drone strike", ARMY("Russia"), NOBODY, 0, "Kharkiv"],
    ["Nyala was bombed on Sunday, killing 20 people.", "Air/drone strike", UAG("Sudan"), CIVILIANS("Sudan"), 20, "Nyala"],
    ["The town of Nyala was bombed on Sunday.", "Air/drone strike", UAG("Sudan"), NOBODY, 0, "Nyala"],
    ["A landmine struck a military vehicle near Gao on Sunday, killing three soldiers.", "Remote explosive/landmine/IED", UAG("Mali"), ARMY("Mali"), 3, "Gao"],
    ["An IED struck a police vehicle near Arish on Sunday, killing two policemen.", "Remote explosive/landmine/IED", UAG("Egypt"), POLICE("Egypt"), 2, "Arish"],
    ["A roadside bomb killed four soldiers near Gao on Sunday.", "Remote explosive/landmine/IED", UAG("Mali"), ARMY("Mali"), 4, "Gao"],
    ["A bomb ripped through a bus in Quetta on Sunday, killing ten people.", "Remote explosive/landmine/IED", UAG("Pakistan"), CIVILIANS("Pakistan"), 10, "Quetta"],
    ["A suicide bomber blew himself up at a mosque in Peshawar on Sunday, killing 12 people.", "Suicide bomb", UAG("Pakistan"), CIVILIANS("Pakistan"), 12, "Peshawar"],
    ["A man blew himself up at a checkpoint near Mogadishu on Sunday, killing two soldiers.", "Suicide bomb", UAG("Somalia"), ARMY("Somalia"), 2, "Mogadishu"],
    ["Russian forces shelled Kherson on Sunday, killing two people.", "Shelling/artillery/missile attack", ARMY("Russia"), CIVILIANS("Ukraine"), 2, "Kherson"],
    ["Artillery bombarded Kherson on Sunday.", "Shelling/artillery/missile attack", UAG("Ukraine"), NOBODY, 0, "Kherson"],
    ["Mortar rounds landed in a market in Mogadishu on Sunday, killing five people.", "Shelling/artillery/missile attack", UAG("Somalia"), CIVILIANS("Somalia"), 5, "Mogadishu"],
    ["A missile slammed into an apartment block in Odesa on Sunday, killing three people.", "Shelling/artillery/missile attack", UAG("Ukraine"), CIVILIANS("Ukraine"), 3, "Odesa"],
    ["Soldiers fired mortar rounds at rebel positions near Sagaing on Sunday.", "Shelling/artillery/missile attack", ARMY("Myanmar"), ANY, 0, "Sagaing"],
  ]);
});

test("battles and territory: fire opened on rebel positions or hideouts, stormed, overran, recaptured, retook, withdrew, handed over", () => {
  grid([
    ["Soldiers opened fire on rebel positions near Sagaing on Sunday.", "Armed clash", ARMY("Myanmar"), ANY, 0, "Sagaing"],
    ["Troops opened fire on militant hideouts near Bannu on Sunday.", "Armed clash", ARMY("Pakistan"), ANY, 0, "Bannu"],
    ["Militants stormed a military base near Gao on Sunday.", "Armed clash", UAG("Mali"), ARMY("Mali"), 0, "Gao"],
    ["Al Shabaab fighters ambushed an army convoy near Beledweyne on Sunday, killing seven soldiers.", "Armed clash", /^Al Shabaab$/, ARMY("Somalia"), 7, "Beledweyne"],
    ["Gunmen killed two policemen near Arish on Sunday.", "Armed clash", UAG("Egypt"), POLICE("Egypt"), 2, "Arish"],
    ["Rebels overran an army base near Goma on Sunday.", "Non-state actor overtakes territory", UAG("Democratic Republic of Congo"), ARMY("the Democratic Republic of Congo"), 0, "Goma"],
    ["The army recaptured the town of Bunagana on Sunday.", "Government regains territory", ARMY("the Democratic Republic of Congo"), NOBODY, 0, "Bunagana"],
    ["Rebels retook the town of Bunagana on Sunday.", "Non-state actor overtakes territory", UAG("Democratic Republic of Congo"), ANY, 0, "Bunagana"],
    ["Rebels withdrew from the town of Bunagana on Sunday.", "Non-violent transfer of territory", ANY, ANY, 0, "Bunagana"],
    ["The rebels handed over control of the town of Bunagana to the army on Sunday.", "Non-violent transfer of territory", ANY, ANY, 0, "Bunagana"],
    ["The army withdrew from its base in Tessalit on Sunday.", "Non-violent transfer of territory", ANY, ANY, 0, "Tessalit"],
  ]);
});

test("protests: took to the streets, rallied, marched, a strike, a sit-in; met with tear gas or rubber bullets; turned violent", () => {
  grid([
    ["Thousands of people took to the streets of Nairobi on Sunday to protest against tax rises.", "Peaceful protest", PROTESTERS("Kenya"), NOBODY, 0, "Nairobi"],
    ["Hundreds of opposition supporters rallied in Nairobi on Sunday.", "Peaceful protest", PROTESTERS("Kenya"), NOBODY, 0, "Nairobi"],
    ["Thousands of teachers marched in Nairobi on Sunday to demand higher pay.", "Peaceful protest", PROTESTERS("Kenya"), NOBODY, 0, "Nairobi"],
    ["Doctors went on strike in Nairobi on Sunday over unpaid wages.", "Peaceful protest", PROTESTERS("Kenya"), NOBODY, 0, "Nairobi"],
    ["Students staged a sit-in outside parliament in Nairobi on Sunday.", "Peaceful protest", PROTESTERS("Kenya"), NOBODY, 0, "Nairobi"],
    ["Police fired tear gas at protesters in Nairobi on Sunday.", "Protest with intervention", PROTESTERS("Kenya"), POLICE("Kenya"), 0, "Nairobi"],
    ["Police fired rubber bullets and water cannon at protesters in Nairobi on Sunday.", "Protest with intervention", PROTESTERS("Kenya"), POLICE("Kenya"), 0, "Nairobi"],
    ["Police tear-gassed protesters in Kampala on Sunday.", "Protest with intervention", PROTESTERS("Uganda"), POLICE("Uganda"), 0, "Kampala"],
    ["Riot police dispersed a sit-in in Khartoum on Sunday.", "Protest with intervention", PROTESTERS("Sudan"), POLICE("Sudan"), 0, "Khartoum"],
    ["Police fired live rounds at protesters in Nairobi on Sunday, killing two.", "Excessive force against protesters", POLICE("Kenya"), PROTESTERS("Kenya"), 2, "Nairobi"],
    ["Soldiers beat a protester to death in Harare on Sunday.", "Excessive force against protesters", ARMY("Zimbabwe"), PROTESTERS("Zimbabwe"), 1, "Harare"],
    ["Protesters clashed with police in Nairobi on Sunday.", "Violent demonstration", RIOTERS("Kenya"), POLICE("Kenya"), 0, "Nairobi"],
    ["Youths threw stones at police in Nairobi on Sunday.", "Violent demonstration", RIOTERS("Kenya"), POLICE("Kenya"), 0, "Nairobi"],
    ["Hundreds of residents took to the streets of Goma on Sunday, burning tyres and throwing stones.", "Violent demonstration", RIOTERS("Democratic Republic of Congo"), NOBODY, 0, "Goma"],
  ]);
});

test("strategic developments: a ceasefire agreed, prisoners exchanged, a new base set up", () => {
  grid([
    ["The army and the M23 rebels exchanged 50 prisoners in Goma on Sunday.", "Agreement", ANY, ANY, 0, "Goma"],
    ["The army and the M23 rebels agreed a ceasefire in Goma on Sunday.", "Agreement", ANY, ANY, 0, "Goma"],
    ["The army and the M23 rebels agreed on Sunday to a week-long ceasefire in Goma.", "Agreement", ANY, ANY, 0, "Goma"],
    ["The army set up a new base in the town of Rubaya on Sunday.", "Headquarters or base established", ARMY("the Democratic Republic of Congo"), NOBODY, 0, "Rubaya"],
    ["The rebels set up a new headquarters in the town of Rubaya on Sunday.", "Headquarters or base established", UAG("Democratic Republic of Congo"), NOBODY, 0, "Rubaya"],
  ]);
});

test("words that tell no event: forecasts, threats, vows, history, metaphors, sports, weather, politics, accidents", () => {
  none([
    "Forecasters warned that the rebels could attack Goma next week.",
    "The rebels threatened to attack Goma on Sunday.",
    "The rebels threatened to shell Goma on Sunday.",
    "The militants vowed to storm the capital on Sunday.",
    "The minister vowed on Sunday to crush the rebels in Sagaing.",
    "The army said on Sunday it would retake Bunagana.",
    "The rebels could seize Goma within days, analysts said on Sunday.",
    "Gunmen killed 30 villagers near Beni in 2015.",
    "The champion stormed to victory in Nairobi on Sunday.",
    "Arsenal thrashed Chelsea 4-0 in London on Sunday.",
    "The visiting side fought back to draw 2-2 in Lagos on Sunday.",
    "Storms battered the coast of Mozambique on Sunday, killing five people.",
    "Heavy rains killed 12 people in Kano on Sunday.",
    "The film bombed at the box office on Sunday.",
    "Lawmakers clashed over the budget in Nairobi on Sunday.",
    "Critics attacked the government's plan in Nairobi on Sunday.",
    "Opposition leaders blasted the decision in Harare on Sunday.",
    "A gas explosion ripped through a restaurant in Nairobi on Sunday, killing three people.",
    "Firefighters battled a blaze at a market in Kano on Sunday.",
  ]);
});

test("round two: more of what wires tell (a village head, tank fire, a rally attacked, homes demolished), with guards that already read", () => {
  grid([
    ["Suspected jihadists killed a village head near Djibo on Sunday.", "Attack", UAG("Burkina Faso"), CIVILIANS("Burkina Faso"), 1, "Djibo"],
    ["Unknown gunmen killed a local chief in Mopti on Sunday.", "Attack", UAG("Mali"), CIVILIANS("Mali"), 1, "Mopti"],
    ["Israeli tank fire killed three Palestinians in Khan Younis on Sunday.", "Shelling/artillery/missile attack", ARMY("Israel"), ANY, 3, "Khan Younis"],
    ["Supporters of the opposition attacked a rally of the ruling party in Harare on Sunday.", "Mob violence", RIOTERS("Zimbabwe"), ANY, 0, "Harare"],
    ["Israeli forces demolished two Palestinian homes near Hebron on Sunday.", "Looting/property destruction", ARMY("Israel"), ANY, 0, "Hebron"],
    // regression guards: already read
    ["Jihadists executed 12 civilians in a village near Djibo on Sunday.", "Attack", UAG("Burkina Faso"), CIVILIANS("Burkina Faso"), 12, "Djibo"],
    ["A car bomb exploded near a police station in Mogadishu on Sunday, killing four officers.", "Remote explosive/landmine/IED", UAG("Somalia"), POLICE("Somalia"), 4, "Mogadishu"],
    ["A female suicide bomber detonated her explosives at a mosque in Konduga on Sunday, killing nine people.", "Suicide bomb", UAG("Nigeria"), CIVILIANS("Nigeria"), 9, "Konduga"],
    ["A Russian missile strike on Dnipro killed five people on Sunday.", "Shelling/artillery/missile attack", ARMY("Russia"), CIVILIANS("Ukraine"), 5, "Dnipro"],
    ["Turkish drones struck a car near Qamishli on Sunday, killing three fighters.", "Air/drone strike", ARMY("Turkey"), UAG("Syria"), 3, "Qamishli"],
    ["Rebels shelled the city of Goma on Sunday, killing three civilians.", "Shelling/artillery/missile attack", UAG("Democratic Republic of Congo"), CIVILIANS("Democratic Republic of Congo"), 3, "Goma"],
    ["Heavy fighting broke out between the army and the RSF in Omdurman on Sunday.", "Armed clash", ARMY("Sudan"), /^Rapid Support Forces$/, 0, "Omdurman"],
    ["Security forces killed five suspected militants in a shootout near Bannu on Sunday.", "Armed clash", STATE("Pakistan"), UAG("Pakistan"), 5, "Bannu"],
    ["Jihadists took control of the town of Djibo on Sunday.", "Non-state actor overtakes territory", UAG("Burkina Faso"), ANY, 0, "Djibo"],
    ["Demonstrators set fire to a police station in Nairobi on Sunday.", "Violent demonstration", RIOTERS("Kenya"), ANY, 0, "Nairobi"],
    ["Police used tear gas to disperse protesters in Kampala on Sunday.", "Protest with intervention", PROTESTERS("Uganda"), POLICE("Uganda"), 0, "Kampala"],
    ["Residents lynched a man accused of witchcraft near Kananga on Sunday.", "Mob violence", RIOTERS("Democratic Republic of Congo"), ANY, 1, "Kananga"],
    ["Militants seized a bus and took the passengers hostage near Bannu on Sunday.", "Abduction/forced disappearance", UAG("Pakistan"), CIVILIANS("Pakistan"), 0, "Bannu"],
    ["Fighters burned dozens of homes in a village near Geneina on Sunday.", "Looting/property destruction", UAG("Sudan"), OWNERS("Sudan"), 0, "El Geneina"],
    ["Police defused a bomb near a church in Kaduna on Sunday.", "Disrupted weapons use", POLICE("Nigeria"), NOBODY, 0, "Kaduna"],
  ]);
});

test("round two guards: a town bombed long ago or in a war told as history, a leader killed by a strike is the strike", () => {
  none([
    "Hiroshima was bombed in 1945.",
    "Dresden was bombed during the war, the museum says.",
    "The town of Guernica was bombed in 1937, killing hundreds of people.",
    "The film was bombed by critics on Sunday.",
  ]);
  grid([
    ["A Hamas leader was killed in an Israeli air strike in Gaza City on Sunday.", "Air/drone strike", ARMY("Israel"), /^Hamas/, 1, "Gaza City"],
    ["An Israeli strike killed a Hezbollah commander near Tyre on Sunday.", "Air/drone strike", ARMY("Israel"), /^Hezbollah/, 1, "Tyre"],
    ["Rival fans clashed after the match in Cairo on Sunday.", "Mob violence", RIOTERS("Egypt"), ANY, 0, "Cairo"],
  ]);
});

test("round three: passive tolls with 'when', named groups, strikes and sit-ins told by trade words ('downed tools')", () => {
  grid([
    ["Two people were killed when gunmen opened fire on a wedding party near Gusau on Sunday.", "Attack", UAG("Nigeria"), CIVILIANS("Nigeria"), 2, "Gusau"],
    ["Five soldiers were killed when militants attacked their convoy near Gao on Sunday.", "Armed clash", UAG("Mali"), ARMY("Mali"), 5, "Gao"],
    ["An attack on a village near Djibo left 20 civilians dead on Sunday.", "Attack", UAG("Burkina Faso"), CIVILIANS("Burkina Faso"), 20, "Djibo"],
    ["Gang members killed eight people in Port-au-Prince on Sunday.", "Attack", UAG("Haiti"), CIVILIANS("Haiti"), 8, "Port-au-Prince"],
    ["Al Shabaab militants attacked a hotel in Mogadishu on Sunday, killing ten people.", "Attack", /^Al Shabaab$/, CIVILIANS("Somalia"), 10, "Mogadishu"],
    ["The RSF attacked a camp for displaced people near El Fasher on Sunday, killing 25 people.", "Attack", /^Rapid Support Forces$/, CIVILIANS("Sudan"), 25, "El Fasher"],
    ["Myanmar's military bombed a village in Sagaing on Sunday, killing 30 people.", "Air/drone strike", ARMY("Myanmar"), CIVILIANS("Myanmar"), 30, "Sagaing"],
    ["A gunman opened fire at a school in Belgrade on Sunday, killing eight pupils.", "Attack", UAG("Serbia"), CIVILIANS("Serbia"), 8, "Belgrade"],
    ["An assailant stabbed three people at a market in Kano on Sunday.", "Attack", UAG("Nigeria"), CIVILIANS("Nigeria"), 0, "Kano"],
    ["Militants blew up a bridge near Bannu on Sunday.", "Remote explosive/landmine/IED", UAG("Pakistan"), NOBODY, 0, "Bannu"],
    ["Rebels shot down an army helicopter near Sagaing on Sunday.", "Disrupted weapons use", UAG("Myanmar"), ARMY("Myanmar"), 0, "Sagaing"],
    ["Workers at the port of Mombasa downed tools on Sunday.", "Peaceful protest", PROTESTERS("Kenya"), NOBODY, 0, "Mombasa"],
    ["Taxi drivers blocked major roads in Johannesburg on Sunday in protest against new fines.", "Peaceful protest", PROTESTERS("South Africa"), NOBODY, 0, "Johannesburg"],
    ["Police beat protesters with batons in Dhaka on Sunday.", "Protest with intervention", PROTESTERS("Bangladesh"), POLICE("Bangladesh"), 0, "Dhaka"],
    ["Protesters hurled stones at police in Dhaka on Sunday.", "Violent demonstration", RIOTERS("Bangladesh"), POLICE("Bangladesh"), 0, "Dhaka"],
    ["Police and protesters clashed in Dhaka on Sunday, leaving two dead.", "Violent demonstration", RIOTERS("Bangladesh"), POLICE("Bangladesh"), 2, "Dhaka"],
  ]);
  none([
    "The senate shot down the proposal in Nairobi on Sunday.",
    "The ruling party suffered a massacre at the polls in Harare on Sunday.",
    "The club fired its coach in Lagos on Sunday.",
    "The opposition stormed out of parliament in Nairobi on Sunday.",
    "The champions captured the title in Lagos on Sunday.",
    "The visitors regained the lead in Cairo on Sunday.",
    "Hackers hijacked the ministry's website in Nairobi on Sunday.",
    "The storm ripped through the town of Beira on Sunday, killing five people.",
    "A fire ripped through a market in Kano on Sunday, killing three people.",
    "A bus crashed near Kano on Sunday, killing 12 passengers.",
    "Rebels are expected to attack Goma in the coming days.",
    "The government warned on Sunday that the rebels were planning to seize Goma.",
    "The rebels said on Sunday they had no plans to attack Goma.",
    "A court sentenced two soldiers on Sunday for killing a farmer in 2021.",
    "The documentary about the 1994 genocide premiered in Kigali on Sunday.",
  ]);
});

test("round four, from the tuning sets' 'nothing close' misses: fire on an airliner, a cattle camp raided, a headman shot, 'shot and hacked to death'; a speaker is not the killer", () => {
  grid([
    ["Gangs fired on a commercial airliner as it approached Port-au-Prince on Sunday, wounding a flight attendant.", "Attack", UAG("Haiti"), CIVILIANS("Haiti"), 0, "Port-au-Prince"],
    ["Armed youths raided a cattle camp near Tonj on Sunday, killing 12 herders.", "Attack", UAG("South Sudan"), CIVILIANS("South Sudan"), 12, "Tonj"],
    ["Soldiers fired on a village near Sagaing on Sunday, killing three people.", "Attack", ARMY("Myanmar"), CIVILIANS("Myanmar"), 3, "Sagaing"],
    ["Suspected insurgents shot dead a village headman near Narathiwat on Sunday.", "Attack", UAG("Thailand"), CIVILIANS("Thailand"), 1, "Narathiwat"],
    ["Three men were shot and hacked to death near Bunia on Sunday.", "Attack", UAG("Democratic Republic of Congo"), CIVILIANS("Democratic Republic of Congo"), 3, "Bunia"],
    // the police who tell it did not do it: "men" who were shot are no side of the speaker's
    ["Three men were shot dead in Kaduna on Sunday, police said.", "Attack", UAG("Nigeria"), CIVILIANS("Nigeria"), 3, "Kaduna"],
    // regression guards
    ["Artillery fired at the town of Kherson on Sunday.", "Shelling/artillery/missile attack", UAG("Ukraine"), NOBODY, 0, "Kherson"],
    ["Police fired on protesters in Nairobi on Sunday.", "Excessive force against protesters", POLICE("Kenya"), PROTESTERS("Kenya"), 0, "Nairobi"],
    ["The army said on Sunday that troops had entered the town of Kidal.", "Government regains territory", ARMY("Mali"), NOBODY, 0, "Kidal"],
  ]);
});

test("round five: captives and hostages, an aid convoy ambushed, a drone slammed into, a blast that hit the police", () => {
  grid([
    ["Gunmen took 30 passengers captive near Kaduna on Sunday.", "Abduction/forced disappearance", UAG("Nigeria"), CIVILIANS("Nigeria"), 0, "Kaduna"],
    ["Militants held five workers hostage at a mine near Gao on Sunday.", "Abduction/forced disappearance", UAG("Mali"), CIVILIANS("Mali"), 0, "Gao"],
    // an aid convoy carries no arms: ambushing it attacks civilians; an army convoy ambushed is a battle (guard)
    ["Gunmen ambushed a convoy of aid trucks near Gao on Sunday, killing two drivers.", "Attack", UAG("Mali"), CIVILIANS("Mali"), 2, "Gao"],
    ["Gunmen ambushed an army convoy near Gao on Sunday, killing two soldiers.", "Armed clash", UAG("Mali"), ARMY("Mali"), 2, "Gao"],
    ["A drone slammed into an apartment block in Kyiv on Sunday.", "Air/drone strike", UAG("Ukraine"), NOBODY, 0, "Kyiv"],
    // a blast aimed at the police is a bomb, not a possible accident; a gas explosion stays none (guard below)
    ["A blast hit a police van in Quetta on Sunday, killing two officers.", "Remote explosive/landmine/IED", UAG("Pakistan"), POLICE("Pakistan"), 2, "Quetta"],
    ["An explosion targeted an army patrol near Gao on Sunday.", "Remote explosive/landmine/IED", UAG("Mali"), ARMY("Mali"), 0, "Gao"],
    // regression guards
    ["Twelve farmers were abducted by bandits near Gusau on Sunday.", "Abduction/forced disappearance", UAG("Nigeria"), CIVILIANS("Nigeria"), 0, "Gusau"],
    ["A Palestinian man was shot dead by Israeli troops in Jenin on Sunday.", "Attack", ARMY("Israel"), CIVILIANS("Palestine"), 1, "Jenin"],
    ["Unknown attackers hurled a grenade into a church in Kasindi on Sunday, killing 14 people.", "Grenade", UAG("Democratic Republic of Congo"), CIVILIANS("Democratic Republic of Congo"), 14, "Kasindi"],
    ["Soldiers detained dozens of men during a search operation near Sagaing on Sunday.", "Arrests", ARMY("Myanmar"), NOBODY, 0, "Sagaing"],
  ]);
  none([
    "The economy is held hostage by debt, the minister said on Sunday in Nairobi.",
    "A gas explosion ripped through a restaurant in Nairobi on Sunday, killing three people.",
  ]);
});

test("round five guards: the new verbs' metaphors and accidents give no event", () => {
  none([
    "Critics fired at the ministry over school closures in Nairobi on Sunday.",
    "The minister fired at the opposition over the market reforms in Lagos on Sunday.",
    "The company fired 200 workers at its factory in Dhaka on Sunday.",
    "The star was stabbed in the back by his own party in Nairobi on Sunday.",
    "Nairobi was bombarded with complaints on Sunday.",
    "Lagos was bombed with rain on Sunday.",
    "The party set up a new headquarters in Nairobi on Sunday.",
    "A drone crashed into a field near Belgorod on Sunday.",
    "A helicopter crashed near Kabul on Sunday, killing five soldiers.",
    "The striker executed a perfect free kick in Lagos on Sunday.",
  ]);
});

// The toll of a victim told between the verb and its end ("burned a trader alive", "beat a suspected thief to death"):
// the event is found with its type and actors; the figure is the fatalities reader's. Done since: these todos (burned alive,
// a thief beaten to death, a family of five) are rows of checklist-events3.test.ts.

// Actors: bare "soldiers" in the West Bank are Israel's, but "Palestinian security forces" are not: the scene's country names
// the force only when no demonym does (tried with a data map PS -> IL and undone: it took "Palestinian security forces" too).
test.todo("'Soldiers shot dead a civilian at a checkpoint near Jenin on Sunday.' -> Attack by Military Forces of Israel (got Military Forces of Palestine)");

// Places told by a region's part: another helper's work (places); the events themselves are found.
test.todo("'Gunmen killed five villagers in western Darfur on Sunday.' -> Attack in Sudan (no country: 'Darfur' is no gazetteer region; West Darfur is)");
test.todo("'Gunmen killed five villagers in southern Kaduna on Sunday.' -> Attack in Kaduna state's south (got Kaduna city: a city of 1m+ keeps 'southern' as its own quarter; compassRegion.regionOf in data/gazetteer/cues.json could name the state)");
test.todo("'Gunmen shot and killed a tribal elder in North Waziristan on Sunday.' -> Attack in Pakistan (no country: 'North Waziristan' unresolved)");
test.todo("'Gunmen killed two policemen in northern Sinai on Sunday.' -> Armed clash in North Sinai, Egypt (no event: 'Sinai' unresolved, the event has no country)");
