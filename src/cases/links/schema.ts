/**
 * Shapes of case linking as the API takes and returns them: suggestions with
 * their report, a caseworker's decision, and the related material of a case.
 */
import { z } from '@hono/zod-openapi';
import { CaseStatus, IsoDate, StatusEntry } from '../schema.ts';
import { BASES } from './match.ts';
import { ReasonPart } from './reason.ts';

export const Basis = z.enum(BASES);

export const SourceRef = z.object({
  id: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().nullable(),
});
export type SourceRef = z.infer<typeof SourceRef>;

export const ClaimSnippet = z.object({
  id: z.string(),
  kind: z.string(),
  /** What the claim says: the name, unit or place as written, or the event's or figure's quote. */
  text: z.string().nullable(),
  /** The passage of the report around it. */
  snippet: z.string(),
});
export type ClaimSnippet = z.infer<typeof ClaimSnippet>;

export const Suggestion = z
  .object({
    id: z.string(),
    score: z.number(),
    basis: z.array(Basis),
    /** Why, in English (for the CLI and older clients). */
    reason: z.string().nullable(),
    /** Why, as parts the reader's language writes; null for a reason stored as text before. */
    reasons: z.array(ReasonPart).nullable(),
    createdAt: z.string(),
    source: SourceRef,
    claims: z.array(ClaimSnippet),
  })
  .openapi('CaseSuggestion');
export type Suggestion = z.infer<typeof Suggestion>;

export const Decision = z
  .object({
    decision: z.enum(['accept', 'reject']),
    /** The status the report stands for; by default from its gravest event. */
    status: CaseStatus.optional(),
    /** When it happened; by default the event's date or the report's. */
    onDate: IsoDate.optional(),
    note: z.string().trim().min(1).max(5000).optional(),
  })
  .openapi('CaseLinkDecision');
export type Decision = z.infer<typeof Decision>;

export const DecisionResult = z
  .object({
    id: z.string(),
    sourceId: z.string(),
    state: z.enum(['accepted', 'rejected']),
    decidedBy: z.string(),
    decidedAt: z.string(),
    /** The status history entry an accepted report made; null for a rejection. */
    status: StatusEntry.nullable(),
  })
  .openapi('CaseLinkDecisionResult');
export type DecisionResult = z.infer<typeof DecisionResult>;

const page = <T extends z.ZodTypeAny>(item: T) => z.object({ total: z.number().int(), items: z.array(item) });

export const RelatedClaim = z.object({
  id: z.string(),
  sourceId: z.string(),
  kind: z.string(),
  state: z.string(),
  relation: z.enum(['mention', 'context', 'accepted']),
  text: z.string().nullable(),
});
export const RelatedEvent = z.object({
  id: z.string(),
  sourceId: z.string(),
  type: z.string(),
  state: z.string(),
  date: z.string().nullable(),
  place: z.string().nullable(),
  quote: z.string().nullable(),
});
export type RelatedClaim = z.infer<typeof RelatedClaim>;
export type RelatedEvent = z.infer<typeof RelatedEvent>;

export const RelatedGroup = z.object({
  basis: Basis,
  /** The knowledge-base records of this basis (his person records, his unit, the places and sites). */
  records: z.array(z.object({ id: z.string(), kind: z.string(), name: z.string() })),
  sources: page(SourceRef),
  claims: page(RelatedClaim),
  events: page(RelatedEvent),
});
export type RelatedGroup = z.infer<typeof RelatedGroup>;

export const Related = z.object({ caseId: z.string(), groups: z.array(RelatedGroup) }).openapi('CaseRelated');
export type Related = z.infer<typeof Related>;
