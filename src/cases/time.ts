/**
 * Dates as the case file keeps them: calendar dates as YYYY-MM-DD strings
 * (the store returns `date` columns as strings, src/store/db.ts), instants as
 * ISO 8601 in UTC. "Today" is a calendar day in UTC, from the injected clock.
 */

/** YYYY-MM-DD of a stored date (string, or a Date from a driver that parsed it). */
export function isoDate(value: string | Date): string {
  if (typeof value === 'string') return value.slice(0, 10);
  return value.toISOString().slice(0, 10);
}

/** ISO 8601 of a stored instant. */
export function isoTime(value: string | Date): string {
  return new Date(value).toISOString();
}

/** Today's calendar date (UTC) by the given clock. */
export function today(now: Date): string {
  return now.toISOString().slice(0, 10);
}
