// Builds data/countries.json from the world-countries package (ISO 3166 codes, names,
// demonyms, capitals) and maps each country to ACLED's region names.
// Run: node scripts/build-countries.mjs   (the output is committed; re-run only to refresh)
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
const require = createRequire(import.meta.url);
const world = require("world-countries");

// ACLED region names, from the UN subregion, with ACLED's own departures.
const REGION_BY_SUBREGION = {
  "Western Africa": "Western Africa", "Middle Africa": "Middle Africa", "Eastern Africa": "Eastern Africa",
  "Southern Africa": "Southern Africa", "Northern Africa": "Northern Africa", "Western Asia": "Middle East",
  "Southern Asia": "South Asia", "Central Asia": "Caucasus and Central Asia", "South-Eastern Asia": "Southeast Asia",
  "Eastern Asia": "East Asia", "Caribbean": "Caribbean", "Central America": "Central America",
  "South America": "South America", "North America": "North America",
};
const REGION_OVERRIDE = { EG: "Middle East", IR: "Middle East", AM: "Caucasus and Central Asia", AZ: "Caucasus and Central Asia", GE: "Caucasus and Central Asia", MX: "Central America" };
// ACLED's spelling of country names where it differs from the common English name.
const NAME_OVERRIDE = { CD: "Democratic Republic of Congo", CG: "Republic of Congo", CI: "Ivory Coast", PS: "Palestine", MM: "Myanmar", KR: "South Korea", KP: "North Korea", CZ: "Czech Republic", TR: "Turkey", SZ: "eSwatini", CV: "Cape Verde", TL: "East Timor", VA: "Vatican City", US: "United States", GB: "United Kingdom", BA: "Bosnia and Herzegovina", MK: "North Macedonia" };
// Names in the news that the package lacks.
const EXTRA_ALIASES = {
  // Wire style (AP, Reuters): a bare "Congo" is the Democratic Republic; the other is "Republic of Congo".
  CD: ["DR Congo", "DRC", "Congo-Kinshasa", "Democratic Republic of the Congo", "Congo"], CG: ["Congo-Brazzaville"],
  US: ["U.S.", "US", "USA", "United States of America", "America"], GB: ["UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland"],
  RU: ["Russian Federation"], SY: ["Syrian Arab Republic"], KR: ["Republic of Korea"], PS: ["Palestinian territories"], // the West Bank and Gaza (Strip) are its admin1 units, read as places
  AE: ["UAE", "Emirates"], CI: ["Cote d'Ivoire", "Côte d'Ivoire"], MM: ["Burma"], TR: ["Türkiye", "Turkiye"], CF: ["CAR"],
  SS: ["S. Sudan"], IR: ["Islamic Republic of Iran"], LY: ["Libyan Arab Jamahiriya"],
};
const EXTRA_DEMONYMS = { US: ["American", "U.S."], GB: ["British"], CD: ["Congolese"], PS: ["Palestinian"], IL: ["Israeli"], UA: ["Ukrainian"], RU: ["Russian"], SD: ["Sudanese"], SS: ["South Sudanese"], MM: ["Burmese", "Myanmar"], AE: ["Emirati"], SA: ["Saudi"], KP: ["North Korean"], KR: ["South Korean"], BD: ["Bangladeshi"], HT: ["Haitian"], YE: ["Yemeni"], SO: ["Somali"], ML: ["Malian"], BF: ["Burkinabe", "Burkinabè"], NE: ["Nigerien"], NG: ["Nigerian"], AF: ["Afghan"], PK: ["Pakistani"], IQ: ["Iraqi"], LB: ["Lebanese"], SY: ["Syrian"], CO: ["Colombian"], MX: ["Mexican"], ET: ["Ethiopian"], MZ: ["Mozambican"], CM: ["Cameroonian"], TD: ["Chadian"], LY: ["Libyan"], TR: ["Turkish"], IR: ["Iranian"], GE: ["Georgian"], AM: ["Armenian"], AZ: ["Azerbaijani"] };

const out = world
  // Kosovo has no ISO 3166-1 numeric code, but ACLED codes events there as Kosovo (iso 0 here: none).
  .filter((c) => c.cca2 && (c.ccn3 || c.cca2 === "XK"))
  .map((c) => {
    const code = c.cca2;
    const name = NAME_OVERRIDE[code] ?? c.name.common;
    const dem = new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(EXTRA_DEMONYMS[code] ?? [])].filter(Boolean));
    const aliases = new Set([c.name.common, c.name.official, ...(EXTRA_ALIASES[code] ?? [])]);
    aliases.delete(name);
    return {
      code, iso3: c.cca3, iso: Number(c.ccn3 || 0), name,
      region: REGION_OVERRIDE[code] ?? REGION_BY_SUBREGION[c.subregion] ?? (c.region === "Europe" ? "Europe" : c.region === "Oceania" ? "Oceania" : c.region),
      capital: c.capital?.[0] ?? "", lat: c.latlng[0], lon: c.latlng[1],
      aliases: [...aliases], demonyms: [...dem],
    };
  })
  .sort((a, b) => a.code.localeCompare(b.code));
writeFileSync(new URL("../data/countries.json", import.meta.url), JSON.stringify({ source: "world-countries npm package (ISO 3166, names, demonyms); ACLED region names mapped in scripts/build-countries.mjs", countries: out }, null, 1) + "\n");
console.log(`${out.length} countries`);
