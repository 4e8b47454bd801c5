// The events-per-day chart: plain SVG bars, the slider's day marked; clicking a bar picks that day.
// Bars are built when the data changes; moving the date only restyles them (cheap at 700+ days).
const NS = "http://www.w3.org/2000/svg";

interface Drawn {
  days: string[];
  counts: Map<string, number>;
  hits: SVGRectElement[];
  bars: SVGRectElement[];
}
const drawn = new WeakMap<SVGSVGElement, Drawn>();

export function drawTimeline(svg: SVGSVGElement, days: string[], counts: Map<string, number>, current: string, onPick: (day: string) => void): void {
  let d = drawn.get(svg);
  if (!d || d.days !== days || d.counts !== counts) d = build(svg, days, counts, onPick);
  days.forEach((day, i) => {
    d!.hits[i]!.setAttribute("class", day === current ? "tl-day tl-current" : "tl-day");
    d!.bars[i]!.setAttribute("class", day <= current ? "tl-bar tl-past" : "tl-bar");
  });
}

function build(svg: SVGSVGElement, days: string[], counts: Map<string, number>, onPick: (day: string) => void): Drawn {
  while (svg.firstChild) svg.removeChild(svg.firstChild);
  const w = 300;
  const h = 60;
  svg.setAttribute("viewBox", `0 0 ${w} ${h}`);
  svg.setAttribute("preserveAspectRatio", "none");
  const max = Math.max(1, ...days.map((x) => counts.get(x) ?? 0));
  const bw = w / Math.max(1, days.length);
  const out: Drawn = { days, counts, hits: [], bars: [] };
  days.forEach((day, i) => {
    const n = counts.get(day) ?? 0;
    const bh = n ? Math.max(2, (n / max) * (h - 4)) : 0;
    const hit = document.createElementNS(NS, "rect");
    hit.setAttribute("x", String(i * bw));
    hit.setAttribute("y", "0");
    hit.setAttribute("width", String(bw));
    hit.setAttribute("height", String(h));
    hit.addEventListener("click", () => onPick(day));
    const title = document.createElementNS(NS, "title");
    title.textContent = `${day}: ${n} event${n === 1 ? "" : "s"}`;
    hit.appendChild(title);
    svg.appendChild(hit);
    const bar = document.createElementNS(NS, "rect");
    bar.setAttribute("x", String(i * bw + bw * 0.12));
    bar.setAttribute("y", String(h - bh));
    bar.setAttribute("width", String(bw * 0.76));
    bar.setAttribute("height", String(bh));
    bar.setAttribute("pointer-events", "none");
    svg.appendChild(bar);
    out.hits.push(hit);
    out.bars.push(bar);
  });
  drawn.set(svg, out);
  return out;
}
