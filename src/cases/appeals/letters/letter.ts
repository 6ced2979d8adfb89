/**
 * A letter for an appeal: gathers what the template needs from the case file
 * (the man's name, birth date and unit, his latest whereabouts, the chosen
 * family contact as applicant, the case's earlier appeals), renders it, and
 * audits the export: the letter carries the case's personal data out.
 */
import type { Security } from '../../../security/services.ts';
import { openFamily, openWhereabouts } from '../../entries.ts';
import { CaseError } from '../../errors.ts';
import { auditCase, openCase, requireCase } from '../../repository.ts';
import type { AddresseeType } from '../../schema.ts';
import { rowSeal } from '../../sealed.ts';
import { isoDate, today } from '../../time.ts';
import { type Db, inTransaction, requireAppeal } from '../repository.ts';
import { type AppealRules, appealRules } from '../rules.ts';
import { letterDocx } from './docx.ts';
import { letterFields } from './fields.ts';
import { renderLetter } from './render.ts';
import { type LetterTemplate, letterTemplates } from './templates.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface LetterRequest {
  /** The template id (file name without .txt). */
  template: string;
  /** The family contact who signs the letter, by id; without it the applicant block stays blank. */
  familyId?: string;
  rules?: AppealRules;
  templates?: readonly LetterTemplate[];
  /** text (default) or docx: a document to print and sign. */
  format?: 'text' | 'docx';
}

export interface Letter {
  /** A file name that names no one. */
  filename: string;
  mediaType: string;
  /** The letter as text (also for a DOCX, for tests and previews). */
  text: string;
  /** The file to download: UTF-8 text, or the DOCX document. */
  bytes: Uint8Array;
}

/** Renders the letter `request.template` for an appeal of a case; audited as an export. */
export async function appealLetter(
  db: Db,
  security: Security,
  actor: string,
  caseId: string,
  appealId: string,
  request: LetterRequest,
): Promise<Letter> {
  const template = (request.templates ?? letterTemplates()).find((t) => t.id === request.template);
  if (!template) throw new CaseError('unknown_template', 'template: no letter template with this id');
  const rules = request.rules ?? appealRules();
  return inTransaction(db, async (trx) => {
    const person = openCase(security, await requireCase(trx, caseId));
    const appeal = await requireAppeal(trx, caseId, appealId);
    const applicant = request.familyId ? await familyContact(trx, security, caseId, request.familyId) : null;
    const places = await trx
      .selectFrom('case_whereabouts')
      .selectAll()
      .where('case_id', '=', caseId)
      .execute();
    const latest = places
      .map((r) => openWhereabouts(security, r))
      .sort((a, b) => (b.since ?? b.recordedAt).localeCompare(a.since ?? a.recordedAt))[0];
    const appeals = await trx
      .selectFrom('case_appeals')
      .select(['id', 'addressee_type', 'filed_on', 'due_on', 'responded_on'])
      .where('case_id', '=', caseId)
      .execute();
    const s = rowSeal(security, 'case_appeals', appealId);
    const fields = letterFields({
      appeal: {
        id: appealId,
        addressee: s.open('addressee', appeal.addressee),
        subject: s.open('subject', appeal.subject),
        filedOn: isoDate(appeal.filed_on),
      },
      applicant,
      person: {
        name: person.personName,
        birthDate: person.birthDate,
        unit: person.unit,
        lastContactOn: person.lastContactOn,
      },
      whereabouts: latest ? { place: latest.place, since: latest.since } : null,
      appeals: appeals.map((a) => ({
        id: a.id,
        addresseeType: a.addressee_type as AddresseeType,
        filedOn: isoDate(a.filed_on),
        dueOn: isoDate(a.due_on),
        respondedOn: a.responded_on ? isoDate(a.responded_on) : null,
      })),
      today: today(security.now()),
      rules,
    });
    const format = request.format ?? 'text';
    await auditCase(trx, security, actor, 'export', caseId, {
      part: 'appeal',
      appeal: appealId,
      template: template.id,
      family: request.familyId ?? null,
      format,
    });
    const text = renderLetter(template, fields);
    const name = `letter-${template.id}-${isoDate(appeal.filed_on)}`;
    if (format === 'docx')
      return { filename: `${name}.docx`, mediaType: DOCX, text, bytes: await letterDocx(text) };
    return {
      filename: `${name}.txt`,
      mediaType: 'text/plain; charset=utf-8',
      text,
      bytes: Buffer.from(text),
    };
  });
}

async function familyContact(trx: Db, security: Security, caseId: string, familyId: string) {
  const row = await trx
    .selectFrom('case_family')
    .selectAll()
    .where('id', '=', familyId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!row) throw new CaseError('item_not_found', 'family: no family contact with this id on this case');
  const f = openFamily(security, row);
  return { name: f.name, relation: f.relation, contact: f.contact };
}
