import { describe, expect, it } from 'vitest';
import { typedDate, typedPartialDate } from './typed-dates.ts';

describe('typedDate', () => {
  it('reads dates as people write them, day first', () => {
    expect(typedDate('14.02.1998')).toBe('1998-02-14');
    expect(typedDate(' 1.3.2024 ')).toBe('2024-03-01');
    expect(typedDate('14/02/1998')).toBe('1998-02-14');
    expect(typedDate('1998-02-14')).toBe('1998-02-14');
    expect(typedDate('14 февраля 1998')).toBe('1998-02-14');
    expect(typedDate('14 февраля 1998 г.')).toBe('1998-02-14');
    expect(typedDate('7 мая 2024')).toBe('2024-05-07');
    expect(typedDate('14 February 1998')).toBe('1998-02-14');
    expect(typedDate('February 14, 1998')).toBe('1998-02-14');
    expect(typedDate('1 Sept 2024')).toBe('2024-09-01');
  });

  it('refuses what it cannot read without guessing', () => {
    for (const v of ['14.02.98', '1998', '02.1998', 'вчера', '14 Smarch 1998', '1998/02/14', ''])
      expect(typedDate(v), v).toBeNull();
  });
});

describe('typedPartialDate', () => {
  it('also takes a year, or a month and year', () => {
    expect(typedPartialDate('1998')).toBe('1998');
    expect(typedPartialDate('02.1998')).toBe('1998-02');
    expect(typedPartialDate('1998-2')).toBe('1998-02');
    expect(typedPartialDate('февраль 1998')).toBe('1998-02');
    expect(typedPartialDate('Feb 1998')).toBe('1998-02');
    expect(typedPartialDate('14.02.1998')).toBe('1998-02-14');
    expect(typedPartialDate('98')).toBeNull();
  });
});
