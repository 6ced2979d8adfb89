/**
 * A logical dump of every table: for each table, a line `["table", name]`
 * (an array, so it cannot be mistaken for a row) then one line per row, the row as PostgreSQL's own JSON of it (to_jsonb,
 * so every type round-trips through jsonb_populate_record), ordered by
 * primary key. The same SQL on PGlite and PostgreSQL. Read in one
 * transaction, so the dump is one consistent snapshot.
 */
import { type Kysely, sql } from 'kysely';
import { appliedMigrations, describeTables, orderBy } from './tables.ts';

export interface DumpHeader {
  objectorBackup: 1;
  createdAt: string;
  migrations: string[];
}

const BATCH = 1000;

/** The dump as JSON lines: a header line, then tables and rows. */
export async function dumpStore(db: Kysely<unknown>, now: Date): Promise<string> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const header: DumpHeader = {
        objectorBackup: 1,
        createdAt: now.toISOString(),
        migrations: await appliedMigrations(trx),
      };
      const lines = [JSON.stringify(header)];
      for (const table of await describeTables(trx)) {
        lines.push(JSON.stringify(['table', table.name]));
        for (let offset = 0; ; offset += BATCH) {
          const { rows } = await sql<{ row: string }>`
            select to_jsonb(t)::text as row from ${sql.table(table.name)} t
            order by ${orderBy(table)} limit ${BATCH} offset ${offset}`.execute(trx);
          for (const r of rows) lines.push(r.row);
          if (rows.length < BATCH) break;
        }
      }
      return `${lines.join('\n')}\n`;
    });
}

/** Parses a dump into its header and rows by table (rows kept as their JSON text). */
export function parseDump(text: string): { header: DumpHeader; tables: Map<string, string[]> } {
  const lines = text.split('\n').filter((l) => l.length > 0);
  const header = JSON.parse(lines[0] ?? 'null') as DumpHeader | null;
  if (header?.objectorBackup !== 1) throw new Error('not an objector dump');
  const tables = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of lines.slice(1)) {
    if (line.startsWith('[')) {
      const [tag, name] = JSON.parse(line) as [unknown, unknown];
      if (tag !== 'table' || typeof name !== 'string') throw new Error('a damaged table line');
      current = [];
      tables.set(name, current);
    } else if (current) {
      current.push(line);
    } else {
      throw new Error('a row before its table');
    }
  }
  return { header, tables };
}
