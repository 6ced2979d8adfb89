/**
 * The name lexicon: given names (with diminutives mapped to full names) and
 * patronymics, indexed by skeleton, with typo-tolerant look-ups. Built from
 * table text by a pure function; ./load.ts reads the files.
 */
import { editDistance, typoBudget } from './distance.ts';
import { type Folder, makeFolder, type TranslitTable } from './skeleton.ts';

export type Gender = 'm' | 'f';

/** A given-name form and the full name it stands for. */
export interface GivenEntry {
  /** Skeleton of the full name: the canonical key (e.g. "aleksandr" for Саша). */
  canonical: string;
  gender: Gender;
  /** True when the form is a diminutive/nickname rather than the full name. */
  diminutive: boolean;
}

/** A patronymic form and the father's name it comes from. */
export interface PatronymicEntry {
  /** Canonical skeleton of the father's given name. */
  father: string;
  gender: Gender;
}

/** Raw table texts (TSV with a header line, JSON for the translit rules). */
export interface LexiconSources {
  translit: TranslitTable;
  givenNames: string;
  patronymics: string;
  diminutives: string;
}

/** Look-ups over the name tables. */
export interface NameLexicon {
  folder: Folder;
  /** Given-name readings of a skeleton (exact, then unless `fuzzy` is false within typo distance); [] when none. */
  given(skeleton: string, fuzzy?: boolean): { entries: GivenEntry[]; exact: boolean };
  /** Patronymic reading of a skeleton, exact or (unless `fuzzy` is false) within typo distance. */
  patronymic(skeleton: string, fuzzy?: boolean): { entry: PatronymicEntry; exact: boolean } | undefined;
}

function rows(tsv: string): string[][] {
  return tsv
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split('\t'));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Typo-tolerant search. Keys are bucketed by their first letter and by their
 * 2nd-3rd letters, so a typo anywhere (even a dropped or swapped first letter)
 * still meets its key; the closest key wins.
 */
function fuzzyIndex(keys: Iterable<string>): (skel: string) => string | undefined {
  const byFirst = new Map<string, string[]>();
  const byInner = new Map<string, string[]>();
  for (const k of keys) {
    push(byFirst, k.charAt(0), k);
    push(byInner, k.slice(1, 3), k);
  }
  return (skel) => {
    const pool = [
      ...(byFirst.get(skel.charAt(0)) ?? []),
      ...(byInner.get(skel.slice(1, 3)) ?? []),
      ...(byInner.get(skel.slice(0, 2)) ?? []),
      // The first two letters swapped (Loeg for Oleg).
      ...(byInner.get(skel.charAt(0) + skel.charAt(2)) ?? []),
    ];
    const budget = typoBudget(skel.length);
    let best: string | undefined;
    let bestD = budget + 1;
    for (const k of pool) {
      if (Math.abs(k.length - skel.length) >= bestD || typoBudget(k.length) === 0) continue;
      const limit = Math.min(budget, typoBudget(k.length));
      const d = editDistance(k, skel, limit);
      if (d <= limit && d < bestD) {
        best = k;
        bestD = d;
      }
    }
    return best;
  };
}

function addGiven(map: Map<string, GivenEntry[]>, key: string, entry: GivenEntry): void {
  if (!key) return;
  const list = map.get(key) ?? [];
  if (!list.some((e) => e.canonical === entry.canonical && e.gender === entry.gender)) list.push(entry);
  // Full-name readings first: "Данил" is a name in its own right before it is a form of Даниил.
  list.sort((a, b) => Number(a.diminutive) - Number(b.diminutive));
  map.set(key, list);
}

/** Builds the lexicon from table texts. */
export function buildLexicon(src: LexiconSources): NameLexicon {
  const folder = makeFolder(src.translit);
  const sk = folder.skeleton;
  const given = new Map<string, GivenEntry[]>();
  for (const [name, gender] of rows(src.diminutives)) {
    if (!name || (gender !== 'm' && gender !== 'f')) continue;
    addGiven(given, sk(name), { canonical: sk(name), gender, diminutive: false });
  }
  for (const [name, gender, forms] of rows(src.diminutives)) {
    if (!name || (gender !== 'm' && gender !== 'f')) continue;
    for (const form of (forms ?? '').split(',')) {
      if (form.trim()) addGiven(given, sk(form.trim()), { canonical: sk(name), gender, diminutive: true });
    }
  }
  // The derived table still holds frequent misspellings (Костантин): one edit from a
  // hand-listed full name of 6+ letters, such an entry is read as that name.
  const nearCurated = fuzzyIndex(
    [...given.keys()].filter((k) => k.length >= 6 && given.get(k)?.some((e) => !e.diminutive)),
  );
  for (const [name, gender] of rows(src.givenNames)) {
    if (!name || (gender !== 'm' && gender !== 'f') || given.has(sk(name))) continue;
    const near = sk(name).length >= 6 ? nearCurated(sk(name)) : undefined;
    const canonical = near && given.get(near)?.some((e) => e.gender === gender) ? near : sk(name);
    addGiven(given, sk(name), { canonical, gender, diminutive: false });
  }
  const patronymics = new Map<string, PatronymicEntry>();
  for (const [pat, gender, father] of rows(src.patronymics)) {
    if (!pat || !father || (gender !== 'm' && gender !== 'f')) continue;
    const key = sk(pat);
    if (!patronymics.has(key)) patronymics.set(key, { father: canonicalGiven(given, sk(father)), gender });
  }
  const fuzzyGiven = cached(fuzzyIndex(given.keys()));
  const fuzzyPat = cached(fuzzyIndex(patronymics.keys()));
  return {
    folder,
    given(skel, fuzzy = true) {
      const exact = given.get(skel);
      // A form that is a full name in its own right (Егор, Алёна) means that name.
      const full = exact?.filter((e) => !e.diminutive);
      if (exact) return { entries: full && full.length > 0 ? full : exact, exact: true };
      if (!fuzzy) return { entries: [], exact: false };
      const near = fuzzyGiven(skel);
      return { entries: near ? (given.get(near) ?? []) : [], exact: false };
    },
    patronymic(skel, fuzzy = true) {
      const exact = patronymics.get(skel);
      if (exact) return { entry: exact, exact: true };
      if (!fuzzy) return undefined;
      const near = fuzzyPat(skel);
      const entry = near ? patronymics.get(near) : undefined;
      return entry ? { entry, exact: false } : undefined;
    },
  };
}

/** Memoises a look-up: surnames are looked up as possible names again and again. */
function cached(f: (skel: string) => string | undefined): (skel: string) => string | undefined {
  const memo = new Map<string, string | null>();
  return (skel) => {
    const hit = memo.get(skel);
    if (hit !== undefined) return hit ?? undefined;
    const v = f(skel);
    if (memo.size < 1_000_000) memo.set(skel, v ?? null);
    return v;
  };
}

/** The father's name as the canonical full name when the table knows it as such. */
function canonicalGiven(given: Map<string, GivenEntry[]>, skel: string): string {
  const full = given.get(skel)?.find((e) => !e.diminutive);
  return full ? full.canonical : skel;
}
