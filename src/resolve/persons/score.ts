/**
 * Fellegi–Sunter pair scoring: each field contributes log2(m/u) when it agrees
 * and log2((1-m)/(1-u)) when it disagrees, where m is how often the same person
 * agrees on it and u how often two different people do. u is taken from the
 * value's frequency in the input, so a rare surname agreeing weighs more than a
 * common one. Strong disagreements are also flagged as conflicts, which the
 * clustering uses to refuse chaining incompatible mentions.
 */
import { isTypo } from '../names/distance.ts';
import type { Corpus, Prepared, Vocab } from './prepare.ts';
import { nearSpelling } from './spelling.ts';
import { areNeighbours } from './surnames.ts';
import { type FreqTables, freqTables } from './weights.ts';

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
 * The comparison of one pair in progress. One object is reused for every pair
 * in the hot loop (millions of pairs): field comparisons add to it instead of
 * returning tuples.
 */
interface Tally {
  conflict: boolean;
}

const hot: Tally = { conflict: false };

function add(sink: Sink, field: Evidence['field'], outcome: Evidence['outcome'], weight: number): number {
  sink?.push({ field, outcome, weight: Math.round(weight * 100) / 100 });
  return weight;
}

function disagree(t: Tally, sink: Sink, field: Evidence['field'], weight: number): number {
  t.conflict = true;
  return add(sink, field, 'disagree', weight);
}

/** Compares a surname or patronymic: ids into `vocab`, else initials. */
function compareName(
  t: Tally,
  field: 'surname' | 'patronymic',
  idA: number,
  idB: number,
  initA: string,
  initB: string,
  vocab: Vocab,
  weights: Float64Array,
  typo: FreqTables | undefined,
  w: WeightConfig,
  sink: Sink,
): number {
  if (idA >= 0 && idB >= 0) {
    const exact = weights[idA]!;
    if (idA === idB) return add(sink, field, 'exact', exact);
    // Surnames: the typo neighbours found once per distinct spelling (./surnames.ts).
    if (typo) {
      if (areNeighbours(typo.neighbours, idA, idB)) {
        return add(
          sink,
          field,
          'typo',
          Math.max(2, Math.min(typo.surnameTypo[idA]!, typo.surnameTypo[idB]!)),
        );
      }
    } else if (nearSpelling(vocab.values[idA]!, vocab.values[idB]!)) {
      return add(sink, field, 'typo', Math.max(2, exact - w.typoPenalty));
    }
    return disagree(t, sink, field, w.nameDisagree);
  }
  if (!initA || !initB) return add(sink, field, 'missing', 0);
  if (initA === initB) return add(sink, field, 'initial', w.initialAgree);
  return disagree(t, sink, field, w.nameDisagree);
}

function compareGiven(
  t: Tally,
  a: Prepared,
  b: Prepared,
  weights: Float64Array,
  w: WeightConfig,
  sink: Sink,
): number {
  if (a.given.length > 0 && b.given.length > 0) {
    let shared = -1;
    for (const g of a.given) {
      if (b.given.includes(g) && (shared < 0 || weights[g]! > weights[shared]!)) shared = g;
    }
    if (shared >= 0) {
      const weight = weights[shared]!;
      return add(sink, 'given', a.givenForm === b.givenForm ? 'exact' : 'diminutive', weight);
    }
    if (a.givenForm && b.givenForm && isTypo(a.givenForm, b.givenForm)) {
      return add(sink, 'given', 'typo', Math.max(2, 6 - w.typoPenalty));
    }
    return disagree(t, sink, 'given', w.nameDisagree);
  }
  if (!a.givenInitial || !b.givenInitial) return add(sink, 'given', 'missing', 0);
  // An initial against a name: any initial the name is written with (Н. or К. for Коля).
  const agrees =
    a.given.length > 0
      ? a.givenInitials.includes(b.givenInitial)
      : b.given.length > 0
        ? b.givenInitials.includes(a.givenInitial)
        : a.givenInitial === b.givenInitial;
  if (agrees) return add(sink, 'given', 'initial', w.initialAgree);
  return disagree(t, sink, 'given', w.nameDisagree);
}

