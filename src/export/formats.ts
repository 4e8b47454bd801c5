// Export formats shared by the CLI and the HTTP API: ACLED CSV, GeoJSON, JSONL.
// Each is a header, one chunk per event, and a footer, so large pulls can be streamed.
import type { Event } from "../event.js";

/** ACLED's column order. sitrep's own fields follow in JSON-encoded columns. */
export const ACLED_COLUMNS = [
  "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
  "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
  "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
  "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
] as const;
const SITREP_COLUMNS = ["verification", "modality"] as const;

export type ExportFormat = "acled-csv" | "geojson" | "jsonl" | "json";
export const EXPORT_FORMATS: ExportFormat[] = ["acled-csv", "geojson", "jsonl", "json"];

export interface Serializer {
  contentType: string;
  extension: string;
  head(): string;
  row(e: Event, i: number): string;
  tail(): string;
}

/** CSV cell: quoted when needed; a leading =,+,-,@ is neutralised against spreadsheet formula injection. */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return "";
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = "'" + s;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function geojsonFeature(e: Event): object {
  return {
    type: "Feature",
    id: e.event_id_cnty,
    geometry: e.latitude != null && e.longitude != null ? { type: "Point", coordinates: [e.longitude, e.latitude] } : null,
    properties: e,
  };
}

export function serializer(format: ExportFormat): Serializer {
  switch (format) {
    case "acled-csv":
      return {
        contentType: "text/csv; charset=utf-8",
        extension: "csv",
        head: () => [...ACLED_COLUMNS, ...SITREP_COLUMNS].join(",") + "\n",
        row: (e) =>
          [...ACLED_COLUMNS, ...SITREP_COLUMNS].map((c) => csvCell((e as Record<string, unknown>)[c])).join(",") + "\n",
        tail: () => "",
      };
    case "geojson":
      return {
        contentType: "application/geo+json",
        extension: "geojson",
        head: () => '{"type":"FeatureCollection","features":[\n',
        row: (e, i) => (i ? ",\n" : "") + JSON.stringify(geojsonFeature(e)),
        tail: () => "\n]}\n",
      };
    case "json":
      return {
        contentType: "application/json",
        extension: "json",
        head: () => "[\n",
        row: (e, i) => (i ? ",\n" : "") + JSON.stringify(e),
        tail: () => "\n]\n",
      };
    case "jsonl":
      return {
        contentType: "application/x-ndjson",
        extension: "jsonl",
        head: () => "",
        row: (e) => JSON.stringify(e) + "\n",
        tail: () => "",
      };
  }
}

export function serializeAll(format: ExportFormat, events: Event[]): string {
  const s = serializer(format);
  return s.head() + events.map((e, i) => s.row(e, i)).join("") + s.tail();
}
