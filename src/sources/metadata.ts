/**
 * A source's metadata set by a person, at ingest or later: title, outlet,
 * URL, author, publication date. Plain-text and Markdown files often carry
 * none of it, and a page's own may be wrong. Values are checked here once
 * (one line, an http(s) URL, an ISO date), for the CLI, the upload form and
 * the edit form alike. A changed publication date re-runs extraction, since
 * relative dates in the text ("on Monday") resolve against it; human
 * decisions on claims are kept (claims/repository.ts).
 */
import type { Kysely, Transaction } from 'kysely';
import { extractAndSave } from '../claims/extract-source.ts';
import type { Language } from '../claims/schema.ts';
import { normalizeDate } from '../ingest/dates.ts';
import type { ParsedSource } from '../ingest/index.ts';
import { httpUrl, oneLine } from '../ingest/plain.ts';
import type { DB } from '../store/db-types.ts';

export const METADATA_FIELDS = ['title', 'outlet', 'url', 'author', 'published'] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];
/** Each field: a new value, null to clear it, absent to leave it. */
export type MetadataChanges = Partial<Record<MetadataField, string | null>>;

const MAX_LENGTH = { title: 500, outlet: 200, url: 2000, author: 200, published: 40 } as const;

export class MetadataError extends Error {
  constructor(
    /** invalid_value: the value cannot be that field's; not_found: no such source. */
    readonly code: 'invalid_value' | 'not_found',
    /** The field at fault, for forms that show the message beside it. */
    readonly field: MetadataField | null,
    message: string,
  ) {
    super(field ? `${field}: ${message}` : message);
  }
}

/** Checks and normalises changes: one-line text, an http(s) URL, an ISO date (YYYY, YYYY-MM, YYYY-MM-DD or a date-time). */
export function checkMetadata(input: Record<string, unknown>): MetadataChanges {
  const out: MetadataChanges = {};
  for (const field of METADATA_FIELDS) {
    if (!(field in input) || input[field] === undefined) continue;
    const raw = input[field];
    if (raw !== null && typeof raw !== 'string')
      throw new MetadataError('invalid_value', field, 'must be text');
    const line = oneLine(raw);
    if (line === null) {
      out[field] = null;
      continue;
    }
    if (line.length > MAX_LENGTH[field])
      throw new MetadataError('invalid_value', field, `at most ${MAX_LENGTH[field]} characters`);
    out[field] = normalise(field, line);
  }
  return out;
}

function normalise(field: MetadataField, line: string): string {
  if (field === 'url') {
    const url = httpUrl(line);
    if (!url) throw new MetadataError('invalid_value', field, 'an http:// or https:// address');
    return url;
  }
  if (field === 'published') {
    const date = normalizeDate(line);
    if (!date) throw new MetadataError('invalid_value', field, 'a date: YYYY-MM-DD, YYYY-MM or YYYY');
    return date;
  }
  return line;
}

/** Which fields changed, for the audit log: names only, never the values. */
export type ChangedFields = MetadataField[];

/**
 * Sets a stored source's metadata in one transaction; `within` runs in it
 * (the audit entry). Returns the fields that changed.
 */
export async function updateSourceMetadata(
  db: Kysely<DB>,
  id: string,
  changes: MetadataChanges,
  within?: (trx: Transaction<DB>, changed: ChangedFields) => Promise<unknown>,
): Promise<ChangedFields> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('sources')
      .select(['id', 'body', 'language', ...METADATA_FIELDS])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw new MetadataError('not_found', null, 'no source with that id');
    const changed = METADATA_FIELDS.filter((f) => changes[f] !== undefined && changes[f] !== row[f]);
    if (changed.length === 0) return changed;
    await trx
      .updateTable('sources')
      .set(Object.fromEntries(changed.map((f) => [f, changes[f] ?? null])))
      .where('id', '=', id)
      .execute();
    if (changed.includes('published')) {
      const published = changes.published ?? null;
      await extractAndSave(trx, { id, text: row.body, language: row.language as Language, published });
    }
    await within?.(trx, changed);
    return changed;
  });
}

/**
 * A file's parsed sources with the metadata a person gave at ingest. It
 * describes one document, so it applies only to a file that holds one
 * (a .txt, .md or .html page), never to every post of a channel export.
 * Given fields replace what the file said; the rest stay.
 */
export function withMetadata(sources: ParsedSource[], metadata: MetadataChanges | undefined): ParsedSource[] {
  const only = sources.length === 1 ? sources[0] : undefined;
  if (!metadata || !only) return sources;
  const given = Object.fromEntries(Object.entries(metadata).filter(([, v]) => v !== undefined));
  return [{ ...only, ...given }];
}
