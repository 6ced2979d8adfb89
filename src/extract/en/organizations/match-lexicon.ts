/**
 * Finds lexicon organisations in a token stream, longest alias first.
 */
import { type AliasEntry, type OrgEntry, type OrgLexicon, tokenKey } from './lexicon.ts';
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
  // Token keys, computed once per token and only where a match is tried.
  const keys: Array<string | undefined> = new Array(tokens.length);
  const keyAt = (k: number): string => {
    let key = keys[k];
    if (key === undefined) {
      key = tokenKey(tokens[k]!.text);
      keys[k] = key;
    }
    return key;
  };
  let i = 0;
  while (i < tokens.length) {
    const hit = longestAt(tokens, i, lex, keyAt);
    if (hit) {
      hits.push(hit);
      i = hit.to;
    } else {
      i++;
    }
  }
  return hits;
}

/**
 * The longest alias starting at token i whose case fits. Keys grow token by
 * token and stop as soon as no alias has them as a prefix; the lengths that
 * name an alias are then tried longest first.
 */
function longestAt(
  tokens: readonly Token[],
  i: number,
  lex: OrgLexicon,
  keyAt: (k: number) => string,
): OrgHit | null {
  if (!mayStartAlias(tokens[i]!.text, lex, () => keyAt(i))) return null;
  const firstKey = keyAt(i);
  if (!lex.prefixes.has(firstKey)) return null;
  const n = Math.min(lex.maxTokens, tokens.length - i);
  const found: Array<[number, AliasEntry]> = [];
  let key = firstKey;
  for (let len = 1; len <= n; len++) {
    if (len > 1) {
      key = `${key} ${keyAt(i + len - 1)}`;
      if (!lex.prefixes.has(key)) break;
    }
    const alias = lex.byKey.get(key);
    if (alias) found.push([len, alias]);
  }
  for (let f = found.length - 1; f >= 0; f--) {
    const [len, alias] = found[f]!;
    const slice = tokens.slice(i, i + len).map((t) => t.text);
    if (alias.exactCase ? slice.join(' ') !== alias.tokens.join(' ') : !caseFits(slice, alias.tokens))
      continue;
    return { from: i, to: i + len, org: alias.org, rule: 'org-lexicon' };
  }
  return null;
}

/**
 * Cheap prefilter: an alias starts with a capital, a digit or a Russian word, or is listed in lowerFirst.
 * Lower-case aliases ("defence ministry") are let through by their first word.
 */
function mayStartAlias(first: string, lex: OrgLexicon, key: () => string): boolean {
  const c = first.charCodeAt(0);
  // ASCII answers the first test without a regex: capitals and digits pass; other ASCII marks
  // are one-character tokens, which neither lowerFirst nor the camel-case test can accept.
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  if (c < 0x80 && !(c >= 97 && c <= 122)) return false;
  if (c >= 0x80 && /^[\p{Lu}\p{N}а-яё]/u.test(first)) return true;
  return /\p{Ll}\p{Lu}/u.test(first) || lex.lowerFirst.has(key());
}

/** Words capitalised in the alias must be capitalised in the text ("Current Time", not "current time"). */
function caseFits(text: readonly string[], alias: readonly string[]): boolean {
  return alias.every((a, k) => !isCapitalised(a) || isCapitalised(text[k] ?? ''));
}
