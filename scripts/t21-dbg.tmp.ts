import { buildContext } from "../src/extract/context.js";
import { findMentions } from "../src/extract/mentions.js";
import { assemble } from "../src/extract/assemble.js";
const text = process.argv[2]!;
const ctx = buildContext({ id: "x", text, published: process.argv[3] ?? "2023-10-11" });
for (const d of assemble(findMentions(ctx), ctx)) console.log(d.sub, d.date?.date, d.place?.place?.location, d.mentions.map((m) => `s${m.sentence.idx} ${m.cue.text}`).join(" | "));
