// Sample data for the API tests, the end-to-end tests and the benchmark: a few short articles
// written for the project (with report codings and evidence spans pointing into them), stored
// through the real ingest + fusion path, and a seeded generator of many events.
import type { Event, Evidence } from "../event.js";
import { prng } from "../util/prng.js";
import type { SubEventType } from "../event.js";
import { parseJsonlLine } from "../ingest/index.js";
import type { Store } from "../store/index.js";
import { sampleEvent as baseEvent, type EventSketch } from "../fuse/sample-event.js";

/** A complete Event: an HTS report at Hama by default (on top of fusion's generic builder); `over` replaces fields. */
export function sampleEvent(over: EventSketch): Event {
  const inter1 = over.inter1 ?? 2;
  const inter2 = over.inter2 ?? 1;
  return baseEvent({
    actor1: "Hayat Tahrir al-Sham",
    actor2: "Military Forces of Syria (2000-2024)",
    iso: 760,
    region: "Middle East",
    country: "Syria",
    country_code: "SY",
    admin1: "Hama",
    admin2: "Hama",
    location: "Hama",
    latitude: 35.13179,
    longitude: 36.75783,
    source: "Sample Wire",
    source_scale: "International",
    timestamp: 1733400000,
    claims: [{ source: "Sample Wire", stance: "asserts", kind: "outlet" }],
    ...over,
    inter1,
    inter2,
  });
}

interface SampleArticle {
  id: string;
  outlet: string;
  title: string;
  published: string;
  text: string;
  /** Report codings; evidence is given as [field, exact phrase] and located in the text. */
  reports: { event: Parameters<typeof sampleEvent>[0]; evidence: [Evidence["field"], string][] }[];
}

// Wording written for the project; the facts follow the public record of December 2024.
export const SAMPLE_ARTICLES: SampleArticle[] = [
  {
    id: "sample-hama-20241205",
    outlet: "Sample Wire",
    title: "Opposition fighters take Hama after army pulls out",
    published: "2024-12-05",
    text:
      "HAMA, Syria — Opposition fighters led by Hayat Tahrir al-Sham entered the city of Hama on Thursday after government troops withdrew overnight, a military source said.\n\n" +
      "The army said in a statement that its units had redeployed outside the city to protect civilians. Residents described columns of fighters driving through the central square.\n\n" +
      "Hama is the fourth-largest city in Syria and the rebels' advance brings them closer to Homs.",
    reports: [
      {
        event: {
          event_id_cnty: "SYR-S1", sub_event_type: "Non-state actor overtakes territory", event_date: "2024-12-05",
          notes: "HTS-led opposition fighters entered Hama after the army withdrew.",
        },
        evidence: [
          ["event", "entered the city of Hama on Thursday"],
          ["actor1", "Hayat Tahrir al-Sham"],
          ["actor2", "government troops"],
          ["location", "Hama"],
          ["event_date", "Thursday"],
        ],
      },
    ],
  },
  {
    id: "sample-hama-20241203",
    outlet: "Sample Daily",
    title: "Fighting on the northern approaches to Hama",
    published: "2024-12-03",
    text:
      "Clashes between government forces and Hayat Tahrir al-Sham fighters continued on Tuesday in villages north of Hama, where the army said it had repelled an attack.\n\n" +
      "A monitoring group reported that 12 fighters were killed on both sides.",
    reports: [
      {
        event: {
          event_id_cnty: "SYR-S2", sub_event_type: "Armed clash", event_date: "2024-12-03", fatalities: 12,
          location: "Souran", latitude: 35.2912, longitude: 36.7451, admin2: "Hama",
          claims: [{ source: "Sample Daily", stance: "asserts", kind: "outlet" }],
          source: "Sample Daily",
        },
        evidence: [["event", "Clashes between government forces and Hayat Tahrir al-Sham fighters"], ["fatalities", "12 fighters were killed"]],
      },
    ],
  },
  {
    id: "sample-kharkiv-20241120",
    outlet: "Sample Observer",
    title: "Drone strike hits Kharkiv",
    published: "2024-11-20",
    text: "KHARKIV, Ukraine — A Russian drone struck a residential building in Kharkiv on Wednesday night, injuring four people, the regional governor said.",
    reports: [
      {
        event: {
          event_id_cnty: "UKR-S3", sub_event_type: "Air/drone strike", event_date: "2024-11-20",
          actor1: "Military Forces of Russia (2000-)", inter1: 8, actor2: "Civilians (Ukraine)", inter2: 7,
          iso: 804, region: "Europe", country: "Ukraine", country_code: "UA", admin1: "Kharkiv", admin2: "Kharkivskyi",
          location: "Kharkiv", latitude: 49.98081, longitude: 36.25272, civilian_targeting: "Civilian targeting",
          source: "Sample Observer", claims: [{ source: "regional governor", stance: "asserts", kind: "official" }],
        },
        evidence: [["event", "A Russian drone struck a residential building in Kharkiv"], ["location", "Kharkiv"]],
      },
    ],
  },
  {
    id: "sample-maungdaw-20241209",
    outlet: "Sample Observer",
    title: "Arakan Army says it holds Maungdaw",
    published: "2024-12-09",
    text:
      "YANGON, Myanmar — The Arakan Army said on Monday that it had captured the last military outpost in Maungdaw on Sunday, leaving the township on the Bangladesh border under its control.\n\n" +
      "The military government did not comment on the claim.",
    reports: [
      {
        event: {
          event_id_cnty: "MMR-S4", sub_event_type: "Non-state actor overtakes territory", event_date: "2024-12-08",
          actor1: "Arakan Army", inter1: 2, actor2: "Military Forces of Myanmar (2021-)", inter2: 1,
          iso: 104, region: "Southeast Asia", country: "Myanmar", country_code: "MM", admin1: "Rakhine", admin2: "Maungdaw",
          location: "Maungdaw", latitude: 20.81667, longitude: 92.36667, source: "Sample Observer",
          claims: [{ source: "Sample Observer", stance: "asserts", kind: "outlet" }, { source: "Arakan Army", stance: "claims", kind: "armed_group" }],
        },
        evidence: [["event", "captured the last military outpost in Maungdaw on Sunday"], ["actor1", "Arakan Army"], ["location", "Maungdaw"]],
      },
    ],
  },
];

