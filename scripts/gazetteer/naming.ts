/**
 * General naming rules applied while building the gazetteer: which names to
 * keep from a package's alternate names, and how to turn a package name into
 * the common English one. Pure functions.
 */
import { nameKey } from '../../src/gazetteer/normalize.ts';

/** Former Soviet states: every populated place of the package is kept, with regions. */
export const NEAR_COUNTRIES = new Set([
  'RU',
  'UA',
  'BY',
  'GE',
  'AM',
  'AZ',
  'KZ',
  'MD',
  'KG',
  'TJ',
  'UZ',
  'TM',
  'LV',
  'LT',
  'EE',
]);

/** Countries whose first-level regions (oblasts, krais, republics, provinces) enter the gazetteer. */
export const REGION_COUNTRIES = ['RU', 'UA', 'BY', 'GE', 'KZ', 'AM'];

const LATIN_OR_CYRILLIC = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{M}'’ʼ. \-–]+$/u;

/**
 * Keeps a package alternate name when it is written in Latin or Cyrillic, is
 * at least 3 letters, and is not an all-capitals code ("VSG", "MOW").
 */
export function keepAlternate(name: string): boolean {
  if (name.length < 3 || !LATIN_OR_CYRILLIC.test(name)) return false;
  if (!/\p{Ll}/u.test(name)) return false;
  return nameKey(name).length >= 3;
}

/**
 * English convention for Russian and Belarusian names: soft-sign apostrophes
 * dropped ("Ryazan’" → "Ryazan") and adjective endings simplified
 * ("Nizhniy" → "Nizhny", "Naberezhnyye" → "Naberezhnye").
 */
export function englishName(name: string, country: string): string {
  let out = name.replace(/['’ʼʹ]/g, '');
  if (country === 'RU' || country === 'BY' || country === 'KZ') {
    out = out.replace(/iy\b/g, 'y').replace(/yy\b/g, 'y').replace(/yye\b/g, 'ye');
  }
  return out;
}

/** A naming rule row: the package name in a country becomes `canonical`, with extra names. */
export interface NamingRule {
  country: string;
  from: string;
  canonical: string;
  names: string[];
}

/** Parses data/gazetteer/naming.tsv. */
export function parseNaming(tsv: string): Map<string, NamingRule> {
  const out = new Map<string, NamingRule>();
  for (const line of tsv.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [country = '', from = '', canonical = '', names = ''] = line.split('\t');
    out.set(`${country}:${from}`, { country, from, canonical, names: names ? names.split('|') : [] });
  }
  return out;
}

/** Removes duplicates (by folded key) and names equal to the canonical, keeping first spellings. */
export function dedupeNames(canonical: string, names: Iterable<string>): string[] {
  const seen = new Set([nameKey(canonical)]);
  const out: string[] = [];
  for (const n of names) {
    const k = nameKey(n);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(n.replace(/[\t|]/g, ' '));
  }
  return out;
}
