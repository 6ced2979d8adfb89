/**
 * DOM to plain text that keeps the shape of the page: block elements become
 * paragraphs separated by a blank line, list items, table rows and <br> become
 * line breaks, runs of whitespace inside a paragraph become one space.
 * Scripts, styles, forms and media leave nothing behind.
 */
import { parseHTML } from 'linkedom';
import { checkHtmlShape } from '../limits/html-shape.ts';
import { tidyText } from '../plain.ts';

const PARAGRAPH = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'dialog',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
]);
const LINE = new Set(['br', 'caption', 'dd', 'dt', 'li', 'summary', 'tr']);
const CELL = new Set(['td', 'th']);
const SKIP = new Set([
  'audio',
  'button',
  'canvas',
  'head',
  'iframe',
  'img',
  'input',
  'math',
  'noscript',
  'object',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'video',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Markers kept out of ordinary text until the end (private-use characters). */
const PARAGRAPH_BREAK = '\ue000';
const LINE_BREAK = '\ue001';

/** Plain text of a DOM node and its descendants. */
export function nodeToText(node: Node): string {
  const parts: string[] = [];
  collect(node, parts);
  return tidyText(
    parts
      .join('')
      .replace(/\s+/g, ' ')
      // A paragraph break wins over the line breaks and spaces around it.
      .replace(/[ \ue001]*\ue000[\s\ue000\ue001]*/g, '\n\n')
      .replace(/ *\ue001[ \ue001]*/g, '\n'),
  );
}

/** Plain text of an HTML fragment (e.g. a raw HTML block inside Markdown). */
export function htmlFragmentToText(html: string): string {
  checkHtmlShape(html);
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return document.body ? nodeToText(document.body as unknown as Node) : '';
}

function collect(node: Node, parts: string[]): void {
  if (node.nodeType === TEXT_NODE) {
    parts.push((node.nodeValue ?? '').replace(/[\ue000\ue001]/g, ''));
    return;
  }
  if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
  const name = node.nodeType === ELEMENT_NODE ? (node as Element).localName.toLowerCase() : '';
  if (SKIP.has(name)) return;
  const mark = PARAGRAPH.has(name)
    ? PARAGRAPH_BREAK
    : LINE.has(name)
      ? LINE_BREAK
      : CELL.has(name)
        ? ' '
        : '';
  parts.push(mark);
  for (let child = node.firstChild; child !== null; child = child.nextSibling) collect(child, parts);
  parts.push(mark);
}
