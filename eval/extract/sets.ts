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
 * The region each set written by region was asked to cover (session 13 on; older sets mixed the world). Every pair
 * put Africa and the Middle East in the odd-numbered tuning set (group A, the one rule writers read) and Asia, Europe
 * and the Americas in the even one (group B), so until session 28 no region-written set of the second kind was read.
 */
export type Region = "Africa and the Middle East" | "Asia, Europe and the Americas";
const AFRICA_ME: Region = "Africa and the Middle East";
const ASIA_EU_AM: Region = "Asia, Europe and the Americas";
const REGION: Record<string, Region> = {
  tune17: AFRICA_ME, tune18: ASIA_EU_AM, tune19: AFRICA_ME, tune20: ASIA_EU_AM,
  tune33: AFRICA_ME, tune34: ASIA_EU_AM, tune35: AFRICA_ME, tune36: ASIA_EU_AM, tune37: AFRICA_ME, tune38: ASIA_EU_AM,
  holdout20: AFRICA_ME, holdout21: ASIA_EU_AM, holdout22: AFRICA_ME, holdout23: ASIA_EU_AM, holdout24: AFRICA_ME, holdout25: ASIA_EU_AM,
  holdout26: AFRICA_ME, holdout27: ASIA_EU_AM, holdout28: AFRICA_ME, holdout29: ASIA_EU_AM, holdout30: AFRICA_ME, holdout31: ASIA_EU_AM,
};

/** The region the set `name` was written for, or undefined for a set that mixed the world. */
export function regionOf(name: string): Region | undefined {
  return REGION[name];
}

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
