/**
 * A family's report of a missing or detained man, from the public form: no
 * account, limited per client network, and nothing in the answer but a
 * reference and a date.
 *
 * A report opens a case in triage (origin 'intake') with the reporter as a
 * family contact, the report as a contact-log entry, the last known place as
 * whereabouts and the family's view of his situation as the first status,
 * in one transaction, audited with the caller as actor ('anonymous' for the
 * public). Then the match search (src/cases/links/suggest.ts) looks for
 * public reports that may concern him; its results go to the caseworkers'
 * suggestions and never back to the reporter.
 *
 * A second report for the same man does not open a second case. "Same man"
 * is: a triage or open case whose name has the same blind index (case,
 * spaces, ё/е folded) and either the same birth date as given (both given,
 * equal as written) or a family contact with the same contact (the same
 * reporter sending again). The report is then attached to that case as a
 * contact-log entry (with what this reporter wrote about name, birth date,
 * region and unit, since a stranger's report does not change those fields
 * of the case, nor its status or whereabouts) and a family contact.
 *
 * What the reporter is told does not depend on it. Answering with the
 * earlier case's reference would confirm to whoever sent the form that
 * somebody already reported this man: an impersonator, or an official
 * looking for who is searching for him, could test names that way. So every
 * report gets a fresh reference of the same form: for a new case its own
 * reference, for an attached report a new random one written into the
 * contact-log entry ("Reference given to the reporter: ..."), so a
 * caseworker reading the case can connect a caller who quotes it. That
 * reference is also kept (case_receipts), so searching the case list by it
 * finds the case (src/cases/search/list.ts); the reporter's contact finds it
 * too (case_family's blind index). The match search runs in both cases; the two paths still
 * take different times, which the HTTP route hides by answering no sooner
 * than a fixed delay (src/server/routes/cases/intake.ts).
 */
import { type Kysely, sql, type Transaction } from 'kysely';
import { blindIndex } from '../../security/crypto/blind-index.ts';
import type { Security } from '../../security/services.ts';
import { networkOf } from '../../security/throttle/keys.ts';
import type { DB } from '../../store/db-types.ts';
import { takeAttempt } from '../challenges/attempts.ts';
import { familyContactIndex } from '../entries.ts';
import { CaseError } from '../errors.ts';
import { suggestLinksForCase } from '../links/suggest.ts';
import {
  addContact,
  addFamily,
  addStatus,
  addWhereabouts,
  auditCase,
  freshRef,
  insertCase,
  nameIndex,
} from '../repository.ts';
import { today } from '../time.ts';
import { recordReceipt } from '../search/receipts.ts';
import { findEarlierCase } from './earlier.ts';
import { IntakeInput } from './schema.ts';
import { intakeHowKnown, intakeStatusNote, intakeSummary, reporterLabel } from './summary.ts';

/** Reports accepted per client network (an IPv4 address, an IPv6 /64) per hour; the next is refused for an hour. */
export const INTAKE_LIMIT = Object.freeze({ perNetwork: 5, windowSeconds: 60 * 60, lockSeconds: 60 * 60 });

/** Same alphabet and shape as case references (repository.ts), so a receipt looks like one. */

export interface IntakeOutcome {
  /** For the reporter. */
  ref: string;
  receivedAt: string;
  /** For the server and tests only, never sent to the reporter. */
  caseId: string | null;
  disposition: 'opened' | 'attached' | 'dropped';
  /** New match suggestions, or null when the search failed or did not run. */
  suggestions: number | null;
}

export interface IntakeOptions {
  /** The client's address: the limit is counted per network (networkOf). */
  address: string;
  /** The audit actor: 'anonymous' for the public form. */
  actor?: string;
  /**
   * 'await' (default): run the match search before returning. 'later': start
   * it and return at once; the web route does this, so the family's answer
   * takes the same time however large the knowledge base is.
   */
  search?: 'await' | 'later';
}

