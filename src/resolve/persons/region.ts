/**
 * Region names in Russian or English to one key: "Бурятия", "Buryatia" and
 * "Republic of Buryatia" agree; "Ростовская область" and "Rostov Oblast" agree.
 * General rule: drop generic words, fold to the name skeleton, stem the
 * adjective; an alias table (data/names/regions.tsv) covers the exceptions.
 */
import type { Folder } from '../names/skeleton.ts';

const GENERIC = new Set(
  [
    'область',
    'обл',
    'край',
    'республика',
    'автономный',
    'округ',
    'ао',
    'г',
    'город',
    'oblast',
    'region',
    'krai',
    'kray',
    'republic',
    'of',
    'the',
    'autonomous',
    'okrug',
    'city',
  ].map((w) => w.toLowerCase()),
);

/** Normalises a region name to a comparison key; '' for an empty name. */
export type RegionNormalizer = (region: string) => string;

/** Builds the normaliser from the alias table text (TSV: key, comma-separated variants). */
export function makeRegionNormalizer(folder: Folder, aliasTsv: string): RegionNormalizer {
  const stem = (name: string): string => {
    const words = name
      .toLowerCase()
      .split(/[\s.,()—–-]+/u)
      .filter((w) => w && !GENERIC.has(w));
    const skel = words.map((w) => folder.skeleton(w)).join('');
    // Adjective forms: Ростовская → rostovsk → rostov; Krasnoyarsk → krasnoiar, Красноярский → krasnoiar;
    // a final vowel goes too (Samara, Самарская → samar).
    return skel
      .replace(/(skaia|ckaia|skii|cki|ski|ska|aia|ii|oi|ai)$/, (m) =>
        m.startsWith('c') ? 'c' : m.startsWith('s') ? 's' : '',
      )
      .replace(/(s|sk|c|ck)$/, '')
      .replace(/[aeiou]+$/, '');
  };
  const whole = (name: string): string => folder.skeleton(name.toLowerCase().replace(/[^\p{L}]+/gu, ''));
  const aliases = new Map<string, string>();
  for (const line of aliasTsv.split('\n').slice(1)) {
    const [key, variants] = line.split('\t');
    if (!key || !variants) continue;
    // The whole name decides first: "Moscow" and "Moscow Oblast" only differ in a generic word.
    for (const v of variants.split(',')) aliases.set(`=${whole(v)}`, key);
    for (const v of variants.split(',')) if (!aliases.has(stem(v))) aliases.set(stem(v), key);
  }
  const cache = new Map<string, string>();
  return (region) => {
    const hit = cache.get(region);
    if (hit !== undefined) return hit;
    const s = stem(region);
    const key = aliases.get(`=${whole(region)}`) ?? aliases.get(s) ?? s;
    cache.set(region, key);
    return key;
  };
}
