// The store's floor for the CLI bench: a bare PGlite opening the store's
// database folder (argv[2]), one query, close. No extension, no migration
// check, no objector code: what any command that opens the embedded store pays.
import { PGlite } from '@electric-sql/pglite';

const db = await PGlite.create(process.argv[2]);
await db.query('select 1');
await db.close();
