/**
 * A cheap look at an HTML page's shape before the DOM is built: how deeply
 * its elements nest and how many there are. Readability's cost grows much
 * faster than the page (5,000 nested <div>s ran for minutes, 200,000
 * paragraphs for most of a minute) and the DOM walk is recursive, so pages
 * beyond these limits are refused up front with a message saying why.
 * One pass over the text, no backtracking: the scan itself is linear.
 */
import { IngestError } from '../errors.ts';

/** Deepest element nesting read; real pages stay well below 100 levels. */
export const MAX_HTML_DEPTH = 256;
/** Most elements read in one page (long articles have a few thousand). */
export const MAX_HTML_ELEMENTS = 50_000;

/** Elements that never hold others. */
const VOID: ReadonlySet<string> = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'keygen',
  'frame',
  'basefont',
  'bgsound',
]);
/**
 * Elements whose end tag may be left out: parsers close them implicitly, so
 * they are counted but not as a level (no false alarm on pages of unclosed <p>).
 */
const OPTIONAL_END: ReadonlySet<string> = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'optgroup',
  'tr',
  'td',
  'th',
  'tbody',
  'thead',
  'tfoot',
  'colgroup',
  'caption',
  'rt',
  'rp',
  'html',
  'head',
  'body',
]);
/** Elements whose content is text up to their end tag, not markup. */
const RAW_TEXT: ReadonlySet<string> = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'plaintext']);

/** `<!--`, or a start or end tag: `[^<>]*` cannot run past the next '<', so no scan is repeated. */
const TAG = /<!--|<(\/?)([a-zA-Z][a-zA-Z0-9:-]{0,63})([^<>]*)>/g;

export interface HtmlShape {
  depth: number;
  elements: number;
}

/** Depth and element count of `html`, stopping early once a limit is passed. */
export function measureHtml(
  html: string,
  limits = { depth: MAX_HTML_DEPTH, elements: MAX_HTML_ELEMENTS },
): HtmlShape {
  const open: string[] = [];
  let depth = 0;
  let elements = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match !== null; match = TAG.exec(html)) {
    if (match[0] === '<!--') {
      const end = html.indexOf('-->', TAG.lastIndex);
      if (end < 0) break;
      TAG.lastIndex = end + 3;
      continue;
    }
    const name = (match[2] ?? '').toLowerCase();
    if (match[1] === '/') {
      // An end tag closes the nearest open element of its name and everything opened inside it.
      const at = open.lastIndexOf(name);
      if (at >= 0) open.length = at;
      continue;
    }
    if (++elements > limits.elements) break;
    if (RAW_TEXT.has(name)) {
      skipRawText(html, name);
      continue;
    }
    if (VOID.has(name) || OPTIONAL_END.has(name) || selfClosing(match[3] ?? '', open)) continue;
    open.push(name);
    depth = Math.max(depth, open.length);
    if (depth > limits.depth) break;
  }
  return { depth, elements };
}

/** `<x/>` closes itself only inside SVG and MathML; in HTML `<div/>` opens a div like `<div>`. */
function selfClosing(attributes: string, open: string[]): boolean {
  return attributes.endsWith('/') && (open.includes('svg') || open.includes('math'));
}

/** Moves TAG past the end tag of a raw-text element (or to the end of the page). */
function skipRawText(html: string, name: string): void {
  const end = new RegExp(`</${name}[\\s/>]`, 'gi');
  end.lastIndex = TAG.lastIndex;
  const found = end.exec(html);
  TAG.lastIndex = found ? found.index : html.length;
}

/** Throws IngestError 'too_deep' or 'too_large' when `html` is beyond the limits. */
export function checkHtmlShape(html: string): void {
  const shape = measureHtml(html);
  if (shape.depth > MAX_HTML_DEPTH) {
    throw new IngestError(
      'too_deep',
      `the page nests its elements more than ${MAX_HTML_DEPTH} levels deep; objector reads pages nested at most ${MAX_HTML_DEPTH} levels`,
    );
  }
  if (shape.elements > MAX_HTML_ELEMENTS) {
    throw new IngestError(
      'too_large',
      `the page has more than ${MAX_HTML_ELEMENTS.toLocaleString('en')} elements; save the article alone (reader view) or as text`,
    );
  }
}
