// The map legend: each event type's colour and how many of the shown events have it, and a
// sample cluster donut saying how to read clusters. Collapsed by default on phone widths so it
// does not cover the small map; it is a <details>, so keyboard users open it with Enter.
import { OTHER_COLOR, TYPE_COLORS } from "./colors.js";
import { el, clear } from "./dom.js";
import { donutSvg } from "./donut.js";
import type { EventFeature } from "./api.js";

export interface Legend {
  /** Shows per-type counts of the events now on the map. */
  update(shown: EventFeature[]): void;
}

const SAMPLE = [
  { type: "Battles", count: 5, color: TYPE_COLORS.Battles! },
  { type: "Explosions/Remote violence", count: 3, color: TYPE_COLORS["Explosions/Remote violence"]! },
  { type: "Protests", count: 2, color: TYPE_COLORS.Protests! },
];

export function createLegend(root: HTMLDetailsElement, phone = window.matchMedia("(max-width: 760px)").matches): Legend {
  clear(root);
  root.open = !phone;
  const list = el("ul", { "aria-label": "Event types" });
  const counts = new Map<string, HTMLElement>();
  const items = new Map<string, HTMLElement>();
  for (const [t, c] of [...Object.entries(TYPE_COLORS), ["Other", OTHER_COLOR] as const]) {
    const n = el("span", { class: "legend-n" });
    const li = el("li", { "data-testid": "legend-item", "data-type": t }, el("i", { style: `background:${c}` }), el("span", {}, t), n);
    if (t === "Other") li.hidden = true;
    counts.set(t, n);
    items.set(t, li);
    list.appendChild(li);
  }
  const note = el(
    "p", { class: "legend-note", "data-testid": "legend-cluster" },
    donutSvg(SAMPLE, 12, "10"),
    el("span", {}, "Clusters: the number of events, ringed by each type's share (hover a cluster for counts)."),
  );
  root.append(el("summary", {}, "Legend"), list, note);

  return {
    update(shown) {
      const by = new Map<string, number>();
      for (const f of shown) {
        const t = f.properties.event_type in TYPE_COLORS ? f.properties.event_type : "Other";
        by.set(t, (by.get(t) ?? 0) + 1);
      }
      for (const [t, n] of counts) n.textContent = String(by.get(t) ?? 0);
      items.get("Other")!.hidden = !by.get("Other");
    },
  };
}
