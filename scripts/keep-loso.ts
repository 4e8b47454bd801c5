// Leave-one-set-out (LOSO) comparison of keep-check settings (src/extract/keep.ts) on the same candidates in
// the same run: each setting is a signal subset, an l2 and a threshold rule; every fold fits on the other tuning
// sets and scores the one left out, as scripts/train-keep.ts does (never a report's likeliest event dropped, an
// event told as its own happening or apart never judged, in a long report one told by context never judged).
// Never reads a sealed set. Session 23.
//
// The noise of choosing: a paired bootstrap over reports of each setting's LOSO difference from the first one
// (its spread), and placebo settings that add random signals (how far LOSO moves by chance when a setting is
// tried). A setting is worth shipping only if it beats the first by more than the largest placebo move and by
// more than the bootstrap's spread of the best of the settings tried.
//
// usage: node --import tsx scripts/keep-loso.ts [--cache FILE] [--settings PREFIX,PREFIX] [--explain] [--placebo N] [--per-set]
//   --settings: only the settings whose names start so (the first, the current signals, always runs);
//   --explain: each right event the shipped model holds, with every signal's contribution, and no LOSO;
//   --placebo N: N settings that add three random signals each (the noise floor of trying a setting);
//   --cache FILE: keep the candidates between runs (delete it after rule changes). About 2 min a setting on a
//   loaded 2-core host, 30 s to collect.
// Candidate signals prefixed "x:" are made by keep.ts under SITREP_KEEP_X=1 (set here) only at session 23's
// experiment commit 85d666b (branch keep23); on later code the "+x:" settings are skipped. To try new
// signals, add them to keepFeatures under an "x:" name behind that variable and a setting here.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
process.env.SITREP_KEEP_X = "1";
const { extractCandidates } = await import("../src/extract/index.js");
const { keepProbability } = await import("../src/extract/keep.js");
const { loadCases, matchGold, optional } = await import("../eval/extract/score.js");
const { fitLogistic } = await import("./logistic.js");
const { seedSets, tuningSets } = await import("../eval/extract/sets.js");
type Features = Map<string, number>;
type Fit = { bias: number; weights: Record<string, number> };

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const args = process.argv.slice(2);
const opt = (k: string) => (args.includes(k) ? args[args.indexOf(k) + 1] : undefined);
const LONG_CHARS = 2400;

interface Info { id: string; type: string; sub: string; date: string; location: string; text: string; gold?: string }
interface Example { set: string; x: Features; y: 0 | 1; chars: number; report: string; own: boolean; byContext: boolean; info: Info }
interface SetData { name: string; examples: Example[]; missed: number }

/** The shipped model's decision on each candidate of a set: its probability, the report's best, and whether it is kept
 *  (an own happening, a long report's event told by context, the report's likeliest event, or above the threshold). */
function shippedDecisions(d: SetData, shipped: Fit & { threshold: number }): { p: number[]; top: Map<string, number>; kept: boolean[] } {
  const p = d.examples.map((e) => keepProbability(e.x, shipped));
  const top = new Map<string, number>();
  d.examples.forEach((e, i) => top.set(e.report, Math.max(top.get(e.report) ?? -1, p[i]!)));
  const kept = d.examples.map((e, i) => e.own || (e.chars > LONG_CHARS && e.byContext) || p[i] === top.get(e.report) || p[i]! >= shipped.threshold);
  return { p, top, kept };
}

function collect(sets: [string, string][]): SetData[] {
  return sets.map(([name, path]) => {
    const examples: Example[] = [];
    let missed = 0;
    for (const c of loadCases(path)) {
      const cands = extractCandidates({ id: c.id, text: c.text!, published: c.published, outlet: c.outlet }).candidates;
      const m = matchGold(c, cands.map((k) => k.event));
      missed += m.missed.length;
      cands.forEach((k, i) => {
        const g = m.matchedTo.get(i);
        if (g && optional(g)) return;
        const ev = k.event;
        const text = [...new Set(ev.evidence?.map((s) => s.text) ?? [])].join(" | ").slice(0, 300);
        examples.push({ set: name, x: k.features, y: g ? 1 : 0, chars: c.text!.length, report: c.id, own: k.own, byContext: k.byContext,
          info: { id: c.id, type: ev.event_type, sub: ev.sub_event_type, date: ev.event_date, location: ev.location, text, gold: g?.id } });
      });
    }
    return { name, examples, missed };
  });
}

