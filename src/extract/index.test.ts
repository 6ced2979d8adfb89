import { describe, expect, it } from 'vitest';
import { Extraction } from '../claims/schema.ts';
import { ExtractError, extract, isValidPublished } from './index.ts';

describe('extract', () => {
  const text =
    'Troops refuse orders\n\nOn July 8, at least 120 soldiers refused to fight. They were detained.';

  it('returns the FORMAT shape that the claim schema accepts', () => {
    const result = extract({ id: 'doc-1', text });
    expect(() => Extraction.parse(result)).not.toThrow();
    expect(result).toMatchObject({ id: 'doc-1', language: 'en', published: null });
    expect(result.figures[0]).toMatchObject({ value: 120, qualifier: 'at_least', counts: 'refusing' });
    expect(result.extractor.version).toContain('figures@');
  });

  it('detects the language when not given', () => {
    expect(extract({ id: 'r', text: 'Солдаты отказались воевать, их задержали в подвале.' }).language).toBe(
      'ru',
    );
  });

  it('rejects empty text and bad publication dates with stable codes', () => {
    expect(() => extract({ id: 'e', text: '  \n ' })).toThrowError(ExtractError);
    try {
      extract({ id: 'x', text, published: '2024-13-01' });
    } catch (error) {
      expect((error as ExtractError).code).toBe('BAD_PUBLISHED_DATE');
    }
    expect(isValidPublished('2024-02-30')).toBe(false);
    expect(isValidPublished('2024-02-29')).toBe(true);
  });
});
