/** What every case route module needs, passed down from createApp. */
import type { Kysely } from 'kysely';
import type { Security } from '../../../security/services.ts';
import type { DB } from '../../../store/db-types.ts';
import type { ConnectionOptions } from '../../security/client.ts';

export interface CaseRouteDeps {
  db: Kysely<DB>;
  security: Security;
  /** How the client address is found (X-Forwarded-For behind a trusted proxy): the intake's rate limit counts by it. */
  connection?: ConnectionOptions;
  /** The installation's own PFIF domain: only record ids under it name cases opened here. */
  pfifDomain?: string;
}
