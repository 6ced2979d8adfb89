/**
 * A family's report through the public form, declared once: validation of
 * the anonymous POST, the TypeScript types and the OpenAPI document. What
 * comes back is a reference and a date, never anything about the case or
 * other people (IntakeReceipt).
 */
import { z } from '@hono/zod-openapi';
import { resolveRegion } from '../region-names.ts';
import { IsoDate, PartialDate } from '../schema.ts';
import { INTAKE_REGIONS } from './regions.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
/** An optional field the form may send as an empty string. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const PHONE = /^\+?[\d\s().-]{7,30}$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,}$/;
/** A messenger handle: @name, or a t.me / wa.me / signal.me link. */
const HANDLE = /^(@[\p{L}\p{N}_.]{2,64}|(https?:\/\/)?(t\.me|wa\.me|signal\.me)\/\S{2,100})$/iu;

const REGION_CODES = INTAKE_REGIONS.map((r) => r.code) as [string, ...string[]];
/** A region's name (Бурятия, Buryatia) read to its code; anything else left for the enum to refuse. */
const regionCode = (v: unknown) => {
  if (typeof v !== 'string') return v;
  const r = resolveRegion(v);
  return r.ok ? r.code : v;
};

/** The situations a family can choose; each becomes the first status of the case. */
export const INTAKE_SITUATIONS = ['missing', 'detained', 'refused', 'unknown'] as const;

export const IntakeInput = z
  .object({
    name: text(200)
      .refine((v) => /\p{L}/u.test(v), 'must contain letters')
      .openapi({
        description: 'His name as the family writes it, in any script',
        example: 'Тестов Пётр Ильич',
      }),
    birthDate: optional(PartialDate).openapi({
      description: 'A year, a month and year or a date, as written (1994, 03.1994, 14.03.1994, 1994-03-14)',
      example: '03.1994',
    }),
    region: optional(z.preprocess(regionCode, z.enum(REGION_CODES))).openapi({
      description:
        'Home region: one of data/regions/regions.json, by its ISO 3166-2 code or its name in English or Russian',
      example: 'RU-BU',
    }),
    unit: optional(text(200)).openapi({ description: 'His unit as written', example: 'в/ч 00000' }),
    lastContactOn: optional(IsoDate).openapi({ description: 'When he was last in touch' }),
    lastWords: optional(text(5000)).openapi({ description: 'What he said then' }),
    lastPlace: optional(text(300)).openapi({ description: 'Where he was last, as far as the family knows' }),
    situation: optional(z.enum(INTAKE_SITUATIONS)).openapi({
      description: 'What the family thinks happened',
    }),
    reporterName: optional(text(200)).openapi({ description: 'The name of the person reporting' }),
    relation: optional(text(100)).openapi({ description: 'Their relation to him', example: 'mother' }),
    contact: text(200)
      .refine((v) => PHONE.test(v) || EMAIL.test(v) || HANDLE.test(v), {
        message: 'give a phone number, an e-mail address or a messenger handle (@name)',
      })
      .openapi({ description: 'How a caseworker can reach the reporter', example: '+7 900 000-00-00' }),
    language: z.enum(['ru', 'en']).openapi({ description: 'The language of the form (and of the answer)' }),
    consent: z.literal(true).openapi({
      description: 'true: the notice on what is stored and who sees it was shown and accepted',
    }),
    website: z.string().max(500).optional().openapi({
      description:
        'Leave empty. A trap for automated submissions: the web form hides it (and turns autocomplete off); a report with it filled in is answered like any other and not stored.',
    }),
  })
  .openapi('IntakeInput');
export type IntakeInput = z.infer<typeof IntakeInput>;

export const IntakeReceipt = z
  .object({
    ref: z
      .string()
      .openapi({ description: 'A reference to quote when contacting the helpline', example: 'K7QX-3MPA' }),
    receivedAt: z.string().openapi({ description: 'When the report was received (ISO 8601)' }),
    message: z.string(),
  })
  .openapi('IntakeReceipt');
export type IntakeReceipt = z.infer<typeof IntakeReceipt>;
