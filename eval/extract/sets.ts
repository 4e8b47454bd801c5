// The project's gold sets that may be tuned and fitted on: every tuning set and the shared dev set,
// never a sealed set (eval/extract/holdout*.json, paraphrase*.json). Read by the training scripts of the learned
// checks (scripts/train-keep.ts) and by eval/extract/oracle-gazetteer.ts.
import { existsSync, readdirSync } from "node:fs";
import { resolve } from "node:path";

const OWN = ["cases", "tune2", "tune3", "tune4", "tune5", "tune6", "tune7", "tune8", "tune9", "tune10", "tune11", "tune12", "tune13", "tune14", "tune15", "tune16", "tune17", "tune18", "tune19", "tune20", "tune3p", "tune5p", "tune9p", "tune15p", "tune6p", "tune8p", "tune10p", "tune16p", "tune17p", "tune11p", "tune12p", "tune19p", "tune20p", "casesp", "tune21", "tune22", "tune23", "tune24", "tune25", "tune26", "tune27", "tune28", "tune29", "tune30", "tune31", "tune32", "tune33", "tune34", "tune35", "tune36", "tune37", "tune38"];

/** [name, path] of each tuning set present under the repo root `root`. */
export function tuningSets(root: string): [name: string, path: string][] {
  const sets: [string, string][] = OWN.map((n) => [n, resolve(root, `eval/extract/${n}.json`)]);
  sets.push(["dev", resolve(root, "../shared/corpus/dev/cases.json")]);
  return sets.filter(([, p]) => existsSync(p));
}

const SEALED = ["holdout20", "holdout21", "holdout22", "holdout23", "holdout24", "holdout25", "holdout26", "holdout27", "holdout28", "holdout29", "holdout30", "holdout31", "paraphrase2", "paraphrase4", "paraphrase7", "paraphrase14", "paraphrase18", "paraphrase13"];

/**
 * [name, path] of each sealed held-out set: only for bounds that are read as counts and never tuned
 * on (the oracle and noise gazetteers' `--sealed` runs), never for fitting or choosing a rule.
 */
export function sealedSets(root: string): [name: string, path: string][] {
  return SEALED.map((n): [string, string] => [n, resolve(root, `eval/extract/${n}.json`)]).filter(([, p]) => existsSync(p));
}

/**
 * [name, path] of each shared seed article (../shared/corpus/seed/*.gold.json): not fitted on, but a
 * check the learned checks must pass (the keep-check keeps every seed event the rules find).
 */
export function seedSets(root: string): [name: string, path: string][] {
  const dir = resolve(root, "../shared/corpus/seed");
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith(".gold.json")).sort().map((f): [string, string] => [f.replace(/\.gold\.json$/, ""), resolve(dir, f)]);
}
