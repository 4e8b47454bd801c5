// The event panel: what happened, how sure we are and why, who claims and who denies it, every
// source, and each article's text with the evidence spans marked.
import type { EventDetail } from "./api.js";
import { clear, el } from "./dom.js";
import { pieces } from "./highlight.js";

const STANCE_LABEL: Record<string, string> = { asserts: "Reported by", claims: "Claimed by", denies: "Denied by" };

function articleText(a: EventDetail["articles"][number]): HTMLElement {
  const text = a.text ?? "";
  const spans = (a.evidence ?? []).filter((e) => e.matches);
  // Show the story part (from the first to the last story block) so site chrome stays out.
  const story = a.story?.length ? a.story : [[0, text.length] as [number, number]];
  const from = Math.min(...story.map((s) => s[0]));
  const to = Math.max(...story.map((s) => s[1]));
  const box = el("div", { class: "article-text", "data-testid": "article-text" });
  for (const p of pieces(text, spans, from, to)) {
    if (!p.fields.length) box.appendChild(document.createTextNode(p.text));
    else box.appendChild(el("mark", { "data-field": p.fields.join(" "), title: `evidence: ${p.fields.join(", ")}`, "data-testid": "evidence-mark" }, p.text));
  }
  return box;
}

export function renderPanel(root: HTMLElement, d: EventDetail, onClose: () => void): void {
  clear(root);
  const e = d.event;
  const close = el("button", { type: "button", class: "close", "aria-label": "Close event panel", "data-testid": "panel-close" }, "×");
  close.addEventListener("click", onClose);
  const heading = el("h2", { id: "panel-title", tabindex: "-1" }, `${e.sub_event_type} — ${e.location || e.admin1 || e.country}`);
  const facts = el(
    "dl", { class: "facts" },
    el("dt", {}, "Date"), el("dd", {}, e.event_date),
    el("dt", {}, "Type"), el("dd", {}, `${e.event_type} / ${e.sub_event_type}`),
    el("dt", {}, "Where"), el("dd", {}, [e.location, e.admin1, e.country].filter(Boolean).join(", ")),
    el("dt", {}, "Actors"), el("dd", {}, [e.actor1, e.actor2].filter(Boolean).join(" vs ") || "—"),
    el("dt", {}, "Fatalities"),
    el("dd", {}, String(e.fatalities) + (e.fatalities_reported?.length ? ` (also reported: ${e.fatalities_reported.join(", ")})` : "")),
    el("dt", {}, "Event id"), el("dd", {}, String(e.event_id_cnty)),
  );
  const verif = el(
    "section", { class: "verification", "data-testid": "verification" },
    el("h3", {}, "Verification"),
    el("p", {}, el("span", { class: `badge v-${d.verification.level}`, "data-testid": "verification-level" }, d.verification.level), ` (${d.verification.modality})`),
    el("p", { class: "reason", "data-testid": "verification-reason" }, d.verification.reason ?? "no reason recorded"),
  );
  const claims = el("section", { class: "claims", "data-testid": "claims" }, el("h3", {}, "Claims by stance"));
  for (const stance of ["asserts", "claims", "denies"]) {
    const list = d.claims_by_stance[stance] ?? [];
    if (!list.length) continue;
    claims.appendChild(el("h4", {}, STANCE_LABEL[stance] ?? stance));
    // The same source quoted by several articles is one line with a count.
    const grouped = new Map<string, { source: string; kind?: string; n: number }>();
    for (const c of list) {
      const k = `${c.source}\u0000${c.kind ?? ""}`;
      const g = grouped.get(k) ?? { source: c.source, kind: c.kind, n: 0 };
      g.n++;
      grouped.set(k, g);
    }
    claims.appendChild(
      el("ul", { "data-stance": stance }, ...[...grouped.values()].map((c) =>
        el("li", {}, c.source, c.kind ? el("span", { class: "muted" }, ` (${c.kind})`) : null, c.n > 1 ? el("span", { class: "muted" }, ` ×${c.n} reports`) : null))),
    );
  }
  if (claims.childElementCount === 1) claims.appendChild(el("p", { class: "muted" }, "no claims recorded"));
  const sources = el("section", { class: "sources", "data-testid": "sources" }, el("h3", {}, `Sources (${d.reports.length || d.articles.length})`));
  const srcList = el("ul", {});
  const seen = new Set<string>();
  for (const r of d.reports) {
    const key = r.article_key ?? r.title ?? "";
    if (seen.has(key)) continue;
    seen.add(key);
    const label = `${r.outlet ?? "unknown outlet"}${r.published ? ", " + r.published.slice(0, 10) : ""}: ${r.title ?? key}`;
    srcList.appendChild(el("li", {}, r.url && /^https?:\/\//.test(r.url) ? el("a", { href: r.url, rel: "noopener noreferrer", target: "_blank" }, label) : label));
  }
  for (const a of d.articles) {
    if (seen.has(a.key)) continue;
    srcList.appendChild(el("li", {}, `${a.outlet ?? "unknown outlet"}: ${a.title ?? a.key}`));
  }
  sources.appendChild(srcList);
  if (e.notes) sources.appendChild(el("p", { class: "notes" }, e.notes));
  const arts = el("section", { class: "articles" }, el("h3", {}, "Articles and evidence"));
  for (const a of d.articles) {
    if (a.missing) {
      arts.appendChild(el("p", { class: "muted" }, `article ${a.key} is not in this database`));
      continue;
    }
    const details = el("details", { open: d.articles.length <= 2 ? "" : undefined, "data-testid": "article" },
      el("summary", {}, `${a.outlet ?? ""} ${a.title ?? a.key}`.trim(), el("span", { class: "muted" }, ` — ${(a.evidence ?? []).length} evidence span(s)`)),
      articleText(a));
    arts.appendChild(details);
  }
  root.append(close, heading, facts, verif, claims, sources, arts);
  root.hidden = false;
  heading.focus();
}
