// A checklist for the scene town when the right town is in the gazetteer (session 18).
// A clause whose only scene is a named site ("gathered in Uhuru Square", "at the North Gate of Hamid Karzai
// International Airport") names no town of its own: it takes the town the report ties that kind of site to ("at Kabul
// airport"), and a city square with no such tie the dateline's city, not the previous sentence's town, which is another
// event's (data/gazetteer/cues.json, namedSite). "In Nasugbu, Batangas," names the town and then its own province: the
// province (a namesake town elsewhere in the gazetteer) is no second scene and no rival to the town. "about 2,000
// people, many from the neighbouring island of X, stormed parliament" tells where the crowd came from, not the scene.
// Guards: a site told with its town keeps it; a list of towns is still one event per town; a site the report ties to
// no town (a camp) keeps the previous scene; "soldiers from the town of X" still names X.
// The sentences are invented for this test.
// Probe: 8 of 15 rows failed on the starting code (0645bfc): the three squares, the airport, the three towns told
// with their province, and the crowd's home island; the guards passed before and after. The airport row, broken by
// the merge with absent18 and left todo, passes again since session 19 (checklist-scenes19: Kabul is usable there).
import { test } from "node:test";
import { check } from "./checklist-testing.js";

test("a named city square with no town takes the dateline's city, not the previous sentence's town", () => {
  check([
    ["NAIROBI — Police fired tear gas at protesters in Mombasa on Saturday, a day after demonstrations broke out in Nairobi.\n\nLate on Friday, hundreds of people gathered in Uhuru Square chanting against the president. Riot police broke up the crowd with tear gas.",
      { sub: "Protest with intervention", loc: /^Mombasa$/, date: "2023-10-07" }, { sub: "Protest with intervention", loc: /^Nairobi$/, date: "2023-10-06" }],
    ["BAMAKO — Soldiers clashed with gunmen near Mopti on Saturday, the army said.\n\nOn Sunday, several hundred people gathered in Independence Square to demand the release of detained activists.",
      { sub: "Armed clash", loc: /^Mopti$/ }, { sub: "Peaceful protest", loc: /^Bamako$/, prec: 1 }],
    ["KHARTOUM — Paramilitary fighters shelled Omdurman on Saturday, residents said.\n\nOn Sunday, police fired tear gas at hundreds of protesters who gathered in Liberty Square to demand an end to the war.",
      { sub: "Shelling/artillery/missile attack", loc: /^Omdurman$/ }, { sub: "Protest with intervention", loc: /^Khartoum$/ }],
  ]);
});

test("a named airport takes the town the report ties airports to", () => {
  check([
    ["ISLAMABAD — A drone strike killed two militants in Paktika province on Saturday, officials said, a day after a suicide attack at Kabul airport.\n\nOn Friday, a suicide bomber blew himself up among crowds at the North Gate of Hamid Karzai International Airport, killing 40 people, officials said.",
      { sub: "Air/drone strike", date: "2023-10-07" }, { sub: "Suicide bomb", loc: /^Kabul$/, date: "2023-10-06", fat: 40 }],
  ]);
});

test("a site told with its town, or tied to a town earlier, keeps that town (guards)", () => {
  check([
    ["BAGHDAD — Gunmen killed two policemen in Mosul on Saturday, officials said. On Sunday, a rocket struck near Baghdad airport.\n\nRockets hit a runway at Baghdad International Airport on Sunday night, wounding two guards, officials said.",
      { loc: /^Mosul$/ }, { sub: "Shelling/artillery/missile attack", loc: /^Baghdad$/ }],
    ["LAGOS — Gunmen killed four farmers near Zaria on Saturday, police said. A day earlier, a bomb had exploded at Maiduguri market.\n\nThe explosion tore through stalls at the Monday Market on Friday afternoon, killing nine traders, officials said.",
      { sub: "Attack", loc: /^Zaria$/ }, { loc: /^Maiduguri$/, date: "2023-10-06" }],
    ["Soldiers clashed with fighters in Gao on Saturday, the army said. On Sunday, rebels shelled the airport in Gao, damaging a plane.",
      { sub: "Armed clash", loc: /^Gao$/ }, { sub: "Shelling/artillery/missile attack", loc: /^Gao$/ }],
    ["Rebels shelled a camp for displaced people in Goma on Sunday, killing six. On Monday, aid workers at the Mugunga Camp said food had run out.",
      { sub: "Shelling/artillery/missile attack", loc: /^Goma$/ }],
    ["CAIRO — Police arrested dozens of protesters in Alexandria on Sunday after they gathered in Saad Zaghloul Square, a rights group said.",
      { loc: /^Alexandria$/ }],
  ]);
});

test("a town told with its own province is the scene, not the province's namesake town", () => {
  check([
    ["MANILA — Police raids left several activists dead on Sunday, rights groups said. In Nasugbu, Batangas, two fishermen were shot dead in their home by officers.",
      { sub: "Attack", loc: /^Nasugbu$/, date: "2023-10-08" }],
    ["MANILA — Police raids on Sunday killed activists across the region. In Tanauan, Batangas, a union leader was shot dead inside his office, colleagues said.",
      { sub: "Armed clash" }, { sub: "Attack", loc: /^Tanauan$/ }],
    ["MANILA — In Antipolo, Rizal, gunmen shot dead a village chief on Sunday, police said.", { sub: "Attack", loc: /^Antipolo$/, prec: 1 }],
  ]);
});

test("a list of towns is still one event per town (guards)", () => {
  check([
    ["Protesters clashed with police in Goma, Bukavu and Uvira on Sunday, officials said.",
      { loc: /^Goma$/ }, { loc: /^Bukavu$/ }, { loc: /^Uvira$/ }],
  ]);
});

test("where a crowd came from, told as an aside, is not the scene", () => {
  check([
    ["HONIARA — Rioters burned shops in the capital on Sunday. The unrest began on Saturday, when about 2,000 people, many from the neighbouring island of Malaita, stormed the parliament grounds and set fire to a police post.",
      { sub: "Violent demonstration", loc: /^Honiara$/ }],
    // guards: the crowd's home told in an aside leaves the clause's own town; a force's origin said plainly still
    // names a town only where the old rule read it
    ["Gunmen stormed a police post in Bama on Saturday, killing three officers, the army said. On Sunday, thousands of people, many from the nearby town of Konduga, marched in Maiduguri to protest against the killings.",
      { sub: "Attack", loc: /^Bama$/ }, { sub: "Peaceful protest", loc: /^Maiduguri$/ }],
  ]);
});
