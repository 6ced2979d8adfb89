/**
 * Fellegi–Sunter pair scoring: each field contributes log2(m/u) when it agrees
 * and log2((1-m)/(1-u)) when it disagrees, where m is how often the same person
 * agrees on it and u how often two different people do. u is taken from the
 * value's frequency in the input, so a rare surname agreeing weighs more than a
 * common one. Strong disagreements are also flagged as conflicts, which the
 * clustering uses to refuse chaining incompatible mentions.
 */
import { isTypo } from '../names/distance.ts';
import type { Corpus, Prepared } from './prepare.ts';

/** One field's part of a decision: what was compared, the outcome, and its weight in bits. */
export interface Evidence {
  field: 'surname' | 'given' | 'patronymic' | 'birthYear' | 'unit' | 'region' | 'gender';
  outcome: 'exact' | 'typo' | 'initial' | 'diminutive' | 'near' | 'disagree' | 'missing';
  weight: number;
}

/** m-probabilities and fixed weights; defaults suit reports (names vary, facts rarely change). */
export interface WeightConfig {
  mName: number;
  /** Bits removed when a name agrees only within typo distance. */
  typoPenalty: number;
  /** Weight of an initial agreeing with a name or initial (about log2(0.95 / (1/15))). */
  initialAgree: number;
  nameDisagree: number;
  birthYearAgree: number;
  birthYearNear: number;
  birthYearDisagree: number;
  mUnit: number;
  unitDisagree: number;
  mRegion: number;
  regionDisagree: number;
  genderDisagree: number;
}

export const DEFAULT_WEIGHTS: WeightConfig = {
  mName: 0.9,
  typoPenalty: 3,
  initialAgree: 3.5,
  nameDisagree: -7,
  birthYearAgree: 4.2,
  birthYearNear: -1,
  birthYearDisagree: -8,
  mUnit: 0.85,
  unitDisagree: -5,
  mRegion: 0.85,
  regionDisagree: -4,
  genderDisagree: -10,
};

/** The result of comparing two records. */
export interface PairScore {
  /** Sum of field weights (bits), before the prior. */
  weight: number;
  /** A disagreement no variant spelling explains (different names, ages apart). */
  conflict: boolean;
}

type Sink = Evidence[] | undefined;

/**
 * log2(m/u) with u the chance that another person shares the value. The input's
 * count includes the person's own repeated mentions, which would make rare
 * values look commoner than they are: about `OWN_MENTIONS` are taken off.
 */
function freqWeight(m: number, count: number, n: number): number {
  return Math.log2(m / (Math.max(count - OWN_MENTIONS, 1) / n));
}

const OWN_MENTIONS = 1.4;

function add(sink: Sink, field: Evidence['field'], outcome: Evidence['outcome'], weight: number): number {
  sink?.push({ field, outcome, weight: Math.round(weight * 100) / 100 });
  return weight;
}

/** Compares two name parts given as (id, skeleton, initial). Returns [weight, conflict]. */
function compareName(
  field: 'surname' | 'patronymic',
  idA: number,
  idB: number,
  initA: string,
  initB: string,
  values: string[],
  counts: number[],
  n: number,
  w: WeightConfig,
  sink: Sink,
): [number, boolean] {
  if (idA >= 0 && idB >= 0) {
    const exact = freqWeight(w.mName, counts[idA]!, n);
    if (idA === idB) return [add(sink, field, 'exact', exact), false];
    const a = values[idA]!;
    const b = values[idB]!;
    // Cheap reject first: one or two typos rarely change both the first and the last letter.
    const ends =
      a.charCodeAt(0) === b.charCodeAt(0) || a.charCodeAt(a.length - 1) === b.charCodeAt(b.length - 1);
    if (ends && isTypo(a, b)) return [add(sink, field, 'typo', Math.max(2, exact - w.typoPenalty)), false];
    return [add(sink, field, 'disagree', w.nameDisagree), true];
  }
  if (!initA || !initB) return [add(sink, field, 'missing', 0), false];
  if (initA === initB) return [add(sink, field, 'initial', w.initialAgree), false];
  return [add(sink, field, 'disagree', w.nameDisagree), true];
}

