/**
 * The disjoint set of a large group, found by splitting it: facts whose month
 * (then place, then unit, from the widest container down) lies in parts no
 * person can be in two of are solved part by part and summed; facts that
 * span the parts (no value, or a container of several) are solved on their
 * own, the better of the two is kept, and facts of the other side that
 * overlap nothing kept are added. Parts of at most EXACT_LIMIT facts are
 * searched exactly. Every pair in the result is disjoint, so the bound is
 * sound; it is the best only when no part had facts spanning it (`exact`).
 *
 * It relies on what the relations mean: a unit's or place's ancestors contain
 * it, so what is disjoint from a container is disjoint from all inside it.
 */
import { byValue, EXACT_LIMIT, exactDisjoint } from './exact.ts';
import { factsDisjoint } from './relations.ts';
import type { CountRelations, Fact } from './types.ts';

/** The facts chosen, and whether they are the best possible set. */
export interface Choice {
  facts: Fact[];
  exact: boolean;
}

interface Dimension {
  value(f: Fact): string | null;
  /** The value's containers, widest first, then the value. */
  chain(v: string): string[];
  /** The other keys seen so far at `depth` that overlap `key` (each pair is asked once per count). */
  overlaps(key: string, depth: number): readonly string[];
}

// Work caps (counts of checks, not time, so the result never depends on the machine).
/** Checks spent adding the losing side's facts to the kept side, per split. */
const AUGMENT_BUDGET = 5_000;
/** Checks spent by the largest-first fallback when nothing splits a group. */
const GREEDY_BUDGET = 2_000_000;

const chainOf = (up: (v: string) => string[]) => {
  const seen = new Map<string, string[]>();
  return (v: string) => {
    let c = seen.get(v);
    if (!c) {
      c = [...up(v)].reverse();
      c.push(v);
      seen.set(v, c);
    }
    return c;
  };
};

/** Per depth, every key met so far and the ones each overlaps, grown as keys appear. */
function overlapIndex(disjoint: (a: string, b: string) => boolean) {
  const depths = new Map<number, Map<string, string[]>>();
  return (key: string, depth: number): readonly string[] => {
    let known = depths.get(depth);
    if (!known) {
      known = new Map();
      depths.set(depth, known);
    }
    let mine = known.get(key);
    if (!mine) {
      mine = [];
      for (const [other, theirs] of known)
        if (!disjoint(key, other)) {
          mine.push(other);
          theirs.push(key);
        }
      known.set(key, mine);
    }
    return mine;
  };
}

// One set of dimensions per set of relations (one count), so the overlap index is shared by all its groups.
const dimensionsOf = new WeakMap<CountRelations, Dimension[]>();

function dimensions(rel: CountRelations): Dimension[] {
  let dims = dimensionsOf.get(rel);
  if (!dims) {
    dims = [
      { value: (f) => f.month, chain: (v) => [v], overlaps: () => [] },
      {
        value: (f) => f.place,
        chain: chainOf(rel.placeAncestors),
        overlaps: overlapIndex(rel.placesDisjoint),
      },
      { value: (f) => f.unit, chain: chainOf(rel.unitAncestors), overlaps: overlapIndex(rel.unitsDisjoint) },
    ];
    dimensionsOf.set(rel, dims);
  }
  return dims;
}

/** Month, place and unit, each with the depths at which it can split. */
function levelsOf(facts: readonly Fact[], rel: CountRelations): { dim: Dimension; depth: number }[] {
  return dimensions(rel).flatMap((dim) => {
    let deepest = 0;
    for (const f of facts) {
      const v = dim.value(f);
      if (v !== null) deepest = Math.max(deepest, dim.chain(v).length);
    }
    return Array.from({ length: deepest }, (_, depth) => ({ dim, depth }));
  });
}

/**
 * Facts by the part their value's container at `depth` lies in. A key that
 * overlaps two or more others (a territory, a bare unit number) would join
 * them all into one part: its facts go to the residue instead.
 */
