/**
 * Appeal deadlines (pure: no database, no clock). Dates are calendar dates
 * (YYYY-MM-DD) counted as UTC days, so the answer never depends on the time
 * zone of the machine: a date is turned into its UTC midnight, moved by whole
 * days, and written back as a UTC date.
 *
 * Counting follows the Russian rule for terms in days (Civil Code art. 191,
 * Criminal Procedure Code art. 128): the term starts the day after the event,
 * so a 30-day term from 31 January 2024 ends on 1 March 2024. Shifting an end
 * that falls on a weekend or public holiday is NOT done (see data/cases/README.md).
 */

import { isCalendarDate } from '../time.ts';

const DAY_MS = 86_400_000;

/** An addressee type's deadline rule, as far as the arithmetic needs it. */
export interface DeadlineRule {
  /** Calendar days the addressee has to answer, counted from the day after filing. */
  days: number;
  /** An unanswered appeal is "due soon" this many days or fewer before its due date. */
  dueSoonDays: number;
}

export type AppealStateName = 'answered' | 'overdue' | 'due_soon' | 'pending';

/** Where an appeal stands on a given day. */
export interface AppealState {
  state: AppealStateName;
  /** Days past the due date (overdue only; otherwise null). */
  daysOverdue: number | null;
  /** Days left until the due date, 0 on the day itself (due_soon and pending; otherwise null). */
  daysRemaining: number | null;
}

/** Milliseconds of the UTC midnight of a calendar date; throws on a malformed or impossible date. */
export function utcDay(date: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
    throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  // Date.UTC rolls 2023-02-29 over to 1 March: refuse instead of guessing.
  if (!isCalendarDate(date)) throw new RangeError(`no such calendar date: ${date}`);
  return Date.parse(`${date}T00:00:00Z`);
}

/** The calendar date `days` days after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError('days must be a whole number');
  return new Date(utcDay(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

/** The date an answer is legally due for an appeal filed on `filedOn` under `rule`. */
export function dueDate(filedOn: string, rule: Pick<DeadlineRule, 'days'>): string {
  return addDays(filedOn, rule.days);
}

/**
 * Classifies an appeal on `today`: answered once it has a response date;
 * otherwise overdue after its due date, due soon within `dueSoonDays` of it
 * (the due date itself included), pending before that.
 */
export function classify(
  appeal: { dueOn: string; respondedOn: string | null },
  today: string,
  dueSoonDays: number,
): AppealState {
  if (appeal.respondedOn) return { state: 'answered', daysOverdue: null, daysRemaining: null };
  const remaining = daysBetween(today, appeal.dueOn);
  if (remaining < 0) return { state: 'overdue', daysOverdue: -remaining, daysRemaining: null };
  return {
    state: remaining <= dueSoonDays ? 'due_soon' : 'pending',
    daysOverdue: null,
    daysRemaining: remaining,
  };
}
