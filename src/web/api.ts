// Fetch helpers for /api/v1. Errors come back as {error: {code, message}} and are thrown as Error(message).

export interface EventProps {
  event_id_cnty: string;
  event_date: string;
  event_type: string;
  sub_event_type: string;
  location: string;
  country: string;
  admin1: string;
  actor1: string;
  actor2: string;
  fatalities: number;
  verification: string;
}

export interface EventFeature {
  type: "Feature";
  id: string;
  geometry: { type: "Point"; coordinates: [number, number] } | null;
  properties: EventProps;
}

export interface ControlProps {
  place: string;
  country: string;
  country_code: string | null;
  /** null while contested */
  holder: string | null;
  since: string | null;
  event_id: string | null;
  verification: string | null;
  contested: boolean;
  claimant: string | null;
  reason: string | null;
}

export interface FeatureCollection<P> {
  type: "FeatureCollection";
  features: { type: "Feature"; geometry: unknown; properties: P }[];
}

export const LIST_FIELDS = "event_id_cnty,event_date,event_type,sub_event_type,location,country,admin1,actor1,actor2,fatalities,verification";

async function get<T>(path: string, params: Record<string, string | undefined> = {}): Promise<T> {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const url = `api/v1${path}${q.size ? "?" + q : ""}`;
  const res = await fetch(url, { headers: { accept: "application/json" } });
  const body = await res.json();
  if (!res.ok) throw new Error(body?.error?.message ?? `${res.status} ${url}`);
  return body as T;
}

export interface Filters {
  type?: string;
  country?: string;
  actor?: string;
  verification?: string;
}

export const api = {
  events: (f: Filters) => get<{ type: "FeatureCollection"; features: EventFeature[] }>("/events", { ...f, format: "geojson", fields: LIST_FIELDS }),
  event: (id: string) => get<EventDetail>(`/events/${encodeURIComponent(id)}`),
  control: (at: string) => get<FeatureCollection<ControlProps>>("/control", { at }),
  areas: (at: string) => get<FeatureCollection<{ holder: string | null; place?: string }>>("/control/areas", { at }),
  actors: () => get<{ actors: { name: string; events: number }[] }>("/actors"),
};

export interface EventDetail {
  event: Record<string, unknown> & EventProps & { notes: string; source: string; fatalities_reported?: number[]; verification_reason?: string };
  verification: { level: string; reason: string | null; modality: string };
  claims_by_stance: Record<string, { source: string; stance: string; kind?: string; article_id?: string }[]>;
  articles: {
    key: string;
    missing?: boolean;
    title?: string | null;
    outlet?: string | null;
    url?: string | null;
    published?: string | null;
    text?: string;
    story?: [number, number][];
    evidence?: { field: string; start: number; end: number; text: string; matches: boolean }[];
  }[];
  reports: { article_key: string | null; outlet: string | null; title: string | null; url: string | null; published: string | null; sub_event_type: string; verification: string }[];
}
