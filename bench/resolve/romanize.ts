/**
 * Romanisation systems as the generator's own letter tables (not the resolver's),
 * so the benchmark tests the resolver against spellings it did not produce.
 */
const BASE: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  з: 'z',
  и: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  ъ: '',
  ь: '',
};

/** Letter tables per system (only the letters that differ from BASE). */
const SYSTEMS: Record<string, Record<string, string>> = {
  english: {
    ё: 'yo',
    ж: 'zh',
    й: 'y',
    х: 'kh',
    ц: 'ts',
    ч: 'ch',
    ш: 'sh',
    щ: 'shch',
    ы: 'y',
    э: 'e',
    ю: 'yu',
    я: 'ya',
  },
  bgn: {
    е: 'e',
    ё: 'ë',
    ж: 'zh',
    й: 'y',
    х: 'kh',
    ц: 'ts',
    ч: 'ch',
    ш: 'sh',
    щ: 'shch',
    ы: 'y',
    ь: "'",
    э: 'e',
    ю: 'yu',
    я: 'ya',
  },
  icao: {
    ё: 'e',
    ж: 'zh',
    й: 'i',
    х: 'kh',
    ц: 'ts',
    ч: 'ch',
    ш: 'sh',
    щ: 'shch',
    ы: 'y',
    ъ: 'ie',
    э: 'e',
    ю: 'iu',
    я: 'ia',
  },
  gostA: {
    ё: 'ë',
    ж: 'ž',
    й: 'j',
    х: 'h',
    ц: 'c',
    ч: 'č',
    ш: 'š',
    щ: 'ŝ',
    ы: 'y',
    ь: 'ʹ',
    э: 'è',
    ю: 'û',
    я: 'â',
  },
  gostB: {
    ё: 'yo',
    ж: 'zh',
    й: 'j',
    х: 'x',
    ц: 'cz',
    ч: 'ch',
    ш: 'sh',
    щ: 'shh',
    ы: "y'",
    ь: '',
    э: "e'",
    ю: 'yu',
    я: 'ya',
  },
  loose: {
    ё: 'io',
    ж: 'j',
    й: 'i',
    х: 'h',
    ц: 'c',
    ч: 'ch',
    ш: 'sh',
    щ: 'sch',
    ы: 'i',
    э: 'e',
    ю: 'iu',
    я: 'ia',
  },
};

export const SYSTEM_NAMES = Object.keys(SYSTEMS);

/** Romanises a Cyrillic word in the given system; BGN and English write "ye" for initial е. */
export function romanize(word: string, system: string): string {
  const table = SYSTEMS[system] ?? {};
  let out = '';
  const lower = word.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i]!;
    const prev = lower[i - 1];
    if (
      (system === 'english' || system === 'bgn') &&
      ch === 'е' &&
      (i === 0 || 'аеёиоуыэюяьъ'.includes(prev ?? ''))
    ) {
      out += 'ye';
      continue;
    }
    out += table[ch] ?? BASE[ch] ?? ch;
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}
