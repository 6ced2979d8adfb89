/**
 * Blocking: which pairs of well-named records are worth scoring. Records share
 * a block when they share a canonical given name and their surnames agree
 * exactly, phonetically, or at the start or end (one typo cannot spoil all
 * three). Large blocks are compared within a sliding window after sorting by
 * birth year, unit and region, so cost stays near-linear.
 */
import type { Corpus, Prepared } from './prepare.ts';

export interface BlockingOptions {
  /** Blocks up to this size are compared all-pairs. */
  maxBlock: number;
  /** Window for larger blocks. */
  window: number;
}

export const DEFAULT_BLOCKING: BlockingOptions = { maxBlock: 80, window: 25 };

/** Blocking keys of a record with a surname. */
export function strongKeys(r: Prepared, c: Corpus): string[] {
  const s = c.surnames.values[r.surname] ?? '';
  const ph = c.surnamePhonetic[r.surname] ?? '';
  const given: (number | string)[] = r.given.length > 0 ? r.given : [`i${r.givenInitial}`];
  const keys: string[] = [];
  for (const g of given) {
    keys.push(`${g}|=${s}`, `${g}|~${ph}`, `${g}|<${s.slice(0, 4)}`, `${g}|>${s.slice(-5)}`);
  }
  return keys;
}

function byFacts(a: Prepared, b: Prepared): number {
  // Records without a birth year sort last, by unit then region.
  const ya = Number.isNaN(a.byLo) ? 9999 : a.byLo;
  const yb = Number.isNaN(b.byLo) ? 9999 : b.byLo;
  return ya - yb || a.unit - b.unit || a.region - b.region;
}

/**
 * Orders an oversized block: by facts when the surname is the same (namesakes),
 * by surname when it only shares a start, an end or a sound (typos then sit next
 * to the name they spoil).
 */
function order(key: string, recs: Prepared[], c: Corpus): Prepared[] {
  if (key.includes('|=')) return recs.sort(byFacts);
  const rev = key.includes('|>');
  const keyed = recs.map((r) => {
    const s = c.surnames.values[r.surname] ?? '';
    return { r, t: rev ? [...s].reverse().join('') : s };
  });
  keyed.sort((a, b) => (a.t < b.t ? -1 : a.t > b.t ? 1 : byFacts(a.r, b.r)));
  return keyed.map((k) => k.r);
}

/**
 * Calls `visit(a, b)` for every candidate pair among the records `include`
 * accepts that have a surname (a pair found through two keys may repeat).
 */
export function forEachCandidatePair(
  c: Corpus,
  opts: BlockingOptions,
  include: (r: Prepared) => boolean,
  visit: (a: Prepared, b: Prepared) => void,
): void {
  const blocks = new Map<string, number[]>();
  for (const r of c.records) {
    if (r.surname < 0 || !include(r)) continue;
    for (const k of strongKeys(r, c)) {
      const list = blocks.get(k);
      if (list) list.push(r.idx);
      else blocks.set(k, [r.idx]);
    }
  }
  for (const [key, members] of blocks) {
    if (members.length < 2) continue;
    const big = members.length > opts.maxBlock;
    const all = members.map((i) => c.records[i]!);
    const recs = big ? order(key, all, c) : all;
    const window = big ? opts.window : recs.length;
    for (let i = 0; i < recs.length; i++) {
      const end = Math.min(recs.length, i + window);
      for (let j = i + 1; j < end; j++) visit(recs[i]!, recs[j]!);
    }
  }
}
