/**
 * Russian people stage: named individuals, brought to the nominative, with a
 * role from the noun phrase around each mention (votes added over all
 * mentions); one entry per person under the fullest name used ("Алексей" then
 * "Алексей Смирнов" is one person, and so is a nickname written after a name
 * and used alone later). Spans held by places, units and organisations are not names.
 */
import type { PersonMention } from '../../../claims/schema.ts';
import type { Doc, Stage } from '../../doc.ts';
import { fold } from '../morph.ts';
import { bestRole, type PersonRun, peopleInTokens } from '../people/find.ts';
import type { OrgSpan, RoleVote } from '../people/roles.ts';
import { sentenceTokens } from '../tokens.ts';

const sameName = (a: string, b: string) => {
  const x = fold(a);
  const y = fold(b);
  return (
    x === y ||
    (x.length >= 4 && y.length >= 4 && (x.startsWith(y.slice(0, -1)) || y.startsWith(x.slice(0, -1))))
  );
};
const contains = (big: readonly string[], small: readonly string[]) =>
  small.every((w) => big.some((b) => sameName(b, w)));

interface Person {
  words: string[];
  nicknames: string[];
  votes: RoleVote[];
  mention: PersonMention;
}

/** The person a run is another mention of: by name, or by a nickname given earlier. */
function sameAs(found: readonly Person[], run: PersonRun): Person | undefined {
  return found.find(
    (f) =>
      contains(f.words, run.words) ||
      contains(run.words, f.words) ||
      f.nicknames.some((n) => contains([n], run.words)) ||
      (run.nickname !== undefined && contains(f.words, [run.nickname])),
  );
}

/**
 * Every occurrence of each organisation the organisations stage found (it
 * keeps only the first mention; a founder or staff member may be named at a later one).
 */
function orgSpans(doc: Doc): OrgSpan[] {
  const out: OrgSpan[] = [];
  for (const o of doc.organizations) {
    for (let at = doc.text.indexOf(o.mention); at >= 0; at = doc.text.indexOf(o.mention, at + 1)) {
      out.push({ start: at, end: at + o.mention.length, kind: o.kind });
    }
  }
  return out;
}

/** A test of whether [s, e) overlaps one of the spans (built once per document: it runs at every word). */
function overlapTest(
  spans: ReadonlyArray<{ start: number; end: number }>,
): (s: number, e: number) => boolean {
  return (s, e) => {
    for (const m of spans) if (m.start < e && s < m.end) return true;
    return false;
  };
}

/** The people of a Russian document. */
export function findPeople(doc: Doc): PersonMention[] {
  const blocked = overlapTest([...doc.places, ...doc.units, ...doc.organizations]);
  const orgs = orgSpans(doc);
  const found: Person[] = [];
  for (const sentence of doc.sentences) {
    for (const run of peopleInTokens(sentenceTokens(doc, sentence), blocked, orgs)) {
      const same = sameAs(found, run);
      if (!same) {
        const mention: PersonMention = {
          start: run.start,
          end: run.end,
          rule: 'ru-person-name',
          mention: run.words.join(' '),
          role: 'other',
        };
        found.push({
          words: run.words,
          nicknames: run.nickname ? [run.nickname] : [],
          votes: [...run.votes],
          mention,
        });
        continue;
      }
      same.votes.push(...run.votes);
      if (run.nickname && !same.nicknames.includes(run.nickname)) same.nicknames.push(run.nickname);
      // The fullest name wins (a lone nickname gives way to the name written with it).
      if (run.words.length > same.words.length) {
        same.words = run.words;
        same.mention.mention = run.words.join(' ');
      }
    }
  }
  for (const p of found) p.mention.role = bestRole(p.votes);
  return found.map((f) => f.mention);
}

export const peopleStage: Stage = {
  name: 'people-ru',
  version: '2',
  run(doc) {
    doc.people = findPeople(doc);
  },
};
