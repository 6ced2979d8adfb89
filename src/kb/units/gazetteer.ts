/**
 * The units gazetteer: known formations by key, by military unit (в/ч)
 * number and by name, and which formation belongs to which. Pure: built from
 * the parsed rows (see ./load.ts for the file reader).
 */
import { findUnits } from '../../extract/en/units/find.ts';
import type { UnitLexicon } from '../../extract/en/units/lexicon.ts';

/** One known formation. */
export interface UnitEntry {
  /** `NUMBER-TYPE`, e.g. `64-brigade`. */
  readonly key: string;
  readonly name: string;
  /** Military unit numbers (в/ч). */
  readonly vch: readonly string[];
  /** "Town, Region" or "Town", or null. */
  readonly garrison: string | null;
  /** Key of the formation it belongs to, or null when not recorded. */
  readonly parent: string | null;
  /** Russian names and abbreviations. */
  readonly names: readonly string[];
}

export class UnitsFormatError extends Error {
  readonly code = 'UNITS_FORMAT';
}

/** Parses data/units/units.tsv. Throws UnitsFormatError naming the line. */
export function parseUnits(tsv: string): UnitEntry[] {
  const out: UnitEntry[] = [];
  for (const [i, line] of tsv.split('\n').entries()) {
    if (!line.trim() || line.startsWith('#')) continue;
    const f = line.split('\t');
    if (f.length !== 6 || !/^\d+-(brigade|regiment|division|battalion|army|corps)$/.test(f[0] ?? '')) {
      throw new UnitsFormatError(`units line ${i + 1}: expected 6 fields and a NUMBER-TYPE key`);
    }
    const list = (s: string | undefined) => (s ? s.split('|').filter(Boolean) : []);
    out.push({
      key: f[0]!,
      name: f[1]!,
      vch: list(f[2]),
      garrison: f[3] || null,
      parent: f[4] || null,
      names: list(f[5]),
    });
  }
  return out;
}

/** Lookup over the units gazetteer. */
export interface UnitGazetteer {
  /** The entry a unit key (`64-brigade`, `51460-unit`) stands for, if the data knows it. */
  byKey(key: string): UnitEntry | undefined;
  /** The canonical key of a unit key: a known в/ч number resolves to its formation; otherwise the key itself. */
  canonicalKey(key: string): string;
  /** The canonical key a name as written stands for ("64 ОМСБр", "64th Brigade", "в/ч 51460"), or null. */
  resolveName(name: string): string | null;
  /** Keys of the formations `key` belongs to, nearest first (not including itself). */
  ancestors(key: string): string[];
  /**
   * True when no soldier can be in both: the units are different and neither
   * contains the other. Units of the same type are disjoint; of different types
   * only when the data places both and neither is above the other; a bare unit
   * number the data does not know may be any formation, so it is never disjoint.
   */
  disjoint(a: string, b: string): boolean;
  readonly entries: readonly UnitEntry[];
}

const foldName = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
const typeOf = (key: string) => key.slice(key.indexOf('-') + 1);

/** Builds the lookup; `lexicon` is the extractor's unit lexicon, so names resolve exactly as text does. */
export function createUnitGazetteer(entries: readonly UnitEntry[], lexicon: UnitLexicon): UnitGazetteer {
  const byKey = new Map<string, UnitEntry>();
  for (const e of entries) {
    byKey.set(e.key, e);
    for (const n of e.vch) byKey.set(`${Number(n)}-unit`, e);
  }
  const byName = new Map<string, string>();
  for (const e of entries) for (const n of [e.name, ...e.names]) byName.set(foldName(n), e.key);
  const canonicalKey = (key: string) => byKey.get(key)?.key ?? key;
  const ancestors = (key: string): string[] => {
    const out: string[] = [];
    let parent = byKey.get(key)?.parent ?? null;
    while (parent && !out.includes(parent)) {
      out.push(parent);
      parent = byKey.get(parent)?.parent ?? null;
    }
    return out;
  };
  return {
    entries,
    byKey: (key) => byKey.get(key),
    canonicalKey,
    resolveName(name) {
      const known = byName.get(foldName(name));
      if (known) return known;
      const hit = findUnits(name, lexicon)[0];
      return hit ? canonicalKey(hit.key) : null;
    },
    ancestors: (key) => ancestors(canonicalKey(key)),
    disjoint(a, b) {
      const ka = canonicalKey(a);
      const kb = canonicalKey(b);
      if (ka === kb) return false;
      if (typeOf(ka) === 'unit' || typeOf(kb) === 'unit') return false;
      if (ancestors(ka).includes(kb) || ancestors(kb).includes(ka)) return false;
      if (typeOf(ka) === typeOf(kb)) return true;
      return byKey.has(ka) && byKey.has(kb);
    },
  };
}
