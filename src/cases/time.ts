/**
 * Dates as the case file keeps them: calendar dates as YYYY-MM-DD strings
 * (the store returns `date` columns as strings, src/store/db.ts), instants as
 * ISO 8601 in UTC. "Today" is a calendar day in UTC, from the injected clock.
 */

/** YYYY-MM-DD of a stored `date` column (the store returns them as strings). */
export function isoDate(value: string): string {
  return value.slice(0, 10);
}

/** Whether `value` is a YYYY-MM-DD date that exists (2026-02-30 does not: Date.UTC would roll it over). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}

/** ISO 8601 of a stored instant. */
export function isoTime(value: string | Date): string {
  return new Date(value).toISOString();
}

/** Today's calendar date (UTC) by the given clock. */
export function today(now: Date): string {
  return now.toISOString().slice(0, 10);
}
