// L2-regularised logistic regression for the small learned checks of extraction (keep.ts,
// scene-rank.ts), shared by their training scripts. Examples are sparse: a map of named signals.
// The fitted model is scored at run time by the check's own code, never by a copy of it here.

export type Sparse = Map<string, number>;
export interface Fit { bias: number; weights: Record<string, number> }

/** Newton's method (iteratively reweighted least squares) on the summed log loss plus l2/2·|w|²
 *  (the bias is not shrunk): exact in a few steps for a model this small. */
export function fitLogistic(examples: readonly { x: Sparse; y: 0 | 1 }[], l2: number, steps = 12): Fit {
  const names = [...new Set(examples.flatMap((e) => [...e.x.keys()]))].sort();
  const col = new Map(names.map((k, i) => [k, i + 1] as const)); // 0 is the bias
  const d = names.length + 1;
  const rows = examples.map((e) => [...e.x].map(([k, v]) => [col.get(k)!, v] as const).concat([[0, 1]]));
  let beta = new Float64Array(d);
  for (let s = 0; s < steps; s++) {
    const grad = new Float64Array(d);
    const hess = Array.from({ length: d }, () => new Float64Array(d));
    rows.forEach((r, n) => {
      let z = 0;
      for (const [j, v] of r) z += beta[j]! * v;
      const p = 1 / (1 + Math.exp(-z));
      const err = p - examples[n]!.y, w = Math.max(1e-6, p * (1 - p));
      for (const [j, v] of r) {
        grad[j]! += err * v;
        for (const [k, u] of r) hess[j]![k]! += w * v * u;
      }
    });
    for (let j = 1; j < d; j++) (grad[j]! += l2 * beta[j]!), (hess[j]![j]! += l2);
    hess[0]![0]! += 1e-6;
    const step = solve(hess, grad);
    beta = beta.map((b, j) => b - step[j]!);
  }
  return { bias: beta[0]!, weights: Object.fromEntries(names.map((k, i) => [k, beta[i + 1]!])) };
}

/** Solves A·x = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
function solve(A: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  const M = A.map((r, i) => Float64Array.from([...r, b[i]!]));
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[piv]![c]!)) piv = r;
    [M[c], M[piv]] = [M[piv]!, M[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = M[r]![c]! / M[c]![c]!;
      if (f) for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  const x = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let v = M[r]![n]!;
    for (let k = r + 1; k < n; k++) v -= M[r]![k]! * x[k]!;
    x[r] = v / M[r]![r]!;
  }
  return x;
}

/** The weights worth shipping: rounded, tiny ones left out, largest first. */
export function roundedWeights(w: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(w).filter(([, v]) => Math.abs(v) >= 0.005).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
}
