/**
 * Appeals and letters: input and output shapes, declared once (zod gives the
 * types, validates API input and feeds the OpenAPI document).
 */
import { z } from '@hono/zod-openapi';
import { AddresseeType, CaseStatus, IsoDate } from '../schema.ts';

/** A calendar date that exists (IsoDate refuses 2026-02-30 rather than rolling it over). */
export const CalendarDate = IsoDate;

const text = (max: number) => z.string().trim().min(1).max(max);

export const APPEAL_STATES = ['answered', 'overdue', 'due_soon', 'pending'] as const;
export const AppealStateName = z.enum(APPEAL_STATES);

export const AppealInput = z
  .object({
    addresseeType: AddresseeType,
    /** The addressee as written on the letter ("Военному прокурору ... гарнизона"). */
    addressee: text(500).optional(),
    /** What was asked. */
    subject: text(5000).optional(),
    filedOn: CalendarDate,
    /** A caseworker's explicit due date; otherwise the addressee type's rule decides. */
    dueOn: CalendarDate.optional(),
    response: text(20_000).optional(),
    respondedOn: CalendarDate.optional(),
    /** Also record status 'appealed' on the filing date (evidence: document). Default true. */
    recordStatus: z.boolean().default(true),
  })
  .refine((a) => !a.dueOn || a.dueOn >= a.filedOn, { message: 'must not be before filedOn', path: ['dueOn'] })
  .refine((a) => !a.respondedOn || a.respondedOn >= a.filedOn, {
    message: 'must not be before filedOn',
    path: ['respondedOn'],
  })
  .openapi('AppealInput');
export type AppealInput = z.input<typeof AppealInput>;

export const AppealUpdate = z
  .object({
    addressee: text(500).nullable().optional(),
    subject: text(5000).nullable().optional(),
    dueOn: CalendarDate.optional(),
    /** The answer received; giving it without respondedOn dates it today. */
    response: text(20_000).nullable().optional(),
    /** Null marks the appeal unanswered again. */
    respondedOn: CalendarDate.nullable().optional(),
    /** What the answer changes: this status enters the history, dated by the answer, with the appeal as evidence. */
    status: CaseStatus.optional(),
  })
  .refine((u) => Object.values(u).some((v) => v !== undefined), { message: 'nothing to change', path: [] })
  .openapi('AppealUpdate');
export type AppealUpdate = z.infer<typeof AppealUpdate>;

/** An appeal as the case file shows it, with where it stands today. */
export const Appeal = z
  .object({
    id: z.string(),
    caseId: z.string(),
    addresseeType: AddresseeType,
    addressee: z.string().nullable(),
    subject: z.string().nullable(),
    filedOn: z.string(),
    dueOn: z.string(),
    response: z.string().nullable(),
    respondedOn: z.string().nullable(),
    state: AppealStateName,
    daysOverdue: z.number().int().nullable(),
    daysRemaining: z.number().int().nullable(),
    recordedBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Appeal');
export type Appeal = z.infer<typeof Appeal>;

/** An overdue or soon-due appeal across cases: ids and dates, the case title only when asked for. */
export const DueAppeal = z
  .object({
    caseId: z.string(),
    caseRef: z.string(),
    appealId: z.string(),
    addresseeType: AddresseeType,
    filedOn: z.string(),
    dueOn: z.string(),
    state: z.enum(['overdue', 'due_soon']),
    daysOverdue: z.number().int().nullable(),
    daysRemaining: z.number().int().nullable(),
    title: z.string().optional(),
  })
  .openapi('DueAppeal');
export type DueAppeal = z.infer<typeof DueAppeal>;

const Bilingual = z.object({ ru: z.string(), en: z.string() });

export const AddresseeRuleView = z
  .object({
    type: AddresseeType,
    label: Bilingual,
    days: z.number().int(),
    extendableToDays: z.number().int().nullable(),
    dueSoonDays: z.number().int(),
    basis: Bilingual,
    verify: z.string(),
    overridden: z.boolean(),
  })
  .openapi('AddresseeRule');

export const LetterTemplateView = z
  .object({ id: z.string(), title: Bilingual, addresseeTypes: z.array(AddresseeType) })
  .openapi('LetterTemplate');
