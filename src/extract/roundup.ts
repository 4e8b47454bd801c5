// A round-up of protests city by city ("Protesters rallied in Nasiriyah ... In Basra, hundreds blocked a road to
// the port"): a sentence opening on a town of its own whose subject is a crowd tells that town's protest, though
// its verb is no protest word of its own. Read by the mention pass for a sentence with no cue.
import { cueRules, type CueHit } from "./cues.js";
import type { ArticleContext, SentenceInfo } from "./context.js";
import type { Mention } from "./mentions.js";
import { usable } from "./places.js";

/** "In Basra, hundreds ...", "In the city of Kirkuk, thousands ...": a town, then a crowd as the subject. */
const CROWD_OPENING = /^\s*In\s+(?:the\s+(?:town|city)\s+of\s+)?[^,]{2,40},\s+(?:(?:several|some|about|around|more\s+than|at\s+least|a\s+few)\s+)?(hundreds|thousands|dozens|scores|crowds|a\s+crowd)\b/i;

/** Words that tell deaths in the crowd's sentence. */
const DEATHS = /\b(?:killed|died|dead|deaths?|shot)\b/i;

/** How many sentences after the latest protest a crowd's town may still continue its round-up. */
const ROUND_UP_REACH = 3;

/**
 * The protest a sentence with no cue of its own tells by opening on a town and a crowd, when the report's latest
 * event is a protest told elsewhere: that town's protest (a peaceful one; its own words may say more). Its day is
 * the round-up's (left to the date pass).
 */
export function roundUpProtest(si: SentenceInfo, ctx: ArticleContext, last: Mention | undefined): Mention | undefined {
  const opening = CROWD_OPENING.exec(si.text);
  if (!opening || !last || last.family !== "demonstration" || si.idx - last.sentence.idx > ROUND_UP_REACH) return undefined;
  // "In Goma, crowds surrounded UN compounds, and five people were killed": deaths make it no plain protest, and
  // the words do not tell who killed whom.
  if (DEATHS.test(si.text)) return undefined;
  const town = si.places.find((p) => p.mention.kind !== "country" && p.mention.start - si.start < opening.index + opening[0].length - opening[1]!.length && usable(p, si, ctx));
  const here = town?.place, there = last.place?.place;
  if (!here || here.latitude == null || (there && there.country === here.country && there.location === here.location)) return undefined;
  const rule = cueRules().find((r) => r.rule.sub === "Peaceful protest")?.rule;
  if (!rule) return undefined;
  const start = opening.index + opening[0].length - opening[1]!.length;
  const cue: CueHit = { rule, start, end: start + opening[1]!.length, text: opening[1]! };
  return {
    sentence: si, clause: [0, si.text.length], cue, cues: [cue], family: "demonstration",
    fatalities: [], speakers: [], laterSpeakers: [], denials: [], unverified: false, verifiedByOutlet: false, newScene: true,
  };
}
