// A behavioural checklist for ACLED's rarer sub-types and the lines between them: several invented wire
// sentences per sub-type, with varied actors and countries, each checked for the one event (or none) a careful
// ACLED coder would code. checklist.test.ts covers killings, strikes and clashes; this file covers protests and
// riots, arrests, abductions, sexual violence, looting, the strategic developments, the rarer explosions and
// changes of territory. The sentences are invented for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { onlyEvent, subGrid } from "./checklist-testing.js";


test("a protest is peaceful until force meets it: dispersal, tear gas and arrests are intervention, killing is excessive force", () => {
  subGrid([
    ["Hundreds of nurses marched through Nairobi on Sunday to demand better pay.", "Peaceful protest"],
    ["Farmers staged a sit-in outside the agriculture ministry in Lahore on Sunday.", "Peaceful protest"],
    ["Thousands of people rallied in Tbilisi on Sunday against a proposed media law.", "Peaceful protest"],
    ["Students demonstrated peacefully in Dhaka on Sunday, calling for the reopening of universities.", "Peaceful protest"],
    ["Taxi drivers blocked a main road in Lagos on Sunday to protest against fuel prices.", "Peaceful protest"],
    ["Police dispersed a march by opposition supporters in Kampala on Sunday.", "Protest with intervention"],
    ["Riot police fired tear gas at hundreds of students demonstrating in Conakry on Sunday.", "Protest with intervention"],
    ["Police arrested 25 people at a march against the war in Moscow on Sunday.", "Protest with intervention"],
    ["Officers used water cannon on protesters in Tbilisi on Sunday.", "Protest with intervention"],
    ["Security forces broke up a protest by teachers in Harare on Sunday, detaining 12 of them.", "Protest with intervention"],
    ["Police beat demonstrators with batons in Dhaka on Sunday.", "Protest with intervention"],
    ["Police fired tear gas and stun grenades at protesters in Nairobi on Sunday.", "Protest with intervention"],
    ["Security forces opened fire on protesters in Khartoum on Sunday, killing four.", "Excessive force against protesters"],
    ["Police shot dead two demonstrators in Nairobi on Sunday, rights groups said.", "Excessive force against protesters"],
    ["Troops fired live ammunition at a crowd of marchers in Mandalay on Sunday, killing seven people.", "Excessive force against protesters"],
    ["Three protesters were killed when police opened fire on a rally in Conakry on Sunday.", "Excessive force against protesters"],
    ["Soldiers killed five people protesting against fuel prices in Abuja on Sunday.", "Excessive force against protesters"],
    ["Police fired live rounds into a crowd of demonstrators in Lima on Sunday, killing two.", "Excessive force against protesters"],
  ]);
});

test("a labour strike or a picket is a protest; a strike called for next week is none, and an air strike stays an air strike", () => {
  subGrid([
    ["Dock workers went on strike in Mombasa on Sunday, picketing the port gates over unpaid wages.", "Peaceful protest"],
    ["Teachers in Accra began a nationwide strike on Sunday over unpaid allowances.", "Peaceful protest"],
    ["Health workers picketed the main hospital in Lilongwe on Sunday over unpaid wages.", "Peaceful protest"],
    ["Workers went on strike at a gold mine near Obuasi on Sunday.", "Peaceful protest"],
    ["Police detained 50 striking bus drivers in Lagos on Sunday.", "Protest with intervention"],
    ["The union called a general strike for next week in Buenos Aires.", null],
    ["A drone strike killed three people in Marib on Sunday.", "Air/drone strike"],
  ]);
});

test("what a protest is about is not a second event: a march against sexual violence, for kidnapped students, for detained activists", () => {
  subGrid([
    ["Hundreds of women marched in Juba on Sunday to protest against sexual violence.", "Peaceful protest"],
    ["Families of the kidnapped students protested outside the governor's office in Kaduna on Sunday.", "Peaceful protest"],
    ["Protesters demanded the release of detained activists in Kampala on Sunday.", "Peaceful protest"],
    ["Hundreds of activists rallied in Nairobi on Sunday to condemn the abduction of a journalist.", "Peaceful protest"],
  ]);
});

