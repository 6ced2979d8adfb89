import { describe, expect, it } from 'vitest';
import { normaliseAnswer } from './normalise.ts';

describe('normaliseAnswer', () => {
  it('folds case, ё/е and spaces', () => {
    expect(normaliseAnswer('Ёлка  ')).toBe('елка');
    expect(normaliseAnswer('Ёлка  ')).toBe(normaliseAnswer('елка'));
    expect(normaliseAnswer('  Старый   ДУБ\tу реки ')).toBe('старый дуб у реки');
  });

  it('removes quotes and apostrophes, turns other punctuation into spaces', () => {
    expect(normaliseAnswer('«Гном»')).toBe('гном');
    expect(normaliseAnswer('"Гном"')).toBe('гном');
    expect(normaliseAnswer("д'Артаньян")).toBe('дартаньян');
    expect(normaliseAnswer('д’Артаньян')).toBe('дартаньян');
    expect(normaliseAnswer('Иван-Чай')).toBe(normaliseAnswer('иван чай'));
    expect(normaliseAnswer('Иван — чай!!!')).toBe('иван чай');
    expect(normaliseAnswer('Мурка, Барсик.')).toBe('мурка барсик');
  });

  it('folds compatibility forms, stray accents and invisible characters', () => {
    expect(normaliseAnswer('ＭＵＲＫＡ')).toBe('murka');
    expect(normaliseAnswer('Мура\u0301т')).toBe('мурат');
    expect(normaliseAnswer('Бар\u200bсик')).toBe('барсик');
    // й written as и + combining breve is composed by NFKC, not stripped to и.
    expect(normaliseAnswer('Чаи\u0306ка')).toBe('чайка');
  });

  it('keeps different answers different', () => {
    expect(normaliseAnswer('Ёлка')).not.toBe(normaliseAnswer('Белка'));
    expect(normaliseAnswer('Elka')).not.toBe(normaliseAnswer('Ёлка'));
    expect(normaliseAnswer('12')).not.toBe(normaliseAnswer('1 2'));
  });

  it('leaves nothing of punctuation alone', () => {
    expect(normaliseAnswer(' «—» ')).toBe('');
  });
});
