// The events-per-day chart: plain SVG bars, the slider's day marked; clicking a bar picks that day.
const NS = "http://www.w3.org/2000/svg";

export function drawTimeline(svg: SVGSVGElement, days: string[], counts: Map<string, number>, current: string, onPick: (day: string) => void): void {
  while (svg.firstChild) svg.removeChild(svg.firstChild);
  const w = 300;
  const h = 60;
  svg.setAttribute("viewBox", `0 0 ${w} ${h}`);
  svg.setAttribute("preserveAspectRatio", "none");
  const max = Math.max(1, ...days.map((d) => counts.get(d) ?? 0));
  const bw = w / Math.max(1, days.length);
  days.forEach((d, i) => {
    const n = counts.get(d) ?? 0;
    const bh = n ? Math.max(2, (n / max) * (h - 4)) : 0;
    const hit = document.createElementNS(NS, "rect");
    hit.setAttribute("x", String(i * bw));
    hit.setAttribute("y", "0");
    hit.setAttribute("width", String(bw));
    hit.setAttribute("height", String(h));
    hit.setAttribute("class", d === current ? "tl-day tl-current" : "tl-day");
    hit.addEventListener("click", () => onPick(d));
    const title = document.createElementNS(NS, "title");
    title.textContent = `${d}: ${n} event${n === 1 ? "" : "s"}`;
    hit.appendChild(title);
    svg.appendChild(hit);
    const bar = document.createElementNS(NS, "rect");
    bar.setAttribute("x", String(i * bw + bw * 0.12));
    bar.setAttribute("y", String(h - bh));
    bar.setAttribute("width", String(bw * 0.76));
    bar.setAttribute("height", String(bh));
    bar.setAttribute("class", d <= current ? "tl-bar tl-past" : "tl-bar");
    bar.setAttribute("pointer-events", "none");
    svg.appendChild(bar);
  });
}