test("demonstrators who use violence riot; a crowd that kills or burns with no demonstration told is a mob", () => {
  subGrid([
    ["Protesters threw stones at police and torched cars in Dakar on Sunday.", "Violent demonstration"],
    ["Rioters set fire to a police station in Port Harcourt on Sunday.", "Violent demonstration"],
    ["Demonstrators stormed the parliament building in Nairobi on Sunday.", "Violent demonstration"],
    ["Angry youths blocked roads with burning tyres and clashed with police in Kinshasa on Sunday.", "Violent demonstration"],
    ["Supporters of the jailed opposition leader ransacked a ruling party office in Lusaka on Sunday.", "Violent demonstration"],
    ["Mourners burned tyres and blocked roads in Kinshasa on Sunday after a police shooting.", "Violent demonstration"],
    ["Protesters threw stones and police responded with tear gas in Nairobi on Sunday.", "Violent demonstration"],
    ["Police arrested 30 people after protesters torched a police station in Dakar on Sunday.", "Violent demonstration"],
    ["A mob lynched a suspected thief in Port Harcourt on Sunday.", "Mob violence"],
    ["Villagers beat a man to death in Jharkhand on Sunday over rumours of cattle theft.", "Mob violence"],
    ["An angry crowd burned a suspected kidnapper alive in Port-au-Prince on Sunday.", "Mob violence"],
    ["A mob attacked a church in Sargodha on Sunday after blasphemy accusations.", "Mob violence"],
    ["Residents set upon two suspected robbers and killed them in Kampala on Sunday.", "Mob violence"],
    ["Villagers lynched two men accused of witchcraft near Kisii on Sunday.", "Mob violence"],
    ["A mob set fire to a mosque in Jos on Sunday.", "Mob violence"],
    ["Supporters of the ruling party attacked opposition marchers in Harare on Sunday.", "Mob violence"],
  ]);
});

test("arrests by any force, active or passive, are arrests; a court's sentence is no event", () => {
  subGrid([
    ["Police arrested 14 suspected militants in Peshawar on Sunday.", "Arrests"],
    ["Security forces detained an opposition leader in Dhaka on Sunday.", "Arrests"],
    ["Soldiers rounded up dozens of young men in Bamako on Sunday.", "Arrests"],
    ["Police took a prominent journalist into custody in Istanbul on Sunday.", "Arrests"],
    ["A former minister was arrested in Kinshasa on Sunday on corruption charges.", "Arrests"],
    ["Troops apprehended three suspected arms smugglers near Kidal on Sunday.", "Arrests"],
    ["Soldiers detained a local journalist at a checkpoint in Goma on Sunday.", "Arrests"],
    ["Police arrested the leader of a separatist group in Bamenda on Sunday.", "Arrests"],
    ["A court in Istanbul sentenced a journalist to five years in prison on Sunday.", null],
    ["A judge in Dhaka jailed an opposition leader for ten years on Sunday.", null],
    ["A court in Nairobi convicted three men of terrorism on Sunday.", null],
    ["Three men were sentenced to death by a military court in Kinshasa on Sunday.", null],
  ]);
  const minister = onlyEvent("A former minister was arrested in Kinshasa on Sunday on corruption charges.");
  assert.match(minister.actor1, /^Police Forces of the Democratic Republic of Congo/, "a notable figure's arrest, told in the passive, is the state police's");
});

test("people taken by armed men are abducted, people forced are sexually assaulted, homes torched or shops looted are property destruction", () => {
  subGrid([
    ["Gunmen kidnapped a Catholic priest in Enugu on Sunday.", "Abduction/forced disappearance"],
    ["Bandits abducted 15 travellers on the road near Zaria on Sunday.", "Abduction/forced disappearance"],
    ["An activist went missing after being taken by armed men in Bamako on Sunday.", "Abduction/forced disappearance"],
    ["A lawyer was abducted by unidentified men in Karachi on Sunday.", "Abduction/forced disappearance"],
    ["Militants kidnapped two aid workers near Mopti on Sunday.", "Abduction/forced disappearance"],
    ["A student leader disappeared after plainclothes officers took him away in Harare on Sunday.", "Abduction/forced disappearance"],
    ["Gunmen stormed a school in Kaduna on Sunday and abducted 30 pupils.", "Abduction/forced disappearance"],
    ["Unknown men snatched a human rights lawyer outside his home in Islamabad on Sunday.", "Abduction/forced disappearance"],
    ["Soldiers raped three women in Bunia on Sunday, a local rights group said.", "Sexual violence"],
    ["A girl was raped by militiamen near Goma on Sunday.", "Sexual violence"],
    ["Armed men sexually assaulted two women at a displacement camp in El Geneina on Sunday.", "Sexual violence"],
    ["Fighters gang-raped a woman near Kalehe on Sunday, a local official said.", "Sexual violence"],
    ["Gunmen looted shops in Bangui on Sunday.", "Looting/property destruction"],
    ["Militiamen torched dozens of homes in Djugu on Sunday.", "Looting/property destruction"],
    ["Soldiers razed a village near Sittwe on Sunday, residents said.", "Looting/property destruction"],
    ["Armed men ransacked a health centre in Kaga Bandoro on Sunday.", "Looting/property destruction"],
    ["Rebels plundered a market in Beni on Sunday.", "Looting/property destruction"],
    ["Fighters set fire to a school in Tillaberi on Sunday.", "Looting/property destruction"],
  ]);
});

