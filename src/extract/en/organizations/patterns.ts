/**
 * General patterns for organisations missing from the lexicon:
 *  - a capitalised name ending in a head word ("the Free Kuban Foundation", "Security Service of Ukraine");
 *  - a descriptor before the name ("independent outlet Foo", "rights group Bar");
 *  - "the Foo channel/newspaper";
 *  - an apposition after the name ("Foo, a Telegram channel", "Bar, a rights group");
 *  - a possessive newsroom ("Foo's editors", "Foo's correspondent").
 */
import type { OrganizationKind } from '../../../claims/schema.ts';
import type { OrgPatterns } from './patterns-data.ts';
import { isCapitalised, type Token } from './tokens.ts';

/** A guessed organisation: token range [from, to), its kind and the rule that found it. */
export interface GuessHit {
  from: number;
  to: number;
  kind: OrganizationKind;
  rule: string;
}

const CONNECTORS = new Set(['of', 'the', 'for', 'and', "'", '&', '-', 'in', 'on']);
const ARTICLES = new Set(['a', 'an', 'the', 'one']);

/** Runs of capitalised words, with connectors inside ("Committee of Soldiers' Mothers"); `blocked` tokens end a run. */
export function capitalisedRuns(
  tokens: readonly Token[],
  blocked: readonly boolean[],
): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (blocked[i] || !isCapitalised(tokens[i]!.text)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && !blocked[j]) {
      const t = tokens[j]!.text;
      if (isCapitalised(t) || /^\d/.test(t)) j++;
      else if (CONNECTORS.has(t.toLowerCase()) && j + 1 < tokens.length && isCapitalised(tokens[j + 1]!.text))
        j += 2;
      else break;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/** Organisations guessed from cue words around capitalised runs. */
export function guessOrganizations(
  tokens: readonly Token[],
  runs: Array<[number, number]>,
  p: OrgPatterns,
): GuessHit[] {
  const out: GuessHit[] = [];
  const lower = (k: number) => tokens[k]?.text.toLowerCase() ?? '';
  for (const [rawFrom, to] of runs) {
    const from = lower(rawFrom) === 'the' ? rawFrom + 1 : rawFrom;
    if (from >= to) continue;
    const hit = byHeadWord(tokens, from, to, p) ?? byContext(tokens, from, to, p, lower);
    if (
      hit &&
      !p.notOrganizations.has(
        tokens
          .slice(hit.from, hit.to)
          .map((t) => t.text.toLowerCase())
          .join(' '),
      )
    )
      out.push(hit);
  }
  return out;
}

/** "Free Kuban Foundation", "Security Service of Ukraine": the rightmost head word names the kind. */
function byHeadWord(tokens: readonly Token[], from: number, to: number, p: OrgPatterns): GuessHit | null {
  for (let h = to - 1; h >= from; h--) {
    const kind = p.headWords.get(tokens[h]!.text.toLowerCase());
    if (!kind) continue;
    const ofTail = h + 1 < to && tokens[h + 1]!.text.toLowerCase() === 'of';
    if (h === from && !ofTail) return null;
    return { from, to: ofTail ? to : h + 1, kind, rule: 'org-head-word' };
  }
  return null;
}

function byContext(
  tokens: readonly Token[],
  from: number,
  to: number,
  p: OrgPatterns,
  lower: (k: number) => string,
): GuessHit | null {
  if (to - from > 5) return null;
  // "outlet Verstka", "organization, the Foo Foundation"
  let b = from - 1;
  if (lower(b) === 'the') b--;
  if (lower(b) === ',') b--;
  const before = p.descriptorsBefore.get(lower(b));
  if (before && !isCapitalised(tokens[b]!.text))
    return { from, to, kind: before, rule: 'org-descriptor-before' };
  // "the Foo channel", "the Foo news agency"
  const after2 = p.descriptorsAfter.get(`${lower(to)} ${lower(to + 1)}`);
  const after1 = p.descriptorsAfter.get(lower(to));
  if (lower(from - 1) === 'the' && (after2 ?? after1) === 'media')
    return { from, to, kind: 'media', rule: 'org-the-x-outlet' };
  // "Foo, a Telegram channel", "Bar, an anti-war group"
  if (lower(to) === ',' && ARTICLES.has(lower(to + 1))) {
    for (let k = to + 2; k < Math.min(tokens.length, to + 8); k++) {
      const kind = p.descriptorsAfter.get(`${lower(k)} ${lower(k + 1)}`) ?? p.descriptorsAfter.get(lower(k));
      if (kind) return { from, to, kind, rule: 'org-apposition' };
      if (/^[,.;:!?)(]$/.test(lower(k))) break;
    }
  }
  // "Foo's editors", "Foo's newsroom"
  if (lower(to) === "'s") {
    const next = `${lower(to + 1)} ${lower(to + 2)}`;
    if (p.possessiveMedia.some((w) => next === w || lower(to + 1) === w))
      return { from, to, kind: 'media', rule: 'org-possessive-newsroom' };
  }
  return null;
}