type Stored = { name: string; missed: number; examples: (Omit<Example, "x"> & { x: [string, number][] })[] }[];
const revive = (d: Stored): SetData[] => d.map((s) => ({ ...s, examples: s.examples.map((e) => ({ ...e, x: new Map(e.x) })) }));
const store = (d: SetData[]) => d.map((s) => ({ ...s, examples: s.examples.map((e) => ({ ...e, x: [...e.x] })) }));
const cacheAt = opt("--cache");
let data: SetData[], SEEDS: SetData[];
if (cacheAt && existsSync(cacheAt)) {
  const c = JSON.parse(readFileSync(cacheAt, "utf8")) as { data: Stored; seeds: Stored };
  (data = revive(c.data)), (SEEDS = revive(c.seeds));
} else {
  (data = collect(tuningSets(root))), (SEEDS = collect(seedSets(root)));
  if (cacheAt) writeFileSync(cacheAt, JSON.stringify({ data: store(data), seeds: store(SEEDS) }));
}

// Placebo signals: deterministic pseudo-random bits per example (a string hash), so runs repeat.
function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0) / 2 ** 32;
}
const exampleKey = (e: Example) => `${e.set}|${e.report}|${e.info.type}|${e.info.date}|${e.info.location}|${e.info.text.slice(0, 40)}`;

interface Setting {
  name: string;
  /** Which signals the model sees. */
  use: (k: string) => boolean;
  l2: number;
  /** Fixed threshold, or undefined: the one that maximises pooled F1 on the training sets. */
  threshold?: number;
  /** Extra signals made from the example (placebos). */
  extra?: (e: Example) => [string, number][];
}
const BASE = (k: string) => !k.startsWith("x:");

function view(e: Example, s: Setting): Features {
  const x = new Map([...e.x].filter(([k]) => s.use(k)));
  for (const [k, v] of s.extra?.(e) ?? []) x.set(k, v);
  return x;
}

/** tp, fp, fn of each threshold in `ts` when the sets' events have probabilities `p` (null: no check). */
function countsAt(sets: SetData[], p: Map<Example, number> | null, ts: number[]) {
  const out = ts.map(() => ({ tp: 0, fp: 0, fn: 0 }));
  for (const d of sets) {
    const top = new Map<string, number>();
    if (p) for (const e of d.examples) top.set(e.report, Math.max(top.get(e.report) ?? -1, p.get(e)!));
    ts.forEach((t, j) => {
      const c = out[j]!;
      c.fn += d.missed;
      for (const e of d.examples) {
        const q = p?.get(e) ?? 1;
        const keep = !p || e.own || (e.chars > LONG_CHARS && e.byContext) || q === top.get(e.report) || q >= t;
        if (e.y) keep ? c.tp++ : c.fn++;
        else if (keep) c.fp++;
      }
    });
  }
  return out;
}
const probs = (sets: SetData[], s: Setting, m: Fit) => new Map(sets.flatMap((d) => d.examples.map((e) => [e, keepProbability(view(e, s), m)] as const)));
const counts = (sets: SetData[], s: Setting, m: Fit | null, t: number) => countsAt(sets, m ? probs(sets, s, m) : null, [t])[0]!;
const f1 = (c: { tp: number; fp: number; fn: number }) => (2 * c.tp) / Math.max(1, 2 * c.tp + c.fp + c.fn);

const GRID: number[] = [];
for (let t = 0.05; t <= 0.8; t += 0.025) GRID.push(t); // as scripts/train-keep.ts steps it
function bestThreshold(sets: SetData[], s: Setting, m: Fit): number {
  const cs = countsAt(sets, probs(sets, s, m), GRID);
  let best = { t: 0, f1: -1 };
  cs.forEach((c, i) => { const score = f1(c); if (score > best.f1 + 1e-9) best = { t: GRID[i]!, f1: score }; });
  return Math.round(best.t * 1000) / 1000;
}

