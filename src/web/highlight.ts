// Splits an article's text into plain and highlighted pieces from evidence spans (which may
// overlap or nest). Pure, so it is unit-tested; the panel turns pieces into text nodes and <mark>s.

export interface Span {
  start: number;
  end: number;
  field: string;
}

export interface Piece {
  text: string;
  start: number;
  /** Evidence fields covering this piece; empty for plain text. */
  fields: string[];
}

export function pieces(text: string, spans: Span[], from = 0, to = text.length): Piece[] {
  const valid = spans.filter((s) => s.start < s.end && s.start < to && s.end > from);
  const cuts = new Set<number>([from, to]);
  for (const s of valid) {
    cuts.add(Math.max(from, s.start));
    cuts.add(Math.min(to, s.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const fields = [...new Set(valid.filter((s) => s.start <= a && s.end >= b).map((s) => s.field))];
    const prev = out[out.length - 1];
    // Adjacent pieces with the same coverage merge, so the DOM stays small.
    if (prev && prev.fields.join() === fields.join()) prev.text += text.slice(a, b);
    else out.push({ text: text.slice(a, b), start: a, fields });
  }
  return out;
}
