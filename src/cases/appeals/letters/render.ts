/**
 * Rendering a letter (pure). Mustache does the substitution, with escaping
 * turned off (the output is plain text, not HTML) and every known placeholder
 * given a value first: a missing or blank one becomes BLANK, a line to fill
 * in by hand, never "undefined" or an empty gap. Values are inserted as they
 * are; Mustache never renders a value as a template, so "{{" in a family's
 * text stays text.
 */
import Mustache from 'mustache';
import { LETTER_FIELDS, type LetterTemplate } from './templates.ts';

/** What a missing value looks like in a letter. */
export const BLANK = '________';

export interface LetterFields {
  addressee?: string | null;
  applicant?: { name?: string | null; relation?: string | null; contact?: string | null };
  person?: { name?: string | null; birthDate?: string | null; unit?: string | null };
  lastPlace?: string | null;
  lastPlaceSince?: string | null;
  lastContactDate?: string | null;
  facts?: string | null;
  previousAppeals?: string | null;
  date?: string | null;
}

/** The letter `template` filled with `fields`. */
export function renderLetter(template: LetterTemplate, fields: LetterFields): string {
  const view: Record<string, unknown> = {};
  for (const path of LETTER_FIELDS) setPath(view, path, filled(getPath(fields, path)));
  const text = Mustache.render(template.body, view, {}, { escape: (value: string) => value });
  return `${text.replace(/\r\n/g, '\n').trimEnd()}\n`;
}

function filled(value: unknown): string {
  if (typeof value !== 'string') return BLANK;
  const trimmed = value.trim();
  return trimmed === '' ? BLANK : trimmed;
}

function getPath(source: object, path: string): unknown {
  let at: unknown = source;
  for (const key of path.split('.')) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

function setPath(target: Record<string, unknown>, path: string, value: string): void {
  const keys = path.split('.');
  let at = target;
  for (const key of keys.slice(0, -1)) {
    at[key] ??= {};
    at = at[key] as Record<string, unknown>;
  }
  at[keys[keys.length - 1] as string] = value;
}
