/**
 * Escaping for the Markdown report (pure). Stored titles, outlets, URLs and
 * names are data from documents, so the report prints them as text: no
 * control characters (they would act on a terminal), no Markdown structure
 * (links, images, emphasis, table cells, headings), no HTML (a renderer
 * would pass `<script>` or `<img onerror>` through), and links only to
 * http(s) addresses; any other scheme (`javascript:`, `data:`) is text.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
const HAS_CONTROL = new RegExp(CONTROL.source, 'u');
/**
 * Markdown punctuation that can open or close structure anywhere in a line;
 * an underscore inside a word cannot, so ids like src_1a2b stay readable.
 */
const INLINE = /[\\`*[\]|~]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
/** What opens a block at the start of a list item: heading, list marker, rule or setext line. */
const BLOCK_START = /^(\s*)(?:(#{1,6}|[+-]+|=+)(?=\s|$)|(\d{1,9})(?=[.)](?:\s|$)))/u;
const HTML: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Control characters as visible escapes; line breaks and tabs as a space (a value stays on its line). */
function withoutControls(text: string): string {
  return text.replace(CONTROL, (ch) => {
    if (ch === '\n' || ch === '\r' || ch === '\t' || ch === '\u2028' || ch === '\u2029') return ' ';
    const code = ch.codePointAt(0) ?? 0;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}

/** A value printed as literal text in a Markdown line, list item or table cell. */
export function mdText(value: unknown): string {
  const text = withoutControls(String(value ?? ''))
    .replace(INLINE, (ch) => `\\${ch}`)
    .replace(/[&<>"]/g, (ch) => HTML[ch] ?? ch);
  return text.replace(BLOCK_START, (_m, space: string, mark?: string, digits?: string) =>
    mark ? `${space}\\${mark}` : `${space}${digits}\\`,
  );
}

/**
 * An address: a Markdown autolink when it is a well-formed http(s) URL
 * (serialised by the URL parser, so it holds no space, `<` or `>`), else the
 * address as plain text.
 */
export function mdLink(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return mdText(url);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return mdText(url);
  if (HAS_CONTROL.test(url) || /\s/.test(url)) return mdText(url);
  return `<${parsed.href}>`;
}

/** Inline code for a key; falls back to text when the key could break out of the code span. */
export function mdCode(value: string): string {
  return /^[\w./:-]+$/u.test(value) ? `\`${value}\`` : mdText(value);
}
