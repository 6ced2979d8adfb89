/**
 * Organisations stage: lexicon organisations (canonical English name and kind,
 * from English and Russian aliases) plus organisations guessed from cue words,
 * one entry per canonical at its first mention. Runs after places and units,
 * whose spans it will not claim.
 */
import type { OrganizationMention } from '../../../claims/schema.ts';
import type { Doc, Stage } from '../../doc.ts';
import { loadOrgLexicon } from '../organizations/lexicon.ts';
import { matchLexicon } from '../organizations/match-lexicon.ts';
import { capitalisedRuns, guessOrganizations } from '../organizations/patterns.ts';
import { loadOrgPatterns } from '../organizations/patterns-data.ts';
import { insideAny, titleCaseLines } from '../organizations/title-lines.ts';
import { documentTokens, type Token } from '../organizations/tokens.ts';
import { isKnownGivenName } from '../people/names.ts';

const DEMONYM_PLURAL_RE = /^\p{Lu}\p{Ll}+(?:ians|ans|ens|ese|is)$/u;

/** Fills `doc.organizations`. */
export const organizationsStage: Stage = {
  name: 'organizations',
  version: '2',
  run(doc: Doc) {
    const tokens = documentTokens(doc.text);
    const lexHits = matchLexicon(tokens, loadOrgLexicon());
    const covered = tokens.map(() => false);
    for (const h of lexHits) for (let k = h.from; k < h.to; k++) covered[k] = true;
    const taken = [...doc.places, ...doc.units].map((m) => [m.start, m.end] as const);
    const headings = titleCaseLines(doc.text);
    const guesses = guessOrganizations(tokens, capitalisedRuns(tokens, covered), loadOrgPatterns()).filter(
      (g) => {
        const start = tokens[g.from]!.start;
        const end = tokens[g.to - 1]!.end;
        if (insideAny(headings, start, end)) return false;
        if (taken.some(([a, b]) => start < b && a < end)) return false;
        // A lone plural of a nationality ("Ukrainians") names people, not a group.
        if (g.to - g.from === 1 && DEMONYM_PLURAL_RE.test(tokens[g.from]!.text)) return false;
        // A head word ("Foundation") outweighs a first word that is also a given name ("Ural Daily").
        return g.rule === 'org-head-word' || !isKnownGivenName(tokens[g.from]!.text);
      },
    );
    const all = [
      ...lexHits.map((h) => ({ ...h, canonical: h.org.canonical, kind: h.org.kind })),
      ...guesses.map((g) => ({ ...g, canonical: canonicalOf(tokens, g.from, g.to, doc.text) })),
    ].sort((a, b) => a.from - b.from);
    const seen = new Set<string>();
    const out: OrganizationMention[] = [];
    for (const h of all) {
      const fold = h.canonical.toLowerCase();
      if (seen.has(fold)) continue;
      seen.add(fold);
      const start = tokens[h.from]!.start;
      const end = tokens[h.to - 1]!.end;
      out.push({
        mention: doc.text.slice(start, end),
        canonical: h.canonical,
        kind: h.kind,
        start,
        end,
        rule: h.rule,
      });
    }
    doc.organizations = out;
  },
};

/** A guessed organisation's name: its words as written, straight apostrophes, one space. */
function canonicalOf(tokens: readonly Token[], from: number, to: number, text: string): string {
  return text
    .slice(tokens[from]!.start, tokens[to - 1]!.end)
    .replace(/’/g, "'")
    .replace(/\s+/g, ' ');
}
