// The MapLibre map: an offline base map (world-atlas countries), control areas shaded by holder,
// control points, and clustered event markers coloured by type (a cluster is filled with its most
// common type and ringed by a donut of all its types, clusters.ts). No tiles, fonts or sprites are
// fetched: the style has no glyphs, so every layer is a fill, line or circle, and text is HTML.
import * as maplibregl from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
// MapLibre builds its worker URL at run time, which the bundler cannot see; hand it the bundled file.
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import { feature } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import { OTHER_COLOR, TYPE_COLORS, holderColor } from "./colors.js";
import type { EventFeature, FeatureCollection, ControlProps } from "./api.js";
import { RADIUS_EXPR, clusterProperties, clusterRadius, dominantColor, mixLabel, typeMix } from "./clusters.js";
import { donutSvg } from "./donut.js";

export interface MapView {
  setEvents(features: EventFeature[]): void;
  setControl(points: FeatureCollection<ControlProps>, areas: FeatureCollection<{ holder: string | null }>): void;
  flyTo(lon: number, lat: number): void;
  fitTo(features: EventFeature[]): void;
}

// Beyond this many clusters on screen the rest show only their dominant-type circle (HTML markers
// are DOM nodes; a few hundred stay cheap).
const MAX_DONUTS = 400;

const EMPTY = { type: "FeatureCollection", features: [] } as GeoJSON.FeatureCollection;

function holderMatch(holders: string[]): maplibregl.ExpressionSpecification | string {
  if (!holders.length) return OTHER_COLOR;
  return ["match", ["get", "holder"], ...holders.flatMap((h) => [h, holderColor(h)]), OTHER_COLOR] as unknown as maplibregl.ExpressionSpecification;
}

