// The cluster donut as an SVG element: a ring of type shares around a white disc with the count.
// Built with createElementNS (no innerHTML), used by the map's cluster markers and the legend.
import { donutArcs, type MixPart } from "./clusters.js";

const NS = "http://www.w3.org/2000/svg";

function svgEl(tag: string, attrs: Record<string, string | number>): SVGElement {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

/** A donut of outer radius `r` px; `label` (the count) in the middle when given. */
export function donutSvg(mix: MixPart[], r: number, label?: string): SVGSVGElement {
  const ring = Math.max(3, Math.round(r * 0.38));
  const mid = r - ring / 2;
  const size = 2 * r + 2;
  const c = size / 2;
  const svg = svgEl("svg", { width: size, height: size, viewBox: `0 0 ${size} ${size}`, "aria-hidden": "true", focusable: "false" }) as SVGSVGElement;
  svg.appendChild(svgEl("circle", { cx: c, cy: c, r: r, fill: "#fff" }));
  for (const a of donutArcs(mix, mid)) {
    const arc = svgEl("circle", {
      cx: c, cy: c, r: mid, fill: "none", stroke: a.color, "stroke-width": ring,
      "stroke-dasharray": a.dash, "stroke-dashoffset": a.offset,
    });
    arc.dataset.type = a.type;
    svg.appendChild(arc);
  }
  if (label) {
    const t = svgEl("text", { x: c, y: c, "text-anchor": "middle", "dominant-baseline": "central", class: "donut-count" });
    t.textContent = label;
    svg.appendChild(t);
  }
  return svg;
}
