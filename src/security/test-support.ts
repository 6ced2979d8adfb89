/**
 * Test helper: the tables of migration 0003 on a test store, whether or not
 * the migration list already includes it (it is applied here until the lead
 * adds it to src/store/migrations/index.ts; afterwards this is a no-op).
 */
import { type Kysely, sql } from 'kysely';
import { up } from '../store/migrations/0003-security.ts';

export async function ensureSecurityTables<T>(db: Kysely<T>): Promise<void> {
  const { rows } = await sql<{
    found: string | null;
  }>`select to_regclass('audit_log')::text as found`.execute(db);
  if (!rows[0]?.found) await up(db as unknown as Kysely<unknown>);
}
