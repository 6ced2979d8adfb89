/**
 * Restoring a dump into a store, in one transaction: all of it or nothing.
 * Refuses a store that already holds data (unless forced, which first empties
 * it) and a store whose migrations differ from the backup's. Rows go in
 * through jsonb_populate_recordset (typed by the table itself, parameterised),
 * tables in foreign-key order, self-references set in a second pass, and
 * serial sequences moved past the restored ids.
 */
import { type Kysely, sql, type Transaction } from 'kysely';
import { BackupError } from './container.ts';
import { parseDump } from './dump.ts';
import { appliedMigrations, describeTables, insertOrder, type TableInfo } from './tables.ts';

const BATCH = 500;
/** Rows a new store has before any work (the key check value): not "data". */
const IGNORED_WHEN_EMPTY = sql`(select count(*) from meta where key <> 'key_check')`;

export interface RestoreReport {
  tables: number;
  rows: number;
}

export async function restoreStore(
  db: Kysely<unknown>,
  dumpText: string,
  options: { force?: boolean } = {},
): Promise<RestoreReport> {
  const dump = parseDump(dumpText);
  const migrations = await appliedMigrations(db);
  if (JSON.stringify(migrations) !== JSON.stringify(dump.header.migrations)) {
    throw new BackupError(
      'schema_mismatch',
      `the backup was made at schema ${dump.header.migrations.at(-1) ?? 'none'}, this store is at ${migrations.at(-1) ?? 'none'}; restore with the same objector version`,
    );
  }
  const tables = insertOrder(await describeTables(db));
  return db.transaction().execute(async (trx) => {
    if (!(await isEmpty(trx, tables))) {
      if (!options.force)
        throw new BackupError(
          'store_not_empty',
          'the store already holds data; restore into an empty store, or pass --force to replace it',
        );
      await emptyAll(trx, tables);
    } else {
      await sql`delete from meta`.execute(trx);
    }
    let rows = 0;
    for (const table of tables) rows += await insertTable(trx, table, dump.tables.get(table.name) ?? []);
    for (const table of tables) await advanceSequences(trx, table);
    return { tables: tables.length, rows };
  });
}

async function isEmpty(trx: Transaction<unknown>, tables: TableInfo[]): Promise<boolean> {
  for (const t of tables) {
    const count = t.name === 'meta' ? IGNORED_WHEN_EMPTY : sql`(select count(*) from ${sql.table(t.name)})`;
    const { rows } = await sql<{ n: string | number }>`select ${count} as n`.execute(trx);
    if (Number(rows[0]?.n ?? 0) > 0) return false;
  }
  return true;
}

/** Empties every table; the audit log's append-only triggers are lifted for this transaction only. */
async function emptyAll(trx: Transaction<unknown>, tables: TableInfo[]): Promise<void> {
  await sql`alter table audit_log disable trigger user`.execute(trx);
  // cascade: derived tables outside the dump (the search schema) reference these; the inserts'
  // triggers rebuild them.
  await sql`truncate ${sql.join(tables.map((t) => sql.table(t.name)))} cascade`.execute(trx);
  await sql`alter table audit_log enable trigger user`.execute(trx);
}

async function insertTable(trx: Transaction<unknown>, table: TableInfo, rows: string[]): Promise<number> {
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = `[${rows.slice(i, i + BATCH).join(',')}]`;
    const without = table.selfReferences.reduce((acc, column) => sql`${acc} - ${column}::text`, sql`x`);
    await sql`insert into ${sql.table(table.name)}
      select * from jsonb_populate_recordset(null::${sql.table(table.name)},
        (select jsonb_agg(${without}) from jsonb_array_elements(${batch}::jsonb) x))`.execute(trx);
  }
  if (table.selfReferences.length > 0 && rows.length > 0) await setSelfReferences(trx, table, rows);
  return rows.length;
}

async function setSelfReferences(trx: Transaction<unknown>, table: TableInfo, rows: string[]): Promise<void> {
  const sets = sql.join(table.selfReferences.map((c) => sql`${sql.ref(c)} = r.${sql.ref(c)}`));
  const match = sql.join(
    table.primaryKey.map((c) => sql`t.${sql.ref(c)} = r.${sql.ref(c)}`),
    sql` and `,
  );
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = `[${rows.slice(i, i + BATCH).join(',')}]`;
    await sql`update ${sql.table(table.name)} t set ${sets}
      from jsonb_populate_recordset(null::${sql.table(table.name)}, ${batch}::jsonb) r
      where ${match}`.execute(trx);
  }
}

async function advanceSequences(trx: Transaction<unknown>, table: TableInfo): Promise<void> {
  for (const column of table.serialColumns) {
    await sql`select setval(pg_get_serial_sequence(${table.name}, ${column}),
      coalesce((select max(${sql.ref(column)}) from ${sql.table(table.name)}), 0) + 1, false)`.execute(trx);
  }
}
