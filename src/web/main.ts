// The map UI: loads events (GeoJSON, light fields), control on the slider's date, the per-day
// chart, and opens an event's panel; the URL hash keeps the view so links reopen it.
import { api, type ControlProps, type EventFeature, type FeatureCollection, type Filters } from "./api.js";
import { OTHER_COLOR, TYPE_COLORS, holderColor } from "./colors.js";
import { clear, el } from "./dom.js";
import { createLegend, type Legend } from "./legend.js";
import { createMap, type MapView } from "./map.js";
import { renderPanel } from "./panel.js";
import { formatHash, parseHash, type ViewState } from "./permalink.js";
import { drawTimeline } from "./timeline.js";
import { startStatus } from "./status.js";
import "./desk.js";
import "./desk.css";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const slider = $<HTMLInputElement>("date-slider");
const dateLabel = $<HTMLOutputElement>("date-label");
const playBtn = $<HTMLButtonElement>("play");
const windowSel = $<HTMLSelectElement>("window");
const filterEls = {
  type: $<HTMLSelectElement>("f-type"),
  country: $<HTMLSelectElement>("f-country"),
  actor: $<HTMLInputElement>("f-actor"),
  verification: $<HTMLSelectElement>("f-verification"),
};
const list = $<HTMLUListElement>("event-list");
const panel = $<HTMLElement>("panel");
const status = $<HTMLElement>("status");
const LIST_MAX = 300;
const PLAY_STEP_MS = 900;

let days: string[] = [];
let all: EventFeature[] = [];
let perDay = new Map<string, number>();
let mapView: MapView | null = null;
let legendView: Legend | null = null;
let openEvent: string | undefined;
let playTimer: number | null = null;
let lastControl = new Map<string, string>();

const addDays = (d: string, n: number) => {
  const t = new Date(d + "T00:00:00Z");
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
};
const currentDate = () => days[Number(slider.value)] ?? "";

function filters(): Filters {
  const f: Filters = {};
  for (const [k, e] of Object.entries(filterEls)) if (e.value.trim()) f[k as keyof Filters] = e.value.trim();
  return f;
}

function announce(msg: string) {
  status.textContent = msg;
}

function syncHash() {
  const s: ViewState = { ...filters(), date: currentDate() || undefined, event: openEvent };
  // #/login, #/review...: a desk page (desk.ts) owns the hash while it is open.
  if (location.hash.startsWith("#/")) return;
  const h = formatHash(s);
  if (location.hash !== h) history.replaceState(null, "", h);
  $<HTMLAnchorElement>("permalink").href = h;
}

function dayRange(first: string, last: string): string[] {
  const out: string[] = [];
  for (let d = first; d <= last && out.length < 3660; d = addDays(d, 1)) out.push(d);
  return out;
}

function fillSelect(sel: HTMLSelectElement, values: string[], keep: string) {
  const first = sel.options[0]!;
  clear(sel);
  sel.appendChild(first);
  for (const v of values) sel.appendChild(el("option", { value: v }, v));
  sel.value = values.includes(keep) ? keep : "";
}

/** Events shown at the slider date under the window choice. */
function visible(): EventFeature[] {
  const d = currentDate();
  const w = windowSel.value;
  const from = w === "all" ? "" : addDays(d, -(Number(w) - 1));
  return all.filter((f) => f.properties.event_date <= d && f.properties.event_date >= from);
}

function renderList(shown: EventFeature[]) {
  clear(list);
  // The API returns events oldest first, so the newest are the tail: no sort of 100,000 rows.
  const sorted = shown.slice(-LIST_MAX).reverse();
  $("ev-count").textContent = `(${shown.length}${shown.length > LIST_MAX ? `, newest ${LIST_MAX} listed` : ""})`;
  for (const f of sorted) {
    const p = f.properties;
    const li = el(
      "li",
      { tabindex: "0", role: "button", "data-testid": "event-item", "data-id": p.event_id_cnty, "aria-label": `${p.event_date} ${p.sub_event_type} in ${p.location}` },
      el("i", { style: `background:${TYPE_COLORS[p.event_type] ?? OTHER_COLOR}` }),
      el("span", {}, `${p.sub_event_type} — ${p.location || p.admin1 || p.country}`),
      el("span", { class: "meta" }, `${p.event_date} · ${[p.actor1, p.actor2].filter(Boolean).join(" vs ")} · ${p.verification}${p.fatalities ? ` · ${p.fatalities} killed` : ""}`),
    );
    const open = () => void openPanel(p.event_id_cnty, li);
    li.addEventListener("click", open);
    li.addEventListener("keydown", (e) => {
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        open();
      }
    });
    list.appendChild(li);
  }
}

