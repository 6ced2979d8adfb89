/**
 * A region as a person writes it, to its ISO 3166-2 code (pure): the names of
 * data/regions/regions.json in English or Russian ("Buryatia", "Республика
 * Бурятия", "Бурятия", "Amur Oblast", "Амурская"), with or without the kind
 * of region, in any case; or a code (RU-BU, ru-bu). A name that fits two
 * regions ("Altai": the republic and the krai) is refused rather than
 * guessed, so the statistics by region are not filled with wrong codes.
 */
import { INTAKE_REGIONS, type Region } from './intake/regions.ts';

/** Words naming the kind of region, left out when a person leaves them out. */
const KIND_WORDS = new Set(
  'республика республики область обл край автономный автономная округ ао город г republic of the oblast krai kray region autonomous okrug city'.split(
    ' ',
  ),
);
const CODE = /^[a-z]{2}(-[a-z0-9]{1,3})?$/i;

const fold = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[().,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const bare = (s: string) =>
  fold(s)
    .split(' ')
    .filter((w) => !KIND_WORDS.has(w))
    .join(' ');

function keysOf(r: Region): string[] {
  const names = [r.en, r.ru];
  // "Sakha (Yakutia)": either name alone names it too.
  for (const n of [r.en, r.ru]) for (const m of n.matchAll(/\(([^)]+)\)/g)) names.push(m[1] as string);
  return [...new Set(names.flatMap((n) => [fold(n), bare(n)]).filter((k) => k.length > 0))];
}

const BY_NAME: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const r of INTAKE_REGIONS)
    for (const k of keysOf(r)) map.set(k, [...new Set([...(map.get(k) ?? []), r.code])]);
  return map;
})();

export type RegionMatch =
  | { ok: true; code: string }
  | { ok: false; reason: 'unknown' | 'ambiguous'; candidates: string[] };

/** The code `written` names. A code is taken as it is (upper-cased): caseworkers may record any ISO 3166-2 code. */
export function resolveRegion(written: string): RegionMatch {
  const text = written.trim();
  if (CODE.test(text)) return { ok: true, code: text.toUpperCase() };
  const exact = BY_NAME.get(fold(text));
  const codes = exact ?? BY_NAME.get(bare(text)) ?? [];
  if (codes.length === 1) return { ok: true, code: codes[0] as string };
  return { ok: false, reason: codes.length === 0 ? 'unknown' : 'ambiguous', candidates: [...codes] };
}
