// Shows how the extractor read a report: every mention, its cue, place, date, actors and why it was dropped.
// usage: node --import tsx scripts/explain.ts CASES.json|GOLD.json [case-id]
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { buildContext } from "../src/extract/context.js";
import { findMentions } from "../src/extract/mentions.js";
import { assignRoles } from "../src/extract/roles.js";

const [file, only] = process.argv.slice(2);
const raw = JSON.parse(readFileSync(file!, "utf8"));
const cases = Array.isArray(raw) ? raw : [{ id: "gold", text: readFileSync(resolve(dirname(file!), raw.article.file), "utf8"), published: raw.article.published, outlet: raw.article.outlet }];
for (const c of cases) {
  if (only && c.id !== only) continue;
  const ctx = buildContext({ id: c.id, text: c.text, published: c.published, outlet: c.outlet });
  console.log(`## ${c.id} countries=${ctx.countries.slice(0, 4).join(",")}`);
  for (const m of findMentions(ctx)) {
    const r = m.drop ? {} : assignRoles(m, ctx);
    console.log(`  s${m.sentence.idx} ${m.drop ? "DROP(" + m.drop + ")" : "KEEP"} ${m.family}/${m.cue.rule.id} "${m.cue.text}" date=${m.date?.date ?? "-"}${m.date?.inherited ? "*" : ""} place=${m.place?.place?.name ?? m.place?.mention.name ?? "-"} a1=${(r as { a1?: { name: string } }).a1?.name ?? "-"} a2=${(r as { a2?: { name: string } }).a2?.name ?? "-"} fat=${m.fatalities.map((f) => f.count).join("+")} spk=${[...m.speakers, ...m.laterSpeakers.map((l) => l.speaker)].map((s) => s.name + ":" + s.stance).join("|")}`);
  }
}
