/**
 * Metadata fields a person writes by hand (CSV columns, Markdown front
 * matter): checked the same way for both, so one spelling of a date or a
 * language works everywhere. Problems name the field, never its value.
 */
import type { Language } from '../claims/schema.ts';
import { normalizeDate } from './dates.ts';
import { httpUrl, oneLine } from './plain.ts';

export const METADATA_FIELDS = ['title', 'outlet', 'url', 'author', 'published', 'language'] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

export interface Metadata {
  title: string | null;
  outlet: string | null;
  url: string | null;
  author: string | null;
  published: string | null;
  language: Language | null;
}

export type MetadataResult =
  | { ok: true; value: Metadata }
  | { ok: false; field: MetadataField; problem: string };

const LANGUAGES: ReadonlySet<string> = new Set(['en', 'ru', 'other']);

/** Reads the metadata fields from `raw` (missing and blank fields are null). */
export function readMetadata(raw: Partial<Record<MetadataField, unknown>>): MetadataResult {
  const value: Metadata = {
    title: null,
    outlet: null,
    url: null,
    author: null,
    published: null,
    language: null,
  };
  for (const field of METADATA_FIELDS) {
    const given = raw[field];
    if (given === undefined || given === null || (typeof given === 'string' && given.trim() === '')) continue;
    const problem = readField(value, field, given);
    if (problem !== null) return { ok: false, field, problem };
  }
  return { ok: true, value };
}

/** Sets value[field] from `given`; returns what is wrong with it, or null. */
function readField(value: Metadata, field: MetadataField, given: unknown): string | null {
  switch (field) {
    case 'title':
    case 'outlet':
    case 'author': {
      // Several authors may come as a YAML list.
      const text = Array.isArray(given)
        ? oneLine(given.map((g) => oneLine(g) ?? '').join(', '))
        : oneLine(given);
      if (text === null) return 'must be text';
      value[field] = text;
      return null;
    }
    case 'url': {
      const url = httpUrl(given);
      if (url === null) return 'must be a full http:// or https:// address';
      value.url = url;
      return null;
    }
    case 'published': {
      const date =
        given instanceof Date ? given.toISOString() : typeof given === 'string' ? normalizeDate(given) : null;
      if (date === null) return 'must be a date such as 2024-05-12 or an ISO 8601 date-time';
      value.published = date;
      return null;
    }
    case 'language': {
      const code = typeof given === 'string' ? given.trim().toLowerCase() : '';
      if (!LANGUAGES.has(code)) return 'must be en, ru or other';
      value.language = code as Language;
      return null;
    }
  }
}
