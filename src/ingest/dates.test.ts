import { describe, expect, it } from 'vitest';
import { dateFromUnixSeconds, normalizeDate } from './dates.ts';

describe('normalizeDate', () => {
  it.each([
    ['2024-05-12', '2024-05-12'],
    ['2024-05', '2024-05'],
    ['2024', '2024'],
    ['2024-05-12T10:15', '2024-05-12T10:15'],
    ['2024-05-12 10:15:30', '2024-05-12T10:15:30'],
    ['2024-05-12T10:15:30.250Z', '2024-05-12T10:15:30.250Z'],
    ['2024-05-12T10:15:30+0300', '2024-05-12T10:15:30+03:00'],
    [' 2024-05-12T10:15:30+03:00 ', '2024-05-12T10:15:30+03:00'],
    ['12.05.2024', '2024-05-12'],
    ['2.5.2024 9:05', '2024-05-02T09:05'],
    ['2024/5/12', '2024-05-12'],
    ['Sun, 12 May 2024 10:15:00 +0300', '2024-05-12T07:15:00Z'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });

  it.each(['', 'yesterday', '2024-13-01', '2024-02-30', '31.02.2024', '2024-05-12T25:00', '1', '12 мая'])(
    'rejects %j',
    (input) => {
      expect(normalizeDate(input)).toBeNull();
    },
  );
});

describe('dateFromUnixSeconds', () => {
  it('reads Telegram date_unixtime strings and numbers as UTC', () => {
    expect(dateFromUnixSeconds('1718028300')).toBe('2024-06-10T14:05:00Z');
    expect(dateFromUnixSeconds(1718028300)).toBe('2024-06-10T14:05:00Z');
    expect(dateFromUnixSeconds('soon')).toBeNull();
    expect(dateFromUnixSeconds(undefined)).toBeNull();
  });
});
