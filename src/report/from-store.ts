/** Thin adapter: builds the knowledge base and counts from the store, then renders the report. */
import type { Kysely } from 'kysely';
import { countFromBuild } from '../counts/load.ts';
import type { KbEntity } from '../kb/build.ts';
import type { Resolver } from '../kb/persons.ts';
import { buildFromStore } from '../kb/repository.ts';
import type { KbClaim, KbDeps } from '../kb/types.ts';
import { loadNameLexicon } from '../resolve/names/load.ts';
import type { DB } from '../store/db-types.ts';
import { isPublicRole, mainRole, type ReportOptions, renderReport } from './markdown.ts';

/** The Markdown report of the store's current corpus. */
export async function reportFromStore(
  db: Kysely<DB>,
  deps: KbDeps,
  resolver: Resolver,
  options: ReportOptions = {},
): Promise<string> {
  const build = await buildFromStore(db, deps, resolver);
  const counts = countFromBuild(build, deps);
  const guarded = options.names !== true;
  return renderReport(
    {
      sources: build.sources.map(({ text: _t, ...s }) => s),
      groups: counts.groups,
      names: counts.names,
      entities: build.entities,
      links: build.links,
      ...(guarded
        ? {
            privateNames: privateMentions(build.claims, build.personOf, build.entities),
            nameFold: loadNameLexicon().folder.skeleton,
          }
        : {}),
    },
    options,
  );
}

/**
 * Every mention of a person the report pseudonymises: each spelling the
 * documents use, not only the one the record is named by. A person claim
 * without a record (not resolved) counts as private.
 */
function privateMentions(
  claims: readonly KbClaim[],
  personOf: ReadonlyMap<string, string>,
  entities: readonly KbEntity[],
): string[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  return claims
    .filter((c) => c.kind === 'person' && c.state !== 'rejected')
    .filter((c) => {
      const entity = byId.get(personOf.get(c.id) ?? '');
      return !entity || !isPublicRole(mainRole(entity));
    })
    .map((c) => String(c.value.mention ?? ''))
    .filter((m) => m.length > 0);
}