test("strategic developments: deals and prisoner swaps, bases set up, groups merged, dissolved or given a new leader", () => {
  subGrid([
    ["The government and the rebels signed a ceasefire in Juba on Sunday.", "Agreement"],
    ["Rival militias agreed a peace deal in Tripoli on Sunday.", "Agreement"],
    ["Russia and Ukraine carried out a prisoner exchange on Sunday, swapping 90 captives each.", "Agreement"],
    ["The army and the militia signed a peace agreement in Bangui on Sunday.", "Agreement"],
    ["Warring factions agreed to a truce in Zawiya on Sunday.", "Agreement"],
    ["The warring parties agreed on a 72-hour ceasefire in Khartoum on Sunday.", "Agreement"],
    ["Hamas and Israel completed a prisoner exchange at the Kerem Shalom crossing on Sunday.", "Agreement"],
    ["The government and the rebels began talks on a ceasefire in Doha on Sunday.", null],
    ["The army established a new base in Menaka on Sunday.", "Headquarters or base established"],
    ["The militia set up a headquarters in the town of Kidal on Sunday.", "Headquarters or base established"],
    ["Rebels opened a new outpost near Goma on Sunday.", "Headquarters or base established"],
    ["Militiamen set up a base at the airport in Timbuktu on Sunday.", "Headquarters or base established"],
    ["Two jihadist groups in the Sahel merged on Sunday, the groups said in a statement.", "Change to group/activity"],
    ["The militia announced the dissolution of its armed wing on Sunday in Beirut.", "Change to group/activity"],
    ["The rebel group replaced its leader on Sunday, naming a new commander in Idlib.", "Change to group/activity"],
    ["The armed group dissolved itself on Sunday in Bamako.", "Change to group/activity"],
    ["Three rebel factions formed a new alliance in Idlib on Sunday.", "Change to group/activity"],
  ]);
});

test("a weapon stopped before it harms is disrupted weapons use; intercepting a truck, a boat or migrants is not", () => {
  subGrid([
    ["Army engineers defused a bomb near a market in Maiduguri on Sunday.", "Disrupted weapons use"],
    ["Air defences intercepted 20 drones over Kyiv on Sunday.", "Disrupted weapons use"],
    ["Ukrainian forces shot down three Russian missiles over Odesa on Sunday.", "Disrupted weapons use"],
    ["A bomb was found under a car in Kirkuk on Sunday and made safe by police.", "Disrupted weapons use"],
    ["Police foiled a bomb attack on a church in Mombasa on Sunday.", "Disrupted weapons use"],
    ["The Israeli military said it intercepted a rocket fired from Gaza on Sunday.", "Disrupted weapons use"],
    ["Air defence units intercepted a ballistic missile over Riyadh on Sunday.", "Disrupted weapons use"],
    ["Security forces found and defused two explosive devices near Peshawar on Sunday.", "Disrupted weapons use"],
    ["Police intercepted a letter bomb addressed to a judge in Athens on Sunday.", "Disrupted weapons use"],
    ["The army said it had shot down a drone over Khartoum on Sunday.", "Disrupted weapons use"],
    ["A roadside bomb was found near Ghazni on Sunday and defused.", "Disrupted weapons use"],
    ["Police intercepted a truck carrying 200 kilograms of cannabis near Agadez on Sunday.", null],
    ["The coast guard intercepted a boat carrying 60 migrants off Lampedusa on Sunday.", null],
    ["Police intercepted a boat carrying weapons off Hodeidah on Sunday.", null],
  ]);
});