/** Per example left out: kept or not, under each fold's model. */
interface Loso { name: string; keep: Map<Example, boolean>; perSet: { name: string; tp: number; fp: number; fn: number; t: number }[]; seedLost: number }
function loso(s: Setting): Loso {
  const keep = new Map<Example, boolean>();
  const perSet: Loso["perSet"] = [];
  let seedLost = 0;
  for (const out of data) {
    const rest = data.filter((d) => d !== out);
    const m = fitLogistic(rest.flatMap((d) => d.examples.map((e) => ({ x: view(e, s), y: e.y }))), s.l2);
    const t = s.threshold ?? bestThreshold(rest, s, m);
    const p = out.examples.map((e) => keepProbability(view(e, s), m));
    const top = new Map<string, number>();
    out.examples.forEach((e, i) => top.set(e.report, Math.max(top.get(e.report) ?? -1, p[i]!)));
    out.examples.forEach((e, i) => keep.set(e, e.own || (e.chars > LONG_CHARS && e.byContext) || p[i] === top.get(e.report) || p[i]! >= t));
    perSet.push({ name: out.name, ...counts([out], s, m, t), t });
    for (const sd of SEEDS) { const c = counts([sd], s, m, t); const all = counts([sd], s, null, 0); if (c.tp < all.tp) seedLost++; }
  }
  return { name: s.name, keep, perSet, seedLost };
}
const pooled = (l: Loso) => l.perSet.reduce((a, r) => ({ tp: a.tp + r.tp, fp: a.fp + r.fp, fn: a.fn + r.fn }), { tp: 0, fp: 0, fn: 0 });

/** Paired bootstrap over reports: the spread (sd) of F1(a) − F1(b) when the reports are resampled. */
function bootstrap(a: Loso, b: Loso, rounds = 1000): { sd: number; pBetter: number } {
  const missedBy = new Map<string, number>(); // the reports' misses the rules never built: same in both
  const reports = new Map<string, Example[]>();
  for (const d of data) for (const e of d.examples) reports.set(`${d.name}|${e.report}`, [...(reports.get(`${d.name}|${e.report}`) ?? []), e]);
  // Misses without an example are spread evenly over the set's reports (they shift both sides alike).
  for (const d of data) { const rs = [...reports.keys()].filter((k) => k.startsWith(`${d.name}|`)); for (const k of rs) missedBy.set(k, d.missed / Math.max(1, rs.length)); }
  const keys = [...reports.keys()];
  const per = keys.map((k) => {
    const ex = reports.get(k)!, m = missedBy.get(k)!;
    const c = (l: Loso) => { let tp = 0, fp = 0, fn = m; for (const e of ex) { const kp = l.keep.get(e)!; if (e.y) kp ? tp++ : fn++; else if (kp) fp++; } return [tp, fp, fn] as const; };
    return [c(a), c(b)] as const;
  });
  let seed = 12345;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const diffs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const A = [0, 0, 0], B = [0, 0, 0];
    for (let i = 0; i < per.length; i++) { const [x, y] = per[Math.floor(rnd() * per.length)]!; for (let j = 0; j < 3; j++) (A[j]! += x[j]!), (B[j]! += y[j]!); }
    diffs.push(f1({ tp: A[0]!, fp: A[1]!, fn: A[2]! }) - f1({ tp: B[0]!, fp: B[1]!, fn: B[2]! }));
  }
  const mean = diffs.reduce((s, x) => s + x, 0) / rounds;
  const sd = Math.sqrt(diffs.reduce((s, x) => s + (x - mean) ** 2, 0) / (rounds - 1));
  return { sd, pBetter: diffs.filter((x) => x > 0).length / rounds };
}

