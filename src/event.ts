// The event record: ACLED's columns plus sitrep's sourcing fields.
// One zod schema, used by extraction, storage, exports and the API. Documented in docs/events.md.
import { z } from "zod";

export const EVENT_TYPES = {
  Battles: ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
  "Explosions/Remote violence": [
    "Chemical weapon",
    "Air/drone strike",
    "Suicide bomb",
    "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED",
    "Grenade",
  ],
  "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
  Protests: ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
  Riots: ["Violent demonstration", "Mob violence"],
  "Strategic developments": [
    "Agreement",
    "Arrests",
    "Change to group/activity",
    "Disrupted weapons use",
    "Headquarters or base established",
    "Looting/property destruction",
    "Non-violent transfer of territory",
    "Other",
  ],
} as const;

export type EventType = keyof typeof EVENT_TYPES;
export type SubEventType = (typeof EVENT_TYPES)[EventType][number];
export const SUB_EVENT_TYPES = Object.values(EVENT_TYPES).flat() as SubEventType[];

/** The event type a sub-type belongs to. */
export function eventTypeOf(sub: SubEventType): EventType {
  for (const [type, subs] of Object.entries(EVENT_TYPES)) {
    if ((subs as readonly string[]).includes(sub)) return type as EventType;
  }
  throw new Error(`unknown sub_event_type ${sub}`);
}

/** ACLED disorder_type from the event type. */
export function disorderTypeOf(type: EventType): string {
  if (type === "Protests") return "Demonstrations";
  if (type === "Riots") return "Political violence; Demonstrations";
  if (type === "Strategic developments") return "Strategic developments";
  return "Political violence";
}

/** Sub-types that change who holds a place: they drive the control timeline. */
export const TERRITORY_SUB_TYPES: readonly SubEventType[] = [
  "Government regains territory",
  "Non-state actor overtakes territory",
  "Non-violent transfer of territory",
];

export const STANCES = ["asserts", "claims", "denies"] as const;
export const MODALITIES = ["reported", "claimed", "denied"] as const;
export const VERIFICATIONS = ["claimed", "reported", "corroborated", "confirmed", "disputed"] as const;
export const EVIDENCE_FIELDS = [
  "event",
  "event_type",
  "actor1",
  "actor2",
  "event_date",
  "location",
  "fatalities",
  "source",
  "claim",
] as const;

export const ClaimSchema = z.object({
  /** Who says it: outlet, ministry, armed group, monitor, official... */
  source: z.string().min(1),
  /** asserts: the outlet or an independent source reports it; claims: a party or single source claims it; denies. */
  stance: z.enum(STANCES),
  /** What kind of source: outlet, government, armed_group, monitor, un, ngo, official, witness, unnamed. */
  kind: z.string().optional(),
  article_id: z.string().optional(),
});
export type Claim = z.infer<typeof ClaimSchema>;

export const EvidenceSchema = z.object({
  field: z.enum(EVIDENCE_FIELDS),
  article_id: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

const interCode = z.number().int().min(0).max(8);

export const EventSchema = z
  .object({
    event_id_cnty: z.string().min(1),
    event_date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    year: z.number().int(),
    time_precision: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    disorder_type: z.string(),
    event_type: z.enum(Object.keys(EVENT_TYPES) as [EventType, ...EventType[]]),
    sub_event_type: z.enum(SUB_EVENT_TYPES as [SubEventType, ...SubEventType[]]),
    actor1: z.string(),
    assoc_actor_1: z.string(),
    inter1: interCode,
    actor2: z.string(),
    assoc_actor_2: z.string(),
    inter2: interCode,
    interaction: z.number().int().min(0).max(88),
    civilian_targeting: z.string(),
    iso: z.number().int().nullable(),
    region: z.string(),
    country: z.string(),
    admin1: z.string(),
    admin2: z.string(),
    admin3: z.string(),
    location: z.string(),
    latitude: z.number().min(-90).max(90).nullable(),
    longitude: z.number().min(-180).max(180).nullable(),
    geo_precision: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    source: z.string(),
    source_scale: z.string(),
    notes: z.string(),
    fatalities: z.number().int().nonnegative(),
    tags: z.string(),
    timestamp: z.number().int(),
    // sitrep's own fields
    claims: z.array(ClaimSchema),
    modality: z.enum(MODALITIES),
    verification: z.enum(VERIFICATIONS),
    /** Why the verification level is what it is, in words. */
    verification_reason: z.string().optional(),
    evidence: z.array(EvidenceSchema),
    /** Ids (keys) of the articles the event rests on. */
    articles: z.array(z.string()),
    /** Country as ISO 3166 alpha-2 (ACLED's `country` holds the name). */
    country_code: z.string().optional(),
    /** Which extraction rule fired and how sure it is (0..1). */
    rule: z.string().optional(),
    confidence: z.number().min(0).max(1).optional(),
    /** Other fatality figures reported for the same event (the lowest reliable one is `fatalities`). */
    fatalities_reported: z.array(z.number().int().nonnegative()).optional(),
  })
  .strict();

export type Event = z.infer<typeof EventSchema>;

/** Throws a readable error when an event breaks the schema. */
export function validateEvent(e: unknown): Event {
  const r = EventSchema.safeParse(e);
  if (!r.success) {
    const first = r.error.issues[0];
    throw new Error(`invalid event: ${first?.path.join(".")}: ${first?.message}`);
  }
  return r.data;
}

/** ACLED's interaction code: the two inter codes, lower first (e.g. 12, 17, 60). */
export function interactionOf(inter1: number, inter2: number): number {
  if (!inter2) return inter1 * 10;
  if (!inter1) return inter2 * 10;
  const [a, b] = inter1 <= inter2 ? [inter1, inter2] : [inter2, inter1];
  return a * 10 + b;
}