/** Records a family's report; throws CaseError 'throttled' (with seconds to wait) or 'invalid_input'. */
export async function submitIntake(
  db: Kysely<DB>,
  security: Security,
  raw: IntakeInput,
  options: IntakeOptions,
): Promise<IntakeOutcome> {
  const input = IntakeInput.parse(raw);
  const actor = options.actor ?? 'anonymous';
  const now = security.now();
  if (input.lastContactOn && input.lastContactOn > today(new Date(now.getTime() + 86_400_000))) {
    throw new CaseError('invalid_input', 'lastContactOn: the date is in the future');
  }
  const decision = await takeAttempt(security.throttle, [intakeLimit(security, options.address)], now);
  if (!decision.allowed) {
    throw new CaseError(
      'throttled',
      'too many reports from this network; try again later',
      decision.retryAfterSeconds,
    );
  }
  const receivedAt = now.toISOString();
  // A filled-in trap field: a robot. Answered like anyone, nothing stored.
  if (input.website)
    return { ref: await freshRef(db), receivedAt, caseId: null, disposition: 'dropped', suggestions: null };

  // One transaction per report, serialised per name: two reports of the same man arriving
  // together cannot both miss each other and open two cases.
  const { caseId, ref, earlier } = await db.transaction().execute(async (trx) => {
    const key = nameIndex(security, input.name);
    await sql`select pg_advisory_xact_lock(hashtext(${`intake:${key}`}))`.execute(trx);
    const found = await findEarlierCase(trx, security, input);
    if (found) {
      const receipt = await freshRef(trx);
      await attachReport(trx, security, actor, found, input, receipt);
      await recordReceipt(trx, found, receipt, now);
      return { caseId: found, ref: receipt, earlier: true };
    }
    const id = await insertCase(
      trx,
      security,
      actor,
      {
        personName: input.name,
        birthDate: input.birthDate,
        unit: input.unit,
        region: input.region,
        lastContactOn: input.lastContactOn,
      },
      { origin: 'intake', state: 'triage' },
    );
    await recordReport(trx, security, actor, id, input);
    const row = await trx.selectFrom('cases').select('ref').where('id', '=', id).executeTakeFirstOrThrow();
    return { caseId: id, ref: row.ref, earlier: false };
  });
  const disposition = earlier ? 'attached' : 'opened';
  if (options.search === 'later') {
    void matchSearch(db, security, caseId);
    return { ref, receivedAt, caseId, disposition, suggestions: null };
  }
  return { ref, receivedAt, caseId, disposition, suggestions: await matchSearch(db, security, caseId) };
}

/** The entries of a new case opened by a report (inside the report's transaction). */
async function recordReport(
  trx: Transaction<DB>,
  security: Security,
  actor: string,
  caseId: string,
  input: IntakeInput,
) {
  await recordReporter(trx, security, actor, caseId, input, intakeSummary(input));
  if (input.lastPlace) {
    await addWhereabouts(trx, security, actor, caseId, {
      place: input.lastPlace,
      since: input.lastContactOn,
      howKnown: intakeHowKnown(input),
    });
  }
  // The status is dated by the facts: the situation the family describes holds since his last
  // contact. The day of the form only stands in when they gave no date; dating it by the form would
  // make it outrank every dated fact recorded later (a release in June 2024 under "detained since
  // the day of the report").
  await addStatus(trx, security, actor, caseId, {
    status: input.situation ?? 'unknown',
    onDate: input.lastContactOn ?? today(security.now()),
    evidenceKind: 'intake',
    note: intakeStatusNote(input.language),
  });
}

/** A later report on an earlier case: a contact-log entry, and the reporter as a family contact unless already one. */
async function attachReport(
  trx: Transaction<DB>,
  security: Security,
  actor: string,
  caseId: string,
  input: IntakeInput,
  ref: string,
) {
  await recordReporter(trx, security, actor, caseId, input, intakeSummary(input, { repeatReceipt: ref }));
  await auditCase(trx, security, actor, 'update', caseId, { part: 'intake', repeat: true });
}

/** The match search; a failure there must not lose the report, which is already stored. */
async function matchSearch(db: Kysely<DB>, security: Security, caseId: string): Promise<number | null> {
  try {
    return await suggestLinksForCase(db, security, caseId);
  } catch (error) {
    // The message may repeat case data: the error's name only.
    console.error(`objector: match search after an intake report failed: ${(error as Error).name}`);
    return null;
  }
}

function intakeLimit(security: Security, address: string) {
  return {
    key: blindIndex(security.keyring, networkOf(address), 'throttle.intake', { normalise: (v) => v }),
    limit: INTAKE_LIMIT.perNetwork,
    windowSeconds: INTAKE_LIMIT.windowSeconds,
    lockSeconds: INTAKE_LIMIT.lockSeconds,
  };
}

/** The reporter as a family contact (unless their contact is already one) and the report in the contact log. */
async function recordReporter(
  trx: Transaction<DB>,
  security: Security,
  actor: string,
  caseId: string,
  input: IntakeInput,
  summary: string,
) {
  const known = await trx
    .selectFrom('case_family')
    .select('id')
    .where('case_id', '=', caseId)
    .where('contact_index', '=', familyContactIndex(security, input.contact))
    .executeTakeFirst();
  if (!known) {
    await addFamily(trx, security, actor, caseId, {
      name: input.reporterName,
      relation: input.relation,
      contact: input.contact,
    });
  }
  await addContact(trx, security, actor, caseId, {
    channel: 'form',
    direction: 'in',
    counterpart: reporterLabel(input),
    summary,
  });
}
