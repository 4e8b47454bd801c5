// Colours: one per ACLED event type (fixed, for the legend), and a stable one per control holder.

export const TYPE_COLORS: Record<string, string> = {
  Battles: "#d7263d",
  "Explosions/Remote violence": "#f46036",
  "Violence against civilians": "#8e44ad",
  Protests: "#1b998b",
  Riots: "#e2b714",
  "Strategic developments": "#2e86de",
};
export const OTHER_COLOR = "#7f8c8d";

// Well-separated hues that stay readable under the semi-transparent fill.
const HOLDER_PALETTE = ["#c0392b", "#27ae60", "#2980b9", "#8e44ad", "#d35400", "#16a085", "#f39c12", "#2c3e50", "#7f8c8d", "#e84393"];

export function holderColor(holder: string): string {
  let h = 0;
  for (let i = 0; i < holder.length; i++) h = (h * 31 + holder.charCodeAt(i)) >>> 0;
  return HOLDER_PALETTE[h % HOLDER_PALETTE.length]!;
}
