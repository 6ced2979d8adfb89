/**
 * Named people in a Russian sentence: runs of capitalised words the analyser
 * reads as first names, surnames or patronymics (OpenCorpora Name/Surn/Patr),
 * with initials ("И. И. Иванов"); a lone surname needs a role word beside it or
 * to be a known official. Each run carries the role votes of its noun phrase
 * (./roles.ts) and the nickname written after it ("по прозвищу «Гном»").
 * A nickname with no name before it ("боец с позывным «Гном»") is a person too.
 */
import type { PersonRole } from '../../../claims/schema.ts';
import { lemmaIn, nominativeName, readings } from '../morph.ts';
import type { Token } from '../tokens.ts';
import { OFFICIALS } from './lexicon.ts';
import { nicknameAt } from './nicknames.ts';
import { type OrgSpan, type RoleVote, roleVotes, titleBeforeCue } from './roles.ts';
import { guessNominativeSurname, looksLikeSurname } from './surnames.ts';

/** A person found over tokens of a sentence. */
export interface PersonRun {
  start: number;
  end: number;
  /** The name's words in the nominative (the nickname alone when no name is written). */
  words: string[];
  votes: RoleVote[];
  /** A nickname written right after the name, if any. */
  nickname?: string;
}

const CAPITAL_RE = /^\p{Lu}\p{Ll}/u;
const INITIAL_RE = /^\p{Lu}$/u;

function nameKind(word: string): 'Name' | 'Surn' | 'Patr' | null {
  if (!CAPITAL_RE.test(word)) return null;
  for (const r of readings(word)) {
    for (const t of ['Name', 'Surn', 'Patr'] as const) if (r.tags.includes(t)) return t;
  }
  return null;
}

/** The gender of the first word read as a first name, if any. */
function genderOf(run: readonly Token[]): 'masc' | 'femn' | undefined {
  for (const t of run) {
    const r = readings(t.text).find((x) => x.tags.includes('Name'));
    if (r) return r.tags.includes('femn') ? 'femn' : r.tags.includes('masc') ? 'masc' : undefined;
  }
  return undefined;
}

/**
 * The name's words in the nominative. When the first name can only be
 * nominative ("Павел"), the surname beside it agrees and is kept as written:
 * the analyser's guesses would clip "Чиков"-like surnames it does not know.
 */
function nominativeWords(run: readonly Token[]): string[] {
  const words = run.filter((t) => t.text !== '.');
  const first = words.find((t) => readings(t.text).some((r) => r.tags.includes('Name')));
  const named = first ? readings(first.text).filter((r) => r.tags.includes('Name')) : [];
  const asWritten = named.length > 0 && named.every((r) => r.tags.includes('nomn'));
  const gender = genderOf(words);
  return words.map((t) => {
    if (INITIAL_RE.test(t.text)) return `${t.text}.`;
    if (asWritten) return t.text;
    return nameKind(t.text) ? nominativeName(t.text, gender) : guessNominativeSurname(t.text, gender);
  });
}

/** Index just past the run of name words and initials starting at `i`, and whether it holds a name word. */
function nameRun(tokens: readonly Token[], i: number, blocked: (s: number, e: number) => boolean) {
  let j = i;
  let named = false;
  for (; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.kind === 'word' && INITIAL_RE.test(t.text) && tokens[j + 1]?.text === '.') {
      j++;
      continue;
    }
    const free = t.kind === 'word' && !blocked(t.start, t.end);
    const kind = free ? nameKind(t.text) : null;
    // An unknown surname: a surname-shaped capitalised word after a first name or patronymic.
    const guessed =
      free &&
      !kind &&
      named &&
      j > i &&
      nameKind((tokens[j - 1] as Token).text) !== null &&
      looksLikeSurname(t.text);
    if (!kind && !guessed) break;
    named = true;
  }
  return { end: j, named };
}

/** The people of one sentence's tokens; `blocked` tells which offsets other entities hold. */
export function peopleInTokens(
  tokens: readonly Token[],
  blocked: (start: number, end: number) => boolean,
  orgs: readonly OrgSpan[] = [],
): PersonRun[] {
  const out: PersonRun[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const loneNick = nicknameAt(tokens, i);
    if (loneNick?.cued && !blocked(loneNick.start, loneNick.end)) {
      const role = titleBeforeCue(tokens, i);
      out.push({
        start: loneNick.start,
        end: loneNick.end,
        words: [loneNick.text],
        votes: role ? [role] : [],
      });
      i = loneNick.last;
      continue;
    }
    const { end: j, named } = nameRun(tokens, i, blocked);
    if (!named) continue;
    const run = tokens.slice(i, j).filter((t) => t.kind === 'word' && !INITIAL_RE.test(t.text));
    const votes = roleVotes(tokens, i, j, orgs);
    const official = run.some((t) => lemmaIn(t.text, OFFICIALS));
    if (official) votes.push({ role: 'official', weight: 4, cue: 'official' });
    // One word is a name only when its likeliest reading is a first name, or a role or office vouches for it.
    const lone = run.length === 1 && !readings(run[0]?.text ?? '')[0]?.tags.includes('Name');
    if (lone && votes.length === 0) {
      i = j - 1;
      continue;
    }
    const found = nicknameAt(tokens, j);
    const nick = found && !blocked(found.start, found.end) ? found : null;
    out.push({
      start: (tokens[i] as Token).start,
      end: (tokens[j - 1] as Token).end,
      words: nominativeWords(tokens.slice(i, j)),
      votes,
      ...(nick ? { nickname: nick.text } : {}),
    });
    i = (nick?.last ?? j - 1) as number;
  }
  return out;
}

/** The role the votes of one person give: the largest total weight; `other` without votes. */
export function bestRole(votes: readonly RoleVote[]): PersonRole {
  const totals = new Map<PersonRole, number>();
  for (const v of votes) totals.set(v.role, (totals.get(v.role) ?? 0) + v.weight);
  let best: PersonRole = 'other';
  let weight = 0;
  for (const [role, w] of totals) {
    if (w > weight) {
      best = role;
      weight = w;
    }
  }
  return best;
}
