/**
 * Re-encrypting every encrypted column under the keyring's current data key,
 * batch by batch (one transaction per batch), so a rotation of a large store
 * neither holds one huge transaction nor loses work when interrupted: run it
 * again and it continues with the rows still under an older key.
 */
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../store/db-types.ts';
import { setMeta } from '../../store/meta.ts';
import { ciphertextPrefix, reencrypt } from '../crypto/fields.ts';
import type { Keyring } from '../crypto/keyring.ts';
import { ENCRYPTED_COLUMNS } from '../encrypted-columns.ts';
import { KEY_CHECK_META, makeKeyCheck } from './load.ts';

export interface ReencryptReport {
  /** Values rewritten under the current key. */
  rewritten: number;
}

/** Moves every encrypted value to `keyring.current`. Idempotent. */
export async function reencryptAll(
  db: Kysely<DB>,
  keyring: Keyring,
  options: { batchSize?: number } = {},
): Promise<ReencryptReport> {
  const batchSize = options.batchSize ?? 500;
  const current = `${ciphertextPrefix(keyring.current)}%`;
  let rewritten = 0;
  for (const spec of ENCRYPTED_COLUMNS) {
    for (const column of spec.columns) {
      for (;;) {
        const done = await db.transaction().execute(async (trx) => {
          const { rows } = await sql<{ id: string; value: string }>`
            select ${sql.ref(spec.id)} as id, ${sql.ref(column)} as value from ${sql.table(spec.table)}
            where ${sql.ref(column)} is not null and ${sql.ref(column)} not like ${current}
            order by ${sql.ref(spec.id)} limit ${batchSize} for update`.execute(trx);
          for (const row of rows) {
            const fresh = reencrypt(keyring, row.value, { table: spec.table, column, rowId: row.id });
            await sql`update ${sql.table(spec.table)} set ${sql.ref(column)} = ${fresh}
              where ${sql.ref(spec.id)} = ${row.id}`.execute(trx);
          }
          return rows.length;
        });
        rewritten += done;
        if (done < batchSize) break;
      }
    }
  }
  await setMeta(db, KEY_CHECK_META, makeKeyCheck(keyring));
  return { rewritten };
}

/** The key versions still used by some encrypted value (to know which may be retired). */
export async function keyVersionsInUse(db: Kysely<DB>): Promise<Set<number>> {
  const versions = new Set<number>();
  for (const spec of ENCRYPTED_COLUMNS) {
    for (const column of spec.columns) {
      const { rows } = await sql<{ prefix: string }>`
        select distinct split_part(${sql.ref(column)}, ':', 2) as prefix from ${sql.table(spec.table)}
        where ${sql.ref(column)} is not null`.execute(db);
      for (const row of rows) versions.add(Number(row.prefix));
    }
  }
  return versions;
}
