// A generated corpus for the worker tests and benchmarks: short wire-style reports, each about a
// different day and town, so that every article is its own event (fusion has nothing to merge and
// the expected event count does not depend on the order workers finish in). Wording written for
// the project; towns are real places the gazetteer knows.
const TOWNS = ["Aleppo", "Hama", "Homs", "Idlib", "Daraa", "Raqqa", "Kharkiv", "Kherson", "Zaporizhzhia", "Sumy", "Goma", "El Fasher", "Nyala", "Khartoum", "Mosul", "Kirkuk"];
const TEMPLATES = [
  (t: string, n: number) => `Shelling hit residential areas of ${t} on Tuesday, killing ${n} civilians, local health officials said. Rescue teams searched damaged buildings into the evening.`,
  (t: string, n: number) => `An air strike struck a market in ${t} on Tuesday and killed ${n} people, a local monitoring group said. Witnesses described a large blast shortly after noon.`,
  (t: string, n: number) => `Armed men attacked a checkpoint outside ${t} on Tuesday, and ${n} guards were killed in the exchange of fire, police said.`,
];

/** JSONL lines {id, text, published, outlet}, one distinct event per article. */
export function syntheticJsonl(n: number, prefix = "syn"): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    // Wednesdays a week apart from 2000-01-05 ("on Tuesday" is the day before publication), 1,300
    // weeks then round again; a repeated date is paired with another town, so events stay distinct
    // up to 5,200 articles.
    const pub = new Date(Date.UTC(2000, 0, 5) + (i % 1300) * 7 * 86_400_000).toISOString().slice(0, 10);
    const town = TOWNS[i % TOWNS.length]!;
    // The closing sentence makes every text distinct (the store keys articles by content hash).
    const text = `${TEMPLATES[i % TEMPLATES.length]!(town, 2 + (i % 9))} The regional office logged it as incident ${1000 + i}.`;
    lines.push(JSON.stringify({ id: `${prefix}-${i}`, text, published: pub, outlet: `Wire ${i % 5}` }));
  }
  return lines.join("\n") + "\n";
}
