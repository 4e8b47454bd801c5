// Probe: 14 of 89 rows failed on the starting code (042ac02); none of them a guard.
// A checklist of texts that report no event (session 27, quiet27), written in the wording of wire copy and analysis
// pieces from many regions rather than in a tuning set's, by genre, each with guards that tell a real fresh event in
// the same genre's words (they must still give it):
//   - forecasts and analysis ("analysts expect the group to step up attacks", "fears that the exchanges could escalate",
//     "officials say Russia is likely to resume strikes"), and threats and warnings ("threatened to target ships",
//     "would seize the city unless", "vowed to avenge"). Guards: a missile strike told with an analyst's forecast after
//     it; a strike told days after the threat.
//   - a denied report, claim or allegation ("denied reports on Monday that security forces had opened fire",
//     "rejected a report by UN experts that said its army had fought", "dismissed as false claims circulating online
//     that bandits had overrun a base"), and the account told again with it as subject ("The reports ... claimed that
//     fighters had ambushed a patrol"). Guards: an attack told in the report's own voice, with a side's denial of a
//     detail after it; a clash told a day after a government rejected a report; a denier's own account after "saying"
//     is no part of the denied account.
//   - a verdict, a charge or a trial ("judges convicted a former militia leader of war crimes", "found ... guilty",
//     "went on trial accused of the massacre"): the crimes retold are history; crowds outside the court keep their own
//     cues. Guards: supporters who clashed with police after a verdict; tear gas at protesters outside a court;
//     relatives who marched as a trial opened.
//   - an anniversary or commemoration. Guard: men detained at the commemoration.
//   - sanctions, aid, a policy speech, the release of a report ("sanctions on commanders it accused of ordering attacks
//     on civilians", "after months of Russian missile and drone attacks", "security forces had killed 40 people during
//     protests over the past year"). Guards: a drone strike told as what sanctions came a day after; a rights group's
//     account of protesters shot dead on a day of its own.
//   - protests and strikes called for a later day, and talks that produced no deal. Guards: a strike that began on
//     the day told; arrests the day before a planned rally; a ceasefire signed.
//   - tallies and perfects over a period ("police have arrested hundreds of activists in recent weeks", "have detained
//     dozens over the past month", "operations have killed more than 400 people this year"), and what the news came
//     after ("The speech came three days after X's attack ..., and the start of Y's bombardment"). Guards: detentions
//     and an attack told on a day of their own.
// Generic rules in data/cues/modality.json (denied_report_before, denied_account_subject, accused_ordering_before,
// period_of_before, came_after_opener, perfect_before/perfect_period, trial_lead/trial_lead_court, tally_clause).
// Some guards place their event poorly on the starting code too (a dateline taken as the scene): they check the type
// and day only. The sentences are invented. PUBLISHED is Wednesday 11 October 2023; the rows run with the learned
// keep-check off.
import { test } from "node:test";
import { check } from "./checklist-testing.js";

test("forecasts and analysis: what analysts expect, fear or say could happen gives no event", () => {
  check([
    ["NAIROBI — Security analysts expect al-Shabaab to step up attacks on military bases in southern Somalia once the African Union force completes its drawdown next year. \"The group will test every gap,\" said a researcher at a Nairobi think tank. Government forces have struggled to hold towns retaken in last year's offensive."],
    ["ANALYSIS — The fall of another district capital to the Taliban-style insurgents in northern Burkina Faso would leave the army stretched along the Niger border, diplomats say. Fighting could spread to the east before the rainy season ends, one Western official said."],
    ["ISLAMABAD — Pakistan's interior ministry warned on Tuesday that militants were planning attacks on polling stations in Khyber Pakhtunkhwa ahead of next month's elections and ordered extra troops to the province."],
    ["Aid agencies fear that renewed fighting around El Fasher could trap hundreds of thousands of civilians, the UN's humanitarian coordinator said on Monday. \"If the city is stormed, the consequences will be catastrophic,\" she told reporters in Port Sudan."],
    ["KYIV — Ukrainian officials say Russia is likely to resume massive strikes on the power grid as temperatures drop, repeating last winter's campaign that left millions without electricity."],
    ["BEIRUT — Fears are growing in southern Lebanon that the exchanges of fire along the border could escalate into a full-scale war, residents and officials said. Many families in Marjayoun have already packed their bags."],
    ["Analysts say Hezbollah is unlikely to open a full front against Israel but could escalate its rocket fire on border towns if Israeli strikes on Lebanon intensify."],
    // guard
    ["KYIV — A Russian missile strike on Odesa on Monday killed three people and damaged the port, officials said. Analysts expect more strikes on the grid this winter.",
      { sub: "Shelling/artillery/missile attack", loc: /^Odesa$/, date: "2023-10-09" }],
  ], false);
});