function splitAt(
  facts: readonly Fact[],
  dim: Dimension,
  depth: number,
): { parts: Fact[][]; residue: Fact[] } {
  const residue: Fact[] = [];
  const byKey = new Map<string, Fact[]>();
  for (const f of facts) {
    const v = dim.value(f);
    const c = v === null ? null : dim.chain(v);
    const k = c && c.length > depth ? c[depth]! : null;
    if (k === null) residue.push(f);
    else {
      const list = byKey.get(k);
      if (list) list.push(f);
      else byKey.set(k, [f]);
    }
  }
  const keys = [...byKey.keys()];
  const index = new Map(keys.map((k, i) => [k, i]));
  const near = keys.map((k) => dim.overlaps(k, depth).flatMap((o) => (index.has(o) ? [index.get(o)!] : [])));
  const parent = keys.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    parent[i] = r;
    return r;
  };
  near.forEach((js, i) => {
    for (const j of js) if (js.length < 2 && near[j]!.length < 2) parent[root(i)] = root(j);
  });
  const parts = new Map<number, Fact[]>();
  keys.forEach((k, i) => {
    const hub = near[i]!.length >= 2;
    const into = hub ? residue : (parts.get(root(i)) ?? []);
    for (const f of byKey.get(k)!) into.push(f);
    if (!hub) parts.set(root(i), into);
  });
  return { parts: [...parts.values()], residue };
}

const total = (fs: readonly Fact[]) => fs.reduce((s, f) => s + f.value, 0);

/** Drops, smallest first, facts naming a person a larger kept fact names (parts are disjoint only by place, unit or month). */
function dropSharedSubjects(facts: Fact[]): { facts: Fact[]; dropped: boolean } {
  if (!facts.some((f) => f.subjects.length > 0)) return { facts, dropped: false };
  const seen = new Set<string>();
  const kept = [...facts].sort(byValue).filter((f) => {
    if (f.subjects.some((s) => seen.has(s))) return false;
    for (const s of f.subjects) seen.add(s);
    return true;
  });
  return { facts: kept, dropped: kept.length < facts.length };
}

/** Adds, largest first, the candidates that overlap nothing chosen, within a number of checks. */
function augment(
  chosen: Fact[],
  candidates: readonly Fact[],
  disjoint: (a: Fact, b: Fact) => boolean,
): Fact[] {
  const out = [...chosen];
  const taken = new Set(chosen);
  let budget = AUGMENT_BUDGET;
  for (const c of [...candidates].sort(byValue)) {
    if (budget < out.length) break;
    if (taken.has(c)) continue;
    budget -= out.length;
    if (out.every((x) => disjoint(x, c))) {
      out.push(c);
      taken.add(c);
    }
  }
  return out;
}

/** Largest first, each fact kept when it overlaps nothing kept, within a number of checks. */
function greedy(facts: readonly Fact[], disjoint: (a: Fact, b: Fact) => boolean): Fact[] {
  const taken: Fact[] = [];
  let budget = GREEDY_BUDGET;
  for (const f of [...facts].sort(byValue)) {
    if (budget < taken.length) break;
    budget -= taken.length;
    if (taken.every((x) => disjoint(x, f))) taken.push(f);
  }
  return taken;
}

/** A pairwise disjoint set of `facts` with a large total (see the top of this file). */
export function splitDisjoint(facts: readonly Fact[], rel: CountRelations): Choice {
  const disjoint = (a: Fact, b: Fact) => factsDisjoint(a, b, rel);
  const levels = levelsOf(facts, rel);
  const solve = (fs: readonly Fact[], from: number): Choice => {
    if (fs.length <= EXACT_LIMIT) return { facts: exactDisjoint(fs, disjoint), exact: true };
    for (let i = from; i < levels.length; i++) {
      const cut = splitAt(fs, levels[i]!.dim, levels[i]!.depth);
      if (cut.parts.length === 0 || (cut.parts.length === 1 && cut.residue.length === 0)) continue;
      const solved = cut.parts.map((p) => solve(p, i + 1));
      const summed = dropSharedSubjects(solved.flatMap((c) => c.facts));
      const exact = !summed.dropped && solved.every((c) => c.exact);
      if (cut.residue.length === 0) return { facts: summed.facts, exact };
      const spanning = solve(cut.residue, i + 1);
      return total(summed.facts) >= total(spanning.facts)
        ? { facts: augment(summed.facts, cut.residue, disjoint), exact: false }
        : { facts: augment(spanning.facts, cut.parts.flat(), disjoint), exact: false };
    }
    return { facts: greedy(fs, disjoint), exact: false };
  };
  return solve(facts, 0);
}
