/**
 * A number with no counted noun after it is a head count only when the
 * sentence's structure says so: a class verb takes it as object ("advised
 * nearly 20,000"), a class predicate follows it ("1,000 are left"), or it is
 * the object of a measuring verb whose subject is a people noun ("casualties
 * have surpassed 10,000", "the number of detainees grew to 26").
 */
import type { FigureCounts, Qualifier } from '../../../claims/schema.ts';
import { qualifiers } from '../lexicon/load.ts';
import { type ClassHit, classHits, strongest, verbForms } from './classes.ts';
import { governor, predicateAfter } from './counts.ts';
import { ownClass, PEOPLE_NOUN, PROXIES } from './noun-phrase.ts';
import { clauseStart, type Token } from './tokens.ts';

/** Why a bare number counts people. */
export interface BareReading {
  hit: ClassHit | null;
  /** The subject noun's own class when no class word decides ("casualties" → killed). */
  own: FigureCounts | null;
  /** The qualifier a measuring verb gives ("surpassed" → more_than), if any. */
  qualifier: Qualifier | null;
  /** Token where the evidence starts. */
  from: number;
  rule: string;
}

const MEASURE: ReadonlyMap<string, Qualifier> = new Map(
  Object.entries(qualifiers.verbs as Record<string, string[]>).flatMap(([q, lemmas]) =>
    lemmas.flatMap((l) => verbForms(l).map((f) => [f, q as Qualifier] as const)),
  ),
);
const PARTICLES: ReadonlySet<string> = new Set(qualifiers.verbParticles);

/** Reads a bare number whose first token (qualifier included) is `first` and last token `last`. */
export function readBare(tokens: readonly Token[], first: number, last: number): BareReading | null {
  const gov = governor(tokens, first);
  if (gov) return { hit: gov, own: null, qualifier: null, from: gov.from, rule: 'bare.governor' };
  const after = predicateAfter(tokens, last + 1);
  if (after) return { hit: after, own: null, qualifier: null, from: first, rule: 'bare.predicate' };
  return measured(tokens, first);
}

function measured(tokens: readonly Token[], first: number): BareReading | null {
  let v = first - 1;
  if (v >= 0 && PARTICLES.has((tokens[v] as Token).text)) v--;
  const verb = tokens[v];
  const q = verb ? MEASURE.get(verb.text) : undefined;
  if (!verb || !q) return null;
  const start = clauseStart(tokens, v);
  let subject = -1;
  for (let i = start; i < v; i++) {
    const t = (tokens[i] as Token).text;
    if (PEOPLE_NOUN(tokens[i] as Token) || Object.hasOwn(PROXIES, t)) subject = i;
  }
  if (subject < 0) return null;
  const hit = strongest(classHits(tokens, start, v));
  return {
    hit,
    own: ownClass((tokens[subject] as Token).text),
    qualifier: q === 'exact' ? null : q,
    from: Math.min(subject, hit?.from ?? subject),
    rule: 'bare.measure',
  };
}
