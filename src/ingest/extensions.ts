/**
 * Which parser a file goes to: by extension first, by content when the
 * extension is unknown or missing.
 */

/** The kinds of input file; a .json file is read as a Telegram Desktop export. */
export type InputKind = 'txt' | 'md' | 'html' | 'json' | 'csv';

const BY_EXTENSION: Readonly<Record<string, InputKind>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.csv': 'csv',
};

/** Extensions (lower case, with the dot) that folder walks pick up. */
export const SUPPORTED_EXTENSIONS: ReadonlySet<string> = new Set(Object.keys(BY_EXTENSION));

export function kindFromPath(path: string): InputKind | null {
  const name = path.split(/[\\/]/).pop() ?? '';
  const dot = name.lastIndexOf('.');
  return dot > 0 ? (BY_EXTENSION[name.slice(dot).toLowerCase()] ?? null) : null;
}

/** The kind the decoded text looks like, for files without a known extension; null when unsure. */
export function kindFromContent(text: string): InputKind | null {
  const start = text.trimStart().slice(0, 512).toLowerCase();
  if (start.startsWith('{')) return 'json';
  if (/^(?:<!--[\s\S]*?-->\s*)*<(?:!doctype html|html|head|body)[\s>]/.test(start)) return 'html';
  return null;
}
