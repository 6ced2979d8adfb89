/**
 * One matching run over a set of cases: one pass over the knowledge base for
 * all of them. The person mentions are read once, their sentences' facts only
 * for the mentions whose surname meets a case's, the records and links only
 * for what the cases name; then the pure matcher decides, case by case.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../store/db-types.ts';
import type { MatchDeps } from './deps.ts';
import { indexKnowledge, type KbIndex } from './knowledge.ts';
import {
  addMentionFacts,
  type LoadedCase,
  loadLinks,
  loadPersonMentions,
  loadPersonRecords,
  loadPlaceRecords,
} from './load.ts';
import { matchCase, type ProfileRecords, profileRecords, type SourceSuggestion } from './match.ts';
import { comparePersons, type KbPersonMention, nameCandidates, type PersonHit } from './persons.ts';

export interface CaseMatch {
  loaded: LoadedCase;
  hits: PersonHit[];
  records: ProfileRecords;
  suggestions: SourceSuggestion[];
}

/** Matches every given case against the current knowledge base. */
export async function matchCases(
  db: Kysely<DB>,
  deps: MatchDeps,
  cases: readonly LoadedCase[],
): Promise<{ index: KbIndex; matches: CaseMatch[] }> {
  const profiles = cases.map((c) => c.profile);
  // Every case needs them: to find its man, or to know which reports are about other men.
  const mentions: KbPersonMention[] = await loadPersonMentions(db);
  const named = profiles.filter((p) => p.name);
  if (named.length > 0)
    await addMentionFacts(db, deps, mentions, nameCandidates(named, mentions, deps.names));
  const hits = mentions.length > 0 ? comparePersons(profiles, mentions, deps.names) : profiles.map(() => []);
  const personIds = [...new Set(hits.flat().map((h) => h.entityId))];
  const records = [...(await loadPlaceRecords(db)), ...(await loadPersonRecords(db, personIds))];
  const bare = indexKnowledge(records, [], mentions);
  const wanted = new Set<string>();
  for (const [i, p] of profiles.entries()) {
    const r = profileRecords(p, bare, hits[i]!);
    for (const x of [r.unit, ...r.places, ...r.facilities]) if (x) wanted.add(x.id);
    for (const x of r.persons) if (x.strong) wanted.add(x.entityId);
  }
  const index = indexKnowledge(records, await loadLinks(db, [...wanted]), mentions);
  const matches = cases.map((loaded, i) => ({
    loaded,
    hits: hits[i]!,
    records: profileRecords(loaded.profile, index, hits[i]!),
    suggestions: matchCase(loaded.profile, index, hits[i]!),
  }));
  return { index, matches };
}
