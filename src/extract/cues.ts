// Event cue rules (data/cues/events.json) and modality cues (data/cues/modality.json), compiled once.
import type { SubEventType } from "../event.js";
import { loadJson, re } from "./lexicon.js";

export interface CueRule {
  id: string;
  /** An ACLED sub-type, or "territory" (decided later from who took what). */
  sub: SubEventType | "territory";
  priority: number;
  confidence: number;
  pattern: string;
  territory?: "capture" | "regain" | "withdraw";
  protest?: boolean;
}

export interface CueHit {
  rule: CueRule;
  start: number; // relative to the searched text
  end: number;
  text: string;
}

interface EventsData {
  rules: CueRule[];
}

export interface ModalityData {
  forecast_before_cue: string;
  forecast_clause: string;
  not_forecast: string;
  negation_before_cue: string;
  background_clause: string;
  attribution_verbs: string;
  claim_verbs: string;
  denial: string;
  unverified: string;
  verified: string;
  hearsay: string;
}

let rules: { rule: CueRule; re: RegExp }[] | undefined;

export function cueRules(): { rule: CueRule; re: RegExp }[] {
  if (!rules) {
    rules = loadJson<EventsData>("cues/events.json").rules.map((rule) => ({ rule, re: re(rule.pattern, "gi") }));
  }
  return rules;
}

export function modality(): ModalityData {
  return loadJson<ModalityData>("cues/modality.json");
}

/** Every cue rule hit in `text`. */
export function findCues(text: string): CueHit[] {
  const out: CueHit[] = [];
  for (const { rule, re: r } of cueRules()) {
    r.lastIndex = 0;
    for (const m of text.matchAll(r)) {
      out.push({ rule, start: m.index!, end: m.index! + m[0].length, text: m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.rule.priority - a.rule.priority);
}

/** Rule families: cues of one family in a clause describe one event. */
export function familyOf(rule: CueRule): string {
  if (rule.sub === "territory" || rule.sub === "Armed clash") return "battle";
  if (rule.protest || rule.sub === "Mob violence") return "demonstration";
  return rule.sub;
}
