/**
 * Russian organisations stage: lexicon names in any case form (canonical
 * English names shared with the English lexicon), names in quotes after a
 * descriptor or a reporting verb, and courts; one entry per canonical at its
 * first mention. Spans taken by places or units are not claimed.
 */
import type { OrganizationMention } from '../../../claims/schema.ts';
import type { Doc, Stage } from '../../doc.ts';
import { fold } from '../morph.ts';
import { courtHits, lexiconHits, type OrgHit, quotedHits } from '../organizations/match.ts';
import { documentTokens, type Token } from '../tokens.ts';

/** The organisations of a Russian document, first mention of each canonical. */
export function findOrganizations(doc: Doc): OrganizationMention[] {
  const tokens = documentTokens(doc);
  const words = tokens.filter((t) => t.kind !== 'punct');
  const startsSentence = (i: number) => {
    const w = words[i] as Token;
    const prev = words[i - 1];
    const gap = doc.text.slice(prev ? prev.end : 0, w.start);
    return !prev || /[.!?\n]/.test(gap.replace(/[«"“]/g, '')) ? !/[«"“]\s*$/.test(gap) : false;
  };
  const hits: { start: number; end: number; hit: OrgHit }[] = [];
  const add = (h: OrgHit) =>
    hits.push({ start: (words[h.from] as Token).start, end: (words[h.to - 1] as Token).end, hit: h });
  for (const h of lexiconHits(words, startsSentence)) add(h);
  for (const h of courtHits(words)) add(h);
  for (const q of quotedHits(tokens, doc.text)) {
    if (hits.some((h) => h.start < q.end && q.start < h.end)) continue;
    hits.push({
      start: q.start,
      end: q.end,
      hit: { from: 0, to: 0, canonical: null, kind: q.kind, rule: 'ru-org-quoted' },
    });
  }
  const taken = [...doc.places, ...doc.units];
  const seen = new Set<string>();
  const out: OrganizationMention[] = [];
  for (const { start, end, hit } of hits.sort((a, b) => a.start - b.start)) {
    // A name may contain a place ("Свободная Бурятия"), never cut one or be one.
    const clash = (m: { start: number; end: number }) =>
      (m.start < end && start < m.end && !(start <= m.start && m.end <= end)) ||
      (m.start === start && m.end === end);
    if (taken.some(clash)) continue;
    const mention = doc.text.slice(start, end);
    const canonical = hit.canonical ?? mention;
    const key = fold(canonical);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ start, end, rule: hit.rule, mention, canonical, kind: hit.kind });
  }
  return out;
}

export const organizationsStage: Stage = {
  name: 'organizations-ru',
  version: '1',
  run(doc) {
    doc.organizations = findOrganizations(doc);
  },
};