test("threats and warnings: a group that threatens or vows to strike has struck nothing yet", () => {
  check([
    ["SANAA — A senior Houthi official threatened on Monday to target commercial ships in the Red Sea if Israel continued its operations, saying the group's missiles could reach any vessel linked to Israel."],
    ["The leader of the Arakan Army warned the military junta on Tuesday that his fighters would seize Sittwe unless troops withdrew from Rakhine state within a month."],
    ["MOGADISHU — Al-Shabaab threatened in an online statement on Sunday to attack any company that pays taxes to the federal government, according to a translation by a monitoring group."],
    ["North Korea said on Monday it would respond with \"overwhelming force\" to joint drills by the United States and South Korea, warning that the peninsula stood on the brink of nuclear war."],
    ["TEHRAN — Iran's Revolutionary Guards vowed on Monday to avenge the killing of a senior commander in Syria, saying the response would come \"at the right time and place\"."],
    // guard
    ["SANAA — The Houthis fired a missile at a commercial ship in the Red Sea on Monday, the group's spokesman said, after warning last week that vessels linked to Israel would be targeted.",
      { sub: "Shelling/artillery/missile attack", date: "2023-10-09" }],
    // guard
    ["MOGADISHU — Al-Shabaab fighters attacked a military base in Lower Shabelle on Sunday, killing at least eight soldiers, officials said, days after the group threatened to attack companies paying taxes.",
      { sub: ["Armed clash", "Attack"], date: "2023-10-08" }],
  ], false);
});

test("a denied report, claim or allegation: what it tells did not happen as far as the report says", () => {
  check([
    ["ABUJA — Nigeria's army on Tuesday dismissed as false claims circulating online that bandits had overrun a military base in Zamfara state and killed dozens of soldiers. \"No such attack took place,\" a spokesman said."],
    ["Police in Addis Ababa denied reports on Monday that security forces had opened fire on worshippers at a mosque in the capital, calling them fabricated by enemies of the country."],
    ["The Malian army rejected allegations by a rights group that its soldiers and foreign fighters had executed civilians in a village near Djenné, saying its troops had not operated in the area."],
    ["KINSHASA — Congo's government on Sunday rejected a report by UN experts that said its army had fought alongside militias in North Kivu, calling the findings biased."],
    ["Turkey's defence ministry said on Tuesday that reports its drones had struck a hospital in northern Syria were \"completely baseless\"."],
    ["MANILA — The Philippine military on Monday denied a claim by communist rebels that they had ambushed an army patrol in Samar and killed seven soldiers, saying no clash had been recorded."],
    ["Israel's army spokesman dismissed Palestinian accounts that troops had fired on a crowd waiting for aid in northern Gaza, calling them lies."],
    // guard
    ["ABUJA — Bandits killed at least 15 soldiers when they overran a military base in Zamfara state on Monday, security sources said. The army denied reports that the base had been abandoned.",
      { date: "2023-10-09" }],
    // guard
    ["Gunmen killed 12 villagers in an attack near Djenné on Sunday, residents said. The army rejected allegations that its soldiers were nearby and failed to act.",
      { sub: "Attack", date: "2023-10-08" }],
    // guard
    ["KIGALI — Rwandan and Congolese troops exchanged fire across the border near Gisenyi on Friday, both armies said, a day after Kinshasa rejected a report that its soldiers had crossed.",
      { sub: "Armed clash", loc: /^Gisenyi$/, date: "2023-10-06" }],
    // guard
    ["MANILA — Communist rebels ambushed an army patrol in Samar on Monday and killed seven soldiers, the military said, denying rebel claims that dozens more had died.",
      { sub: "Armed clash", loc: /^Samar$/, date: "2023-10-09" }],
  ], false);
});

