/**
 * The sample corpus (data/sample: short reports invented for this project) is
 * loaded once, on the first start of a new store, so a fresh install has
 * something to show. Deleting its sources later does not bring them back.
 */
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { listInputFiles } from '../ingest/index.ts';
import type { DB } from '../store/db-types.ts';
import { getMeta, setMeta } from '../store/meta.ts';
import { ingestFiles } from './ingest-sources.ts';
import type { IngestReport } from './schema.ts';

export const SAMPLE_DIR = fileURLToPath(new URL('../../data/sample', import.meta.url));

/** Loads the sample corpus unless this store has loaded it before; returns the report, or null when skipped. */
export async function loadSampleOnce(
  db: Kysely<DB>,
  options: { maxFileBytes: number; dir?: string },
): Promise<IngestReport | null> {
  if (await getMeta<boolean>(db, 'sample_loaded')) return null;
  const files = (await listInputFiles([options.dir ?? SAMPLE_DIR])).filter((f) => !f.endsWith('README.md'));
  const report = await ingestFiles(db, files, { maxFileBytes: options.maxFileBytes });
  await setMeta(db, 'sample_loaded', true);
  return report;
}
