/**
 * The case file's vocabulary and shapes, declared once: these zod schemas give
 * the TypeScript types, validate API input and feed the OpenAPI document.
 * The SQL checks in migration 0030 repeat the enumerations; a test compares them.
 */
import { z } from '@hono/zod-openapi';
import { resolveRegion } from './region-names.ts';
import { isCalendarDate } from './time.ts';
import { typedDate, typedPartialDate } from './typed-dates.ts';

export const CASE_STATUSES = [
  'refused',
  'appealed',
  'detained',
  'transferred',
  'missing',
  'prosecuted',
  'released',
  'left_country',
  'deceased',
  'unknown',
] as const;
export const CaseStatus = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof CaseStatus>;

export const CASE_KINDS = ['person', 'group'] as const;
export const CASE_STATES = ['triage', 'open', 'closed'] as const;
export const CASE_ORIGINS = ['caseworker', 'intake', 'pfif'] as const;
export const CaseKind = z.enum(CASE_KINDS);
export const CaseState = z.enum(CASE_STATES);
export type CaseState = z.infer<typeof CaseState>;
export type CaseOrigin = (typeof CASE_ORIGINS)[number];

export const EVIDENCE_KINDS = [
  'claim',
  'source',
  'call',
  'document',
  'family',
  'intake',
  'import',
  'other',
] as const;
export const EvidenceKind = z.enum(EVIDENCE_KINDS);
export type EvidenceKind = z.infer<typeof EvidenceKind>;

export const CONTACT_CHANNELS = ['call', 'message', 'email', 'meeting', 'form', 'other'] as const;
export const ContactChannel = z.enum(CONTACT_CHANNELS);

export const ADDRESSEE_TYPES = [
  'unit_command',
  'military_prosecutor',
  'ombudsman',
  'investigative_committee',
  'court',
  'other',
] as const;
export const AddresseeType = z.enum(ADDRESSEE_TYPES);
export type AddresseeType = z.infer<typeof AddresseeType>;

/** The vocabularies the web app's case screens offer, served as /data/case-vocabulary.json (web.ts). */
export const CASE_VOCABULARY = Object.freeze({
  statuses: CASE_STATUSES,
  states: CASE_STATES,
  evidence: EVIDENCE_KINDS,
  channels: CONTACT_CHANNELS,
  addressees: ADDRESSEE_TYPES,
});

/** Typed text read by `parse` (typed-dates.ts, region-names.ts); anything else is left for the checks to refuse. */
const typed = (parse: (v: string) => string | null) => (value: unknown) =>
  typeof value === 'string' ? (parse(value) ?? value) : value;

/**
 * A calendar date that exists (2026-02-30 is refused, not rolled over to March), typed as a person
 * writes it (14.02.1998, 14 февраля 1998, 1998-02-14): read to YYYY-MM-DD.
 */
export const IsoDate = z.preprocess(
  typed(typedDate),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, such as 14.02.1998')
    .refine(isCalendarDate, 'must be a real date'),
);
/** A birth date as families give it: a year, a month and year, or a whole date (1998, 02.1998, 14.02.1998). */
export const PartialDate = z.preprocess(
  typed(typedPartialDate),
  z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a year, a month and year or a date, such as 02.1998'),
);
/**
 * A region by its name in English or Russian (Buryatia, Бурятия) or its ISO 3166-2 code (RU-BU):
 * stored as the code.
 */
export const RegionCode = z.preprocess(
  typed((v) => {
    const r = resolveRegion(v);
    return r.ok ? r.code : null;
  }),
  z
    .string()
    .regex(
      /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/,
      'must be a region, by its name (Buryatia, Бурятия) or ISO 3166-2 code (RU-BU)',
    ),
);

const text = (max: number) => z.string().trim().min(1).max(max);

export const CaseInput = z
  .object({
    kind: CaseKind.default('person'),
    title: text(200).optional(),
    personName: text(200).optional(),
    birthDate: PartialDate.optional(),
    unit: text(200).optional(),
    groupSize: z.number().int().min(1).max(100_000).optional(),
    region: RegionCode.optional(),
    status: CaseStatus.optional(),
    statusOn: IsoDate.optional(),
    /** When the family last heard from him (letters quote it). */
    lastContactOn: IsoDate.optional(),
  })
  .refine((c) => c.title || c.personName, {
    message: 'a case needs a title or a person name',
    path: ['title'],
  })
  .openapi('CaseInput');
export type CaseInput = z.input<typeof CaseInput>;

export const CaseUpdate = z
  .object({
    state: CaseState.optional(),
    title: text(200).optional(),
    personName: text(200).nullable().optional(),
    birthDate: PartialDate.nullable().optional(),
    unit: text(200).nullable().optional(),
    groupSize: z.number().int().min(1).max(100_000).nullable().optional(),
    region: RegionCode.nullable().optional(),
    lastContactOn: IsoDate.nullable().optional(),
  })
  .openapi('CaseUpdate');