test("a verdict, a charge or a trial: the crimes it judges are history", () => {
  check([
    ["THE HAGUE — Judges at the International Criminal Court on Thursday convicted a former militia leader of war crimes, including the murder of civilians and the pillaging of villages in Ituri province between 2002 and 2003. He will be sentenced at a later date."],
    ["BERLIN — A German court on Tuesday sentenced a former Syrian intelligence officer to life in prison for crimes against humanity, including the torture of detainees at a prison in Damascus in 2011 and 2012."],
    ["GUATEMALA CITY — Three former soldiers went on trial on Monday accused of the massacre of more than 200 villagers in Dos Erres in 1982. Relatives of the victims listened as prosecutors read the charges."],
    ["DHAKA — A special tribunal on Tuesday sentenced five militants to death for the 2016 siege of a cafe in the capital in which 22 people were killed."],
    ["PARIS — The trial of eight men accused of helping the attackers who killed 86 people in Nice in 2016 opened in Paris on Monday. Survivors and families packed the courtroom."],
    ["A court in Lima on Monday acquitted two former police officers charged with the killing of a student during protests in 2020, prompting anger among his family."],
    ["LAHORE — An anti-terrorism court on Tuesday sentenced six men to death over the lynching of a Sri Lankan factory manager in Sialkot in 2021."],
    ["NAIROBI — A Kenyan court on Monday charged four police officers with the murder of a protester shot during demonstrations in July."],
    // guard
    ["THE HAGUE — Supporters of the convicted militia leader clashed with police outside the court in Bunia on Thursday, hours after judges handed down the verdict; two people were wounded.",
      { sub: "Violent demonstration", date: "2023-10-05" }],
    // guard
    ["NAIROBI — Police fired tear gas at protesters outside a Nairobi court on Monday after four officers were charged with the murder of a protester.",
      { sub: "Protest with intervention", loc: /^Nairobi$/, date: "2023-10-09" }],
    // guard
    ["GUATEMALA CITY — Relatives of victims of the Dos Erres massacre marched to the courthouse on Monday as the trial of three former soldiers opened, demanding justice.",
      { sub: "Peaceful protest", loc: /^Guatemala City$/, date: "2023-10-09" }],
  ], false);
});

test("an anniversary or commemoration: the happening it marks is history", () => {
  check([
    ["KIGALI — Rwandans lit candles on Sunday to mark 29 years since the start of the genocide in which about 800,000 people, most of them Tutsi, were killed by extremist Hutu militias."],
    ["SREBRENICA — Thousands of people gathered at the memorial centre in Potocari on Tuesday for the anniversary of the 1995 massacre, in which Bosnian Serb forces killed some 8,000 Muslim men and boys."],
    ["Five years after gunmen stormed two mosques in Christchurch and killed 51 worshippers, survivors said on Friday they still struggle to sleep. A memorial service was held in the city."],
    ["BEIRUT — Three years on from the port explosion that killed more than 200 people and devastated much of the city, relatives of the victims are still waiting for anyone to be held to account."],
    ["CARACAS — Three years after security forces killed 11 people in a raid on a Caracas neighbourhood, relatives held a vigil on Sunday demanding justice."],
    // guard
    ["SREBRENICA — Police detained three men on Tuesday who shouted nationalist slogans at mourners during the anniversary of the 1995 massacre at the Potocari memorial.",
      { sub: "Arrests", date: "2023-10-10" }],
  ], false);
});

