import { afterEach, describe, expect, it, vi } from 'vitest';
import { today as calendarDate } from '../time.ts';
import { addDays, classify, daysBetween, dueDate, utcDay } from './deadlines.ts';

describe('dueDate', () => {
  it('counts calendar days from the day after filing', () => {
    expect(dueDate('2024-03-01', { days: 30 })).toBe('2024-03-31');
    expect(dueDate('2024-03-01', { days: 3 })).toBe('2024-03-04');
  });

  it('crosses month ends and year ends', () => {
    expect(dueDate('2023-01-31', { days: 30 })).toBe('2023-03-02');
    expect(dueDate('2023-04-30', { days: 1 })).toBe('2023-05-01');
    expect(dueDate('2023-12-15', { days: 30 })).toBe('2024-01-14');
    expect(dueDate('2023-12-31', { days: 1 })).toBe('2024-01-01');
  });

  it('knows leap years: 29 February exists in 2024 and 2000 but not 2023 or 1900', () => {
    expect(dueDate('2024-01-31', { days: 30 })).toBe('2024-03-01');
    expect(dueDate('2024-02-28', { days: 1 })).toBe('2024-02-29');
    expect(dueDate('2023-02-28', { days: 1 })).toBe('2023-03-01');
    expect(dueDate('2000-02-28', { days: 1 })).toBe('2000-02-29');
    expect(dueDate('1900-02-28', { days: 1 })).toBe('1900-03-01');
    expect(dueDate('2024-02-29', { days: 10 })).toBe('2024-03-10');
  });

  it('does not move with the time zone of the machine', () => {
    vi.stubEnv('TZ', 'Pacific/Kiritimati');
    expect(dueDate('2024-03-30', { days: 1 })).toBe('2024-03-31');
    vi.stubEnv('TZ', 'America/Adak');
    expect(dueDate('2024-10-26', { days: 2 })).toBe('2024-10-28');
  });

  it('refuses dates that do not exist rather than rolling them over', () => {
    expect(() => dueDate('2023-02-29', { days: 30 })).toThrow(/no such calendar date/);
    expect(() => dueDate('2024-13-01', { days: 30 })).toThrow(/no such calendar date/);
    expect(() => dueDate('1 March 2024', { days: 30 })).toThrow(/YYYY-MM-DD/);
    expect(() => addDays('2024-03-01', 1.5)).toThrow(/whole number/);
  });
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('date arithmetic', () => {
  it('counts days between dates either way', () => {
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
    expect(daysBetween('2023-02-01', '2023-03-01')).toBe(28);
    expect(daysBetween('2024-03-10', '2024-03-01')).toBe(-9);
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(utcDay('1970-01-02')).toBe(86_400_000);
  });

  it('takes the UTC calendar day of a clock reading', () => {
    expect(calendarDate(new Date('2024-05-31T23:59:59Z'))).toBe('2024-05-31');
    expect(calendarDate(new Date('2024-06-01T01:30:00+03:00'))).toBe('2024-05-31');
  });
});

describe('classify', () => {
  const due = { dueOn: '2024-04-10', respondedOn: null };

  it('calls an appeal with a response date answered, even after its due date', () => {
    expect(classify({ ...due, respondedOn: '2024-05-01' }, '2024-06-01', 7)).toEqual({
      state: 'answered',
      daysOverdue: null,
      daysRemaining: null,
    });
  });

  it('is overdue the day after the due date, counting the days', () => {
    expect(classify(due, '2024-04-11', 7)).toEqual({ state: 'overdue', daysOverdue: 1, daysRemaining: null });
    expect(classify(due, '2024-05-20', 7)).toMatchObject({ state: 'overdue', daysOverdue: 40 });
  });

  it('is due soon within the window, the due date itself included', () => {
    expect(classify(due, '2024-04-10', 7)).toEqual({
      state: 'due_soon',
      daysOverdue: null,
      daysRemaining: 0,
    });
    expect(classify(due, '2024-04-03', 7)).toMatchObject({ state: 'due_soon', daysRemaining: 7 });
    expect(classify(due, '2024-04-02', 7)).toMatchObject({ state: 'pending', daysRemaining: 8 });
  });

  it('with a window of 0 only the due day itself is due soon', () => {
    expect(classify(due, '2024-04-09', 0)).toMatchObject({ state: 'pending', daysRemaining: 1 });
    expect(classify(due, '2024-04-10', 0)).toMatchObject({ state: 'due_soon', daysRemaining: 0 });
  });
});
