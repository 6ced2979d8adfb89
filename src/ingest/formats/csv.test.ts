import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';

describe('parseCsv', () => {
  it('makes one source per row, numbered by the line it starts on', () => {
    const csv = [
      ' Text ,Title,URL,outlet,author,published,language,notes',
      '"Written for objector\'s tests.',
      '',
      'At least 30 men were held.",Held in Bryanka,https://example.org/1,The Courier,Anna Example,12.05.2024,,ignored',
      ',,,,,,,',
      'Второй ряд: солдаты вернулись домой.,,,,,2024-05-13T10:00:00+03:00,ru,',
      '',
    ].join('\r\n');
    expect(parseCsv(csv)).toEqual([
      {
        itemKey: '2',
        title: 'Held in Bryanka',
        text: "Written for objector's tests.\n\nAt least 30 men were held.",
        outlet: 'The Courier',
        url: 'https://example.org/1',
        author: 'Anna Example',
        published: '2024-05-12',
        language: null,
      },
      {
        itemKey: '6',
        title: null,
        text: 'Второй ряд: солдаты вернулись домой.',
        outlet: null,
        url: null,
        author: null,
        published: '2024-05-13T10:00:00+03:00',
        language: 'ru',
      },
    ]);
  });

  it('uses the delimiter of the header: semicolons and tabs too', () => {
    expect(parseCsv('title;text\nA;Soldiers, three of them, came home.')[0]).toMatchObject({
      title: 'A',
      text: 'Soldiers, three of them, came home.',
    });
    expect(parseCsv('text\ttitle\nSoldiers; came home.\tB')[0]).toMatchObject({
      title: 'B',
      text: 'Soldiers; came home.',
    });
  });

  it('names the row of a row without text, or with a wrong value', () => {
    const csv = 'text,title,published\nFirst report.,A,\n,B,\nThird.,C,';
    expect(() => parseCsv(csv)).toThrow(
      expect.objectContaining({
        code: 'invalid_csv',
        message: 'row 3 has no text',
        location: { row: 3, line: 3 },
      }),
    );
    expect(() => parseCsv('text,published\nReport.,last May')).toThrow(
      expect.objectContaining({
        code: 'invalid_csv',
        message: expect.stringMatching(/^row 2: published must be a date/),
      }),
    );
    expect(() => parseCsv('text,language\nReport.,klingon')).toThrow(
      expect.objectContaining({ message: 'row 2: language must be en, ru or other' }),
    );
    expect(() => parseCsv('text,title\nReport.,A,extra')).toThrow(
      expect.objectContaining({ message: 'row 2 has 3 fields but the header has 2' }),
    );
  });

  it('requires a header with a text column, once', () => {
    expect(() => parseCsv('Soldiers came home.,2024-05-12\nOthers stayed.,2024-05-13')).toThrow(
      expect.objectContaining({ code: 'invalid_csv', message: expect.stringContaining('header') }),
    );
    expect(() => parseCsv('text,Text\na,b')).toThrow(
      expect.objectContaining({ message: 'the header names the column "text" twice' }),
    );
    expect(() => parseCsv('text,title\n')).toThrow(expect.objectContaining({ code: 'empty' }));
  });

  it('reports broken quoting by line without quoting the data', () => {
    const unclosed = 'text,title\nfine,A\n"secret text never closed,B\n';
    expect(() => parseCsv(unclosed)).toThrow(
      expect.objectContaining({
        code: 'invalid_csv',
        message: 'a quoted field opened at line 3 is never closed',
      }),
    );
    try {
      parseCsv('text,title\nsecret "quoted" word,A');
    } catch (error) {
      expect((error as Error).message).toMatch(/line 2/);
      expect((error as Error).message).not.toContain('secret');
    }
  });
});
