import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IngestError } from './errors.ts';
import { encodeSingleByte, encodeUtf16, utf8 } from './fixtures/encode.ts';
import { parseFile } from './parse.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

/** The IngestError parseFile throws for these bytes. */
function failure(path: string, bytes: Uint8Array): IngestError {
  try {
    parseFile(path, bytes);
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('parseFile did not throw');
}

describe('parseFile', () => {
  it('dispatches on the extension and fills format, encoding and language', () => {
    const text = "Soldiers held in Bryanka\n\nWritten for objector's tests: at least 30 men were held.";
    expect(parseFile('a/report.TXT', utf8(text))[0]).toMatchObject({
      format: 'txt',
      encoding: 'utf-8',
      language: 'en',
    });
    expect(parseFile('note.markdown', utf8(`# T\n\n${text}`))[0]).toMatchObject({ format: 'md', title: 'T' });
    expect(parseFile('page.htm', utf8(`<p>${text}</p>`))[0]).toMatchObject({ format: 'html' });
    expect(parseFile('rows.csv', utf8(`text\n"${text}"`))[0]).toMatchObject({ format: 'csv', itemKey: '2' });
    const json = JSON.stringify({
      name: 'C',
      type: 'public_channel',
      messages: [{ id: 4, type: 'message', text }],
    });
    expect(parseFile('result.json', utf8(json))[0]).toMatchObject({ format: 'telegram', itemKey: '4' });
  });

  it('recognises the format by content when the name does not tell', () => {
    const json = JSON.stringify({
      name: 'C',
      type: 'public_channel',
      messages: [{ id: 4, type: 'message', text: 'Report.' }],
    });
    expect(parseFile('export', utf8(`  ${json}`))[0]!.format).toBe('telegram');
    expect(
      parseFile('saved-page.php', utf8('<!DOCTYPE html><html><body><p>Report filed.</p></body></html>'))[0]!
        .format,
    ).toBe('html');
  });

  it('reads each encoding and reports it', () => {
    const ru =
      'Солдаты подали рапорты\n\nНаписано для тестов objector: не менее 30 человек держат в подвале.';
    expect(parseFile('a.txt', encodeSingleByte(ru, 'windows-1251'))[0]).toMatchObject({
      text: ru,
      encoding: 'windows-1251',
      language: 'ru',
    });
    expect(parseFile('a.txt', encodeSingleByte(ru, 'koi8-r'))[0]).toMatchObject({
      text: ru,
      encoding: 'koi8-r',
    });
    expect(parseFile('a.txt', encodeUtf16(ru, 'be'))[0]).toMatchObject({ text: ru, encoding: 'utf-16be' });
    expect(parseFile('a.md', fixture('utf16le-bom.md.bin'))[0]).toMatchObject({
      title: "Written for objector's tests",
      encoding: 'utf-16le',
      language: 'en',
    });
    expect(parseFile('page.html', fixture('page-cp1251.html.bin'))[0]).toMatchObject({
      encoding: 'windows-1251',
      language: 'ru',
    });
  });

  it('reads a semicolon CSV saved by a Russian-locale spreadsheet in Windows-1251', () => {
    const sources = parseFile('export.csv', fixture('semicolon-cp1251.csv'));
    expect(sources.map((s) => [s.itemKey, s.published, s.outlet, s.language, s.encoding])).toEqual([
      ['2', '2024-06-15', 'Пример-Инфо', 'ru', 'windows-1251'],
      ['4', '2024-06-16', null, 'ru', 'windows-1251'],
    ]);
  });

  it.each([
    ['empty', 'a.txt', new Uint8Array(0), /empty/],
    ['empty', 'a.txt', utf8(' \n\t\r\n'), /whitespace/],
    ['empty', 'a.md', utf8('---\ntitle: x\n---\n'), /no text/],
    ['binary', 'a.txt', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3), /binary/],
    ['unknown_format', 'notes.docx', utf8('not really a document'), /\.docx/],
    ['unknown_format', 'photo.jpg', Uint8Array.of(0xff, 0xd8, 0xff, 0, 0, 0x10), /\.jpg/],
    ['unknown_format', 'README', utf8('Plain words without a known name.'), /not recognised/],
    [
      'invalid_json',
      'result.json',
      utf8('{"name": "channel", "type": "public_channel", "messages": [{"id": 1,'),
      /truncated JSON/,
    ],
    ['invalid_export', 'data.json', utf8('{"rows": []}'), /messages/],
    ['invalid_csv', 'a.csv', utf8('text,title\nfirst,A\n,B'), /^row 3 has no text$/],
    ['invalid_front_matter', 'a.md', utf8('---\ntitle: [broken\n---\nText'), /YAML/],
    ['decode_failed', 'a.txt', Uint8Array.of(0xff, 0xfe, 0x41, 0x00, 0x42), /byte-order mark/],
  ] as const)('%s: %s', (code, path, bytes, message) => {
    const error = failure(path, bytes);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(error.path).toBe(path);
  });

  it('never puts document content in an error message', () => {
    const secret = 'Иван Секретов';
    const cases: [string, string][] = [
      ['a.csv', `text,published\n${secret},${secret}`],
      ['a.csv', `text,title\n"${secret}`],
      ['a.md', `---\ntitle: ${secret}\npublished: ${secret}\n---\nText`],
      ['a.json', `{"name": "${secret}", "messages": [${secret}]}`],
      [
        'a.json',
        `{"name": "${secret}", "messages": [{"id": 1, "type": "message", "text": {"x": "${secret}"}}]}`,
      ],
    ];
    for (const [path, text] of cases) expect(failure(path, utf8(text)).message).not.toContain('Секретов');
  });
});
