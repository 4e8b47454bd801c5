// Session 13 (tunemiss6): towns and border crossings of Sagaing, north Kosovo, Swat, Farah and the
// Punjab-Haryana-Delhi borders that tuning set 18 names and the packages lack (data/gazetteer/extra.tsv,
// section "session 13 (tunemiss6)"), placed from OpenStreetMap (approx.). On the starting code all 6 failed.
import { testTownPositions, type TownRow } from "./towns-testing.js";

const TOWNS: TownRow[] = [
  ["Kani", "MM", "Budalin", 30, "W"],
  ["Leposavić", "XK", "Mitrovicë", 25, "N"],
  ["Charbagh", "PK", "Mingora", 11, "E"],
  ["Bala Buluk", "AF", "Farah", 44, "E"],
  ["Singhu", "IN", "Narela", 1, "N"],
  ["Shambhu", "IN", "Ambala", 6, "W"],
];

testTownPositions(TOWNS, "tunemiss6: ");
