// A round-up of protests city by city ("Protesters rallied in Nasiriyah ... In Basra, hundreds blocked a road to
// the port"): a sentence opening on a town of its own whose subject is a crowd tells that town's protest, though
// its verb is no protest word of its own. Read by the mention pass for a sentence with no cue.
import { cueRules, type CueHit, type CueRule } from "./cues.js";
import type { ArticleContext, SentenceInfo } from "./context.js";
import type { Mention } from "./mentions.js";
import { usable } from "./places.js";
import { loadJson } from "./lexicon.js";

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

interface SceneData { scene_opening_before: string; scene_subject_before: string; scene_spoke: string; scene_deed: string; scene_not_after: string; scene_burning: string; scene_riot_rule: string }
interface SceneWords { before: RegExp; subject: RegExp; spoke: RegExp; deed: RegExp; notAfter: RegExp; burning: RegExp; riot?: CueRule }
let sceneWords: SceneWords | undefined;
function scenes(): SceneWords {
  if (!sceneWords) {
    const d = loadJson<SceneData>("assembly/scenes.json");
    const riot = cueRules().find((r) => r.rule.id === d.scene_riot_rule)?.rule;
    sceneWords = { before: new RegExp(d.scene_opening_before, "i"), subject: new RegExp(d.scene_subject_before), spoke: new RegExp(d.scene_spoke, "i"), deed: new RegExp(d.scene_deed, "i"), notAfter: new RegExp(d.scene_not_after, "i"), burning: new RegExp(d.scene_burning, "i"), riot };
  }
  return sceneWords;
}

/** Kinds of happening whose next scene a round-up tells by what happened there (data/assembly/scenes.json). */
const SCENE_FAMILIES = new Set(["battle", "explosion", "Attack", "demonstration", "Looting/property destruction"]);
/** Cheap test before the opening is read: the sentence starts with "In ", an article or a crowd's word. */
const IN_OPENING = /^\W*(?:In|The|An?|Crowds|Protesters|Demonstrators|Rioters|Youths|Mobs?)\s/;

/**
 * "Police fired on protesters in N'Djamena ... In the southern city of Moundou, at least five people were shot dead":
 * a sentence with no cue of its own that opens on a town other than the latest happening's and tells, in the passive,
 * a killing or a burning there is that happening's kind at another scene: ACLED codes one event per location
 * (data/assembly/scenes.json). The mention stands on the sentence's deed words with the latest mention's cue rule;
 * its place and day are left to the place and date passes, its toll to the figures of its own sentence.
 */
export function roundUpScene(si: SentenceInfo, ctx: ArticleContext, last: Mention | undefined): Mention | undefined {
  if (!last || !IN_OPENING.test(si.text) || !SCENE_FAMILIES.has(last.family) || si.idx - last.sentence.idx > ROUND_UP_REACH) return undefined;
  const w = scenes();
  // ("In the city of X, ..." closed by a comma; or "The town hall in X", "Crowds in X" as the deed's subject.)
  let subject = false;
  const town = si.places.find((p) => {
    if (p.mention.kind !== "place") return false;
    const before = si.text.slice(0, p.mention.nameStart - si.start);
    return w.before.test(before) || (subject = w.subject.test(before));
  });
  if (!town?.place || town.place.latitude == null || town.place.geo_precision !== 1 || town.place.district || !usable(town, si, ctx)) return undefined;
  const end = town.mention.nameEnd - si.start;
  if ((!subject && si.text[end] !== ",") || w.notAfter.test(si.text.slice(end + (si.text[end] === "," ? 1 : 0)))) return undefined;
  // (The latest happening placed only by the dateline, a country or a region: the town refines its place, as a sentence
  // with no event of its own does; it is no other scene.)
  const there = last.place?.place;
  if (!there || last.placeFromDateline || last.place!.mention.kind !== "place" || there.geo_precision > 2) return undefined;
  if ((there.location === town.place.location || (there.geonameid != null && there.geonameid === town.place.geonameid))) return undefined;
  const deed = w.deed.exec(si.text.slice(end));
  // (The subject's own verb, up to the first comma, is a speech verb: it speaks of the deed, not where it was done.)
  if (!deed || (subject && w.spoke.test(si.text.slice(end, end + deed.index).split(",")[0]!))) return undefined;
  // (A crowd's burning is a riot at its scene; a killing after a peaceful protest tells no one's deed.)
  let rule = last.cue.rule;
  if (last.family === "demonstration" || last.family === "Looting/property destruction") {
    if (w.burning.test(deed[0])) rule = w.riot ?? rule;
    else if (rule.sub === "Peaceful protest") return undefined;
  }
  const start = end + deed.index;
  const cue: CueHit = { rule, start, end: start + deed[0].length, text: deed[0] };
  return {
    sentence: si, clause: [0, si.text.length], cue, cues: [cue], family: rule === last.cue.rule ? last.family : "demonstration",
    fatalities: [], speakers: [], laterSpeakers: [], denials: [], unverified: last.unverified, verifiedByOutlet: false, newScene: true,
  };
}
