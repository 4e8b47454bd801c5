// The URL hash holds the view: #event=ID&date=YYYY-MM-DD (+ filters), so a link opens the map there.

export interface ViewState {
  event?: string;
  date?: string;
  type?: string;
  country?: string;
  actor?: string;
  verification?: string;
}

const KEYS: (keyof ViewState)[] = ["event", "date", "type", "country", "actor", "verification"];

export function parseHash(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ""));
  const out: ViewState = {};
  for (const k of KEYS) {
    const v = p.get(k);
    if (v) out[k] = v;
  }
  if (out.date && !/^\d{4}-\d{2}-\d{2}$/.test(out.date)) delete out.date;
  return out;
}

export function formatHash(s: ViewState): string {
  const p = new URLSearchParams();
  for (const k of KEYS) if (s[k]) p.set(k, s[k]!);
  return "#" + p.toString();
}
