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
  /** Initial of the given name (of its first full reading, or the initial as written). */
  givenInitial?: string;
  /** Every initial the given name may be written with: its full readings' and the written form's. */
  givenInitials?: string;
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
const MAY_QUOTE = /["«»“”„(]/u;
/** Initials, also with a doubled dot ("Е.."). */
const INITIALS = /^(\p{L}\.+)+$|^\p{L}$/u;
/** Patronymic endings, as skeletons, used when the table does not know the name. */
const PATRONYMIC_SUFFIX = /(ovič|evič|ovna|evna|inična|ična)$/;
const FEMININE_SURNAME = /(ova|eva|ina|ska|skaia|caia|aia)$/;
const CLEAR_SURNAME = /(ov|ev|ski|cki|enko|uk|ova|eva|skaia|ih|ah)$/;
const SURNAME_SUFFIX = /(ov|ev|in|ski|cki|enko|uk|iuk|ič|ova|eva|ina|skaia)$/;

/**
 * One word of a name with its table look-ups, computed once per distinct word
 * and shared (names repeat their words far more than whole names repeat).
 */
interface Token {
  raw: string;
  skel: string;
  given?: { score: number; entries: GivenEntry[] };
  /** The patronymic table's reading (null: none). */
  pat?: PatronymicHit | null;
  /** Full names the token stands for as a given name (read-only, shared). */
  canonicals?: string[];
}

type PatronymicHit = NonNullable<ReturnType<NameLexicon['patronymic']>>;

const TOKEN_CACHE_SIZE = 500_000;
const tokenCaches = new WeakMap<NameLexicon, Map<string, Token>>();

function tokenOf(lex: NameLexicon, raw: string): Token {
  let cache = tokenCaches.get(lex);
  if (!cache) {
    cache = new Map();
    tokenCaches.set(lex, cache);
  }
  let t = cache.get(raw);
  if (!t) {
    t = { raw, skel: lex.folder.skeleton(raw) };
    if (cache.size < TOKEN_CACHE_SIZE) cache.set(raw, t);
  }
  return t;
}

type Role = 'given' | 'patronymic' | 'surname';

interface Tokenized {
  tokens: Token[];
  initials: string[];
  /** True when an initial comes before the first full word ("И. Соколов"). */
  initialsFirst: boolean;
  nickname?: string;
}

function tokenize(lex: NameLexicon, name: string): Tokenized {
  let nickname: string | undefined;
  // Most names have no quotes and no dots: skip those rewrites for them.
  const rest = MAY_QUOTE.test(name)
    ? name.replace(QUOTED, (_m, q?: string, p?: string) => {
        nickname ??= (q ?? p ?? '').trim() || undefined;
        return ' ';
      })
    : name;
  const tokens: Token[] = [];
  const initials: string[] = [];
  let initialsFirst = false;
  const dotted = rest.includes('.');
  // "С.Михайлов": an initial glued to the surname.
  for (const part of (dotted ? rest.replace(/(\p{L})\.(?=\p{L}{2})/gu, '$1. ') : rest).split(/[\s,;]+/u)) {
    if (!part) continue;
    if ((dotted || part.length === 1) && INITIALS.test(part)) {
      for (const ch of part.replace(/\./g, '')) initials.push(ch);
      if (tokens.length === 0) initialsFirst = true;
      continue;
    }
    tokens.push(tokenOf(lex, part));
  }
  return { tokens, initials, initialsFirst, nickname };
}

/** How strongly a token reads as a given name: 3 exact full, 2.5 exact diminutive, 1 typo, 0 no. */
function givenScore(lex: NameLexicon, t: Token): { score: number; entries: GivenEntry[] } {
  t.given ??= scoreGiven(lex, t);
  return t.given;
}

function scoreGiven(lex: NameLexicon, t: Token): { score: number; entries: GivenEntry[] } {
  const hit = lookupGiven(lex, t);
  if (hit.entries.length === 0) return { score: 0, entries: [] };
  if (hit.exact) return { score: hit.entries.some((e) => !e.diminutive) ? 3 : 2.5, entries: hit.entries };
  return { score: 1, entries: hit.entries };
}

/** GOST 7.79 B writes х as "x", read elsewhere as "ks": try both. */
function lookupGiven(lex: NameLexicon, t: Token): ReturnType<NameLexicon['given']> {
  // A word that is not a name and looks like a surname (Markov ~ Marko) is a surname:
  // skip the costly typo search. (-in is left out: Konstantin, Valentin.)
  const surnameLike = CLEAR_SURNAME.test(t.skel);
  const hit = lex.given(t.skel, !surnameLike);
  if (!hit.exact && surnameLike) return { entries: [], exact: false };
  if (hit.exact || !/x/i.test(t.raw)) return hit;
  const alt = lex.given(lex.folder.skeleton(t.raw.replace(/x/gi, 'kh')));
  return alt.exact || hit.entries.length === 0 ? alt : hit;
}

/** Patronymic endings survive most typos (-vich, -vihc, -ovna): only such words are searched for. */
const PATRONYMIC_LIKE = /(č|c|h|na)$/;

function tablePatronymic(lex: NameLexicon, t: Token): PatronymicHit | undefined {
  const fuzzy = t.skel.length >= 6 && PATRONYMIC_LIKE.test(t.skel);
  return (
    lex.patronymic(t.skel, fuzzy) ??
    (/x/i.test(t.raw) ? lex.patronymic(lex.folder.skeleton(t.raw.replace(/x/gi, 'kh')), fuzzy) : undefined)
  );
}

function lookupPatronymic(lex: NameLexicon, t: Token, fullTokens: number) {
  if (t.pat === undefined) t.pat = tablePatronymic(lex, t) ?? null;
  const hit = t.pat ?? undefined;
  if (hit?.exact) return hit;
  // Without a table hit, a -vich word may well be a surname (Tushkanovich): only take it
  // as a patronymic when there are enough other words to hold the given name and surname.
  if (fullTokens < 3) return undefined;
  if (hit) return hit;
  return PATRONYMIC_SUFFIX.test(t.skel) ? { entry: undefined, exact: false } : undefined;
}

/** Assigns roles: patronymic first (most distinctive form), then given name, the rest is surname. */
function assignRoles(lex: NameLexicon, tokens: Token[], initialsFirst: boolean): Role[] {
  const roles: Role[] = tokens.map(() => 'surname');
  const pats = tokens.map((t) => lookupPatronymic(lex, t, tokens.length));
  let patIdx = pats.findIndex((p) => p?.exact);
  if (patIdx < 0) patIdx = pats.findIndex((p) => p !== undefined);
  if (patIdx >= 0 && tokens.length > 1) roles[patIdx] = 'patronymic';
  let best = -1;
  // "Р. Игнатик": after an initial a lone word is the surname unless it is a given name as
  // written; a near-miss of a name (Игнатик ~ Игнатий) is not enough. ("Павел А." and a
  // misspelt "Пвале А." keep the word first.)
  let bestScore = tokens.length === 1 && initialsFirst ? 2 : 0;
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

/** The distinct full names a given-name token stands for (itself when unknown), shared per token. */
function canonicalsOf(t: Token, entries: GivenEntry[]): string[] {
  t.canonicals ??= entries.length > 0 ? [...new Set(entries.map((e) => e.canonical))] : [t.skel];
  return t.canonicals;
}

/** Parses one written name. Never throws; an empty name gives an empty result. */
export function parseName(lex: NameLexicon, name: string): ParsedName {
  const { tokens, initials, initialsFirst, nickname } = tokenize(lex, name);
  const full = tokens.filter((t) => t.skel !== '');
  const roles = assignRoles(lex, full, initialsFirst);
  const out: ParsedName = { given: [], givenDiminutive: false, nickname };
  const surnameParts: string[] = [];
  let givenEntries: GivenEntry[] = [];
  full.forEach((t, i) => {
    if (roles[i] === 'given') {
      const { entries } = givenScore(lex, t);
      out.givenForm = t.skel;
      out.givenDiminutive = entries.length > 0 && entries.every((e) => e.diminutive);
      givenEntries = entries;
      out.given = canonicalsOf(t, entries);
    } else if (roles[i] === 'patronymic') {
      const p = lookupPatronymic(lex, t, full.length);
      out.patronymic = p?.entry?.father ?? t.skel.replace(PATRONYMIC_SUFFIX, '');
      out.gender = p?.entry?.gender ?? (/na$/.test(t.skel) ? 'f' : 'm');
    } else surnameParts.push(t.skel);
  });
  if (surnameParts.length > 0) out.surname = surnameParts.join('');
  assignInitials(lex, out, initials);
  out.patronymicInitial ??= initialOf(out.patronymic ?? '');
  out.surnameInitial ??= initialOf(out.surname ?? '');
  if (!out.gender && out.surname && FEMININE_SURNAME.test(out.surname)) out.gender = 'f';
  settleGender(out, givenEntries);
  if (out.given.length > 0) {
    // Initials are written from the full name (Коля → "Н."), now and then from the form as written.
    const letters = [...out.given, out.givenForm ?? ''].map((g) => initialOf(g) ?? '');
    out.givenInitials = [...new Set(letters)].join('');
    out.givenInitial = letters[0];
  }
  return out;
}

/** Gender from the patronymic or surname picks among readings of Саша/Женя; else the name's own gender. */
function settleGender(out: ParsedName, entries: GivenEntry[]): void {
  if (entries.length === 0) return;
  const fitting = out.gender ? entries.filter((e) => e.gender === out.gender) : entries;
  if (fitting.length > 0 && fitting.length < entries.length) {
    out.given = [...new Set(fitting.map((e) => e.canonical))];
  }
  if (!out.gender && fitting.every((e) => e.gender === fitting[0]?.gender)) out.gender = fitting[0]?.gender;
}

/**
 * The comparable initial of a skeleton. Scripts disagree on first letters:
 * Евгений is "E." or "Y.", Юрий "Ю." or "Y." or "I.", Харитонов "Х.", "Kh." or "X.",
 * Журавлёв "Ж." or "Z.", Шишкин "Ш." or "S.", Цветков "Ц.", "C." or "T.", Чернов
 * "Ч." or "C.": so e/i (from е, и, ю, я, y, j), h/k, ž/z, š/s and č/c/t share a class.
 */
export function initialOf(skel: string): string | undefined {
  const ch = skel.charAt(0);
  if (!ch) return undefined;
  return INITIAL_CLASS[ch] ?? ch;
}

const INITIAL_CLASS: Record<string, string> = { e: 'i', h: 'k', ž: 'z', š: 's', č: 't', c: 't' };

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