export async function createMap(container: HTMLElement, onEvent: (id: string) => void): Promise<MapView> {
  maplibregl.setWorkerUrl(workerUrl);
  const topo = (await import("world-atlas/countries-50m.json", { with: { type: "json" } })).default as unknown as Topology<{ countries: GeometryCollection }>;
  const countries = feature(topo, topo.objects.countries) as unknown as GeoJSON.FeatureCollection;
  const map = new maplibregl.Map({
    container,
    center: [38, 34.5],
    zoom: 5,
    attributionControl: { compact: true, customAttribution: "Natural Earth via world-atlas" },
    style: {
      version: 8,
      sources: { countries: { type: "geojson", data: countries } },
      layers: [
        { id: "sea", type: "background", paint: { "background-color": "#dfe9f1" } },
        { id: "land", type: "fill", source: "countries", paint: { "fill-color": "#f6f4ef" } },
        { id: "borders", type: "line", source: "countries", paint: { "line-color": "#a8a39a", "line-width": 0.7 } },
      ],
    },
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-right");
  await new Promise<void>((resolve, reject) => {
    map.once("load", () => resolve());
    map.once("error", (e) => reject(e.error ?? new Error("map error")));
  });

  map.addSource("areas", { type: "geojson", data: EMPTY });
  map.addLayer({ id: "areas-fill", type: "fill", source: "areas", paint: { "fill-color": OTHER_COLOR, "fill-opacity": 0.22 } });
  map.addLayer({ id: "areas-line", type: "line", source: "areas", paint: { "line-color": OTHER_COLOR, "line-width": 1, "line-opacity": 0.6 } });
  map.addSource("control", { type: "geojson", data: EMPTY });
  map.addLayer({
    id: "control-points", type: "circle", source: "control",
    paint: { "circle-radius": 7, "circle-color": "#ffffff", "circle-stroke-width": 3, "circle-stroke-color": OTHER_COLOR },
  });
  map.addSource("events", {
    type: "geojson", data: EMPTY, cluster: true, clusterRadius: 40, clusterMaxZoom: 11,
    clusterProperties: clusterProperties(),
  });
  // The circle is what shows while the map moves (donut markers are redrawn when it settles), so
  // it already carries the cluster's most common type.
  map.addLayer({
    id: "clusters", type: "circle", source: "events", filter: ["has", "point_count"],
    paint: {
      "circle-color": dominantColor() as maplibregl.ExpressionSpecification, "circle-opacity": 0.9,
      "circle-stroke-color": "#fff", "circle-stroke-width": 1.5,
      "circle-radius": RADIUS_EXPR as maplibregl.ExpressionSpecification,
    },
  });
  map.addLayer({
    id: "event-points", type: "circle", source: "events", filter: ["!", ["has", "point_count"]],
    paint: {
      "circle-radius": 6, "circle-stroke-color": "#fff", "circle-stroke-width": 1.5,
      "circle-color": ["match", ["get", "event_type"], ...Object.entries(TYPE_COLORS).flat(), OTHER_COLOR] as unknown as maplibregl.ExpressionSpecification,
    },
  });

  map.on("click", "event-points", (e) => {
    const id = e.features?.[0]?.properties?.event_id_cnty;
    if (typeof id === "string") onEvent(id);
  });
  map.on("click", "clusters", async (e) => {
    const f = e.features?.[0];
    if (!f) return;
    const src = map.getSource("events") as maplibregl.GeoJSONSource;
    const zoom = await src.getClusterExpansionZoom(f.properties.cluster_id as number);
    map.easeTo({ center: (f.geometry as GeoJSON.Point).coordinates as [number, number], zoom });
  });
  for (const layer of ["event-points", "clusters"]) {
    map.on("mouseenter", layer, () => (map.getCanvas().style.cursor = "pointer"));
    map.on("mouseleave", layer, () => {
      map.getCanvas().style.cursor = "";
      map.getCanvas().removeAttribute("title");
    });
  }
  // Hovering a cluster names its mix ("120 events: 80 Battles, 40 Protests").
  map.on("mousemove", "clusters", (e) => {
    const f = e.features?.[0];
    if (f) map.getCanvas().title = mixLabel(typeMix(f.properties));
  });
  map.on("mousemove", "event-points", (e) => {
    const p = e.features?.[0]?.properties;
    if (p) map.getCanvas().title = `${p.event_date} ${p.event_type}: ${p.location}`;
  });

  // Donuts as HTML markers (the style has no glyphs, so no symbol layers, and a canvas image per
  // mix would grow the sprite without bound): one per cluster on screen, refreshed when the map
  // settles. Keyed by position and mix rather than cluster id, so a date step that leaves a
  // cluster unchanged keeps its marker (no flicker while the slider plays). Pointer events go
  // through to the circle layer underneath, which handles clicks and drags.
  const donuts = new Map<string, maplibregl.Marker>();
  const clearDonuts = () => {
    for (const m of donuts.values()) m.remove();
    donuts.clear();
  };
  const refreshDonuts = () => {
    const seen = new Set<string>();
    for (const f of map.queryRenderedFeatures({ layers: ["clusters"] })) {
      const at = (f.geometry as GeoJSON.Point).coordinates as [number, number];
      const mix = typeMix(f.properties);
      const key = `${at[0].toFixed(5)},${at[1].toFixed(5)}:${mix.map((p) => `${p.type}=${p.count}`).join(";")}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (donuts.has(key) || seen.size > MAX_DONUTS) continue;
      const count = Number(f.properties.point_count);
      const div = document.createElement("div");
      div.className = "cluster-donut";
      div.dataset.testid = "cluster";
      div.dataset.count = String(count);
      div.dataset.types = mix.map((p) => p.type).join("|");
      div.appendChild(donutSvg(mix, clusterRadius(count), String(f.properties.point_count_abbreviated ?? count)));
      donuts.set(key, new maplibregl.Marker({ element: div }).setLngLat(at).addTo(map));
    }
    for (const [key, m] of donuts) {
      if (!seen.has(key)) {
        m.remove();
        donuts.delete(key);
      }
    }
  };
  map.on("idle", refreshDonuts);
  // Clusters regroup at every zoom; markers of the old grouping would sit beside the new circles.
  map.on("zoomstart", clearDonuts);

  return {
    setEvents(features) {
      // Donuts whose cluster changed are replaced at the next idle (see refreshDonuts).
      (map.getSource("events") as maplibregl.GeoJSONSource).setData({
        type: "FeatureCollection",
        features: features.filter((f) => f.geometry) as unknown as GeoJSON.Feature[],
      });
    },
    setControl(points, areas) {
      const holders = [...new Set([...points.features, ...areas.features].map((f) => f.properties.holder).filter((h): h is string => !!h))];
      const color = holderMatch(holders);
      map.setPaintProperty("areas-fill", "fill-color", color);
      map.setPaintProperty("areas-line", "line-color", color);
      map.setPaintProperty("control-points", "circle-stroke-color", color);
      (map.getSource("areas") as maplibregl.GeoJSONSource).setData(areas as unknown as GeoJSON.FeatureCollection);
      (map.getSource("control") as maplibregl.GeoJSONSource).setData({
        type: "FeatureCollection",
        features: points.features.filter((f) => f.geometry) as unknown as GeoJSON.Feature[],
      });
    },
    fitTo(features) {
      const pts = features.filter((f) => f.geometry).map((f) => f.geometry!.coordinates);
      if (!pts.length) return;
      const lons = pts.map((p) => p[0]);
      const lats = pts.map((p) => p[1]);
      map.fitBounds([[Math.min(...lons), Math.min(...lats)], [Math.max(...lons), Math.max(...lats)]], { padding: 60, maxZoom: 8, duration: 0 });
    },
    flyTo(lon, lat) {
      map.easeTo({ center: [lon, lat], zoom: Math.max(map.getZoom(), 7) });
    },
  };
}
