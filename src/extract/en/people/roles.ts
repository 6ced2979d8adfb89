/**
 * Role cues around one mention of a person: a title or rank right before the
 * name ("Lt. Col.", "Defence Minister", "reporter"), an apposition before or after
 * it ("her son, X", "X, the mother of ...", "X, co-founder of ..."), kinship in
 * what the person says ("X said her husband ..."), an organisation the person is
 * "of" or "with". Each cue carries a weight; the stage adds them up per person.
 */
import type { PersonRole } from '../../../claims/schema.ts';
import { ORG_ROLE, type OrgSpan, type RoleVote } from '../../people-roles.ts';
import type { PeopleLexicon } from './lexicon.ts';

export type { OrgSpan, RoleVote };

const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'one', 'another', 'our', 'my']);
const SUBJECT_KIN =
  /^(?:\s*,\s*\d{1,2}\s*,)?(?:\s+[\p{Ll}']+){1,6}?\s+(?:her|their)\s+(?:son|sons|husband|children)\b/u;

/** Role votes for the mention at [start, end) of `text`. */
export function roleVotes(
  text: string,
  start: number,
  end: number,
  lex: PeopleLexicon,
  orgs: readonly OrgSpan[],
): RoleVote[] {
  const votes: RoleVote[] = [];
  const head = sentenceHead(text, start);
  const tail = sentenceTail(text, end);
  const before = cueBefore(head, lex);
  if (before) votes.push(before);
  const after = cueAfter(tail, end, lex, orgs);
  if (after) votes.push(after);
  // "X said her son ...", "X's husband": the named person is the relative.
  const kin =
    /^(?:'s|’s|\s+(?:said|says|told|explained|added|recalled|wrote|whose))\s+(?:(?:that|his|her|their)\s+)?([\p{L}-]+)/iu.exec(
      tail,
    );
  if (kin && lex.kinship.has(kin[1]!.toLowerCase()))
    votes.push({ role: 'relative', weight: 2, cue: 'kin-of-speaker' });
  // "X, 52, has not heard from her son": the subject talks about a son or husband.
  else if (SUBJECT_KIN.test(tail)) votes.push({ role: 'relative', weight: 2, cue: 'subject-kin' });
  return votes;
}

/** The sentence text before `start`, lower case, at most 160 characters. */
function sentenceHead(text: string, start: number): string {
  const raw = text.slice(Math.max(0, start - 160), start);
  const cut = Math.max(
    raw.lastIndexOf('\n'),
    ...[...raw.matchAll(/[.!?]["”’']?\s+(?=\p{Lu}|["“‘])/gu)].map((m) => m.index + m[0].length - 1),
  );
  return raw
    .slice(cut + 1)
    .toLowerCase()
    .replace(/’/g, "'");
}

/** The sentence text after `end`, at most 160 characters. */
function sentenceTail(text: string, end: number): string {
  const raw = text.slice(end, end + 160);
  const m = /[.!?](?=\s+\p{Lu})|\n/u.exec(raw);
  return m ? raw.slice(0, m.index) : raw;
}

/** A title right before the name ("Colonel X", "soldier identified only as X") or an apposition before it ("her son, X"). */
function cueBefore(head: string, lex: PeopleLexicon): RoleVote | null {
  let h = head.replace(/\s+$/, '');
  for (const cue of lex.pseudonymCues)
    if (h.endsWith(cue)) h = h.slice(0, -cue.length).replace(/[\s,]+$/, '');
  if (/[,—–]$/.test(h)) {
    const segment =
      h
        .slice(0, -1)
        .split(/[,;:()—–"“”]/)
        .at(-1) ?? '';
    const found = firstCue(phrase(segment), lex);
    return found ? { ...found, weight: found.role === 'other' ? 1 : 3, cue: 'apposition-before' } : null;
  }
  const words = h.split(/\s+/);
  for (let n = Math.min(lex.maxCueWords, words.length); n >= 1; n--) {
    const w = words.slice(-n).join(' ');
    const role = lex.titles.get(w) ?? lex.kinship.get(w);
    if (role) return { role, weight: role === 'other' ? 1 : 3, cue: 'title' };
  }
  return null;
}

/** An apposition after the name: "X, the mother of ...", "X, 28, a soldier", "X, of Foo". */
function cueAfter(tail: string, end: number, lex: PeopleLexicon, orgs: readonly OrgSpan[]): RoleVote | null {
  const m = /^\s*[,—–]\s*/.exec(tail);
  if (!m) return null;
  let rest = tail.slice(m[0].length);
  let offset = end + m[0].length;
  const age = /^\d{1,2}\s*,\s*/.exec(rest);
  if (age) {
    rest = rest.slice(age[0].length);
    offset += age[0].length;
  }
  const segment = rest.split(/[,;:()—–"“”]/)[0] ?? '';
  const lower = segment.toLowerCase().replace(/’/g, "'");
  if (/^whose\s/.test(lower)) {
    const kin = /^whose\s+([\p{L}-]+)/u.exec(lower);
    return kin && lex.kinship.has(kin[1]!) ? { role: 'relative', weight: 3, cue: 'whose-kin' } : null;
  }
  if (/^who\s/.test(lower)) return null;
  // An apposition after a name starts with its head noun: "a volunteer with Foo", "the mother of Bar".
  const words = lower.trim().split(/\s+/);
  // Only a noun phrase is an apposition; "X, 52, has not heard from her son" is a clause.
  const nounPhrase =
    DETERMINERS.has(words[0] ?? '') || /^\d/.test(words[0] ?? '') || firstCue(words.slice(0, 2), lex);
  const found = nounPhrase ? firstCue(words, lex) : null;
  if (found) return { ...found, weight: found.role === 'other' ? 1 : 3, cue: 'apposition-after' };
  // "X, of Citizen Army Law": the organisation tells the role.
  if (/^(of|from|with|at)\s/.test(lower)) {
    const org = orgs.find((o) => o.start >= offset && o.start <= offset + segment.length);
    const role = org ? ORG_ROLE[org.kind] : null;
    if (role) return { role, weight: 2, cue: 'org-affiliation' };
  }
  return null;
}

/** The noun phrase that a segment ends with: from its last determiner not inside an "of" phrase. */
function phrase(segment: string): string[] {
  const words = segment.toLowerCase().trim().split(/\s+/).filter(Boolean);
  let from = 0;
  for (let k = 0; k < words.length; k++) if (DETERMINERS.has(words[k]!) && words[k - 1] !== 'of') from = k;
  return words.slice(from);
}

/** The first role or kinship cue in `words`, longest phrase first. */
function firstCue(words: string[], lex: PeopleLexicon): { role: PersonRole } | null {
  for (let k = 0; k < words.length; k++) {
    for (let n = Math.min(lex.maxCueWords, words.length - k); n >= 1; n--) {
      const w = words.slice(k, k + n).join(' ');
      const role = lex.titles.get(w) ?? lex.kinship.get(w);
      if (role) return { role };
    }
  }
  return null;
}
