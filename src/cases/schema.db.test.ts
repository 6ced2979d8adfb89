/**
 * The zod enumerations of schema.ts and the SQL checks of migration 0030
 * say the same thing: a status or channel the API accepts is one the store
 * accepts, and the other way round.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../../test/support/test-store.ts';
import {
  ADDRESSEE_TYPES,
  CASE_KINDS,
  CASE_ORIGINS,
  CASE_STATES,
  CASE_STATUSES,
  CONTACT_CHANNELS,
  EVIDENCE_KINDS,
} from './schema.ts';

const PAIRS: [table: string, column: string, values: readonly string[]][] = [
  ['cases', 'kind', CASE_KINDS],
  ['cases', 'state', CASE_STATES],
  ['cases', 'origin', CASE_ORIGINS],
  ['case_status', 'status', CASE_STATUSES],
  ['case_status', 'evidence_kind', EVIDENCE_KINDS],
  ['case_contacts', 'channel', CONTACT_CHANNELS],
  ['case_appeals', 'addressee_type', ADDRESSEE_TYPES],
];

describe('case vocabulary', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore();
  });
  afterAll(() => store.dispose());

  it.each(PAIRS)('%s.%s allows exactly the schema values', async (table, column, values) => {
    const { rows } = await sql<{ def: string }>`
      select pg_get_constraintdef(c.oid) as def from pg_constraint c
      where c.conrelid = ${table}::regclass and c.contype = 'c'`.execute(store.db);
    const def = rows.map((r) => r.def).find((d) => new RegExp(`\\(${column} = ANY`).test(d));
    expect(def, `${table}.${column} has a check`).toBeDefined();
    const allowed = [...(def as string).matchAll(/'([a-z_]+)'::text/g)].map((m) => m[1]);
    expect(allowed.sort()).toEqual([...values].sort());
  });
});