function renderControl(points: FeatureCollection<ControlProps>) {
  const body = $("control-body");
  clear(body);
  $("ctl-date").textContent = currentDate();
  const now = new Map<string, string>();
  for (const f of points.features) {
    const p = f.properties;
    const key = `${p.country_code ?? p.country}:${p.place}`;
    now.set(key, p.holder ?? "");
    const changed = lastControl.size > 0 && lastControl.has(key) && lastControl.get(key) !== p.holder;
    body.appendChild(
      el(
        "tr",
        { "data-testid": "control-row", "data-place": p.place, "data-holder": p.holder ?? "", "data-contested": String(p.contested), class: changed ? "changed" : undefined },
        el("td", {}, p.place, p.country_code || p.country ? el("span", { class: "muted" }, ` ${p.country_code ?? p.country}`) : null),
        el(
          "td", { "data-testid": "control-holder", title: p.reason ?? undefined },
          p.holder ? el("span", { class: "swatch", style: `background:${holderColor(p.holder)}` }) : null,
          p.holder || "",
          p.contested ? el("span", { class: "contested" }, p.claimant ? ` contested (claimed by ${p.claimant})` : " contested") : null,
        ),
        el("td", {}, p.since ?? ""),
      ),
    );
  }
  lastControl = now;
  $("control-empty").hidden = points.features.length > 0;
}

let controlSeq = 0;
async function refreshControl() {
  const d = currentDate();
  if (!d) return;
  const seq = ++controlSeq;
  try {
    const [points, areas] = await Promise.all([api.control(d), api.areas(d).catch(() => ({ type: "FeatureCollection" as const, features: [] }))]);
    if (seq !== controlSeq) return; // a later date was asked for meanwhile
    renderControl(points);
    mapView?.setControl(points, areas);
    document.body.dataset.controlDate = d;
  } catch (err) {
    announce(`control: ${(err as Error).message}`);
  }
}

// Re-clustering 100,000 points costs a structured clone to the worker; while the slider is
// dragged or playing, only the last position in each 120 ms is sent to the map.
let mapTimer: number | null = null;
let mapPending: EventFeature[] = [];
function scheduleMap(shown: EventFeature[]) {
  mapPending = shown;
  if (mapTimer !== null) return;
  mapTimer = window.setTimeout(() => {
    mapTimer = null;
    mapView?.setEvents(mapPending);
  }, 120);
}

function renderDate() {
  const d = currentDate();
  dateLabel.textContent = d || "—";
  slider.setAttribute("aria-valuetext", d);
  const shown = visible();
  renderList(shown);
  scheduleMap(shown);
  legendView?.update(shown);
  drawTimeline($<SVGSVGElement & HTMLElement>("timeline"), days, perDay, d, setDate);
  syncHash();
  void refreshControl();
}

function setDate(d: string) {
  const i = days.indexOf(d);
  if (i >= 0) slider.value = String(i);
  renderDate();
}

async function loadEvents(keepDate?: string, preloaded?: EventFeature[]) {
  const f = filters();
  all = preloaded ?? (await api.events(f)).features;
  // Counted here rather than by /aggregates: the events are already loaded, so no second pass.
  perDay = new Map();
  for (const x of all) perDay.set(x.properties.event_date, (perDay.get(x.properties.event_date) ?? 0) + 1);
  const reason = $("empty-reason");
  reason.hidden = all.length > 0;
  if (!all.length) {
    // The list endpoint says which filter emptied the result; show it.
    const r = await fetch(`api/v1/events?${new URLSearchParams({ ...f, limit: "1" } as Record<string, string>)}`).then((x) => x.json());
    reason.textContent = r.empty_reason ?? "no events match";
  }
  renderDate();
  if (keepDate) setDate(keepDate);
}

async function openPanel(id: string, from?: HTMLElement) {
  try {
    const d = await api.event(id);
    openEvent = id;
    renderPanel(panel, d, () => closePanel(from));
    const f = all.find((x) => x.id === id);
    if (f?.geometry) mapView?.flyTo(f.geometry.coordinates[0], f.geometry.coordinates[1]);
    syncHash();
  } catch (err) {
    announce(`event ${id}: ${(err as Error).message}`);
  }
}

function closePanel(returnTo?: HTMLElement) {
  panel.hidden = true;
  openEvent = undefined;
  syncHash();
  (returnTo ?? list).focus();
}

