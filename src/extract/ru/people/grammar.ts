/**
 * Case and gender agreement between a name and the words around it, read from
 * the analyser's tags: apposition ("бабушка Екатерина") needs one case and,
 * for kinship nouns, one gender; a genitive name after a noun depends on it
 * ("сестра Анвара"). Forms are "case:gender" pairs, gender "" for plural or
 * unknown, so "Анвара" is {gent:masc, accs:masc, nomn:femn}.
 */
import { readings } from '../morph.ts';

const CASES = new Set(['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct', 'voct', 'gen2', 'acc2', 'loc2']);
const GENDERS = ['masc', 'femn', 'neut'];

/** The case:gender pair of one reading's tags, or null when it has no case. */
export function formOf(tags: readonly string[]): string | null {
  const c = tags.find((t) => CASES.has(t));
  if (!c) return null;
  const g = tags.includes('plur') ? '' : (GENDERS.find((x) => tags.includes(x)) ?? '');
  return `${c.replace(/2$/, '')}:${g}`;
}

/** The case:gender pairs a word may be in, over the readings `keep` selects. */
export function forms(word: string, keep: (tags: readonly string[], pos: string) => boolean): Set<string> {
  const out = new Set<string>();
  for (const r of readings(word)) {
    const f = keep(r.tags, r.pos) ? formOf(r.tags) : null;
    if (f) out.add(f);
  }
  return out;
}

/** The forms a run of name words shares (each word read as a name); the union when they share none. */
export function nameForms(words: readonly string[]): Set<string> {
  const each = words.map((w) =>
    forms(w, (tags) => tags.some((t) => t === 'Name' || t === 'Surn' || t === 'Patr')),
  );
  const known = each.filter((s) => s.size > 0);
  const [first, ...rest] = known;
  if (!first) return new Set();
  const shared = new Set([...first].filter((f) => rest.every((s) => s.has(f))));
  return shared.size ? shared : new Set(known.flatMap((s) => [...s]));
}

/** Whether two form sets share a case (and a gender when `gender` is asked and both have one). */
export function agree(a: ReadonlySet<string>, b: ReadonlySet<string>, gender: boolean): boolean {
  for (const x of a) {
    const [ca, ga] = x.split(':');
    for (const y of b) {
      const [cb, gb] = y.split(':');
      if (ca !== cb) continue;
      if (!gender || !ga || !gb || ga === gb) return true;
    }
  }
  return false;
}

/** The forms of `a` that agree with some form of `b` (case and gender): narrows a name by an adjective before it. */
export function narrow(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  const out = new Set([...a].filter((x) => agree(new Set([x]), b, true)));
  return out.size ? out : new Set(a);
}

/** Whether any form is in the case. */
export function hasCase(f: ReadonlySet<string>, c: string): boolean {
  return [...f].some((x) => x.startsWith(`${c}:`));
}
