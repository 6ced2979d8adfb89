/**
 * Documents attached to a case (scans of papers, answers to appeals): their
 * kinds, the types and size accepted, and the shape lists show (never the
 * content, which is read one document at a time).
 */
import { z } from '@hono/zod-openapi';

export const DOCUMENT_KINDS = ['scan', 'answer', 'other'] as const;
export const DocumentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** What a scanner or a phone camera makes; anything else (an executable, an office file with macros) is refused. */
export const DOCUMENT_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/tiff',
  'image/heic',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** Largest document accepted: a multi-page scan at a readable resolution. */
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

export const DocumentInput = z.object({
  kind: DocumentKind,
  /** The appeal an answer belongs to. */
  appealId: z.string().min(1).max(100).optional(),
  filename: z.string().trim().min(1).max(200),
});
export type DocumentInput = z.infer<typeof DocumentInput>;

export const CaseDocument = z
  .object({
    id: z.string(),
    caseId: z.string(),
    appealId: z.string().nullable(),
    kind: DocumentKind,
    filename: z.string(),
    mediaType: z.enum(DOCUMENT_TYPES),
    byteSize: z.number().int(),
    uploadedBy: z.string(),
    uploadedAt: z.string(),
  })
  .openapi('CaseDocument');
export type CaseDocument = z.infer<typeof CaseDocument>;
