/**
 * The Russian figure lexicons (data/extract/ru/{numbers,qualifiers,counts}.json),
 * typed and indexed once. Keys are lemmas with ё folded to е.
 */
import counts from '../../../../data/extract/ru/counts.json' with { type: 'json' };
import numbers from '../../../../data/extract/ru/numbers.json' with { type: 'json' };
import qualifiers from '../../../../data/extract/ru/qualifiers.json' with { type: 'json' };
import type { FigureCounts, Qualifier } from '../../../claims/schema.ts';

const fold = (w: string) => w.toLowerCase().replace(/ё/g, 'е');
const table = (o: Record<string, number>) => new Map(Object.entries(o).map(([k, v]) => [fold(k), v]));

/** Number words: values of cardinal, collective and multiplier lemmas. */
export const CARDINALS: ReadonlyMap<string, number> = table(numbers.cardinals);
export const COLLECTIVES: ReadonlyMap<string, number> = table(numbers.collective);
export const MULTIPLIERS: ReadonlyMap<string, number> = table(numbers.multipliers);
export const ZERO_WORDS: ReadonlySet<string> = new Set(numbers.zero.map(fold));
export const PERCENT_WORDS: ReadonlySet<string> = new Set(numbers.percent.map(fold));

/** Qualifier phrases as word arrays, longest first. */
export const QUALIFIER_PHRASES: ReadonlyArray<{ words: string[]; qualifier: Qualifier }> = Object.entries(
  qualifiers,
)
  .filter(([k]) => !k.startsWith('_'))
  .flatMap(([q, list]) =>
    (list as string[]).map((p) => ({ words: fold(p).split(' '), qualifier: q as Qualifier })),
  )
  .sort((a, b) => b.words.length - a.words.length);

/** Nouns a number counts, with the class they carry themselves (null: from the clause). */
export const HEADS: ReadonlyMap<string, FigureCounts | null> = new Map(
  Object.entries(counts.heads).map(([k, v]) => [fold(k), v as FigureCounts | null]),
);

/** Cue lemma → class. */
export const CUES: ReadonlyMap<string, FigureCounts> = new Map(
  Object.entries(counts.cues).flatMap(([c, list]) => list.map((w) => [fold(w), c as FigureCounts] as const)),
);

/** Classes that lose to any other at the same distance. */
export const BACKGROUND: ReadonlySet<FigureCounts> = new Set(counts.background as FigureCounts[]);

/** Cues that hold only near a word of loss or negation, and those words. */
export const CONTEXTUAL_CUES: ReadonlySet<string> = new Set(counts.contextual.words.map(fold));
export const LOSS_WORDS: ReadonlySet<string> = new Set(counts.contextual.near.map(fold));

/**
 * Lemma → class of words that pass their class to what they govern (an
 * infinitive after them, a noun after "от"): "отказались возвращаться" counts
 * people refusing, not people returned.
 */
export const GOVERNING: ReadonlyMap<string, FigureCounts> = new Map(
  Object.entries(counts.governing).flatMap(([c, list]) =>
    list.map((w) => [fold(w), c as FigureCounts] as const),
  ),
);
