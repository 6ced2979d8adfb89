/** Thin adapter: builds the knowledge base and counts from the store, then renders the report. */
import type { Kysely } from 'kysely';
import { countFromBuild } from '../counts/load.ts';
import type { Resolver } from '../kb/persons.ts';
import { buildFromStore } from '../kb/repository.ts';
import type { KbDeps } from '../kb/types.ts';
import type { DB } from '../store/db-types.ts';
import { type ReportOptions, renderReport } from './markdown.ts';

/** The Markdown report of the store's current corpus. */
export async function reportFromStore(
  db: Kysely<DB>,
  deps: KbDeps,
  resolver: Resolver,
  options: ReportOptions = {},
): Promise<string> {
  const build = await buildFromStore(db, deps, resolver);
  const counts = countFromBuild(build, deps);
  return renderReport(
    {
      sources: build.sources.map(({ text: _t, ...s }) => s),
      groups: counts.groups,
      names: counts.names,
      entities: build.entities,
      links: build.links,
    },
    options,
  );
}
