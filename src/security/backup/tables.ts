/**
 * What a logical backup needs to know about the schema, read from the
 * catalog so new tables are included without a list to maintain: the
 * application's tables, their primary keys, foreign keys (for insert order)
 * and serial columns (whose sequences must follow the restored rows).
 */
import { type Kysely, sql } from 'kysely';

export interface TableInfo {
  name: string;
  primaryKey: string[];
  /** Columns referencing the same table (inserted as null, then set). */
  selfReferences: string[];
  /** Tables this one references. */
  dependsOn: string[];
  serialColumns: string[];
}

/** Kysely's own bookkeeping is not data: the migrations recreate it. */
const SKIPPED = new Set(['kysely_migration', 'kysely_migration_lock']);

export async function describeTables(db: Kysely<unknown>): Promise<TableInfo[]> {
  const { rows: tables } = await sql<{ name: string }>`
    select tablename as name from pg_tables where schemaname = current_schema() order by tablename`.execute(
    db,
  );
  const { rows: keys } = await sql<{ table: string; column: string; position: number }>`
    select tc.table_name as table, kcu.column_name as column, kcu.ordinal_position as position
    from information_schema.table_constraints tc
    join information_schema.key_column_usage kcu
      on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
    where tc.constraint_type = 'PRIMARY KEY' and tc.table_schema = current_schema()
    order by tc.table_name, kcu.ordinal_position`.execute(db);
  const { rows: fks } = await sql<{ table: string; column: string; target: string }>`
    select c.conrelid::regclass::text as table, a.attname as column, c.confrelid::regclass::text as target
    from pg_constraint c
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
    where c.contype = 'f' and c.connamespace = current_schema()::regnamespace`.execute(db);
  const { rows: serials } = await sql<{ table: string; column: string }>`
    select table_name as table, column_name as column from information_schema.columns
    where table_schema = current_schema() and column_default like 'nextval(%'`.execute(db);
  return tables
    .filter((t) => !SKIPPED.has(t.name))
    .map((t) => ({
      name: t.name,
      primaryKey: keys.filter((k) => k.table === t.name).map((k) => k.column),
      selfReferences: fks.filter((f) => f.table === t.name && f.target === t.name).map((f) => f.column),
      dependsOn: [
        ...new Set(fks.filter((f) => f.table === t.name && f.target !== t.name).map((f) => f.target)),
      ],
      serialColumns: serials.filter((s) => s.table === t.name).map((s) => s.column),
    }));
}

/** Tables ordered so each comes after the tables it references. */
export function insertOrder(tables: TableInfo[]): TableInfo[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const done = new Set<string>();
  const out: TableInfo[] = [];
  const visit = (t: TableInfo, depth: number) => {
    if (done.has(t.name) || depth > tables.length) return;
    for (const dep of t.dependsOn) {
      const target = byName.get(dep);
      if (target) visit(target, depth + 1);
    }
    if (!done.has(t.name)) {
      done.add(t.name);
      out.push(t);
    }
  };
  for (const t of tables) visit(t, 0);
  return out;
}

/** The ORDER BY of a table's rows: its primary key, or the whole row's text without one. */
export function orderBy(table: TableInfo) {
  return table.primaryKey.length > 0
    ? sql.join(table.primaryKey.map((c) => sql.ref(`t.${c}`)))
    : sql`to_jsonb(t)::text`;
}

/** The names of the applied migrations, to refuse restoring into a different schema. */
export async function appliedMigrations(db: Kysely<unknown>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return rows.map((r) => r.name);
}
