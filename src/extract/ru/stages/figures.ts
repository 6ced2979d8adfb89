/**
 * Russian figures stage: numbers that count people (FORMAT.md `figures`).
 * A number is kept when a noun counting people follows it ("300 военнослужащих",
 * "уголовных дел"), when it is a collective ("трое"), when a cue predicate
 * follows it ("20 отказались"), or for a percentage of people. Numbers inside
 * a unit mention ("64-я бригада", "в/ч 51460") or after an article sign
 * ("ст. 337", "№ 5") are never figures. A headline (first line without a
 * final stop) is skipped: the body restates its figure with context.
 */
import type { Figure } from '../../../claims/schema.ts';
import type { Doc, Sentence, Stage } from '../../doc.ts';
import { countsOf, cuePredicateInClause, headAfter, predicateAfter } from '../figures/counted.ts';
import { findNumbers, type NumberSpan } from '../figures/numbers.ts';
import { fold, readings } from '../morph.ts';
import { sentenceTokens, type Token } from '../tokens.ts';

// Words after which a number is a reference, not a count.
const REFERENCE_WORDS = new Set([
  '№',
  'ст',
  'статья',
  'статьи',
  'статье',
  'статьей',
  'часть',
  'части',
  'ч',
  'п',
  'пункт',
  'пункта',
  'в/ч',
  'вч',
]);
const BOUNDARY = new Set([',', ';', ':', '(', ')', '«', '»', '"', '—', '–']);
const MAY_HOLD_NUMBER = /\d|ни о|[а-яё]{3,}/i;

function isReference(tokens: readonly Token[], n: NumberSpan): boolean {
  const before = tokens[n.qualifierFrom - 1];
  const before2 = tokens[n.qualifierFrom - 2];
  if (before && REFERENCE_WORDS.has(fold(before.text))) return true;
  return before?.text === '.' && !!before2 && REFERENCE_WORDS.has(fold(before2.text));
}

function insideUnit(doc: Doc, start: number, end: number): boolean {
  return doc.units.some((u) => start < u.end && u.start < end);
}

/** A percentage counts people when people follow it ("80% опрошенных", "80 процентов мобилизованных"). */
function peopleAfter(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.kind !== 'word') return false;
  return readings(t.text).some(
    (r) => r.tags.includes('anim') || (r.pos === 'PRTF' && r.tags.includes('plur')),
  );
}

/**
 * A collective numeral counts people by itself ("трое отказались") unless it
 * counts a noun that is not people ("четверо детей"); alone, it needs a cue
 * predicate in its clause.
 */
function collectiveAlone(tokens: readonly Token[], n: NumberSpan): boolean {
  for (let i = n.nounFrom; i < n.nounFrom + 3; i++) {
    const t = tokens[i];
    if (t?.kind !== 'word') break;
    const rs = readings(t.text);
    if (rs.some((r) => r.pos === 'NOUN' && (r.tags.includes('gent') || r.tags.includes('nomn'))))
      return false;
    if (!rs.some((r) => r.pos === 'ADJF' || r.pos === 'PRTF')) break;
  }
  return cuePredicateInClause(tokens, n.from, n.to, BOUNDARY);
}

/** The clause around tokens [from, to): up to the nearest boundary mark on each side. */
function clause(sentence: Sentence, tokens: readonly Token[], from: number, to: number): [number, number] {
  let a = from;
  while (a > 0 && !BOUNDARY.has(tokens[a - 1]?.text ?? '')) a--;
  let b = to;
  while (
    b < tokens.length &&
    !BOUNDARY.has(tokens[b]?.text ?? '') &&
    !(tokens[b]?.text === '.' && b === tokens.length - 1)
  )
    b++;
  const start = tokens[a]?.start ?? sentence.start;
  const end = tokens[Math.max(a, b - 1)]?.end ?? sentence.end;
  return [start, end];
}

/** The figures of one sentence. */
export function figuresInSentence(doc: Doc, sentence: Sentence): Figure[] {
  const tokens = sentenceTokens(doc, sentence);
  const out: Figure[] = [];
  const seen = new Set<string>();
  for (const n of findNumbers(tokens)) {
    const first = tokens[n.from];
    const last = tokens[n.to - 1];
    if (!first || !last || isReference(tokens, n) || insideUnit(doc, first.start, last.end)) continue;
    const head = headAfter(tokens, n.nounFrom);
    const keep =
      head !== null ||
      (n.collective && collectiveAlone(tokens, n)) ||
      predicateAfter(tokens, n.nounFrom) ||
      (n.percent && peopleAfter(tokens, n.nounFrom));
    if (!keep) continue;
    const counts = countsOf(tokens, n.from, head ? head.index + 1 : n.to, head, n.value === 0);
    const key = `${n.value}|${n.percent}|${counts}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const [qs, qe] = clause(sentence, tokens, n.qualifierFrom, head ? head.index + 1 : n.to);
    out.push({
      start: tokens[n.qualifierFrom]?.start ?? first.start,
      end: head ? (tokens[head.index]?.end ?? last.end) : last.end,
      rule: `ru-figure:${head ? 'head' : n.collective ? 'collective' : n.percent ? 'percent' : 'predicate'}`,
      value: n.value,
      qualifier: n.qualifier,
      percent: n.percent,
      counts,
      quote: doc.text.slice(qs, qe),
    });
  }
  return out;
}

export const figuresStage: Stage = {
  name: 'figures-ru',
  version: '1',
  run(doc) {
    for (const sentence of doc.sentences) {
      if ((sentence.kind === 'title' && sentence.paragraph === 0) || !MAY_HOLD_NUMBER.test(sentence.text))
        continue;
      doc.figures.push(...figuresInSentence(doc, sentence));
    }
  },
};
