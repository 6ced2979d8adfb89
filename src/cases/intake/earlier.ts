/**
 * Finding the case a family's report is about, when there already is one:
 * see "A second report for the same man" in intake.ts. The name is compared
 * through its blind index (repository.ts nameIndex: case, spaces, ё/е
 * folded), the birth date by decrypting the few candidates, the reporter
 * through the family contacts' blind index.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Security } from '../../security/services.ts';
import type { DB } from '../../store/db-types.ts';
import { familyContactIndex } from '../entries.ts';
import { nameIndex } from '../repository.ts';
import { rowSeal } from '../sealed.ts';
import type { IntakeInput } from './schema.ts';

/** The triage or open case this report is about, if there is one. */
export async function findEarlierCase(
  db: Kysely<DB> | Transaction<DB>,
  security: Security,
  input: IntakeInput,
): Promise<string | null> {
  const rows = await db
    .selectFrom('cases')
    .select(['id', 'birth_date'])
    .where('name_index', '=', nameIndex(security, input.name))
    .where('state', 'in', ['triage', 'open'])
    .orderBy('updated_at', 'desc')
    .limit(50)
    .execute();
  if (rows.length === 0) return null;
  if (input.birthDate) {
    const same = rows.find(
      (r) => rowSeal(security, 'cases', r.id).open('birth_date', r.birth_date) === input.birthDate,
    );
    if (same) return same.id;
  }
  const byReporter = await db
    .selectFrom('case_family')
    .select('case_id')
    .where(
      'case_id',
      'in',
      rows.map((r) => r.id),
    )
    .where('contact_index', '=', familyContactIndex(security, input.contact))
    .executeTakeFirst();
  return byReporter?.case_id ?? null;
}
