import chardet from 'chardet';
import { describe, expect, it } from 'vitest';
import { decodeBytes, looksBinary } from './decode.ts';
import { IngestError } from './errors.ts';
import { encodeSingleByte, encodeUtf16, utf8 } from './fixtures/encode.ts';

/** Short Russian texts of the kind Telegram posts and headlines are made of (written for these tests). */
const RUSSIAN = [
  'Солдат подал рапорт.',
  'Привет',
  'Мы',
  'ВОЕННЫЕ ДЕРЖАТ ОТКАЗНИКОВ В ПОДВАЛЕ',
  'Мать просит помощи у командира части.',
  'В Брянке держат отказников в подвале.',
  'Он ушёл из части 3 июня.',
  'Ёлки, опять повестка',
  'Срочно! Ищем Дениса из Кургана',
  'Не менее 120 военнослужащих 137-го полка отказались воевать.',
  'Юрист: "Задержание без суда незаконно" - комментарий',
  'Щит и меч',
  'Объявление о розыске номер 5',
  'Жёны мобилизованных вышли к штабу в Чите, требуя ротации.',
];

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeBytes(utf8('Рапорт подан'))).toEqual({ text: 'Рапорт подан', encoding: 'utf-8' });
    expect(decodeBytes(Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8('Рапорт подан')))).toEqual({
      text: 'Рапорт подан',
      encoding: 'utf-8',
    });
  });

  it('reads UTF-16 LE and BE with a BOM, and drops the BOM', () => {
    const text = 'Солдаты из Читы — at least 30';
    expect(decodeBytes(encodeUtf16(text, 'le'))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeBytes(encodeUtf16(text, 'be'))).toEqual({ text, encoding: 'utf-16be' });
  });

  it('refuses UTF-16 that does not fit its BOM (odd length) with decode_failed', () => {
    const bytes = encodeUtf16('Рапорт', 'le').subarray(0, 7);
    expect(() => decodeBytes(bytes)).toThrow(expect.objectContaining({ code: 'decode_failed' }));
    expect(() => decodeBytes(bytes)).toThrow(IngestError);
  });

  it.each(RUSSIAN)('never confuses Windows-1251 with KOI8-R: %s', (text) => {
    for (const encoding of ['windows-1251', 'koi8-r']) {
      expect(decodeBytes(encodeSingleByte(text, encoding))).toEqual({ text, encoding });
    }
  });

  it('reads Windows-1251 punctuation KOI8-R does not have (« » — №)', () => {
    const text = 'Юрист: «Задержание без суда незаконно» — комментарий к делу № 5';
    expect(decodeBytes(encodeSingleByte(text, 'windows-1251'))).toEqual({ text, encoding: 'windows-1251' });
  });

  it('needs the letter-frequency check: chardet alone takes short KOI8-R for another encoding', () => {
    const misread = RUSSIAN.filter((text) => chardet.detect(encodeSingleByte(text, 'koi8-r')) !== 'KOI8-R');
    expect(misread.length).toBeGreaterThan(0);
  });

  it('reads Western European single-byte text as such, not as Cyrillic', () => {
    const text = 'Les soldats réfugiés à Marseille ont déposé une requête.';
    const decoded = decodeBytes(encodeSingleByte(text, 'windows-1252'));
    expect(decoded.text).toBe(text);
    expect(['windows-1252', 'iso-8859-1']).toContain(decoded.encoding);
  });

  it('follows a declared charset when the bytes are not UTF-8', () => {
    const bytes = encodeSingleByte('Привет из Брянки', 'koi8-r');
    expect(decodeBytes(bytes, { declared: 'KOI8-R' }).encoding).toBe('koi8-r');
    // A declaration is not trusted over bytes that are valid UTF-8.
    expect(decodeBytes(utf8('Привет'), { declared: 'windows-1251' }).encoding).toBe('utf-8');
  });

  it('keeps UTF-8 with a damaged byte as UTF-8', () => {
    const good = utf8('Солдаты из Читы и Улан-Удэ подали рапорты об увольнении.');
    const damaged = Uint8Array.of(...good.subarray(0, 20), 0xff, ...good.subarray(20));
    const decoded = decodeBytes(damaged);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain('рапорты');
  });
});

describe('looksBinary', () => {
  it('sees NUL bytes and control characters, not text', () => {
    expect(looksBinary(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d))).toBe(
      true,
    );
    expect(looksBinary(Uint8Array.from({ length: 200 }, (_, i) => (i % 4 === 0 ? 0x01 : 0x41)))).toBe(true);
    expect(looksBinary(utf8('Line one\r\n\tLine two\f'))).toBe(false);
    expect(looksBinary(encodeSingleByte('Рапорт подан', 'windows-1251'))).toBe(false);
  });

  it('does not take UTF-16 with a BOM for binary', () => {
    expect(looksBinary(encodeUtf16('Report filed', 'le'))).toBe(false);
    expect(looksBinary(encodeUtf16('Report filed', 'le', false))).toBe(true);
  });
});