const only = (re: RegExp) => (k: string) => BASE(k) || re.test(k);
const SETTINGS: Setting[] = [
  { name: "base (current signals, l2 30, t from training)", use: BASE, l2: 30 },
  ...[0.4, 0.45, 0.5, 0.55, 0.6].map((t): Setting => ({ name: `base, t fixed ${t}`, use: BASE, l2: 30, threshold: t })),
  { name: "+x:own_sentence", use: only(/^x:(own_sentence|all_own_sentences|has_others)$/), l2: 30 },
  { name: "+x:distinct_type", use: only(/^x:(distinct_type|distinct_sub|has_others)$/), l2: 30 },
  { name: "+x:own_toll/actor/date", use: only(/^x:(own_toll|own_actor|explicit_date|has_others)$/), l2: 30 },
  { name: "+x:distinct_type_own_sentence(+plus)", use: only(/^x:(distinct_type_own_sentence|distinct_type_own_sentence_plus|has_others)$/), l2: 30 },
  { name: "+x:own_sentence_*", use: only(/^x:(own_sentence|own_sentence_toll|own_sentence_actor|own_sentence_date|has_others)$/), l2: 30 },
  { name: "+x:lead ties", use: only(/^x:(lead_|has_others)/), l2: 30 },
  { name: "+x:other_type_same_place/short_second", use: only(/^x:(other_type_same_place|short_second_happening|lead_other_type_same_place|has_others)$/), l2: 30 },
  { name: "+x:long (log_chars, long_late)", use: only(/^x:(log_chars|long_late)$/), l2: 30 },
  { name: "+x:says_has/perfect/year (snooped)", use: only(/^x:says_(has|perfect|year)$/), l2: 30 },
  { name: "+x:says_perfect (snooped)", use: only(/^x:says_perfect$/), l2: 30 },
  { name: "+x:says_daytime/also (snooped)", use: only(/^x:says_(daytime|also)$/), l2: 30 },
  { name: "+x:all but snooped words", use: (k) => !/^x:says_/.test(k), l2: 30 },
  { name: "+x:all", use: () => true, l2: 30 },
  { name: "+x:distinct (type, sub, type with own sentence +plus)", use: only(/^x:(distinct_type|distinct_sub|distinct_type_own_sentence|distinct_type_own_sentence_plus|has_others)$/), l2: 30 },
  { name: "+x:distinct (type, sub, type with own sentence +plus), t fixed 0.5", use: only(/^x:(distinct_type|distinct_sub|distinct_type_own_sentence|distinct_type_own_sentence_plus|has_others)$/), l2: 30, threshold: 0.5 },
  { name: "+x:distinct +own_toll/actor/date +lead ties", use: only(/^x:(distinct_type|distinct_sub|distinct_type_own_sentence|distinct_type_own_sentence_plus|own_toll|own_actor|explicit_date|lead_.*|has_others)$/), l2: 30 },
  { name: "+x:all, l2 100", use: () => true, l2: 100 },
];
const PLACEBOS = Number(opt("--placebo") ?? 0);
for (let k = 0; k < PLACEBOS; k++) SETTINGS.push({ name: `placebo ${k} (3 random bits)`, use: BASE, l2: 30, extra: (e) => [0, 1, 2].flatMap((j): [string, number][] => (hash(`${k}/${j}/${exampleKey(e)}`) < 0.3 ? [[`r${j}`, 1]] : [])) });
const pick = opt("--settings")?.split(",");
// The "+x:" settings need the candidate signals of keep.ts at session 23's experiment commit (see the head comment);
// without them they would only repeat the first setting.
const hasX = data.some((d) => d.examples.some((e) => [...e.x.keys()].some((k) => k.startsWith("x:"))));
if (!hasX) console.log("no x: signals in the candidates (keep.ts makes them only at session 23's experiment commit 85d666b): the +x: settings are skipped");
const chosen = (pick ? SETTINGS.filter((s, i) => i === 0 || pick.some((p) => s.name.startsWith(p))) : SETTINGS).filter((s) => hasX || !s.name.startsWith("+x:"));

console.log(`examples: ${data.reduce((a, d) => a + d.examples.length, 0)} in ${data.length} sets (${data.reduce((a, d) => a + d.examples.filter((e) => !e.y).length, 0)} extras); rules alone F1 ${f1(counts(data, SETTINGS[0]!, null, 0)).toFixed(4)}`);

