/**
 * Finds lexicon organisations in a token stream, longest alias first.
 */
import { keyOf, type OrgEntry, type OrgLexicon } from './lexicon.ts';
import { isCapitalised, type Token } from './tokens.ts';

/** One organisation found: token range [from, to) and the lexicon entry. */
export interface OrgHit {
  from: number;
  to: number;
  org: OrgEntry;
  rule: string;
}

/** Lexicon hits over `tokens`, non-overlapping, in order. */
export function matchLexicon(tokens: readonly Token[], lex: OrgLexicon): OrgHit[] {
  const hits: OrgHit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const hit = longestAt(tokens, i, lex);
    if (hit) {
      hits.push(hit);
      i = hit.to;
    } else {
      i++;
    }
  }
  return hits;
}

function longestAt(tokens: readonly Token[], i: number, lex: OrgLexicon): OrgHit | null {
  const first = tokens[i]!.text;
  // Cheap prefilter: every alias starts with a capital, a digit or a Russian word.
  if (!/^[\p{Lu}\p{N}а-яё]/u.test(first) && !/\p{Ll}\p{Lu}/u.test(first)) return null;
  const n = Math.min(lex.maxTokens, tokens.length - i);
  for (let len = n; len >= 1; len--) {
    const slice = tokens.slice(i, i + len).map((t) => t.text);
    const alias = lex.byKey.get(keyOf(slice));
    if (!alias) continue;
    if (alias.exactCase ? slice.join(' ') !== alias.tokens.join(' ') : !caseFits(slice, alias.tokens))
      continue;
    return { from: i, to: i + len, org: alias.org, rule: 'org-lexicon' };
  }
  return null;
}

/** Words capitalised in the alias must be capitalised in the text ("Current Time", not "current time"). */
function caseFits(text: readonly string[], alias: readonly string[]): boolean {
  return alias.every((a, k) => !isCapitalised(a) || isCapitalised(text[k] ?? ''));
}
