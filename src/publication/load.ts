/**
 * Thin adapter: reads the store, counts with src/counts over the claim states
 * the policy publishes, and gathers what the name guard and the number pages
 * need (source metadata, quoted sentences, every private name's spellings).
 */
import type { Kysely } from 'kysely';
import { countFromBuild } from '../counts/load.ts';
import type { Resolver } from '../kb/persons.ts';
import { buildFromStore } from '../kb/repository.ts';
import type { KbDeps } from '../kb/types.ts';
import { relationsOf } from '../counts/load.ts';
import { reportGuard } from '../report/guard.ts';
import type { NameLexicon } from '../resolve/names/lexicon.ts';
import type { DB } from '../store/db-types.ts';
import type { PublicationInput } from './counts.ts';
import { publishedStates } from './policy.ts';
import { privateNamesOf } from './redact.ts';

export interface PublicationDeps {
  kb: KbDeps;
  resolver: Resolver;
  names: NameLexicon;
  /** OBJECTOR_PUBLISH_UNREVIEWED: count machine suggestions too (each such number says so). */
  publishUnreviewed: boolean;
  now: () => Date;
}

export async function loadPublication(db: Kysely<DB>, deps: PublicationDeps): Promise<PublicationInput> {
  const build = await buildFromStore(db, deps.kb, deps.resolver);
  const states = publishedStates(deps.publishUnreviewed);
  // Only what counting reads is narrowed: places, units and people still place the counted claims.
  const counted = build.claims.filter(
    (c) => (c.kind !== 'figure' && c.kind !== 'event') || states.has(c.state),
  );
  const report = countFromBuild({ ...build, claims: counted }, deps.kb);
  const claims = new Map<string, { sourceId: string; quote: string | null }>();
  for (const c of counted)
    if (c.kind === 'figure' || c.kind === 'event')
      claims.set(c.id, {
        sourceId: c.sourceId,
        quote: typeof c.value.quote === 'string' ? c.value.quote : null,
      });
  return {
    groups: report.groups,
    facts: report.facts,
    sources: build.sources.map(({ text: _t, ...s }) => s),
    claims,
    guard: reportGuard(privateNamesOf(build.claims), deps.names.folder.skeleton),
    unitName: (key) => deps.kb.units.byKey(key)?.name,
    place: (id) => deps.kb.places.get(id),
    relations: relationsOf(deps.kb),
    reviewedOnly: !deps.publishUnreviewed,
    generatedAt: deps.now().toISOString(),
  };
}
