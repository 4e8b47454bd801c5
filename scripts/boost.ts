// Gradient-boosted shallow trees for the learned keep-check (src/extract/keep.ts), fitted by
// scripts/train-keep.ts. Log loss, second-order (Newton) leaf values as in XGBoost, trees grown level by level
// to a fixed depth on binned features (a feature absent from an example is 0). Examples are sparse maps of
// named signals, as keep.ts's keepFeatures makes them. The fitted model is scored at run time by keep.ts's
// own evaluator (keepProbability), never by a copy of it here.
import type { KeepTree } from "../src/extract/keep.js";

export type Sparse = Map<string, number>;
export interface BoostOptions {
  /** Number of trees. */
  rounds: number;
  /** Depth of each tree (1 = stumps). */
  depth: number;
  /** Shrinkage of each tree's leaf values. */
  rate: number;
  /** L2 penalty on leaf values (XGBoost's lambda). */
  lambda: number;
  /** Least summed hessian in a leaf (XGBoost's min_child_weight). */
  minChild: number;
  /** Most cut points per feature (quantiles when a feature has more distinct values). */
  maxBins?: number;
  /** Leave out features whose names match. */
  without?: RegExp;
}
export interface Boosted { bias: number; trees: KeepTree[] }

interface Feature { name: string; cuts: number[] }

/** The cut points of a feature: midpoints between its distinct values, or quantiles of them when many. */
function cutsOf(values: number[], maxBins: number): number[] {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  let mids = distinct.slice(1).map((v, i) => (v + distinct[i]!) / 2);
  if (mids.length > maxBins) {
    const sorted = [...values].sort((a, b) => a - b);
    const q = new Set<number>();
    for (let k = 1; k <= maxBins; k++) {
      const v = sorted[Math.floor((k * sorted.length) / (maxBins + 1))]!;
      const above = distinct.find((d) => d > v);
      if (above !== undefined) q.add((v + above) / 2);
    }
    mids = [...q].sort((a, b) => a - b);
  }
  return mids.map((m) => Math.round(m * 1e6) / 1e6);
}

/** `base`: a fitted model to start from (its log-odds per example, its bias kept): the trees then fit what it misses. */
export function fitBoost(examples: readonly { x: Sparse; y: 0 | 1 }[], o: BoostOptions, base?: { bias: number; margin: (x: Sparse) => number }): Boosted {
  const n = examples.length;
  const names = [...new Set(examples.flatMap((e) => [...e.x.keys()]))].filter((k) => !o.without?.test(k)).sort();
  const feats: Feature[] = names.map((name) => ({ name, cuts: cutsOf(examples.map((e) => e.x.get(name) ?? 0), o.maxBins ?? 32) }));
  const F = feats.length;
  const B = Math.max(1, ...feats.map((f) => f.cuts.length + 1));
  // bins[i*F + j]: how many cuts of feature j lie below example i's value.
  const bins = new Uint8Array(n * F);
  examples.forEach((e, i) => feats.forEach((f, j) => {
    const v = e.x.get(f.name) ?? 0;
    let b = 0;
    while (b < f.cuts.length && f.cuts[b]! < v) b++;
    bins[i * F + j] = b;
  }));
  const pos = examples.reduce((s, e) => s + e.y, 0);
  const p0 = Math.min(1 - 1e-6, Math.max(1e-6, pos / Math.max(1, n)));
  const bias = base ? base.bias : Math.log(p0 / (1 - p0));
  const z = new Float64Array(n).fill(bias);
  if (base) examples.forEach((e, i) => (z[i] = base.margin(e.x)));
  const g = new Float64Array(n), h = new Float64Array(n);
  const node = new Int32Array(n);
  const trees: KeepTree[] = [];
  const leafValue = (G: number, H: number) => (-G / (H + o.lambda)) * o.rate;
  for (let r = 0; r < o.rounds; r++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-z[i]!));
      g[i] = p - examples[i]!.y;
      h[i] = Math.max(1e-6, p * (1 - p));
    }
    node.fill(0);
    // Level by level: each open node either splits on its best cut or becomes a leaf.
    type Open = { G: number; H: number; set: (t: KeepTree) => void };
    let root: KeepTree = 0;
    let open: (Open | null)[] = [{ G: 0, H: 0, set: (t) => (root = t) }];
    for (let i = 0; i < n; i++) (open[0]!.G += g[i]!), (open[0]!.H += h[i]!);
    for (let level = 0; level <= o.depth && open.some(Boolean); level++) {
      const K = open.length;
      const hg = new Float64Array(K * F * B), hh = new Float64Array(K * F * B);
      if (level < o.depth) {
        for (let i = 0; i < n; i++) {
          const k = node[i]!;
          if (k < 0 || !open[k]) continue;
          const base = k * F * B, row = i * F;
          for (let j = 0; j < F; j++) {
            const at = base + j * B + bins[row + j]!;
            hg[at]! += g[i]!;
            hh[at]! += h[i]!;
          }
        }
      }
      const next: (Open | null)[] = [];
      const route: { j: number; cut: number; left: number; right: number }[] = [];
      open.forEach((nd, k) => {
        if (!nd) return;
        let best = { gain: 1e-9, j: -1, b: -1, GL: 0, HL: 0 };
        if (level < o.depth) {
          const parent = (nd.G * nd.G) / (nd.H + o.lambda);
          for (let j = 0; j < F; j++) {
            let GL = 0, HL = 0;
            const base = k * F * B + j * B;
            for (let b = 0; b < feats[j]!.cuts.length; b++) {
              GL += hg[base + b]!;
              HL += hh[base + b]!;
              const GR = nd.G - GL, HR = nd.H - HL;
              if (HL < o.minChild || HR < o.minChild) continue;
              const gain = (GL * GL) / (HL + o.lambda) + (GR * GR) / (HR + o.lambda) - parent;
              if (gain > best.gain) best = { gain, j, b, GL, HL };
            }
          }
        }
        if (best.j < 0) {
          nd.set(Math.round(leafValue(nd.G, nd.H) * 1e4) / 1e4);
          route[k] = { j: -1, cut: 0, left: -1, right: -1 };
          return;
        }
        const t: KeepTree = { f: feats[best.j]!.name, t: feats[best.j]!.cuts[best.b]!, l: 0, r: 0 };
        nd.set(t);
        const left = next.length, right = left + 1;
        next.push({ G: best.GL, H: best.HL, set: (c) => (t.l = c) }, { G: nd.G - best.GL, H: nd.H - best.HL, set: (c) => (t.r = c) });
        route[k] = { j: best.j, cut: best.b, left, right };
      });
      for (let i = 0; i < n; i++) {
        const k = node[i]!;
        if (k < 0) continue;
        const rt = route[k];
        if (!rt || rt.j < 0) { node[i] = -1; continue; }
        node[i] = bins[i * F + rt.j]! <= rt.cut ? rt.left : rt.right;
      }
      open = next;
    }
    trees.push(root);
    for (let i = 0; i < n; i++) z[i]! += treeValue(root, examples[i]!.x);
  }
  return { bias: base ? bias : Math.round(bias * 1e4) / 1e4, trees };
}

function treeValue(t: KeepTree, x: Sparse): number {
  while (typeof t !== "number") t = (x.get(t.f) ?? 0) <= t.t ? t.l : t.r;
  return t;
}
