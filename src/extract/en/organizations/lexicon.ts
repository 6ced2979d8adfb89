/**
 * The organisation lexicon (data/extract/en/organizations.json) indexed for a
 * single pass over the tokens: every alias becomes a key of lower-cased tokens
 * in one hash map, so matching costs a few look-ups per capitalised token
 * however many entries the lexicon holds.
 */
import { readFileSync } from 'node:fs';
import type { OrganizationKind } from '../../../claims/schema.ts';
import { tokenize } from './tokens.ts';

/** One organisation of the lexicon. */
export interface OrgEntry {
  readonly canonical: string;
  readonly kind: OrganizationKind;
}

/** How one alias must be written in the text to count. */
export interface AliasEntry {
  readonly org: OrgEntry;
  /** Exact case required (FSB, MoD, iStories); otherwise only a capital first letter where the alias has one. */
  readonly exactCase: boolean;
  readonly tokens: readonly string[];
}

/** The lexicon index: lower-cased token key → alias, plus the longest alias length. */
export interface OrgLexicon {
  readonly byKey: ReadonlyMap<string, AliasEntry>;
  readonly maxTokens: number;
  /** First words of aliases written in lower case ("defence ministry"), which the matcher's capital prefilter must let through. */
  readonly lowerFirst: ReadonlySet<string>;
  /** Every token-wise prefix of a key (and every key), so a match stops extending as soon as no alias can follow. */
  readonly prefixes: ReadonlySet<string>;
}

interface OrgFile {
  entries: { canonical: string; kind: OrganizationKind; aliases: string[] }[];
}

const DATA_URL = new URL('../../../../data/extract/en/organizations.json', import.meta.url);

/** Join key of one token: lower case, ё as е. */
export function tokenKey(token: string): string {
  const low = token.toLowerCase();
  return low.includes('ё') ? low.replace(/ё/g, 'е') : low;
}

/** Join key of a token sequence. */
export function keyOf(tokens: readonly string[]): string {
  return tokens.map(tokenKey).join(' ');
}

/** Builds the index from lexicon entries (exported for tests with small lexicons). */
export function buildOrgLexicon(entries: OrgFile['entries']): OrgLexicon {
  const byKey = new Map<string, AliasEntry>();
  const lowerFirst = new Set<string>();
  let maxTokens = 1;
  for (const e of entries) {
    const org: OrgEntry = { canonical: e.canonical, kind: e.kind };
    for (const alias of [e.canonical, ...e.aliases]) {
      const tokens = tokenize(alias.replace(/^the\s+/i, '')).map((t) => t.text);
      if (!tokens.length) continue;
      const key = keyOf(tokens);
      // The first entry to claim an alias keeps it: the data file lists the more specific ones first.
      // A later lower-case spelling of the same organisation relaxes the case check ("defence ministry").
      const known = byKey.get(key);
      if (
        known &&
        !(known.org.canonical === e.canonical && capitals(alias) < capitals(known.tokens.join(' ')))
      )
        continue;
      const exactCase =
        /^[^\p{Ll}]+$/u.test(alias.replace(/[^\p{L}]/gu, '')) || /^\p{Ll}+\p{Lu}|\p{Ll}\p{Lu}/u.test(alias);
      byKey.set(key, { org: known?.org ?? org, exactCase: exactCase && /\p{Lu}/u.test(alias), tokens });
      maxTokens = Math.max(maxTokens, tokens.length);
      if (/^\p{Ll}/u.test(tokens[0] ?? '')) lowerFirst.add(keyOf(tokens.slice(0, 1)));
    }
  }
  const prefixes = new Set<string>();
  for (const alias of byKey.values())
    for (let k = 1; k <= alias.tokens.length; k++) prefixes.add(keyOf(alias.tokens.slice(0, k)));
  return { byKey, maxTokens, lowerFirst, prefixes };
}

function capitals(s: string): number {
  return s.replace(/[^\p{Lu}]/gu, '').length;
}

let cached: OrgLexicon | undefined;

/** The project's organisation lexicon, read once. */
export function loadOrgLexicon(): OrgLexicon {
  cached ??= buildOrgLexicon((JSON.parse(readFileSync(DATA_URL, 'utf8')) as OrgFile).entries);
  return cached;
}
