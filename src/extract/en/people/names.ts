/**
 * Given names (Latin and Cyrillic) from data/extract/en/people-given-names.tsv
 * (derived from russiannames, BSD-3-Clause) and people-given-names-extra.json,
 * minus the ones that are also common English words (people-stopwords.json).
 */
import { readFileSync } from 'node:fs';

const DATA = new URL('../../../../data/extract/en/', import.meta.url);

let cached: ReadonlySet<string> | undefined;

/** Lower-cased given names in every spelling the tables hold. */
export function loadGivenNames(): ReadonlySet<string> {
  if (cached) return cached;
  const names = new Set<string>();
  for (const line of readFileSync(new URL('people-given-names.tsv', DATA), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [cyrillic, , latin] = line.split('\t');
    if (cyrillic) names.add(cyrillic.toLowerCase());
    for (const l of (latin ?? '').split(' ')) if (l) names.add(l.toLowerCase());
  }
  const extra = JSON.parse(readFileSync(new URL('people-given-names-extra.json', DATA), 'utf8')) as {
    names: string[];
  };
  for (const n of extra.names) names.add(n.toLowerCase());
  const stop = JSON.parse(readFileSync(new URL('people-stopwords.json', DATA), 'utf8')) as {
    notGivenNames: string[];
  };
  for (const n of stop.notGivenNames) names.delete(n);
  cached = names;
  return names;
}

/** True when `token` (any case) is a known given name. */
export function isKnownGivenName(token: string): boolean {
  return loadGivenNames().has(token.toLowerCase());
}