function stopPlay() {
  if (playTimer !== null) window.clearInterval(playTimer);
  playTimer = null;
  playBtn.textContent = "▶ Play";
  playBtn.setAttribute("aria-pressed", "false");
}

function togglePlay() {
  if (playTimer !== null) return stopPlay();
  if (Number(slider.value) >= days.length - 1) slider.value = "0";
  playBtn.textContent = "❚❚ Pause";
  playBtn.setAttribute("aria-pressed", "true");
  renderDate();
  playTimer = window.setInterval(() => {
    if (Number(slider.value) >= days.length - 1) return stopPlay();
    slider.value = String(Number(slider.value) + 1);
    renderDate();
  }, PLAY_STEP_MS);
}

function listenForChanges(onChange: () => void) {
  if (!("EventSource" in window)) return;
  const es = new EventSource("api/v1/stream");
  let pending: number | null = null;
  const reload = () => {
    if (pending !== null) return;
    pending = window.setTimeout(() => {
      pending = null;
      onChange();
      void loadEvents(currentDate()).then(() => announce("events updated"));
    }, 1000);
  };
  es.addEventListener("event", reload);
  es.addEventListener("deleted", reload);
}

async function start() {
  legendView = createLegend($<HTMLDetailsElement>("legend"));
  const view = parseHash(location.hash);
  // Filter choices come from the whole database, so they do not shrink as filters apply.
  const base = await api.events({});
  const types = [...new Set(base.features.map((f) => f.properties.event_type))].sort();
  const countries = [...new Set(base.features.map((f) => f.properties.country))].filter(Boolean).sort();
  fillSelect(filterEls.type, types, view.type ?? "");
  fillSelect(filterEls.country, countries, view.country ?? "");
  if (view.actor) filterEls.actor.value = view.actor;
  if (view.verification) filterEls.verification.value = view.verification;
  api.actors().then((a) => {
    const dl = $("actor-names");
    for (const x of a.actors.slice(0, 500)) dl.appendChild(el("option", { value: x.name }));
  }).catch(() => undefined);
  const dates = base.features.map((f) => f.properties.event_date).sort();
  const first = dates[0] ?? new Date().toISOString().slice(0, 10);
  const last = dates[dates.length - 1] ?? first;
  days = dayRange(view.date && view.date < first ? view.date : first, view.date && view.date > last ? view.date : last);
  slider.max = String(Math.max(0, days.length - 1));
  slider.value = String(days.indexOf(view.date ?? "") >= 0 ? days.indexOf(view.date!) : days.length - 1);

  try {
    mapView = await createMap($("map"), (id) => void openPanel(id));
    document.body.dataset.map = "ready";
  } catch (err) {
    // No WebGL (e.g. a headless browser without a GPU): the lists, chart and panel still work.
    document.body.dataset.map = "unavailable";
    const note = $("map-note");
    note.hidden = false;
    note.textContent = `The map cannot be drawn in this browser (${(err as Error).message}); the event list, control table and chart still work.`;
  }
  const hasFilters = Object.keys(filters()).length > 0;
  await loadEvents(undefined, hasFilters ? undefined : base.features);
  // Start on the whole picture; a permalinked event then flies the map to itself.
  mapView?.fitTo(all);
  if (view.event) await openPanel(view.event);

  slider.addEventListener("input", () => {
    stopPlay();
    renderDate();
  });
  windowSel.addEventListener("change", renderDate);
  playBtn.addEventListener("click", togglePlay);
  for (const e of Object.values(filterEls)) e.addEventListener("change", () => void loadEvents(currentDate()));
  $("filters").addEventListener("submit", (e) => {
    e.preventDefault();
    void loadEvents(currentDate());
  });
  $("f-clear").addEventListener("click", () => {
    for (const e of Object.values(filterEls)) e.value = "";
    void loadEvents(currentDate());
  });
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && !panel.hidden) closePanel();
  });
  window.addEventListener("hashchange", () => {
    const v = parseHash(location.hash);
    if (v.date && v.date !== currentDate()) setDate(v.date);
    if (v.event && v.event !== openEvent) void openPanel(v.event);
  });
  listenForChanges(startStatus($("pipeline")));
  document.body.dataset.ready = "true";
}

start().catch((err) => {
  announce(`sitrep could not load: ${(err as Error).message}`);
  document.body.dataset.ready = "error";
  const note = $("map-note");
  note.hidden = false;
  note.textContent = `sitrep could not load: ${(err as Error).message}`;
});
