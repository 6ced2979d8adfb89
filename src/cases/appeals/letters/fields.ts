/**
 * From a case file's data to a letter's fields (pure): dates written the
 * Russian way (05.03.2024; a partial birth date as 1994 or 03.1994), the
 * case's earlier appeals listed one per line. The appeal's subject is the
 * letter's statement of facts; the last contact with the family is the date
 * the family's form gave (or a caseworker set). The letter is dated by the
 * appeal's filing date, and earlier appeals are described as they stood then.
 */
import type { AddresseeType } from '../../schema.ts';
import { classify } from '../deadlines.ts';
import type { AppealRules } from '../rules.ts';
import type { LetterFields } from './render.ts';

export interface LetterSource {
  appeal: { id: string; addressee: string | null; subject: string | null; filedOn: string };
  /** The family contact writing the letter, if one was chosen. */
  applicant: { name: string | null; relation: string | null; contact: string | null } | null;
  person: {
    name: string | null;
    birthDate: string | null;
    unit: string | null;
    /** When the family last heard from him (the family's form, or the caseworker). */
    lastContactOn?: string | null;
  };
  /** The latest known whereabouts. */
  whereabouts: { place: string; since: string | null } | null;
  /** All appeals of the case (this one is left out of the list). */
  appeals: {
    id: string;
    addresseeType: AddresseeType;
    filedOn: string;
    dueOn: string;
    respondedOn: string | null;
  }[];
  today: string;
  rules: AppealRules;
}

/** A calendar date or partial date (YYYY, YYYY-MM, YYYY-MM-DD) written as in Russian documents. */
export function ruDate(date: string | null | undefined): string | null {
  if (!date) return null;
  const [y, m, d] = date.split('-');
  if (d) return `${d}.${m}.${y}`;
  if (m) return `${m}.${y}`;
  return y ?? null;
}

/** The fields of a letter about `source.appeal`. */
export function letterFields(source: LetterSource): LetterFields {
  return {
    addressee: source.appeal.addressee,
    applicant: source.applicant ?? undefined,
    person: {
      name: source.person.name,
      unit: source.person.unit,
      birthDate: ruDate(source.person.birthDate),
    },
    lastPlace: source.whereabouts?.place ?? null,
    lastPlaceSince: ruDate(source.whereabouts?.since),
    lastContactDate: ruDate(source.person.lastContactOn),
    facts: source.appeal.subject,
    previousAppeals: earlierAppeals(source),
    // The letter is the appeal: dated the day it was filed, whenever it is printed.
    date: ruDate(source.appeal.filedOn),
  };
}

function earlierAppeals(source: LetterSource): string | null {
  const lines = source.appeals
    .filter((a) => a.id !== source.appeal.id && a.filedOn <= source.appeal.filedOn)
    .sort((a, b) => a.filedOn.localeCompare(b.filedOn))
    .map((a) => {
      const label = source.rules.rules[a.addresseeType].label.ru;
      return `— ${ruDate(a.filedOn)}: ${label}; ${answerNote(a, source.appeal.filedOn)}.`;
    });
  return lines.length ? lines.join('\n') : null;
}

/** Where an earlier appeal stood on `asOf`, the day of this letter: an answer received later is not yet known then. */
function answerNote(a: LetterSource['appeals'][number], asOf: string): string {
  if (a.respondedOn && a.respondedOn <= asOf) return `ответ получен ${ruDate(a.respondedOn)}`;
  const state = classify({ ...a, respondedOn: null }, asOf, 0);
  return state.state === 'overdue'
    ? `ответ не получен, срок ответа истёк ${ruDate(a.dueOn)}`
    : `ответ ожидается до ${ruDate(a.dueOn)}`;
}
