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
import * as m0034 from './0034-derived.ts';
import * as m0037 from './0037-case-search.ts';
import * as m0038 from './0038-case-documents.ts';
import * as m0042 from './0042-source-forwards.ts';
import * as m0043 from './0043-claim-state-check.ts';

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
  '0034-derived': m0034,
  '0037-case-search': m0037,
  '0038-case-documents': m0038,
  '0042-source-forwards': m0042,
  '0043-claim-state-check': m0043,
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return migrations;
  },
};