/** Stores the sample articles and their reports through the real ingest + fusion path. */
export async function seedSample(store: Store): Promise<void> {
  for (const a of SAMPLE_ARTICLES) {
    const article = parseJsonlLine(JSON.stringify({ id: a.id, outlet: a.outlet, title: a.title, published: a.published, text: a.text }), "sample", 1);
    const { id } = await store.putArticle(article);
    const reports = a.reports.map((r) => {
      const evidence = r.evidence.map(([field, phrase]) => {
        const start = article.text.indexOf(phrase);
        if (start < 0) throw new Error(`sample ${a.id}: "${phrase}" not in the text`);
        return { field, article_id: a.id, start, end: start + phrase.length, text: phrase };
      });
      return sampleEvent({ source: a.outlet, ...r.event, articles: [a.id], evidence });
    });
    await store.saveExtraction(id, reports);
  }
}

/** Deterministic PRNG so generated data is the same on every run. */
export { prng as rng };

const GEN_SUBTYPES: SubEventType[] = ["Armed clash", "Air/drone strike", "Shelling/artillery/missile attack", "Attack", "Peaceful protest", "Arrests", "Looting/property destruction"];

/** `n` synthetic events over two years in a box around the Levant (for load tests, not analysis). */
export function generateEvents(n: number, seed = 42): Event[] {
  const r = prng(seed);
  const start = Date.UTC(2023, 0, 1);
  const out: Event[] = [];
  for (let i = 0; i < n; i++) {
    const date = new Date(start + Math.floor(r() * 730) * 86400000).toISOString().slice(0, 10);
    const sub = GEN_SUBTYPES[Math.floor(r() * GEN_SUBTYPES.length)]!;
    out.push(
      sampleEvent({
        event_id_cnty: `GEN${String(i).padStart(7, "0")}`,
        event_date: date,
        sub_event_type: sub,
        location: `Place ${i % 5000}`,
        latitude: Math.round((30 + r() * 8) * 1e5) / 1e5,
        longitude: Math.round((34 + r() * 10) * 1e5) / 1e5,
        fatalities: Math.floor(r() * 5),
        notes: `Generated event ${i} for load testing.`,
      }),
    );
  }
  return out;
}
