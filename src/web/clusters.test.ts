// The cluster expressions are checked with MapLibre's own expression evaluator (the style-spec
// package maplibre-gl is built on), so a malformed expression fails here, not in the browser.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createExpression, latest } from "@maplibre/maplibre-gl-style-spec";
import { OTHER_COLOR, TYPE_COLORS } from "./colors.js";
import { RADIUS_EXPR, TYPES, clusterProperties, clusterRadius, dominantColor, donutArcs, mixLabel, typeKey, typeMix } from "./clusters.js";

function evaluate(expr: unknown, props: Record<string, unknown>, paint?: "circle-color" | "circle-radius"): unknown {
  const spec = paint ? (latest.paint_circle as Record<string, unknown>)[paint] : null;
  const e = createExpression(expr, `layers[0].paint.${paint ?? "circle-color"}`, spec as Parameters<typeof createExpression>[2]);
  assert.equal(e.result, "success", JSON.stringify((e as { value: unknown }).value));
  const f = { type: "Point" as const, properties: props, geometry: [] };
  return (e.value as { evaluate: (g: object, f: object) => unknown }).evaluate({ zoom: 5 }, f);
}

// Without a property spec the result stays a string; with one it is a Color (0..1 channels).
const hex = (c: unknown) => {
  if (typeof c === "string") return c;
  const { r, g, b } = c as { r: number; g: number; b: number };
  return "#" + [r, g, b].map((x) => Math.round(x * 255).toString(16).padStart(2, "0")).join("");
};

test("cluster properties count each type: map gives 1 for its type, 0 otherwise", () => {
  const props = clusterProperties();
  assert.deepEqual(Object.keys(props), TYPES.map((_, i) => typeKey(i)));
  const battles = props[typeKey(TYPES.indexOf("Battles"))]!;
  assert.equal(battles[0], "+");
  assert.equal(evaluate(battles[1], { event_type: "Battles" }), 1);
  assert.equal(evaluate(battles[1], { event_type: "Protests" }), 0);
});

test("a cluster is filled with its most common type; ties go to the first type; none known is grey", () => {
  const expr = dominantColor();
  const counts = (m: Record<string, number>) => Object.fromEntries(TYPES.map((t, i) => [typeKey(i), m[t] ?? 0]));
  assert.equal(hex(evaluate(expr, counts({ Battles: 2, Protests: 7, Riots: 1 }), "circle-color")), TYPE_COLORS.Protests);
  assert.equal(hex(evaluate(expr, counts({ Riots: 3, "Violence against civilians": 3 }))), TYPE_COLORS["Violence against civilians"]);
  assert.equal(hex(evaluate(expr, counts({}))), OTHER_COLOR);
  assert.equal(evaluate(RADIUS_EXPR, { point_count: 150 }, "circle-radius"), clusterRadius(150));
});

test("type mix: largest first, unknown types as Other, and a readable label", () => {
  const props = { point_count: 12, [typeKey(TYPES.indexOf("Battles"))]: 3, [typeKey(TYPES.indexOf("Riots"))]: 8 };
  const mix = typeMix(props);
  assert.deepEqual(mix.map((p) => [p.type, p.count]), [["Riots", 8], ["Battles", 3], ["Other", 1]]);
  assert.equal(mixLabel(mix), "12 events: 8 Riots, 3 Battles, 1 Other");
});

test("donut arcs: shares of the circumference in order, a sliver for a tiny share, one full ring alone", () => {
  const r = 10, circ = 2 * Math.PI * r;
  const len = (a: { dash: string }) => Number(a.dash.split(" ")[0]);
  const arcs = donutArcs([{ type: "A", count: 3, color: "#a" }, { type: "B", count: 1, color: "#b" }], r);
  assert.equal(arcs.length, 2);
  assert.ok(Math.abs(len(arcs[0]!) - 0.75 * circ) < 0.05);
  assert.ok(Math.abs(len(arcs[0]!) + len(arcs[1]!) - circ) < 0.05);
  // The second arc starts where the first ends.
  assert.ok(Math.abs(arcs[0]!.offset - arcs[1]!.offset - len(arcs[0]!)) < 0.05);
  const tiny = donutArcs([{ type: "A", count: 10000, color: "#a" }, { type: "B", count: 1, color: "#b" }], r);
  assert.ok(len(tiny[1]!) >= 1.9, "a single event of another type stays visible");
  const one = donutArcs([{ type: "A", count: 5, color: "#a" }], r);
  assert.ok(Math.abs(len(one[0]!) - circ) < 0.05);
  assert.deepEqual(donutArcs([], r), []);
});
