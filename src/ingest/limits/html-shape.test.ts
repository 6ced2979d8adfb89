import { describe, expect, it } from 'vitest';
import type { IngestError } from '../errors.ts';
import { checkHtmlShape, MAX_HTML_DEPTH, MAX_HTML_ELEMENTS, measureHtml } from './html-shape.ts';

const nested = (tag: string, n: number) => `${`<${tag}>`.repeat(n)}words${`</${tag}>`.repeat(n)}`;

describe('measureHtml', () => {
  it('counts how deeply elements nest', () => {
    expect(measureHtml('<html><body><div><section><p>a</p></section></div></body></html>')).toEqual({
      depth: 2,
      elements: 5,
    });
  });

  it('does not count void elements, unclosed paragraphs or list items as levels', () => {
    const page = `<div>${'<p>One<br>two<img src=x><li>item'.repeat(500)}</div>`;
    expect(measureHtml(page).depth).toBe(1);
  });

  it('closes everything opened inside an element at its end tag, as parsers do', () => {
    expect(measureHtml(`${'<div><span><b>'.repeat(50)}x${'</div>'.repeat(50)}`).depth).toBe(150);
    expect(measureHtml(`${'<div><span><b>x</div>'.repeat(1000)}`).depth).toBe(3);
  });

  it('ignores tags inside comments, scripts and styles', () => {
    const page = `<div><!-- ${'<div>'.repeat(1000)} --><script>var s = "${'<div>'.repeat(1000)}";</script></div>`;
    expect(measureHtml(page).depth).toBe(1);
  });

  it('treats <x/> as self-closing only inside SVG', () => {
    expect(measureHtml(`<svg>${'<path d="M0"/>'.repeat(1000)}</svg>`).depth).toBe(1);
    expect(measureHtml('<div/>'.repeat(200)).depth).toBe(200);
  });

  it('reads a stray "<" without a tag in linear time', () => {
    expect(measureHtml(`<p>${'<a'.repeat(200_000)}`)).toEqual({ depth: 0, elements: 1 });
  });
});

describe('checkHtmlShape', () => {
  it('refuses pages nested beyond the limit with too_deep', () => {
    expect(() => checkHtmlShape(nested('div', MAX_HTML_DEPTH))).not.toThrow();
    expect(() => checkHtmlShape(nested('div', MAX_HTML_DEPTH + 1))).toThrow(
      expect.objectContaining({ code: 'too_deep' }) as IngestError,
    );
  });

  it('refuses pages with too many elements with too_large', () => {
    expect(() => checkHtmlShape('<span></span>'.repeat(MAX_HTML_ELEMENTS + 1))).toThrow(
      expect.objectContaining({ code: 'too_large' }) as IngestError,
    );
  });
});
