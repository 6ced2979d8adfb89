/**
 * What a Russian number counts. A number is a figure when the noun phrase
 * after it has a head that counts people (or things that stand for people: a
 * criminal case, an appeal for help), or when it is a collective numeral. The
 * class (`counts`) comes, in order, from the head noun itself, from a
 * predicate of the sentence (verbs, short participles, gerunds, adverbs), from
 * other words (nouns, participles), and last from background classes
 * (mobilisation is the setting of most reports, not what they count).
 */
import type { FigureCounts } from '../../../claims/schema.ts';
import { BACKGROUND, CONTEXTUAL_CUES, CUES, GOVERNING, HEADS, LOSS_WORDS } from '../lexicon/figures.ts';
import { fold, foldedLemmas, type Reading, readings } from '../morph.ts';
import type { Token } from '../tokens.ts';

/** The head of the counted noun phrase: token index and the class it carries. */
export interface Head {
  index: number;
  counts: FigureCounts | null;
}

const PREDICATE_POS = new Set(['VERB', 'INFN', 'PRTS', 'GRND', 'ADVB']);
const MODIFIER_POS = new Set(['ADJF', 'PRTF', 'NUMR']);
const MAX_HEAD_GAP = 4;

/** The head entry of a word: by lemma, then by its nominative base (substantivised participles). */
function headOf(rs: readonly Reading[]): { counts: FigureCounts | null; noun: boolean } | null {
  for (const r of rs) {
    for (const key of [fold(r.lemma), fold(r.base)]) {
      if (HEADS.has(key)) return { counts: HEADS.get(key) ?? null, noun: r.pos === 'NOUN' };
    }
  }
  return null;
}

/**
 * Finds the head after a number: adjectives and participles may stand between
 * ("уголовных дел", "мобилизованных многодетных отцов"); a substantivised
 * participle is a head unless a noun head follows it.
 */
export function headAfter(tokens: readonly Token[], from: number): Head | null {
  let found: Head | null = null;
  for (let i = from; i < tokens.length && i < from + MAX_HEAD_GAP; i++) {
    const t = tokens[i];
    if (t?.kind !== 'word') break;
    const rs = readings(t.text);
    const head = headOf(rs);
    if (head) {
      found = { index: i, counts: head.counts };
      if (head.noun) return found;
      continue;
    }
    if (!rs.some((r) => MODIFIER_POS.has(r.pos))) break;
  }
  return found;
}

const VERBAL_POS = new Set(['VERB', 'INFN', 'PRTF', 'PRTS', 'GRND']);

const hasPos = (t: Token | undefined, pos: ReadonlySet<string>) =>
  t?.kind === 'word' && readings(t.text).some((r) => pos.has(r.pos));

/** A noun in a prepositional phrase right after a verb is the verb's real content ("объявить в розыск", "попасть в плен"). */
function verbalNoun(tokens: readonly Token[], i: number): boolean {
  return hasPos(tokens[i - 1], new Set(['PREP'])) && hasPos(tokens[i - 2], VERBAL_POS);
}

/** Whether a word of loss or negation stands within three words of token i. */
function nearLoss(tokens: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k <= i + 3 && k < tokens.length; k++) {
    const t = tokens[k];
    if (k !== i && t?.kind === 'word' && readings(t.text).some((r) => LOSS_WORDS.has(fold(r.lemma))))
      return true;
  }
  return false;
}

// Words that may stand between a governing verb and its infinitive ("отказались дальше воевать").
const BETWEEN_POS = new Set(['ADVB', 'COMP']);

/** The class a governing word passes on, when the word is one and is not negated. */
function governorClass(tokens: readonly Token[], k: number): FigureCounts | null {
  const t = tokens[k];
  if (t?.kind !== 'word' || fold(tokens[k - 1]?.text ?? '') === 'не') return null;
  for (const lemma of foldedLemmas(t.text)) {
    const counts = GOVERNING.get(lemma);
    if (counts) return counts;
  }
  return null;
}

