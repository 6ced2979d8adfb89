/** Small helpers for the plain text every format ends up as. */

/** Line endings to '\n', no spaces at line ends, at most one blank line in a row, trimmed. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Spaces, tabs and line breaks collapsed to single spaces; null for an empty or missing value. */
export function oneLine(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const line = String(value).replace(/\s+/g, ' ').trim();
  return line === '' ? null : line;
}

/** Longest first line still taken as a headline. */
const MAX_HEADLINE = 150;

/**
 * The first line of `text` when it reads like a headline: short, not ending
 * like a sentence (. , ; :), and followed by more text (after a blank line
 * when `blankLineAfter`). Otherwise null.
 */
export function headline(text: string, options: { blankLineAfter: boolean }): string | null {
  const end = text.indexOf('\n');
  if (end < 0) return null;
  const first = text.slice(0, end).trim();
  if (options.blankLineAfter && text[end + 1] !== '\n') return null;
  if (first === '' || first.length > MAX_HEADLINE || /[.,;:]$/.test(first)) return null;
  return first;
}

/** An absolute http(s) URL, or null. */
export function httpUrl(value: unknown, base?: string | null): string | null {
  const raw = oneLine(value);
  if (raw === null) return null;
  try {
    const url = base ? new URL(raw, base) : new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