export type CaseUpdate = z.infer<typeof CaseUpdate>;

export const StatusInput = z
  .object({
    status: CaseStatus,
    onDate: IsoDate,
    evidenceKind: EvidenceKind,
    evidenceRef: z.string().min(1).max(200).optional(),
    note: text(5000).optional(),
  })
  .refine((s) => !(s.evidenceKind === 'claim' || s.evidenceKind === 'source') || s.evidenceRef, {
    message: 'a claim or source as evidence needs its id',
    path: ['evidenceRef'],
  })
  .openapi('StatusInput');
export type StatusInput = z.infer<typeof StatusInput>;

export const WhereaboutsInput = z
  .object({
    place: text(300),
    placeRef: z.string().min(1).max(200).optional(),
    since: IsoDate.optional(),
    howKnown: text(2000).optional(),
  })
  .openapi('WhereaboutsInput');
export type WhereaboutsInput = z.infer<typeof WhereaboutsInput>;

export const ContactInput = z
  .object({
    at: z.string().datetime({ offset: true }).optional(),
    channel: ContactChannel,
    direction: z.enum(['in', 'out']),
    counterpart: text(200).optional(),
    summary: text(10_000),
  })
  .openapi('ContactInput');
export type ContactInput = z.infer<typeof ContactInput>;

export const FamilyInput = z
  .object({
    name: text(200).optional(),
    relation: text(100).optional(),
    contact: text(200).optional(),
  })
  .refine((f) => f.name || f.contact, {
    message: 'a family contact needs a name or a contact',
    path: ['name'],
  })
  .openapi('FamilyInput');
export type FamilyInput = z.infer<typeof FamilyInput>;

export const TaskInput = z
  .object({ title: text(500), assignee: z.string().min(1).max(100).optional(), dueOn: IsoDate.optional() })
  .openapi('TaskInput');
export type TaskInput = z.infer<typeof TaskInput>;

export const TaskUpdate = z
  .object({
    done: z.boolean().optional(),
    assignee: z.string().min(1).max(100).nullable().optional(),
    dueOn: IsoDate.nullable().optional(),
  })
  .openapi('TaskUpdate');
export type TaskUpdate = z.infer<typeof TaskUpdate>;

// ---- Output shapes -------------------------------------------------------

export const StatusEntry = z.object({
  id: z.string(),
  status: CaseStatus,
  onDate: z.string(),
  evidenceKind: EvidenceKind,
  evidenceRef: z.string().nullable(),
  note: z.string().nullable(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});
export type StatusEntry = z.infer<typeof StatusEntry>;

export const Whereabouts = z.object({
  id: z.string(),
  place: z.string(),
  placeRef: z.string().nullable(),
  since: z.string().nullable(),
  howKnown: z.string().nullable(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});
export type Whereabouts = z.infer<typeof Whereabouts>;

export const ContactEntry = z.object({
  id: z.string(),
  at: z.string(),
  channel: ContactChannel,
  direction: z.enum(['in', 'out']),
  counterpart: z.string().nullable(),
  summary: z.string(),
  recordedBy: z.string(),
});
export type ContactEntry = z.infer<typeof ContactEntry>;

export const FamilyContact = z.object({
  id: z.string(),
  name: z.string().nullable(),
  relation: z.string().nullable(),
  contact: z.string().nullable(),
  createdAt: z.string(),
});
export type FamilyContact = z.infer<typeof FamilyContact>;

export const Task = z.object({
  id: z.string(),
  caseId: z.string(),
  title: z.string(),
  assignee: z.string().nullable(),
  dueOn: z.string().nullable(),
  doneAt: z.string().nullable(),
  overdue: z.boolean(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type Task = z.infer<typeof Task>;

export const Assignee = z.object({ userId: z.string(), username: z.string() });

/** A case as lists show it: the label and the facts filters need, no history. */
export const CaseSummary = z
  .object({
    id: z.string(),
    ref: z.string(),
    kind: CaseKind,
    state: CaseState,
    origin: z.enum(CASE_ORIGINS),
    title: z.string(),
    status: CaseStatus,
    statusOn: z.string().nullable(),
    region: z.string().nullable(),
    assignees: z.array(Assignee),
    pendingSuggestions: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('CaseSummary');
export type CaseSummary = z.infer<typeof CaseSummary>;

/** The core of a case file; appeals, challenges and links are added by their own modules. */
export const CaseFile = CaseSummary.extend({
  personName: z.string().nullable(),
  birthDate: z.string().nullable(),
  unit: z.string().nullable(),
  lastContactOn: z.string().nullable(),
  groupSize: z.number().int().nullable(),
  externalId: z.string().nullable(),
  statusHistory: z.array(StatusEntry),
  whereabouts: z.array(Whereabouts),
  contacts: z.array(ContactEntry),
  family: z.array(FamilyContact),
  tasks: z.array(Task),
}).openapi('CaseFile');
export type CaseFile = z.infer<typeof CaseFile>;
