/**
 * Why a report may concern a case, as data rather than English prose: the
 * web app writes each part in the reader's language (web/i18n, keys
 * cases.reason.*), and the API also gives an English sentence for the CLI
 * and older clients. No scores or bits: a caseworker acts on which facts
 * agree, not on a log-likelihood.
 *
 * Stored (encrypted, case_links.reason) as JSON with a version; a reason
 * written before this form is plain English text and is shown as it is.
 */
import { z } from '@hono/zod-openapi';

export const FIELD_NAMES = ['surname', 'given', 'patronymic', 'birthYear', 'unit', 'region'] as const;
export const FIELD_OUTCOMES = ['exact', 'typo', 'initial', 'diminutive', 'near', 'disagree'] as const;

export const ReasonPart = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('person'),
      /** The name as the report writes it. */
      name: z.string(),
      /** likely: a strong match with nothing against it; possible: it may be him. */
      strength: z.enum(['likely', 'possible']),
      fields: z.array(z.object({ field: z.enum(FIELD_NAMES), outcome: z.enum(FIELD_OUTCOMES) })),
      /** The name is in another report of the same person record. */
      elsewhere: z.boolean(),
    }),
    z.object({
      kind: z.literal('unit'),
      name: z.string(),
      /** The unit as the case writes it, when it differs. */
      written: z.string().nullable(),
      /** The report tells of an event in the unit, not only its name. */
      event: z.boolean(),
    }),
    z.object({ kind: z.literal('place'), names: z.array(z.string()) }),
    z.object({
      kind: z.literal('facility'),
      sites: z.array(z.object({ name: z.string(), named: z.boolean() })),
    }),
    z.object({ kind: z.literal('otherMen') }),
  ])
  .openapi('CaseLinkReasonPart');
export type ReasonPart = z.infer<typeof ReasonPart>;

const Stored = z.object({ v: z.literal(1), parts: z.array(ReasonPart) });

/** The stored form of a reason (before encryption). */
export function encodeReason(parts: readonly ReasonPart[]): string {
  return JSON.stringify({ v: 1, parts });
}

/** A stored reason: its parts, or null for an older reason kept as text; and an English sentence either way. */
export function decodeReason(stored: string | null): { parts: ReasonPart[] | null; text: string | null } {
  if (stored === null) return { parts: null, text: null };
  try {
    const parsed = Stored.safeParse(JSON.parse(stored));
    if (parsed.success) return { parts: parsed.data.parts, text: reasonWords(parsed.data.parts) };
  } catch {
    // Not JSON: a reason written as text before the structured form.
  }
  return { parts: null, text: stored };
}

const FIELD_WORDS: Record<(typeof FIELD_NAMES)[number], string> = {
  surname: 'surname',
  given: 'given name',
  patronymic: 'patronymic',
  birthYear: 'birth year',
  unit: 'unit',
  region: 'region',
};

/** The reason in English, one clause per part. */
export function reasonWords(parts: readonly ReasonPart[]): string {
  return parts.map(partWords).join('; ');
}

function partWords(p: ReasonPart): string {
  switch (p.kind) {
    case 'person': {
      const agree = p.fields.map(
        (f) => `${FIELD_WORDS[f.field]} ${f.outcome === 'disagree' ? 'differs' : f.outcome}`,
      );
      const verdict = p.strength === 'likely' ? 'is likely his' : 'may be his';
      const via = p.elsewhere ? ' in another report; this one is about the same person record' : '';
      return `name “${p.name}” ${verdict}${agree.length ? ` (${agree.join(', ')})` : ''}${via}`;
    }
    case 'unit':
      return `his unit ${p.name}${p.written ? ` (written “${p.written}”)` : ''}: ${p.event ? 'the report tells of an event in it' : 'named only'}`;
    case 'place':
      return `a place he was: ${p.names.join(', ')}`;
    case 'facility':
      return `a detention site where he was: ${p.sites.map((s) => (s.named ? `${s.name} (the kind of site the family named)` : s.name)).join(', ')}`;
    case 'otherMen':
      return 'the report names other soldiers, not him';
  }
}
