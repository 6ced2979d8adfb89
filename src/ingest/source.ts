/**
 * What parsing a file produces: one ParsedSource per document in it (one for
 * a text, Markdown or HTML file; one per message of a Telegram export; one
 * per row of a CSV file). The store keeps these as sources.
 */
import { z } from 'zod';
import { Language } from '../claims/schema.ts';

export const SourceFormat = z.enum(['txt', 'md', 'html', 'telegram', 'csv']);
export type SourceFormat = z.infer<typeof SourceFormat>;

export const ParsedSource = z.object({
  /** Stable key of this item inside its file: '' for single-document files, the Telegram message id, the CSV row number. */
  itemKey: z.string(),
  title: z.string().nullable(),
  /** Plain text; paragraphs separated by a blank line, lines by '\n'. Never empty. */
  text: z.string().min(1),
  /** Detected from the text (or given explicitly by a CSV column / front matter), never from the file name. */
  language: Language,
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  author: z.string().nullable(),
  /** ISO 8601 date or date-time as given by the source, or null. */
  published: z.string().nullable(),
  format: SourceFormat,
  /** WHATWG name of the encoding the bytes were decoded with, e.g. 'utf-8', 'windows-1251', 'koi8-r'. */
  encoding: z.string(),
  /** A forwarded post: the channel or person it was forwarded from (Telegram). */
  forwardedFrom: z.string().nullable().optional(),
  /** When the item was last edited, ISO 8601 (Telegram), or null. */
  edited: z.string().nullable().optional(),
  /** Targets of the links in the text (http(s) only), in order, without repeats. */
  links: z.array(z.string()).optional(),
});
export type ParsedSource = z.infer<typeof ParsedSource>;

/** What a format parser returns: everything but the fields parseFile fills in for all formats. */
export type SourceDraft = Omit<ParsedSource, 'language' | 'format' | 'encoding'> & {
  /** An explicit language from the input (CSV column, front matter); detected from the text when absent. */
  language?: Language | null;
};