test("sanctions, aid, policy and the release of reports: what they name as their reason is no new happening", () => {
  check([
    ["WASHINGTON — The United States on Tuesday imposed sanctions on three commanders of the Rapid Support Forces it accused of ordering attacks on civilians in West Darfur, including the killing of hundreds in El Geneina in June."],
    ["The European Union announced 50 million euros in humanitarian aid for the Sahel on Monday, saying attacks by armed groups had displaced more than two million people in Burkina Faso, Mali and Niger."],
    ["GENEVA — A UN commission of inquiry said in a report released on Monday that government forces and rebels had both committed war crimes in Ethiopia's Tigray region, including mass killings, rape and the shelling of towns."],
    ["Human Rights Watch said on Tuesday that security forces had killed at least 40 people during protests over the past year and called for an independent investigation."],
    ["Amnesty International said in a report on Wednesday that more than 600 people had been abducted by armed groups in Haiti so far this year."],
    ["BRUSSELS — NATO defence ministers agreed on Thursday to strengthen air defences on the alliance's eastern flank after months of Russian missile and drone attacks on Ukraine."],
    ["In a speech to parliament on Tuesday, the prime minister vowed to crush the insurgency in the north-east and promised new helicopters for the army."],
    ["The U.S. Treasury on Tuesday sanctioned two Haitian gang leaders it blamed for orchestrating massacres and kidnappings in Port-au-Prince."],
    ["The UN refugee agency said on Monday that more than 500,000 people had fled into Chad since fighting erupted in Sudan in April."],
    ["Sri Lanka's president pledged on Monday to investigate the 2019 Easter Sunday bombings, which killed 269 people, after a TV documentary raised new questions."],
    ["GENEVA — UN investigators said on Tuesday they had documented the use of torture in detention centres run by both sides during the war, in a report covering the past two years."],
    // guard
    ["WASHINGTON — The United States imposed sanctions on Tuesday on RSF commanders, a day after a drone strike killed 20 people at a market in El Fasher.",
      { sub: "Air/drone strike", date: "2023-10-09" }],
    // guard
    ["Amnesty International said on Wednesday that security forces shot dead four protesters in Conakry on Monday, and called for an investigation.",
      { sub: "Excessive force against protesters", loc: /^Conakry$/, date: "2023-10-09" }],
  ], false);
});

test("protests and strikes called for a later day, and talks with no deal", () => {
  check([
    ["QUITO — Ecuador's largest indigenous organisation called on Monday for a national strike and road blockades to begin next Monday against fuel price rises."],
    ["Opposition parties in Senegal said they would hold a mass rally in Dakar on Saturday to demand that the presidential election go ahead as planned."],
    ["Kenya's opposition leader urged supporters on Tuesday to take to the streets next week, despite a police ban on demonstrations in Nairobi."],
    ["BUENOS AIRES — Argentina's main union federation announced a general strike for later this month against the government's spending cuts."],
    ["DOHA — Talks between Afghan officials and Pakistani envoys on border security ended on Tuesday without an agreement, and both sides said they would meet again next month."],
    ["JEDDAH — Negotiators from Sudan's army and the Rapid Support Forces resumed talks on Sunday on a ceasefire, but mediators said no agreement was in sight."],
    ["Colombia's government and the ELN guerrillas opened a new round of peace talks in Caracas on Monday, seeking to extend a ceasefire that expires next month."],
    ["ABUJA — The talks between the government and striking doctors broke down on Tuesday without a deal, and the union said its members would march on parliament on Friday."],
    // guard
    ["QUITO — Thousands of indigenous protesters blocked roads across Ecuador on Monday at the start of a national strike against fuel price rises, and police fired tear gas in Quito.",
      { sub: "Protest with intervention", loc: /^Quito$/, date: "2023-10-09" }],
    // guard
    ["Police in Dhaka arrested 200 opposition activists on Tuesday, a day before a planned rally, party officials said.",
      { sub: ["Arrests", "Protest with intervention"], loc: /^Dhaka$/, date: "2023-10-10" }],
    // guard
    ["JEDDAH — Sudan's army and the Rapid Support Forces signed a seven-day ceasefire agreement in Jeddah on Sunday, mediators said.",
      { sub: "Agreement", date: "2023-10-08" }],
  ], false);
});

