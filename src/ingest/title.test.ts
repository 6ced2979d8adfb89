/** Page furniture is never a title, in every format. Texts invented here. */
import { describe, expect, it } from 'vitest';
import { parseFile } from './parse.ts';
import { isPageFurniture, usableTitle } from './title.ts';

const bytes = (s: string) => new TextEncoder().encode(s);
const titleOf = (name: string, text: string) => parseFile(name, bytes(text))[0]?.title;

describe('page furniture', () => {
  it('knows sharing, subscribing and navigation headings in English and Russian', () => {
    for (const t of [
      'Connect with us',
      'CONNECT WITH US!',
      'Follow us on Telegram',
      'Поделиться',
      'Читайте также:',
    ])
      expect(isPageFurniture(t), t).toBe(true);
    for (const t of ['Soldiers of an invented brigade refuse to return', 'Connecting units near the river'])
      expect(isPageFurniture(t), t).toBe(false);
    expect(usableTitle('Share')).toBeNull();
  });

  it('skips it for the title of Markdown, plain text and HTML', () => {
    expect(
      titleOf('a.md', '## Connect with us\n\n# Invented soldiers refuse orders\n\nBody text here.'),
    ).toBe('Invented soldiers refuse orders');
    expect(titleOf('a.txt', 'Connect with us\n\nSome invented body text that goes on.')).toBeNull();
    const page = `<html><head><title>Connect with us</title><meta property="og:title" content="Follow us on X"></head>
      <body><article><p>${'An invented report about soldiers who refused to go back. '.repeat(12)}</p></article></body></html>`;
    const parsed = parseFile('a.html', bytes(page))[0];
    expect(parsed?.title).toBeNull();
    expect(parsed?.text.startsWith('Connect with us')).toBe(false);
  });
});
