/**
 * The Source shape as the API and `--json` output present it: one schema
 * gives the TypeScript type, the response validation and the OpenAPI entry.
 */
import { z } from 'zod';
import { Language } from '../claims/schema.ts';

export const SourceSummary = z.object({
  id: z.string(),
  title: z.string().nullable(),
  language: Language,
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  author: z.string().nullable(),
  published: z.string().nullable(),
  format: z.string(),
  /** The original this source reprints (near-duplicate), or null. */
  duplicateOf: z.string().nullable(),
  similarity: z.number().nullable(),
  ingestedAt: z.string(),
});
export type SourceSummary = z.infer<typeof SourceSummary>;

export const SourceDetail = SourceSummary.extend({
  text: z.string(),
  encoding: z.string(),
  origin: z.string().nullable(),
  /** Sources that reprint this one. */
  duplicates: z.array(z.string()),
  /** A forwarded post: where it was forwarded from (Telegram). */
  forwardedFrom: z.string().nullable(),
  /** When the post was last edited (Telegram), or null. */
  edited: z.string().nullable(),
  /** Targets of the links in the text, including those hidden behind words. */
  links: z.array(z.string()),
});
export type SourceDetail = z.infer<typeof SourceDetail>;

export const IngestFailure = z.object({ path: z.string(), error: z.string(), code: z.string() });
export type IngestFailure = z.infer<typeof IngestFailure>;

export const IngestReport = z.object({
  added: z.number().int(),
  /** Exact copies of a stored source: not stored again. */
  duplicates: z.number().int(),
  /** Stored, but linked to their original through duplicateOf. */
  nearDuplicates: z.number().int(),
  failed: z.array(IngestFailure),
  /** Folder entries deliberately not read (symbolic links); present only when there are some. */
  skipped: z.array(IngestFailure).optional(),
});
export type IngestReport = z.infer<typeof IngestReport>;
