/**
 * A cheap look at a Markdown file's nesting before marked lexes it. marked
 * recurses once per level of block quote and list, and nested lists cost it
 * about depth³ (a 9 MB file of them needed 2.4 GB); 10,000 nested quotes
 * overflow the stack. Files nested beyond the limit are refused up front.
 * One pass over the lines; the count follows CommonMark's rules loosely
 * (it only has to be close enough to tell writing from an attack).
 */
import { IngestError } from '../errors.ts';

/** Deepest nesting of block quotes and lists read; prose uses a handful of levels. */
export const MAX_MARKDOWN_DEPTH = 32;

/** One container marker at the start of a line's rest: a quote '>' or a list bullet or number. */
const MARKER = /^ {0,3}(?:>[ \t]?|(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$))/;
const LIST_ITEM = /^([ \t]*)(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;

/** How deeply the quotes and lists of `markdown` nest, stopping early past `limit`. */
export function markdownDepth(markdown: string, limit = MAX_MARKDOWN_DEPTH): number {
  // Indents of the open list items, innermost last.
  const items: number[] = [];
  let deepest = 0;
  let blankBefore = false;
  for (const line of markdown.split('\n')) {
    if (line.trim() === '') {
      blankBefore = true;
      continue;
    }
    const item = LIST_ITEM.exec(line);
    const indent = indentWidth(item ? (item[1] ?? '') : (/^[ \t]*/.exec(line)?.[0] ?? ''));
    if (item) {
      while (items.length > 0 && items[items.length - 1]! >= indent) items.pop();
      items.push(indent);
    } else if (blankBefore && indent === 0) {
      items.length = 0; // an unindented paragraph after a blank line ends every list
    }
    blankBefore = false;
    const depth =
      Math.max(items.length - (item ? 1 : 0), 0) +
      markersOnLine(line.slice(line.length - line.trimStart().length), limit);
    deepest = Math.max(deepest, depth);
    if (deepest > limit) break;
  }
  return deepest;
}

/** Quote and list markers one after another at the start of `rest` ("> > - > x" is four levels). */
function markersOnLine(rest: string, limit: number): number {
  let count = 0;
  let at = rest;
  for (let m = MARKER.exec(at); m !== null && count <= limit; m = MARKER.exec(at)) {
    if (m[0].length === 0) break;
    count++;
    at = at.slice(m[0].length);
  }
  return count;
}

function indentWidth(whitespace: string): number {
  let width = 0;
  for (const char of whitespace) width = char === '\t' ? width + 4 - (width % 4) : width + 1;
  return width;
}

/** Throws IngestError 'too_deep' when the quotes and lists of `markdown` nest beyond the limit. */
export function checkMarkdownShape(markdown: string): void {
  if (markdownDepth(markdown) > MAX_MARKDOWN_DEPTH) {
    throw new IngestError(
      'too_deep',
      `quotes and lists nest more than ${MAX_MARKDOWN_DEPTH} levels deep; objector reads Markdown nested at most ${MAX_MARKDOWN_DEPTH} levels`,
    );
  }
}
