// The verification ladder of a canonical event, from the claims of all its reports.
// claimed < reported < corroborated < confirmed; disputed when a party (or anyone) denies and
// no independent source says it verified. Near-duplicate articles and one outlet's several
// articles count as one source.
import type { Claim, Event } from "../event.js";
import { FUSION } from "./config.js";
import type { FuseReport } from "./match.js";
import { normActor } from "./match.js";

export type Verification = Event["verification"];

export interface VerificationResult {
  verification: Verification;
  reason: string;
}

const PARTY = new Set(FUSION.party_kinds);
const WEAK = new Set(FUSION.weak_kinds);
const STATE_KINDS = new Set(["government", "military", "official"]);

/** Union-find over string nodes. */
class Groups {
  private parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p !== x) {
      p = this.find(p);
      this.parent.set(x, p);
    }
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The smaller name becomes the root, so the grouping does not depend on call order.
    if (ra < rb) this.parent.set(rb, ra);
    else if (rb < ra) this.parent.set(ra, rb);
  }
}

const normSource = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** Which side of the fight a claim speaks for: 1, 2 or undefined when it is not a party. */
function sideOf(c: Claim, e: Event): 1 | 2 | undefined {
  const src = normActor(c.source);
  const side1 = [e.actor1, ...e.assoc_actor_1.split(";")].map(normActor).filter(Boolean);
  const side2 = [e.actor2, ...e.assoc_actor_2.split(";")].map(normActor).filter(Boolean);
  if (side1.some((a) => a === src)) return 1;
  if (side2.some((a) => a === src)) return 2;
  if (!c.kind || !PARTY.has(c.kind)) return undefined;
  // ACLED inter code 1 is state forces: a government/military/official voice speaks for that side.
  const state = STATE_KINDS.has(c.kind);
  if (state) return e.inter1 === 1 ? 1 : e.inter2 === 1 ? 2 : undefined;
  if (e.inter1 !== 1 && e.inter2 === 1) return 1;
  if (e.inter2 !== 1 && e.inter1 === 1) return 2;
  return undefined;
}

export const isParty = (c: Claim, e: Event): boolean => (c.kind ? PARTY.has(c.kind) : false) || sideOf(c, e) !== undefined;

/** The claims of a report, with the report's outlet asserting when the extractor gave none. */
export function claimsOf(r: FuseReport): Claim[] {
  if (r.event.claims.length) return r.event.claims.map((c) => ({ ...c, article_id: c.article_id ?? r.articleKey }));
  const source = r.event.source.split(";")[0]?.trim();
  return source ? [{ source, stance: "asserts", kind: "outlet", article_id: r.articleKey }] : [];
}

const list = (xs: Iterable<string>) => [...new Set(xs)].sort().join(", ");

/**
 * The verification of an event resting on `reports`. `nearDups` holds pairs of article keys
 * that are copies of one another; `outletOf` names each article's outlet.
 */
export function verify(reports: FuseReport[], event: Event, nearDups: [string, string][], outletOf: Map<string, string>): VerificationResult {
  const groups = new Groups();
  for (const [a, b] of nearDups) groups.union(`a:${a}`, `a:${b}`);
  for (const [key, outlet] of outletOf) if (outlet) groups.union(`a:${key}`, `o:${normSource(outlet)}`);

  const independent = new Map<string, string>(); // group root -> source name
  const verifiedBy = new Map<string, string>();
  const sides = new Map<1 | 2, string>();
  const partyClaims: string[] = [];
  const deniers: string[] = [];
  const weak: string[] = [];

  for (const r of reports) {
    for (const c of claimsOf(r)) {
      const party = isParty(c, event);
      if (c.stance === "denies") {
        deniers.push(c.source);
        continue;
      }
      if (party) {
        partyClaims.push(c.source);
        const side = sideOf(c, event);
        if (side) sides.set(side, c.source);
        continue;
      }
      if (c.kind && WEAK.has(c.kind)) {
        weak.push(c.source);
        continue;
      }
      // An outlet counts as its article's group (copies and same outlet once); others by name.
      const node = c.kind === "outlet" || !c.kind ? `a:${c.article_id ?? r.articleKey}` : `s:${normSource(c.source)}`;
      if (c.kind === "outlet" || !c.kind) groups.union(node, `o:${normSource(c.source)}`);
      const root = groups.find(node);
      if (!independent.has(root) || c.source < independent.get(root)!) independent.set(root, c.source);
    }
    if (r.verifiedBy) {
      const root = groups.find(`a:${r.articleKey}`);
      verifiedBy.set(root, outletOf.get(r.articleKey) || r.event.source.split(";")[0]!.trim());
    }
  }
  // Roots may have moved as later unions joined groups: count distinct final roots.
  const sources = new Map<string, string>();
  for (const [root, name] of independent) {
    const r = groups.find(root);
    if (!sources.has(r) || name < sources.get(r)!) sources.set(r, name);
  }
  const verifiers = new Set([...verifiedBy].map(([root, name]) => `${groups.find(root)}\u0000${name}`));
  const verifierNames = list([...verifiers].map((v) => v.split("\u0000")[1]!));

  if (verifiers.size) {
    const also = deniers.length ? `; denied by ${list(deniers)}` : "";
    return { verification: "confirmed", reason: `${verifierNames} says it verified the report${also}` };
  }
  if (deniers.length) {
    const by = [...sources.values(), ...partyClaims, ...weak];
    return { verification: "disputed", reason: `denied by ${list(deniers)}${by.length ? `; reported or claimed by ${list(by)}` : ""}` };
  }
  if (sides.size === 2) {
    return { verification: "confirmed", reason: `both sides agree: ${sides.get(1)} and ${sides.get(2)}` };
  }
  if (sources.size >= 2) {
    return { verification: "corroborated", reason: `${sources.size} independent sources: ${list(sources.values())}` };
  }
  if (sources.size === 1) {
    return { verification: "reported", reason: `one independent source: ${list(sources.values())}` };
  }
  if (partyClaims.length) return { verification: "claimed", reason: `claimed by a party to the fighting: ${list(partyClaims)}` };
  if (weak.length) return { verification: "claimed", reason: `one unnamed source` };
  return { verification: "claimed", reason: "no source named" };
}
