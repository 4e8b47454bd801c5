// Probe: 6 of 9 rows failed on the starting code (c82b038); none of them a guard.
// A checklist read off the wrong-place misses of the odd-numbered tuning sets (session 25), by families whose wording
// recurs across sets:
//   - a spot on a road told only by the towns at its ends ("on the road between Kaya and Dori", "on the Gao–Ansongo
//     road", "the road linking Beni and Butembo", "the road from Kaya to Dori") is coded at the road's middle
//     (precision 2), not at its first town: the middle is at most half the road from the spot, the first town may be
//     the whole road away. The tuning sets' coders put such events at the middle (a road told as "Kumba-Konye road",
//     "Bambari-Ippy road", "Arbinda - Gorgadji road" sits halfway), and a village the gazetteer lacks on the road
//     ("near Tangakiri" on the Kaya–Dori road) is best guessed there too. Guards: a known town told on the road
//     ("near Mainok" on the Maiduguri–Damaturu highway) stays that town; a distance from one end ("about 10 km from
//     Kaya") keeps that end; a road of hundreds of km keeps its first town.
// The sentences are invented. PUBLISHED is Wednesday 11 October 2023; the rows run with the learned keep-check off.
import { test } from "node:test";
import { check } from "./checklist-testing.js";

test("a spot on a road told by its two ends is coded at the road's middle", () => {
  check([
    ["Gunmen ambushed a police patrol on the road between Kaya and Dori on Monday, killing four officers, police said.",
      { sub: "Armed clash", cc: "BF", prec: 2, at: [13.56, -0.56, 20], date: "2023-10-09" }],
    ["OUAGADOUGOU — A roadside bomb hit a minibus on the road linking Kaya and Dori on Tuesday, killing three passengers, a local official said.",
      { sub: "Remote explosive/landmine/IED", cc: "BF", prec: 2, at: [13.56, -0.56, 20], date: "2023-10-10" }],
    ["A roadside bomb hit a minibus on the Gao–Ansongo road on Monday, killing three passengers, a local official said.",
      { sub: "Remote explosive/landmine/IED", cc: "ML", prec: 2, at: [15.97, 0.23, 20], date: "2023-10-09" }],
    ["Rebels ambushed an army convoy on the Kaya–Dori road near Tangakiri on Monday, killing five soldiers, the army said.",
      { sub: "Armed clash", cc: "BF", prec: 2, at: [13.56, -0.56, 20], date: "2023-10-09" }],
    ["Soldiers clashed with rebels near Tangakiri, a village on the main road between Kaya and Dori, on Monday, the army said.",
      { sub: "Armed clash", cc: "BF", prec: 2, at: [13.56, -0.56, 20], date: "2023-10-09" }],
    ["Gunmen killed two traders on the road from Kaya to Dori on Monday, residents said.",
      { sub: "Attack", cc: "BF", prec: 2, at: [13.56, -0.56, 20], date: "2023-10-09" }],
    // guard: a known town told on the road is the scene
    ["Gunmen ambushed a convoy on the Maiduguri–Damaturu highway near Mainok on Monday, killing three soldiers, a militia member said.",
      { sub: "Armed clash", loc: /^Mainok$/, cc: "NG", at: [11.84, 12.66, 5], date: "2023-10-09" }],
    // guard: a distance from one end keeps that end
    ["Gunmen ambushed a police patrol on the road between Kaya and Dori, about 10 km from Kaya, on Monday, killing four officers, police said.",
      { sub: "Armed clash", loc: /^Kaya$/, cc: "BF", at: [13.09, -1.08, 5], date: "2023-10-09" }],
    // guard: a road too long for its middle to say anything keeps its first town
    ["Gunmen ambushed a convoy of traders on the road between Dori and Banfora on Monday, killing six people, officials said.",
      { sub: "Attack", loc: /^Dori$/, cc: "BF", at: [14.04, -0.03, 5], date: "2023-10-09" }],
  ], false);
});

