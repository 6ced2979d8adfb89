import { describe, expect, it } from 'vitest';
import { documentsOf } from './extract.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('documentsOf', () => {
  it('keeps a .txt file text exactly, so offsets match the file', () => {
    const text = '\n  Headline line  \r\n\r\n\r\n\r\nThe soldiers refused to fight.  \n';
    const [doc, ...rest] = documentsOf('/tmp/some-report.txt', bytes(text));
    expect(rest).toHaveLength(0);
    expect(doc?.id).toBe('some-report');
    expect(doc?.text).toBe(text);
    expect(doc?.published).toBeNull();
  });

  it('decodes a windows-1251 .txt file', () => {
    const cp1251 = new Uint8Array([
      0xf1, 0xee, 0xeb, 0xe4, 0xe0, 0xf2, 0xfb, 0x20, 0xee, 0xf2, 0xea, 0xe0, 0xe7, 0xe0, 0xeb, 0xe8, 0xf1,
      0xfc,
    ]);
    expect(documentsOf('r.txt', cp1251)[0]?.text).toBe('солдаты отказались');
  });

  it('gives each item of a multi-source file its own id and publication day', () => {
    const csv =
      'id,text,published\n7,"The men deserted in May.",2023-06-01T10:00:00Z\n9,"He was detained.",\n';
    const docs = documentsOf('/x/feed.csv', bytes(csv));
    // CSV item keys are the rows' line numbers (the header is row 1).
    expect(docs.map((d) => d.id)).toEqual(['feed-2', 'feed-3']);
    expect(docs[0]?.published).toBe('2023-06-01');
    expect(docs[1]?.published).toBeNull();
  });

  it('takes the article text of an HTML page', () => {
    const html =
      '<!doctype html><html><head><title>T</title></head><body><article><p>The soldiers were detained in a basement for refusing to fight.</p></article></body></html>';
    const [doc] = documentsOf('page.html', bytes(html));
    expect(doc?.id).toBe('page');
    expect(doc?.text).toContain('were detained in a basement');
    expect(doc?.text).not.toContain('<p>');
  });
});
