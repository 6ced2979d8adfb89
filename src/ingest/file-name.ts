/**
 * The name an uploaded file is known by. A multipart file name is whatever
 * the client sent: NUL bytes (which the database refuses), terminal control
 * codes, bidirectional overrides that disguise an extension, path parts
 * ("../../x"). Only the last path part is kept, without any of those.
 */
import { removeControls } from './controls.ts';

/** Longest name kept, in characters. */
const MAX_NAME = 200;
/** Bidirectional embedding, override and isolate controls, and zero-width marks. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** A safe display and origin name for an uploaded file; `fallback` when nothing is left. */
export function safeFileName(raw: string, fallback = 'upload'): string {
  const clean = removeControls(raw).replace(INVISIBLE, '');
  const last = clean.split(/[\\/]/).pop()?.trim() ?? '';
  if (last === '' || last === '.' || last === '..') return fallback;
  // Cut by code points, keeping the extension: it chooses the parser.
  const chars = [...last];
  if (chars.length <= MAX_NAME) return last;
  const dot = last.lastIndexOf('.');
  const extension = dot > 0 && last.length - dot <= 11 ? last.slice(dot) : '';
  return chars.slice(0, MAX_NAME - extension.length).join('') + extension;
}
