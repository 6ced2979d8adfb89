import { describe, expect, it } from 'vitest';
import type { IngestError } from '../errors.ts';
import { checkMarkdownShape, MAX_MARKDOWN_DEPTH, markdownDepth } from './markdown-shape.ts';

const list = (n: number) =>
  Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');
const quotes = (n: number) => `${'> '.repeat(n)}quoted words`;

describe('markdownDepth', () => {
  it('counts nested lists by indentation', () => {
    expect(markdownDepth(list(3))).toBe(3);
    expect(markdownDepth('- a\n- b\n  - c\n- d\n\n1. one\n2. two')).toBe(2);
  });

  it('counts quote and list markers on one line', () => {
    expect(markdownDepth(quotes(5))).toBe(5);
    expect(markdownDepth('> - > - words')).toBe(4);
  });

  it('ends lists at an unindented paragraph after a blank line', () => {
    expect(markdownDepth(`${list(5)}\n\nA paragraph.\n\n- again`)).toBe(5);
    expect(markdownDepth(`${list(5)}\n\nA paragraph.\n\n    - indented code`)).toBe(5);
  });

  it('reads ordinary prose as flat', () => {
    expect(markdownDepth('# Title\n\nA paragraph, with - a dash.\n\nAnother > one.')).toBe(0);
  });
});

describe('checkMarkdownShape', () => {
  it('refuses lists and quotes nested beyond the limit', () => {
    expect(() => checkMarkdownShape(list(MAX_MARKDOWN_DEPTH))).not.toThrow();
    const tooDeep = expect.objectContaining({ code: 'too_deep' }) as IngestError;
    expect(() => checkMarkdownShape(list(MAX_MARKDOWN_DEPTH + 1))).toThrow(tooDeep);
    expect(() => checkMarkdownShape(quotes(MAX_MARKDOWN_DEPTH + 1))).toThrow(tooDeep);
    expect(() => checkMarkdownShape(`${'- '.repeat(MAX_MARKDOWN_DEPTH + 1)}x`)).toThrow(tooDeep);
  });
});
