// Builds complete Event records from a few fields, for tests, the fusion eval set and the bench.
import type { Event, SubEventType } from "../event.js";
import { createHash } from "node:crypto";
import { disorderTypeOf, eventTypeOf, interactionOf } from "../event.js";

export type EventSketch = Partial<Event> & { event_id_cnty: string; event_date: string; sub_event_type: SubEventType };

export function sampleEvent(s: EventSketch): Event {
  const type = eventTypeOf(s.sub_event_type);
  const inter1 = s.inter1 ?? 1;
  const inter2 = s.inter2 ?? 2;
  return {
    year: Number(s.event_date.slice(0, 4)),
    time_precision: 1,
    disorder_type: disorderTypeOf(type),
    event_type: type,
    actor1: "",
    assoc_actor_1: "",
    inter1,
    actor2: "",
    assoc_actor_2: "",
    inter2,
    interaction: interactionOf(inter1, inter2),
    civilian_targeting: "",
    iso: null,
    region: "",
    country: "",
    admin1: "",
    admin2: "",
    admin3: "",
    location: "",
    latitude: null,
    longitude: null,
    geo_precision: 1,
    source: "",
    source_scale: "",
    notes: "",
    fatalities: 0,
    tags: "",
    timestamp: 0,
    claims: [],
    modality: "reported",
    verification: "reported",
    evidence: [],
    articles: [],
    ...s,
  };
}

/** A minimal ingested article (one story block, sentences split on ". "), for tests and the bench. */
export function sampleArticle(key: string, text: string, opts: { outlet?: string; published?: string } = {}): import("../types.js").Article {
  const sentences: { start: number; end: number }[] = [];
  const re = /[^.!?]+[.!?]*\s*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) sentences.push({ start: m.index, end: m.index + m[0].trimEnd().length });
  return {
    key,
    text,
    outlet: opts.outlet,
    published: opts.published,
    blocks: [{ kind: "story", start: 0, end: text.length }],
    sentences,
    media: [],
    origin: key,
    // Unlike real ingest the key is hashed too, so two fixtures with one text stay two articles.
    contentHash: createHash("sha256").update(`${text}\u0000${opts.published ?? ""}\u0000${key}`).digest("hex"),
  };
}