function compareGiven(a: Prepared, b: Prepared, c: Corpus, w: WeightConfig, sink: Sink): [number, boolean] {
  const n = c.records.length;
  if (a.given.length > 0 && b.given.length > 0) {
    let best = Number.NEGATIVE_INFINITY;
    for (const g of a.given)
      if (b.given.includes(g)) best = Math.max(best, freqWeight(w.mName, c.given.counts[g]!, n));
    if (best > Number.NEGATIVE_INFINITY) {
      return [add(sink, 'given', a.givenForm === b.givenForm ? 'exact' : 'diminutive', best), false];
    }
    if (a.givenForm && b.givenForm && isTypo(a.givenForm, b.givenForm)) {
      return [add(sink, 'given', 'typo', Math.max(2, 6 - w.typoPenalty)), false];
    }
    return [add(sink, 'given', 'disagree', w.nameDisagree), true];
  }
  if (!a.givenInitial || !b.givenInitial) return [add(sink, 'given', 'missing', 0), false];
  if (a.givenInitial === b.givenInitial) return [add(sink, 'given', 'initial', w.initialAgree), false];
  return [add(sink, 'given', 'disagree', w.nameDisagree), true];
}

function compareBirthYear(a: Prepared, b: Prepared, w: WeightConfig, sink: Sink): [number, boolean] {
  if (Number.isNaN(a.byLo) || Number.isNaN(b.byLo)) return [add(sink, 'birthYear', 'missing', 0), false];
  const gap = Math.max(a.byLo - b.byHi, b.byLo - a.byHi, 0);
  if (gap === 0) return [add(sink, 'birthYear', 'exact', w.birthYearAgree), false];
  if (gap === 1) return [add(sink, 'birthYear', 'near', w.birthYearNear), false];
  return [add(sink, 'birthYear', 'disagree', w.birthYearDisagree), true];
}

function compareValue(
  field: 'unit' | 'region',
  x: number,
  y: number,
  counts: number[],
  n: number,
  m: number,
  disagree: number,
  sink: Sink,
): number {
  if (x < 0 || y < 0) return add(sink, field, 'missing', 0);
  if (x === y) return add(sink, field, 'exact', freqWeight(m, counts[x]!, n));
  return add(sink, field, 'disagree', disagree);
}

/** Scores a pair of records; pass `sink` to collect the evidence (explain), omit it in the hot loop. */
export function scorePair(
  a: Prepared,
  b: Prepared,
  c: Corpus,
  w: WeightConfig,
  sink?: Evidence[],
): PairScore {
  const n = c.records.length;
  const [sw, sc] = compareName(
    'surname',
    a.surname,
    b.surname,
    a.surnameInitial,
    b.surnameInitial,
    c.surnames.values,
    c.surnames.counts,
    n,
    w,
    sink,
  );
  const [gw, gc] = compareGiven(a, b, c, w, sink);
  const [pw, pc] = compareName(
    'patronymic',
    a.patronymic,
    b.patronymic,
    a.patronymicInitial,
    b.patronymicInitial,
    c.patronymics.values,
    c.patronymics.counts,
    n,
    w,
    sink,
  );
  const [bw, bc] = compareBirthYear(a, b, w, sink);
  const uw = compareValue('unit', a.unit, b.unit, c.units.counts, n, w.mUnit, w.unitDisagree, sink);
  const rw = compareValue(
    'region',
    a.region,
    b.region,
    c.regions.counts,
    n,
    w.mRegion,
    w.regionDisagree,
    sink,
  );
  const gd = a.gender && b.gender && a.gender !== b.gender;
  const xw = gd ? add(sink, 'gender', 'disagree', w.genderDisagree) : 0;
  return { weight: sw + gw + pw + bw + uw + rw + xw, conflict: sc || gc || pc || bc || Boolean(gd) };
}