function compareBirthYear(t: Tally, a: Prepared, b: Prepared, w: WeightConfig, sink: Sink): number {
  if (Number.isNaN(a.byLo) || Number.isNaN(b.byLo)) return add(sink, 'birthYear', 'missing', 0);
  const gap = Math.max(a.byLo - b.byHi, b.byLo - a.byHi, 0);
  if (gap === 0) return add(sink, 'birthYear', 'exact', w.birthYearAgree);
  if (gap === 1) return add(sink, 'birthYear', 'near', w.birthYearNear);
  return disagree(t, sink, 'birthYear', w.birthYearDisagree);
}

function compareValue(
  field: 'unit' | 'region',
  x: number,
  y: number,
  weights: Float64Array,
  weightIfDifferent: number,
  sink: Sink,
): number {
  if (x < 0 || y < 0) return add(sink, field, 'missing', 0);
  if (x === y) return add(sink, field, 'exact', weights[x]!);
  // A different unit or region is evidence against, not proof: people move and transfer.
  return add(sink, field, 'disagree', weightIfDifferent);
}

/** Field order of per-field weights (`fieldWeights`). */
export const FIELDS = ['surname', 'given', 'patronymic', 'birthYear', 'unit', 'region', 'gender'] as const;

function score(
  t: Tally,
  a: Prepared,
  b: Prepared,
  c: Corpus,
  w: WeightConfig,
  sink: Sink,
  fields?: Float64Array,
): number {
  const f = freqTables(c, w);
  t.conflict = false;
  const out = fields ?? scratchFields;
  out[0] = compareName(
    t,
    'surname',
    a.surname,
    b.surname,
    a.surnameInitial,
    b.surnameInitial,
    c.surnames,
    f.surname,
    f,
    w,
    sink,
  );
  out[1] = compareGiven(t, a, b, f.given, w, sink);
  out[2] = compareName(
    t,
    'patronymic',
    a.patronymic,
    b.patronymic,
    a.patronymicInitial,
    b.patronymicInitial,
    c.patronymics,
    f.patronymic,
    undefined,
    w,
    sink,
  );
  out[3] = compareBirthYear(t, a, b, w, sink);
  out[4] = compareValue('unit', a.unit, b.unit, f.unit, w.unitDisagree, sink);
  out[5] = compareValue('region', a.region, b.region, f.region, w.regionDisagree, sink);
  out[6] = a.gender && b.gender && a.gender !== b.gender ? disagree(t, sink, 'gender', w.genderDisagree) : 0;
  return out[0]! + out[1]! + out[2]! + out[3]! + out[4]! + out[5]! + out[6]!;
}

const scratchFields = new Float64Array(FIELDS.length);

/**
 * Writes each field's weight (in `FIELDS` order) into `out`; returns false when
 * the pair conflicts. For combining evidence over a cluster's members.
 */
export function fieldWeights(
  a: Prepared,
  b: Prepared,
  c: Corpus,
  w: WeightConfig,
  out: Float64Array,
): boolean {
  score(hot, a, b, c, w, undefined, out);
  return !hot.conflict;
}

/** Scores a pair of records with its evidence (for explanations). */
export function scorePair(
  a: Prepared,
  b: Prepared,
  c: Corpus,
  w: WeightConfig,
  sink?: Evidence[],
): PairScore {
  const t: Tally = { conflict: false };
  const weight = score(t, a, b, c, w, sink);
  return { weight, conflict: t.conflict };
}

/** The pair's weight in bits, or -Infinity when the pair conflicts: the allocation-free hot path. */
export function pairWeight(a: Prepared, b: Prepared, c: Corpus, w: WeightConfig): number {
  const weight = score(hot, a, b, c, w, undefined);
  return hot.conflict ? Number.NEGATIVE_INFINITY : weight;
}