test("grenades, gas, suicide bombers and planted or buried explosives each keep their own sub-type; landmines cleared or told as background are none", () => {
  subGrid([
    ["An attacker threw a grenade at a police patrol in Srinagar on Sunday, wounding three officers.", "Grenade"],
    ["A grenade hurled into a market in Bujumbura on Sunday wounded 12 people.", "Grenade"],
    ["Unknown men lobbed a hand grenade into a bar in Guayaquil on Sunday.", "Grenade"],
    ["A grenade attack on a nightclub in Bujumbura on Sunday wounded nine people.", "Grenade"],
    ["Gunmen threw a hand grenade into a church in Kisumu on Sunday.", "Grenade"],
    ["A chlorine gas attack on Douma on Sunday killed dozens of people, rescuers said.", "Chemical weapon"],
    ["Government forces used sarin gas on a village near Idlib on Sunday, monitors said.", "Chemical weapon"],
    ["A suicide bomber killed 15 people at a checkpoint in Mogadishu on Sunday.", "Suicide bomb"],
    ["A woman detonated an explosive vest at a market in Maiduguri on Sunday, killing six people.", "Suicide bomb"],
    ["An attacker drove a car laden with explosives into an army base in Mogadishu on Sunday and blew himself up.", "Suicide bomb"],
    ["Two suicide bombers struck a mosque in Peshawar on Sunday, killing 30 people.", "Suicide bomb"],
    ["A roadside bomb hit a military convoy near Kandahar on Sunday, killing three soldiers.", "Remote explosive/landmine/IED"],
    ["A landmine killed two children herding goats near Mopti on Sunday.", "Remote explosive/landmine/IED"],
    ["A car bomb parked near a market exploded in Kirkuk on Sunday, killing nine people.", "Remote explosive/landmine/IED"],
    ["A truck ran over a mine near Djibo on Sunday, killing four passengers.", "Remote explosive/landmine/IED"],
    ["An improvised explosive device exploded under a bus in Quetta on Sunday.", "Remote explosive/landmine/IED"],
    ["A motorcycle packed with explosives blew up at a checkpoint in Mogadishu on Sunday.", "Remote explosive/landmine/IED"],
    ["A bomb planted on a motorbike exploded near a bus stop in Pattani on Sunday.", "Remote explosive/landmine/IED"],
    ["A deminer was killed by a landmine near Izium on Sunday.", "Remote explosive/landmine/IED"],
    ["A landmine exploded under a bus near Mopti on Sunday, killing 12 passengers.", "Remote explosive/landmine/IED"],
    ["Gunmen killed four farmers near Mopti on Sunday, in a district where landmines have killed dozens of people since 2019.", "Attack"],
    ["Deminers cleared 300 landmines from fields near Kharkiv on Sunday.", null],
  ]);
});

test("a place taken by force is regained by the state or overtaken by a group; one left without a fight changes hands non-violently", () => {
  subGrid([
    ["Government forces recaptured the town of Kismayo from al-Shabaab on Sunday.", "Government regains territory"],
    ["The army regained control of Kidal on Sunday after rebels withdrew.", "Government regains territory"],
    ["Soldiers took back the town of Djibo from jihadists on Sunday.", "Government regains territory"],
    ["The army recaptured Palmyra on Sunday after heavy fighting.", "Government regains territory"],
    ["M23 rebels captured the town of Rubaya on Sunday.", "Non-state actor overtakes territory"],
    ["Jihadists overran an army base in Menaka on Sunday and took control of the town.", "Non-state actor overtakes territory"],
    ["Rebels took control of the town of Bunia on Sunday.", "Non-state actor overtakes territory"],
    ["Al-Shabaab fighters seized the town of Beledweyne on Sunday after troops withdrew.", "Non-violent transfer of territory"],
    ["Government troops withdrew from Bakhmut on Sunday and rebels moved in without a fight.", "Non-violent transfer of territory"],
    ["The army handed over the town of Kidal to the rebels on Sunday.", "Non-violent transfer of territory"],
    ["Soldiers pulled out of the town of Menaka on Sunday, leaving it to armed groups.", "Non-violent transfer of territory"],
    ["Rebels entered Bunagana on Sunday after government forces abandoned the town without resistance.", "Non-violent transfer of territory"],
    ["Peacekeepers handed over their base in Tessalit to the army on Sunday.", "Non-violent transfer of territory"],
    ["The Taliban entered Kandahar on Sunday after government forces withdrew.", "Non-violent transfer of territory"],
    ["Government forces withdrew from Goma on Sunday without a fight, and rebels moved in.", "Non-violent transfer of territory"],
    ["Russian forces withdrew from Kherson on Sunday, and Ukrainian troops entered the city unopposed.", "Non-violent transfer of territory"],
    ["Security forces killed two suspected kidnappers in a shootout in Zaria on Sunday.", "Armed clash"],
    ["Security forces killed a suspected militant commander in a raid in Peshawar on Sunday.", "Armed clash"],
  ]);
});