test("tallies and perfects over a period, and what the news came after: no one happening", () => {
  check([
    ["The number of people killed in gang violence in Haiti this year has passed 3,000, the UN human rights office said on Tuesday."],
    ["More than 1,200 civilians have been killed in attacks by armed groups in eastern Congo since January, a monitoring group said in its latest report."],
    ["SAO PAULO — Police operations in the state's favelas have killed more than 400 people this year, a rights group said on Monday, calling for body cameras for officers."],
    ["Police in Dhaka have arrested hundreds of opposition activists in recent weeks, party officials said on Tuesday ahead of a rally planned for the weekend."],
    ["YEREVAN — Armenia's prime minister said on Monday that his country was ready to sign a peace treaty with Azerbaijan within months, three years after a war over Nagorno-Karabakh that killed more than 6,500 people."],
    ["Iraq's prime minister met tribal leaders in Basra on Monday to discuss water shortages that have fuelled protests across the south in past summers."],
    ["Police in Kampala have detained dozens of opposition supporters over the past month, lawyers said on Tuesday."],
    ["The attack came a week after gunmen killed 20 worshippers at a church in the same district, residents said. Officials did not comment."],
    // guard
    ["Police in Kampala detained 30 opposition supporters on Monday as they marched to the electoral commission, lawyers said.",
      { sub: ["Arrests", "Protest with intervention"], loc: /^Kampala$/, date: "2023-10-09" }],
    // guard
    ["Gunmen killed 12 worshippers at a church in Ondo state on Sunday, police said, a week after a similar attack nearby.",
      { sub: "Attack", date: "2023-10-08" }],
  ], false);
});

test("a further round in other wording: accounts branded as lies, appeals, wreaths, sanctions over a crackdown, tallies so far this year", () => {
  check([
    ["DAMASCUS — Syria's foreign ministry on Tuesday branded as lies a monitor's report that government aircraft had bombed a market in Idlib province."],
    ["The junta in Niamey warned on Monday that any foreign military intervention would be met with force, a week after the regional bloc threatened to restore the president."],
    ["An appeals court in Ankara on Tuesday upheld the life sentences of 17 soldiers convicted over their role in the 2016 coup attempt, in which 251 people were killed."],
    ["Ten years on from the Westgate mall siege, in which al-Shabaab gunmen killed 67 people, Kenyans laid wreaths in Nairobi on Thursday."],
    ["Britain announced new sanctions on Tuesday against Iranian officials it holds responsible for the violent crackdown on protesters last year."],
    ["Security forces in Kashmir have killed at least 55 militants so far this year, police said on Tuesday."],
    ["CAIRO — Egypt and Qatar are pressing Hamas and Israel to agree a truce, officials said, but no date has been set for new talks."],
    ["Mexico's president said on Tuesday that homicides had fallen in the first nine months of the year, though cartel violence in Guerrero and Michoacan remained high."],
    ["LONDON — Climate activists said on Tuesday they would block roads in central London every day next week unless the government halted new oil licences."],
    ["BAMAKO — Mali's junta rejected as \"unfounded\" accusations from a UN panel that soldiers and Russian mercenaries had executed some 500 people in Moura."],
    // guard
    ["Government aircraft bombed a market in Idlib province on Monday, killing 12 people, a monitor said. Syria's foreign ministry branded the monitor's report as lies.",
      { sub: "Air/drone strike", loc: /^Idlib$/, date: "2023-10-09" }],
    // guard
    ["BAMAKO — Soldiers and foreign fighters executed 20 men in a village near Djenné on Sunday, residents said. Mali's junta rejected as \"unfounded\" accusations that its troops were involved.",
      { sub: "Attack", date: "2023-10-08" }],
  ], false);
});
