/**
 * Frequency-adjusted Fellegi–Sunter weights per value id (surname, given name,
 * patronymic, unit, region, surname typo neighbourhood), computed once per
 * corpus and weight configuration: the scorer looks them up millions of times.
 */
import type { Corpus, Vocab } from './prepare.ts';
import type { WeightConfig } from './score.ts';
import { type SurnameIndex, surnameIndex } from './surnames.ts';

/**
 * log2(m/u) with u the chance that another person shares the value. The input's
 * count includes the person's own repeated mentions, which would make rare
 * values look commoner than they are: about `OWN_MENTIONS` are taken off.
 */
export function freqWeight(m: number, count: number, n: number): number {
  return Math.log2(m / (Math.max(count - OWN_MENTIONS, 1) / n));
}

const OWN_MENTIONS = 1.4;

/** Frequency weights per value id, computed once per corpus and weight configuration. */
export interface FreqTables {
  w: WeightConfig;
  surname: Float64Array;
  given: Float64Array;
  patronymic: Float64Array;
  unit: Float64Array;
  region: Float64Array;
  neighbours: SurnameIndex;
  /**
   * Per surname: the weight of a typo match. Another person shares "this surname
   * or one a typo away" more often than the surname itself, the more so the more
   * neighbours it has (short surnames): u counts the whole neighbourhood.
   */
  surnameTypo: Float64Array;
}

const tables = new WeakMap<Corpus, FreqTables>();
/** The last corpus scored: the hot loop scores one corpus millions of times. */
let last: { c: Corpus; t: FreqTables } | undefined;

export function freqTables(c: Corpus, w: WeightConfig): FreqTables {
  if (last?.c === c && last.t.w === w) return last.t;
  const hit = tables.get(c);
  if (hit && hit.w === w) {
    last = { c, t: hit };
    return hit;
  }
  const n = c.records.length;
  const of = (v: Vocab, m: number) => Float64Array.from(v.counts, (count) => freqWeight(m, count, n));
  const t: FreqTables = {
    w,
    surname: of(c.surnames, w.mName),
    given: of(c.given, w.mName),
    patronymic: of(c.patronymics, w.mName),
    unit: of(c.units, w.mUnit),
    region: of(c.regions, w.mRegion),
    neighbours: surnameIndex(c),
    surnameTypo: typoWeights(c, w, n),
  };
  tables.set(c, t);
  last = { c, t };
  return t;
}

function typoWeights(c: Corpus, w: WeightConfig, n: number): Float64Array {
  const { start, neighbours } = surnameIndex(c);
  const counts = c.surnames.counts;
  return Float64Array.from(counts, (count, s) => {
    let around = count;
    for (let e = start[s]!; e < start[s + 1]!; e++) around += counts[neighbours[e]!]!;
    return freqWeight(w.mName, around, n) - w.typoPenalty;
  });
}
