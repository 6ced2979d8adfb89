/**
 * A blind index per word of a man's name, so a caseworker can find his case
 * by a surname or a given name, typed in either script, without the server
 * decrypting every case. Each word is folded to its Latin skeleton first
 * (src/resolve/names/skeleton.ts: Заречный, Zarechny, Zarechnyi → one
 * value); the keyed hash of the skeleton is stored. Like every blind index
 * it shows which cases share a word, never the word.
 */
import type { Kysely, Transaction } from 'kysely';
import { blindIndex } from '../../security/crypto/blind-index.ts';
import type { Security } from '../../security/services.ts';
import type { DB } from '../../store/db-types.ts';
import { rowSeal } from '../sealed.ts';
import { nameSkeletons } from './skeletons.ts';

const PURPOSE = 'cases.name_token';

/** The token indexes of a name (or of a search query): one per distinct word of two letters or more. */
export function nameTokenIndexes(security: Security, name: string): string[] {
  return nameSkeletons(name).map((s) => blindIndex(security.keyring, s, PURPOSE, { normalise: (v) => v }));
}

/** Replaces the case's name tokens (none for a group or a case without a name). */
export async function writeNameTokens(
  trx: Transaction<DB> | Kysely<DB>,
  security: Security,
  caseId: string,
  name: string | null | undefined,
): Promise<void> {
  await trx.deleteFrom('case_name_tokens').where('case_id', '=', caseId).execute();
  const tokens = name ? nameTokenIndexes(security, name) : [];
  if (tokens.length === 0) return;
  await trx
    .insertInto('case_name_tokens')
    .values(tokens.map((token_index) => ({ case_id: caseId, token_index })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/**
 * Cases opened before name tokens existed get them on the first search
 * (their names are decrypted here, in the server, once): a bounded batch per
 * search, so a large installation catches up over a few searches.
 */
export async function backfillNameTokens(
  trx: Transaction<DB>,
  security: Security,
  batch = 500,
): Promise<number> {
  const rows = await trx
    .selectFrom('cases')
    .select(['id', 'person_name'])
    .where('person_name', 'is not', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('case_name_tokens as t').select('t.case_id').whereRef('t.case_id', '=', 'cases.id'),
        ),
      ),
    )
    .limit(batch)
    .execute();
  for (const row of rows) {
    const name = rowSeal(security, 'cases', row.id).open('person_name', row.person_name);
    await writeNameTokens(trx, security, row.id, name);
  }
  return rows.length;
}
