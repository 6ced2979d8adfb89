/**
 * Turns raw mentions into compact comparable records: parsed name parts as
 * interned ids, a birth-year interval, normalised unit and region, and the
 * value counts the frequency-adjusted weights need.
 */
import type { NameLexicon } from '../names/lexicon.ts';
import { parseName } from '../names/parse.ts';
import type { Mention } from './mention.ts';
import type { RegionNormalizer } from './region.ts';

/** A mention ready for comparison. Ids index `Vocab` tables; -1 means absent. */
export interface Prepared {
  idx: number;
  surname: number;
  surnameInitial: string;
  /** Canonical given names it may stand for (one, or several for Слава). */
  given: number[];
  givenForm: string;
  givenInitial: string;
  /** Initials the given name may be written with (Коля: "nk"); '' without a given name. */
  givenInitials: string;
  patronymic: number;
  patronymicInitial: string;
  /** Birth-year interval from age at the report date; NaN when unknown. */
  byLo: number;
  byHi: number;
  unit: number;
  region: number;
  gender: '' | 'm' | 'f';
  /**
   * Full surname, full given name and at least one more fact: safe to link
   * pairwise. Others ("Sergey", "И. Соколов", a bare "Ivan Petrov") are attached
   * to a cluster only when they fit one clearly.
   */
  strong: boolean;
}

/** Interned strings with their counts in the input (for frequency-adjusted weights). */
export class Vocab {
  readonly values: string[] = [];
  readonly counts: number[] = [];
  private readonly ids = new Map<string, number>();

  /** Id of `value`, counting one more occurrence. */
  add(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
      this.counts.push(0);
    }
    this.counts[id]! += 1;
    return id;
  }
}

/** Everything the scorer needs beside the two records. */
export interface Corpus {
  records: Prepared[];
  surnames: Vocab;
  given: Vocab;
  patronymics: Vocab;
  units: Vocab;
  regions: Vocab;
  /** Phonetic key per surname id (for blocking typos). */
  surnamePhonetic: string[];
}

/**
 * Latest birth year: someone aged A on a date in year Y was born in Y-A-1 or Y-A.
 * NaN when the age or the date is unknown.
 */
function birthYear(age: number | null | undefined, date: string | null | undefined): number {
  const year = date ? Number.parseInt(date.slice(0, 4), 10) : Number.NaN;
  if (age === null || age === undefined || !Number.isFinite(year)) return Number.NaN;
  return year - age;
}

/** Prepares all mentions (the one pass over names; parsing is cached per token). */
export function prepareMentions(
  mentions: readonly Mention[],
  lex: NameLexicon,
  region: RegionNormalizer,
): Corpus {
  const c: Corpus = {
    records: [],
    surnames: new Vocab(),
    given: new Vocab(),
    patronymics: new Vocab(),
    units: new Vocab(),
    regions: new Vocab(),
    surnamePhonetic: [],
  };
  // Raw unit strings repeat: normalise each once.
  const unitIds = new Map<string, number>();
  const unitOf = (raw: string): number => {
    let id = unitIds.get(raw);
    if (id === undefined) {
      id = c.units.add(raw.trim().toLowerCase());
      c.units.counts[id]! -= 1;
      unitIds.set(raw, id);
    }
    c.units.counts[id]! += 1;
    return id;
  };
  mentions.forEach((m, idx) => {
    // No cache per whole name: on large inputs names rarely repeat whole, and their words
    // are cached by the parser.
    const p = parseName(lex, m.name);
    const byHi = birthYear(m.age, m.date);
    const byLo = byHi - 1;
    const surname = p.surname ? c.surnames.add(p.surname) : -1;
    if (surname >= 0) c.surnamePhonetic[surname] ??= lex.folder.phonetic(p.surname!);
    const regionKey = m.region ? region(m.region) : '';
    const given = p.given.map((g) => c.given.add(g));
    c.records.push({
      idx,
      surname,
      surnameInitial: p.surnameInitial ?? '',
      given,
      givenForm: p.givenForm ?? '',
      givenInitial: p.givenInitial ?? '',
      givenInitials: p.givenInitials ?? '',
      patronymic: p.patronymic ? c.patronymics.add(p.patronymic) : -1,
      patronymicInitial: p.patronymicInitial ?? '',
      byLo,
      byHi,
      unit: m.unit ? unitOf(m.unit) : -1,
      region: regionKey ? c.regions.add(regionKey) : -1,
      gender: p.gender ?? '',
      strong:
        surname >= 0 &&
        given.length > 0 &&
        (p.patronymic !== undefined || !Number.isNaN(byLo) || Boolean(m.unit) || Boolean(regionKey)),
    });
  });
  return c;
}
