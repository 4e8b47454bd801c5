// Capitals that moved (data/gazetteer/capital-moves.tsv): which city was a country's capital on a given day, so that
// "in the capital" in a 2015 report from Burundi means Bujumbura, not today's Gitega.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_DIR } from "./gazetteer.js";

let moves: Map<string, { name: string; until: string }[]> | undefined;

/** The city that was `code`'s capital on `day` (YYYY-MM-DD…), when the capital has moved since; else undefined. */
export function capitalOn(code: string, day: string | undefined): string | undefined {
  if (!day) return undefined;
  if (!moves) {
    moves = new Map();
    for (const line of readFileSync(join(DATA_DIR, "capital-moves.tsv"), "utf8").split("\n")) {
      if (!line.trim() || line.startsWith("#")) continue;
      const [cc, name, until] = line.split("\t");
      if (!cc || !name || !/^\d{4}-\d\d-\d\d$/.test(until ?? "")) continue;
      moves.set(cc, [...(moves.get(cc) ?? []), { name, until: until! }].sort((a, b) => a.until.localeCompare(b.until)));
    }
  }
  return moves.get(code)?.find((m) => day.slice(0, 10) <= m.until)?.name;
}