if (args.includes("--explain")) {
  // The shipped model (data/models/keep.json): each right event it holds, and the signals that hold it.
  const shipped = JSON.parse(readFileSync(resolve(root, "data/models/keep.json"), "utf8")) as Fit & { threshold: number };
  let n = 0;
  const tally = new Map<string, number>();
  for (const d of data) {
    const { p, top, kept: keptAt } = shippedDecisions(d, shipped);
    d.examples.forEach((e, i) => {
      const kept = keptAt[i]!;
      if (kept || !e.y) return;
      n++;
      const contrib = [...e.x].filter(([k]) => shipped.weights[k]).map(([k, v]) => [k, shipped.weights[k]! * v] as const).sort((a, b) => a[1] - b[1]);
      for (const [k, c] of contrib) if (c < -0.05) tally.set(k, (tally.get(k) ?? 0) + 1);
      const xs = [...e.x].filter(([k]) => k.startsWith("x:")).map(([k, v]) => (v === 1 ? k.slice(2) : `${k.slice(2)}=${v.toFixed(2)}`)).join(" ");
      console.log(`\n${d.name} ${e.report} [${e.info.gold}] ${e.info.sub} ${e.info.date} ${e.info.location}; p ${p[i]!.toFixed(3)} (top ${top.get(e.report)!.toFixed(3)}), ${e.chars} chars`);
      console.log(`  "${e.info.text}"`);
      console.log(`  against: ${contrib.filter(([, c]) => c < -0.05).map(([k, c]) => `${k} ${c.toFixed(2)}`).join(", ")}`);
      console.log(`  for: ${contrib.filter(([, c]) => c > 0.05).reverse().map(([k, c]) => `${k} +${c.toFixed(2)}`).join(", ")}`);
      console.log(`  x: ${xs}`);
    });
  }
  console.log(`\nright events held by the shipped model: ${n}; signals pulling them down (>0.05), by count:`);
  console.log([...tally].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(", "));
  // The same x: signals among the extras it drops and the extras it keeps, for contrast.
  const share = (pred: (e: Example, kept: boolean) => boolean) => {
    const c = new Map<string, number>(); let tot = 0;
    for (const d of data) {
      const { kept: keptAt } = shippedDecisions(d, shipped);
      d.examples.forEach((e, i) => {
        const kept = keptAt[i]!;
        if (!pred(e, kept)) return;
        tot++;
        for (const [k] of e.x) if (k.startsWith("x:")) c.set(k, (c.get(k) ?? 0) + 1);
      });
    }
    return { c, tot };
  };
  const held1 = share((e, k) => !k && !!e.y), held0 = share((e, k) => !k && !e.y);
  console.log(`\nx: signal shares, right events held (${held1.tot}) vs extras held (${held0.tot}):`);
  for (const k of [...new Set([...held1.c.keys(), ...held0.c.keys()])].sort()) console.log(`  ${k.padEnd(40)} ${((held1.c.get(k) ?? 0) / held1.tot).toFixed(2)}  ${((held0.c.get(k) ?? 0) / held0.tot).toFixed(2)}`);
  process.exit(0);
}

const results: Loso[] = [];
for (const s of chosen) {
  const l = loso(s);
  results.push(l);
  const c = pooled(l);
  console.log(`${s.name.padEnd(52)} LOSO F1 ${f1(c).toFixed(4)} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn}); folds losing a seed event ${l.seedLost}`);
}
const base = results[0]!;
console.log(`\nagainst "${base.name}": LOSO difference, bootstrap sd over reports, share of resamples better; worst set`);
for (const l of results.slice(1)) {
  const b = bootstrap(l, base);
  const worst = l.perSet.map((r, i) => ({ name: r.name, d: f1(r) - f1(base.perSet[i]!) })).sort((a, b) => a.d - b.d)[0]!;
  console.log(`  ${l.name.padEnd(52)} ${(f1(pooled(l)) - f1(pooled(base))).toFixed(4).padStart(7)} sd ${b.sd.toFixed(4)} p>0 ${b.pBetter.toFixed(2)}; worst ${worst.name} ${worst.d.toFixed(3)}`);
}
// The shipped model as it stands, on the sets it was fitted on (in-sample) and on those it never saw, beside the
// first setting's LOSO on the same sets: whether a plain refit would help the sets added since.
{
  const shipped = JSON.parse(readFileSync(resolve(root, "data/models/keep.json"), "utf8")) as Fit & { threshold: number; about: string };
  const fitted = new Set(shipped.about.match(/ from ([^;]+);/)?.[1]?.split(", ") ?? []);
  for (const seen of [true, false]) {
    const sets = data.filter((d) => fitted.has(d.name) === seen);
    if (!sets.length) continue;
    const c = countsAt(sets, new Map(sets.flatMap((d) => d.examples.map((e) => [e, keepProbability(e.x, shipped)] as const))), [shipped.threshold])[0]!;
    const b = base.perSet.filter((r) => fitted.has(r.name) === seen).reduce((a, r) => ({ tp: a.tp + r.tp, fp: a.fp + r.fp, fn: a.fn + r.fn }), { tp: 0, fp: 0, fn: 0 });
    console.log(`shipped model on the ${sets.length} sets it was ${seen ? "fitted on (in-sample)" : "never fitted on"}: F1 ${f1(c).toFixed(4)} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn}); "${base.name}" LOSO there ${f1(b).toFixed(4)} (tp ${b.tp}, fp ${b.fp}, fn ${b.fn})`);
  }
}
if (args.includes("--per-set")) for (const [i, r] of base.perSet.entries()) console.log(`  ${r.name.padEnd(8)} ${results.map((l) => f1(l.perSet[i]!).toFixed(3)).join(" ")}`);
