// Minimal valid records for storage tests: an article with one story sentence, an ACLED event.
import type { Article } from "../src/types.js";
import type { Event } from "../src/event.js";

export function testArticle(key: string, text: string, over: Partial<Article> = {}): Article {
  return {
    key, text, origin: `${key}.txt`, contentHash: `hash-${key}-${text}`, outlet: "Test Wire",
    blocks: [{ kind: "story", start: 0, end: text.length }], sentences: [{ start: 0, end: text.length }], media: [], published: "2024-12-05",
    ...over,
  };
}

/** HTS takes Hama from the Syrian army on 2024-12-05, reported by one outlet; override what a test needs. */
export function testEvent(over: Partial<Event> = {}): Event {
  return {
    event_id_cnty: "SYR-test1", event_date: "2024-12-05", year: 2024, time_precision: 1, disorder_type: "Political violence",
    event_type: "Battles", sub_event_type: "Non-state actor overtakes territory", actor1: "Hayat Tahrir al-Sham", assoc_actor_1: "",
    inter1: 2, actor2: "Military Forces of Syria (2000-2024)", assoc_actor_2: "", inter2: 1, interaction: 12, civilian_targeting: "",
    iso: 760, region: "Middle East", country: "Syria", admin1: "Hama", admin2: "", admin3: "", location: "Hama",
    latitude: 35.13, longitude: 36.75, geo_precision: 1, source: "Test Wire", source_scale: "", notes: "", fatalities: 0, tags: "",
    timestamp: 0, claims: [], modality: "reported", verification: "reported", evidence: [], articles: ["a"], country_code: "SY",
    ...over,
  };
}
