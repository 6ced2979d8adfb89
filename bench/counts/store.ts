/** Writes a generated desk corpus into a store as ingest and review would have left it (outside any clock). */
import type { Kysely } from 'kysely';
import type { DB } from '../../src/store/db-types.ts';
import type { DeskCorpus } from './generate.ts';

const CHUNK = 500;

export async function writeCorpus(db: Kysely<DB>, corpus: DeskCorpus): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < corpus.sources.length; i += CHUNK) {
      const rows = corpus.sources.slice(i, i + CHUNK).map((s) => ({
        id: s.id,
        content_hash: s.id,
        title: s.title,
        body: corpus.body(s.id),
        language: 'en',
        outlet: s.outlet,
        url: s.url,
        author: null,
        published: s.published,
        format: 'txt',
        encoding: 'utf-8',
        origin: null,
        duplicate_of: s.duplicateOf,
        similarity: s.duplicateOf ? 0.9 : null,
        minhash: null,
      }));
      await trx.insertInto('sources').values(rows).execute();
    }
    for (let i = 0; i < corpus.claims.length; i += CHUNK) {
      const rows = corpus.claims.slice(i, i + CHUNK).map((c, j) => ({
        id: c.id,
        source_id: c.sourceId,
        kind: c.kind,
        identity: c.id,
        start_offset: j * 10,
        end_offset: j * 10 + 9,
        rule: 'bench',
        extractor: 'bench/counts',
        suggested: JSON.stringify(c.value),
        value: JSON.stringify(c.value),
        state: c.state,
      }));
      await trx.insertInto('claims').values(rows).execute();
    }
  });
}
