// `sitrep extract --jsonl`: lines {id, text, published, outlet} in, lines {id, events} out; no database.
// This is the contract the shared scorer (../shared/tools/score.mjs) uses.
import { createInterface } from "node:readline";
import { extractArticle } from "./index.js";
import { asSitrepError, SitrepError } from "../errors.js";

/** `held`: also write the events the keep-check dropped (`"held": [{event, probability}]`, opt-in: the scorer reads `events`). */
export async function extractJsonl(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, opts: { held?: boolean } = {}): Promise<{ lines: number; errors: number }> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lines = 0;
  let errors = 0;
  for await (const line of rl) {
    if (!line.trim()) continue;
    lines++;
    let id: unknown = null;
    try {
      const rec = JSON.parse(line) as Record<string, unknown>;
      id = rec.id ?? null;
      if (typeof rec.text !== "string") throw new SitrepError("SITREP_E_BAD_JSONL", `line ${lines}: "text" must be a string`);
      const r = extractArticle({
        id: String(rec.id ?? `line-${lines}`),
        text: rec.text,
        published: typeof rec.published === "string" ? rec.published : undefined,
        outlet: typeof rec.outlet === "string" ? rec.outlet : undefined,
        title: typeof rec.title === "string" ? rec.title : undefined,
      });
      const out: Record<string, unknown> = { id, events: r.events };
      if (r.skipped) out.skipped = r.skipped;
      if (opts.held && r.held) out.held = r.held;
      output.write(JSON.stringify(out) + "\n");
    } catch (err) {
      errors++;
      const e = err instanceof SyntaxError ? new SitrepError("SITREP_E_BAD_JSONL", `line ${lines}: ${err.message}`) : asSitrepError(err);
      output.write(JSON.stringify({ id, events: [], error: { code: e.code, message: e.message } }) + "\n");
    }
  }
  return { lines, errors };
}
