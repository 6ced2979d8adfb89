/**
 * What the people a figure counts did or are (FORMAT.md `counts`), from the
 * clause around the number, read through the word classes of counts.json:
 *   1. a size word ("a 300-strong battalion") → strength;
 *   2. a class verb governing the number ("helped more than 400 men");
 *   3. for a proxy noun (cases, sentences, requests) the classes its clause may
 *      give it, else its default, else what the document's last proxy counted;
 *   4. the strongest class word in the rest of the clause (relative clauses,
 *      passives and participles included) or among the phrase's modifiers;
 *   5. the class of the head noun itself ("deserters");
 *   6. the nearest class word before the number in the sentence ("wanted to
 *      leave, along with 81 other soldiers").
 */
import type { FigureCounts } from '../../../claims/schema.ts';
import { type ClassHit, classHits, GOVERNOR_CLASSES, isWeak, strongest } from './classes.ts';
import { type NounPhrase, PROXIES } from './noun-phrase.ts';
import { clauseEnd, clauseStart, type Token } from './tokens.ts';

/** The decision and the tokens [from, to) of the evidence behind it. */
export interface CountsDecision {
  counts: FigureCounts;
  from: number;
  to: number;
  rule: string;
}

/** What the figures seen so far in a document tell later ones. */
export interface DocMemory {
  /** The class of the last proxy figure ("cases", "lawsuits"), for proxies whose clause says nothing. */
  proxy: FigureCounts | null;
  /** The last class word of the sentence before: a figure whose own sentence says nothing continues its topic. */
  previous: FigureCounts | null;
}

// Words that may stand between a bare number and its predicate ("1,000 are left", "500 have already fled").
const AUX = new Set([
  'have',
  'has',
  'had',
  'been',
  'are',
  'were',
  'is',
  'was',
  'already',
  'also',
  'all',
  'reportedly',
  'now',
  'later',
  'then',
  'still',
  'being',
  'each',
  'allegedly',
  'subsequently',
  'eventually',
]);

/** A governor-class verb (or phrase) ending right before token `first` ("advised nearly 20,000"). */
export function governor(tokens: readonly Token[], first: number): ClassHit | null {
  const hits = classHits(tokens, Math.max(0, first - 3), first);
  const last = hits.at(-1);
  return last && last.to === first && GOVERNOR_CLASSES.has(last.counts) ? last : null;
}

/** A class word right after a bare number, auxiliaries between allowed ("1,000 are left"). */
export function predicateAfter(tokens: readonly Token[], next: number): ClassHit | null {
  let i = next;
  while (i < tokens.length && i < next + 3 && AUX.has((tokens[i] as Token).text)) i++;
  const end = clauseEnd(tokens, next);
  for (const h of classHits(tokens, next, Math.min(end, i + 3))) if (h.from <= i) return h;
  return null;
}

/** Decides `counts` for a figure whose first token (qualifier included) is `first` and last number token `last`. */
export function decideCounts(
  tokens: readonly Token[],
  first: number,
  last: number,
  np: NounPhrase | null,
  memory: DocMemory,
): CountsDecision | null {
  const end = np?.to ?? last + 1;
  const at = (h: ClassHit, rule: string): CountsDecision => ({
    counts: h.counts,
    from: Math.min(h.from, first),
    to: Math.max(h.to, end),
    rule,
  });
  if (np?.how === 'per-man') return { counts: 'strength', from: first, to: end, rule: 'counts.per-man' };
  const gov = governor(tokens, first);
  if (gov) return at(gov, 'counts.governor');
  const forward = classHits(tokens, end, clauseEnd(tokens, end));
  const mods = np ? classHits(tokens, np.modFrom, end - 1) : [];
  if (np?.how === 'proxy' && np.head) return proxyCounts(tokens, first, end, np.head, forward, mods, memory);
  const pick = mainPredicate(tokens, end, forward) ?? strongest(mods);
  if (pick) return at(pick, 'counts.clause');
  if (np?.own) return { counts: np.own, from: first, to: end, rule: 'counts.noun' };
  const back = classHits(tokens, 0, first).at(-1);
  if (back) return at(back, 'counts.before');
  if (memory.previous)
    return { counts: memory.previous, from: first, to: end, rule: 'counts.previous-sentence' };
  return { counts: 'other', from: first, to: end, rule: 'counts.none' };
}

const RELATIVE = new Set(['who', 'that', 'which', 'whom', 'whose']);

/**
 * The predicate that tells what the counted people did: the first class word of the clause, or,
 * when a relative clause follows the noun phrase ("150 soldiers who refused … returned home"),
 * the last one, which belongs to the main clause. Weak classes count only when nothing else does.
 */
function mainPredicate(tokens: readonly Token[], end: number, hits: ClassHit[]): ClassHit | null {
  const strong = hits.filter((h) => !isWeak(h.counts));
  const pool = strong.length ? strong : hits;
  const first = pool[0];
  if (!first) return null;
  let relative = false;
  for (let i = end; i < first.from && !relative; i++) relative = RELATIVE.has((tokens[i] as Token).text);
  return relative ? (pool.at(-1) ?? null) : first;
}

function proxyCounts(
  tokens: readonly Token[],
  first: number,
  end: number,
  head: string,
  forward: ClassHit[],
  mods: ClassHit[],
  memory: DocMemory,
): CountsDecision | null {
  const proxy = PROXIES[head];
  if (!proxy) return null;
  const before = classHits(tokens, clauseStart(tokens, first), first);
  // The noun's complement ("cases seeking to declare … missing") is more specific than its
  // modifiers, which are more specific than the rest of the clause ("courts received …").
  const allowed = (hits: ClassHit[]) => strongest(hits.filter((h) => proxy.from.includes(h.counts)));
  const pick = allowed(forward) ?? allowed(mods) ?? allowed(before);
  const counts = pick?.counts ?? proxy.default ?? memory.proxy;
  if (!counts) return null;
  memory.proxy = counts;
  const from = pick ? Math.min(pick.from, first) : first;
  const to = pick ? Math.max(pick.to, end) : end;
  return { counts, from, to, rule: pick ? 'counts.proxy-clause' : 'counts.proxy-default' };
}