/**
 * The class of the word governing the reading at token i, if one does: an
 * infinitive after the governing word, an adverb at most between
 * ("отказались возвращаться", "отказавшихся дальше ехать"), or a noun after
 * "от" ("отказ от возвращения"). What is refused is not what happened.
 */
function governedClass(tokens: readonly Token[], i: number, pos: string): FigureCounts | null {
  if (pos === 'INFN') {
    for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
      const governs = governorClass(tokens, k);
      if (governs) return governs;
      const t = tokens[k];
      if (t?.kind !== 'word' || !BETWEEN_POS.has(readings(t.text)[0]?.pos ?? '')) return null;
    }
    return null;
  }
  if (pos === 'NOUN' && fold(tokens[i - 1]?.text ?? '') === 'от') return governorClass(tokens, i - 2);
  return null;
}

/**
 * The class a word cues, and whether it acts as a predicate; null when none.
 * A negated cue says nothing, except "не вернулись" (from leave: desertion)
 * and under a zero figure, where Russian negates the verb too ("ни одного не осудили").
 */
function cueOf(
  tokens: readonly Token[],
  i: number,
  zero: boolean,
): { counts: FigureCounts; predicate: boolean } | null {
  const t = tokens[i];
  if (t?.kind !== 'word') return null;
  for (const r of readings(t.text)) {
    const key = CUES.has(fold(r.lemma)) ? fold(r.lemma) : fold(r.base);
    const counts = CUES.get(key);
    if (!counts) continue;
    if (CONTEXTUAL_CUES.has(key) && !nearLoss(tokens, i)) return null;
    const predicate = PREDICATE_POS.has(r.pos) || (r.pos === 'NOUN' && verbalNoun(tokens, i));
    const governed = governedClass(tokens, i, r.pos);
    if (governed) return { counts: governed, predicate };
    const negated = fold(tokens[i - 1]?.text ?? '') === 'не';
    if (negated && !zero) return counts === 'returned' ? { counts: 'deserted', predicate: true } : null;
    return { counts, predicate };
  }
  return null;
}

/** Whether the clause around tokens [from, to) holds a predicate with a cue ("трое отказались"). */
export function cuePredicateInClause(
  tokens: readonly Token[],
  from: number,
  to: number,
  boundary: ReadonlySet<string>,
): boolean {
  for (const dir of [-1, 1]) {
    for (let i = dir < 0 ? from - 1 : to; i >= 0 && i < tokens.length; i += dir) {
      const t = tokens[i];
      if (!t || boundary.has(t.text)) break;
      const cue = cueOf(tokens, i, false);
      if (cue?.predicate) return true;
    }
  }
  return false;
}

/** The class of a figure at tokens [from, to) with the given head, from the whole sentence. */
export function countsOf(
  tokens: readonly Token[],
  from: number,
  to: number,
  head: Head | null,
  zero = false,
): FigureCounts {
  if (head?.counts) return head.counts;
  // rank: predicate before other words, foreground before background; then nearest.
  let best: { counts: FigureCounts; rank: number; distance: number } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (i >= from && i < to) continue;
    const cue = cueOf(tokens, i, zero);
    if (!cue) continue;
    const rank = (BACKGROUND.has(cue.counts) ? 2 : 0) + (cue.predicate ? 0 : 1);
    const distance = i < from ? from - i : i - to + 1;
    if (!best || rank < best.rank || (rank === best.rank && distance < best.distance)) {
      best = { counts: cue.counts, rank, distance };
    }
  }
  return best?.counts ?? 'other';
}

/** Whether the word right after a number is a plural predicate with a cue ("20 отказались"). */
export function predicateAfter(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.kind !== 'word') return false;
  return readings(t.text).some(
    (r) => (r.pos === 'VERB' || r.pos === 'PRTS') && r.tags.includes('plur') && CUES.has(fold(r.lemma)),
  );
}
