/**
 * Parses a person's name as written (any script, any order, initials,
 * diminutives, nicknames in quotes) into comparable parts. Which token is the
 * given name, patronymic or surname is decided by the name tables, not by position.
 */
import type { Gender, GivenEntry, NameLexicon } from './lexicon.ts';

/** A name split into skeleton parts; absent parts are undefined. */
export interface ParsedName {
  /** Canonical full given names this could be (several for ambiguous diminutives: Слава). */
  given: string[];
  /** Skeleton of the given-name token as written (diminutive or not). */
  givenForm?: string;
  /** True when the given-name token was only a diminutive (Саша) rather than the full name. */
  givenDiminutive: boolean;
  /** First letter of the given name (from the name or an initial). */
  givenInitial?: string;
  /** Canonical skeleton of the father's name (Сергеевич → "sergei"). */
  patronymic?: string;
  patronymicInitial?: string;
  /** Skeleton of the surname (several surname tokens are joined). */
  surname?: string;
  surnameInitial?: string;
  nickname?: string;
  gender?: Gender;
}

const QUOTED = /["«»“”„]([^"«»“”„]+)["«»“”„]|\(([^)]+)\)/gu;
const INITIALS = /^(\p{L}\.)+$|^\p{L}$/u;
/** Patronymic endings, as skeletons, used when the table does not know the name. */
const PATRONYMIC_SUFFIX = /(ovič|evič|ovna|evna|inična|ična)$/;
const FEMININE_SURNAME = /(ova|eva|ina|ska|skaia|caia|aia)$/;
const CLEAR_SURNAME = /(ov|ev|ski|cki|enko|uk|ova|eva|skaia|ih|ah)$/;
const SURNAME_SUFFIX = /(ov|ev|in|ski|cki|enko|uk|iuk|ič|ova|eva|ina|skaia)$/;

interface Token {
  raw: string;
  skel: string;
}

type Role = 'given' | 'patronymic' | 'surname';

function tokenize(name: string): { tokens: Token[]; initials: string[]; nickname?: string } {
  let nickname: string | undefined;
  const rest = name.replace(QUOTED, (_m, q?: string, p?: string) => {
    nickname ??= (q ?? p ?? '').trim() || undefined;
    return ' ';
  });
  const tokens: Token[] = [];
  const initials: string[] = [];
  // "С.Михайлов": an initial glued to the surname.
  for (const part of rest.replace(/(\p{L})\.(?=\p{L}{2})/gu, '$1. ').split(/[\s,;]+/u)) {
    if (!part) continue;
    if (INITIALS.test(part)) {
      for (const ch of part.replace(/\./g, '')) initials.push(ch);
      continue;
    }
    tokens.push({ raw: part, skel: '' });
  }
  return { tokens, initials, nickname };
}

/** How strongly a token reads as a given name: 3 exact full, 2.5 exact diminutive, 1 typo, 0 no. */
function givenScore(lex: NameLexicon, t: Token): { score: number; entries: GivenEntry[] } {
  const hit = lookupGiven(lex, t);
  if (hit.entries.length === 0) return { score: 0, entries: [] };
  if (hit.exact) return { score: hit.entries.some((e) => !e.diminutive) ? 3 : 2.5, entries: hit.entries };
  return { score: 1, entries: hit.entries };
}

/** GOST 7.79 B writes х as "x", read elsewhere as "ks": try both. */
function lookupGiven(lex: NameLexicon, t: Token): ReturnType<NameLexicon['given']> {
  const hit = lex.given(t.skel);
  // A near-miss that looks like a surname (Markov ~ Marko) is a surname: skip the costly search.
  // (-in is left out: Konstantin, Valentin.)
  if (!hit.exact && CLEAR_SURNAME.test(t.skel)) return { entries: [], exact: false };
  if (hit.exact || !/x/i.test(t.raw)) return hit;
  const alt = lex.given(lex.folder.skeleton(t.raw.replace(/x/gi, 'kh')));
  return alt.exact || hit.entries.length === 0 ? alt : hit;
}

/** Patronymic endings survive most typos (-vich, -vihc, -ovna): only such words are searched for. */
const PATRONYMIC_LIKE = /(č|c|h|na)$/;

function lookupPatronymic(lex: NameLexicon, t: Token, fullTokens: number) {
  const fuzzy = t.skel.length >= 6 && PATRONYMIC_LIKE.test(t.skel);
  const hit =
    lex.patronymic(t.skel, fuzzy) ??
    (/x/i.test(t.raw) ? lex.patronymic(lex.folder.skeleton(t.raw.replace(/x/gi, 'kh')), fuzzy) : undefined);
  if (hit?.exact) return hit;
  // Without a table hit, a -vich word may well be a surname (Tushkanovich): only take it
  // as a patronymic when there are enough other words to hold the given name and surname.
  if (fullTokens < 3) return undefined;
  if (hit) return hit;
  return PATRONYMIC_SUFFIX.test(t.skel) ? { entry: undefined, exact: false } : undefined;
}

/** Assigns roles: patronymic first (most distinctive form), then given name, the rest is surname. */
function assignRoles(lex: NameLexicon, tokens: Token[]): Role[] {
  const roles: Role[] = tokens.map(() => 'surname');
  const pats = tokens.map((t) => lookupPatronymic(lex, t, tokens.length));
  let patIdx = pats.findIndex((p) => p?.exact);
  if (patIdx < 0) patIdx = pats.findIndex((p) => p !== undefined);
  if (patIdx >= 0 && tokens.length > 1) roles[patIdx] = 'patronymic';
  let best = -1;
  let bestScore = 0;
  tokens.forEach((t, i) => {
    if (i === patIdx && tokens.length > 1) return;
    let score = givenScore(lex, t).score;
    // The given name stands right before the patronymic in both common orders.
    if (patIdx >= 0 && i === patIdx - 1) score += 0.6;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  if (best < 0) best = unknownGiven(tokens, roles);
  if (best >= 0) roles[best] = 'given';
  return roles;
}

/**
 * With two or more words and no known given name ("Стса Кривов": a typo), the
 * word that does not look like a surname is the given name, the first one if both do not.
 */
function unknownGiven(tokens: Token[], roles: Role[]): number {
  const free = tokens.map((t, i) => ({ t, i })).filter(({ i }) => roles[i] === 'surname');
  if (free.length < 2) return -1;
  const plain = free.filter(({ t }) => !SURNAME_SUFFIX.test(t.skel));
  if (plain.length === 0 || plain.length === free.length) return free[0]!.i;
  return plain[0]!.i;
}

/** Parses one written name. Never throws; an empty name gives an empty result. */
export function parseName(lex: NameLexicon, name: string): ParsedName {
  const { tokens, initials, nickname } = tokenize(name);
  for (const t of tokens) t.skel = lex.folder.skeleton(t.raw);
  const full = tokens.filter((t) => t.skel !== '');
  const roles = assignRoles(lex, full);
  const out: ParsedName = { given: [], givenDiminutive: false, nickname };
  const surnameParts: string[] = [];
  let givenEntries: GivenEntry[] = [];
  full.forEach((t, i) => {
    if (roles[i] === 'given') {
      const { entries } = givenScore(lex, t);
      out.givenForm = t.skel;
      out.givenDiminutive = entries.length > 0 && entries.every((e) => e.diminutive);
      givenEntries = entries;
      out.given = entries.length > 0 ? [...new Set(entries.map((e) => e.canonical))] : [t.skel];
    } else if (roles[i] === 'patronymic') {
      const p = lookupPatronymic(lex, t, full.length);
      out.patronymic = p?.entry?.father ?? t.skel.replace(PATRONYMIC_SUFFIX, '');
      out.gender = p?.entry?.gender ?? (/na$/.test(t.skel) ? 'f' : 'm');
    } else surnameParts.push(t.skel);
  });
  if (surnameParts.length > 0) out.surname = surnameParts.join('');
  assignInitials(lex, out, initials);
  out.givenInitial ??= initialOf(out.givenForm ?? out.given[0] ?? '');
  out.patronymicInitial ??= initialOf(out.patronymic ?? '');
  out.surnameInitial ??= initialOf(out.surname ?? '');
  if (!out.gender && out.surname && FEMININE_SURNAME.test(out.surname)) out.gender = 'f';
  settleGender(out, givenEntries);
  return out;
}

/** Gender from the patronymic or surname picks among readings of Саша/Женя; else the name's own gender. */
function settleGender(out: ParsedName, entries: GivenEntry[]): void {
  if (entries.length === 0) return;
  const fitting = out.gender ? entries.filter((e) => e.gender === out.gender) : entries;
  if (fitting.length > 0 && fitting.length < entries.length) {
    out.given = [...new Set(fitting.map((e) => e.canonical))];
    out.givenInitial = out.given[0]?.charAt(0);
  }
  if (!out.gender && fitting.every((e) => e.gender === fitting[0]?.gender)) out.gender = fitting[0]?.gender;
}

/**
 * The comparable initial of a skeleton. Scripts disagree on first letters:
 * Евгений is "E." or "Y.", Юрий "Ю." or "Y." or "I.", Харитонов "Х.", "Kh." or "X.",
 * so e/i (from е, и, ю, я, y, j) and h/k share a class.
 */
export function initialOf(skel: string): string | undefined {
  const ch = skel.charAt(0);
  if (!ch) return undefined;
  return ch === 'e' ? 'i' : ch === 'h' ? 'k' : ch;
}

/** Initials fill the missing parts: "И. Соколов" (given), "Павел А." (surname), "Ivan S. Petrov" (patronymic). */
function assignInitials(lex: NameLexicon, out: ParsedName, initials: string[]): void {
  const letters = initials.map((ch) => initialOf(lex.folder.skeleton(ch))).filter(Boolean);
  if (letters.length === 0) return;
  if (out.given.length > 0 && !out.surname) {
    out.surnameInitial = letters[0];
    return;
  }
  if (out.given.length === 0) {
    out.givenInitial = letters[0];
    if (letters[1] && !out.patronymic) out.patronymicInitial = letters[1];
    return;
  }
  if (!out.patronymic) out.patronymicInitial = letters[0];
}
