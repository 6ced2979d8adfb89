/**
 * People stage: named individuals with roles. Name candidates come from
 * capitalised tokens outside organisations, places and units; mentions of one
 * person merge under the fullest name; the role is the heaviest vote of the
 * cues around all mentions, else a default from the name's shape and context.
 */
import type { PersonMention, PersonRole } from '../../../claims/schema.ts';
import type { Doc, Stage } from '../../doc.ts';
import { titleCaseLines } from '../organizations/title-lines.ts';
import { documentTokens, type Token } from '../organizations/tokens.ts';
import { findNameSpans } from '../people/candidates.ts';
import { loadPeopleLexicon, type PeopleLexicon } from '../people/lexicon.ts';
import { groupPersons, type PersonGroup } from '../people/merge.ts';
import { isKnownGivenName } from '../people/names.ts';
import { type OrgSpan, roleVotes } from '../people/roles.ts';

/** Fills `doc.people`. */
export const peopleStage: Stage = {
  name: 'people',
  version: '1',
  run(doc: Doc) {
    const lex = loadPeopleLexicon();
    const tokens = documentTokens(doc.text);
    const spans = findNameSpans({
      tokens,
      blocked: blockedTokens(doc, tokens),
      text: doc.text,
      lex,
      isGiven: isKnownGivenName,
      lowerWords: lowerCaseWords(doc.text),
    });
    const orgs: OrgSpan[] = doc.organizations.map((o) => ({ start: o.start, end: o.end, kind: o.kind }));
    doc.people = groupPersons(spans).map((g) => toMention(doc.text, tokens, g, lex, orgs));
  },
};

/** Tokens inside organisations, places, units or headings. */
function blockedTokens(doc: Doc, tokens: readonly Token[]): boolean[] {
  // One mark per character instead of a scan of every span for every token.
  const SPAN = 1;
  const HEADING = 2;
  const marks = new Uint8Array(doc.text.length + 1);
  const empty: number[] = [];
  for (const m of [...doc.organizations, ...doc.places, ...doc.units]) {
    if (m.start >= m.end) empty.push(m.start);
    for (let p = Math.max(0, m.start); p < m.end && p < marks.length; p++) marks[p]! |= SPAN;
  }
  // A heading is a whole line and a token never spans a line break, so a token starting in one lies inside it.
  for (const [a, b] of titleCaseLines(doc.text)) for (let p = a; p < b; p++) marks[p]! |= HEADING;
  return tokens.map((t) => {
    if (marks[t.start]! & HEADING) return true;
    for (let p = t.start; p < t.end; p++) if (marks[p]! & SPAN) return true;
    return empty.some((a) => t.start < a && a < t.end);
  });
}

/** Words the text uses in lower case somewhere: capitalised, they are common words, not names. */
function lowerCaseWords(text: string): Set<string> {
  return new Set(text.match(/(?<![\p{L}'’-])\p{Ll}[\p{L}]*/gu) ?? []);
}

function toMention(
  text: string,
  tokens: readonly Token[],
  g: PersonGroup,
  lex: PeopleLexicon,
  orgs: OrgSpan[],
): PersonMention {
  const start = tokens[g.fullest.from]!.start;
  const end = tokens[g.fullest.to - 1]!.end;
  return {
    mention: text.slice(start, end),
    role: roleOf(text, tokens, g, lex, orgs),
    start,
    end,
    rule: g.fullest.rule,
  };
}

/** The heaviest role over all mentions; else a known figure's role; else a default. */
function roleOf(
  text: string,
  tokens: readonly Token[],
  g: PersonGroup,
  lex: PeopleLexicon,
  orgs: OrgSpan[],
): PersonRole {
  const score = new Map<PersonRole, number>();
  for (const s of g.spans) {
    for (const v of roleVotes(text, tokens[s.from]!.start, tokens[s.to - 1]!.end, lex, orgs))
      score.set(v.role, (score.get(v.role) ?? 0) + v.weight);
  }
  const full = g.fullest.parts.join(' ').toLowerCase();
  const known = lex.known.get(full) ?? lex.known.get(g.fullest.parts.at(-1)!.toLowerCase());
  if (known) score.set(known, (score.get(known) ?? 0) + 2.5);
  let best: PersonRole | null = null;
  for (const [role, w] of score) if (best === null || w > score.get(best)!) best = role;
  return best ?? defaultRole(text, tokens, g, lex);
}

/** No cue: a first name alone is most often a soldier telling his story; a full name, whoever the context says. */
function defaultRole(text: string, tokens: readonly Token[], g: PersonGroup, lex: PeopleLexicon): PersonRole {
  if (g.fullest.parts.length === 1 && isKnownGivenName(g.fullest.parts[0]!)) return 'soldier';
  const first = tokens[g.spans[0]!.from]!;
  const around = text.slice(Math.max(0, first.start - 120), first.end + 120).toLowerCase();
  const words = around.match(/\p{L}+/gu) ?? [];
  return words.some((w) => lex.soldierContext.has(w)) ? 'soldier' : 'other';
}
