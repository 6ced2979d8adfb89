/**
 * The migrations, in order. Append only: a migration that has shipped is never
 * edited; a change to the schema is a new numbered file listed here.
 */
import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001-sources.ts';
import * as m0002 from './0002-claims.ts';
import * as m0003 from './0003-security.ts';
import * as m0004 from './0004-notes.ts';
import * as m0010 from './0010-knowledge.ts';
import * as m0020 from './0020-search.ts';
import * as m0030 from './0030-cases.ts';
import * as m0031 from './0031-pfif.ts';
import * as m0032 from './0032-casework-months.ts';
import * as m0033 from './0033-claim-version.ts';

const migrations: Record<string, Migration> = {
  '0001-sources': m0001,
  '0002-claims': m0002,
  '0003-security': m0003,
  '0004-notes': m0004,
  '0010-knowledge': m0010,
  '0020-search': m0020,
  '0030-cases': m0030,
  '0031-pfif': m0031,
  '0032-casework-months': m0032,
  '0033-claim-version': m0033,
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return migrations;
  },
};
