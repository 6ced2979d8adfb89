/**
 * Calendar arithmetic for resolving Russian date expressions against the
 * publication date. News tells of the past, so an expression without a year
 * ("15 июля", "в марте", "в среду") is its latest occurrence on or before the
 * publication day. Everything works on UTC dates: extraction has no clock.
 */

/** A calendar day. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** ISO form of a (partial) date: a missing year gives `--MM-DD` / `--MM`. */
export function iso(year: number | null, month?: number, day?: number): string {
  if (year === null) return day !== undefined ? `--${pad(month ?? 1)}-${pad(day)}` : `--${pad(month ?? 1)}`;
  if (month === undefined) return String(year);
  return day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/** Parses a YYYY-MM-DD publication date. */
export function dayOf(published: string | null): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

/** The day `n` days after `ref` (negative: before). */
export function addDays(ref: Day, n: number): Day {
  const d = new Date(Date.UTC(ref.year, ref.month - 1, ref.day + n));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The month `n` months after the reference month, as [year, month]. */
export function addMonths(ref: Day, n: number): [number, number] {
  const k = ref.year * 12 + (ref.month - 1) + n;
  return [Math.floor(k / 12), (k % 12) + 1];
}

/** The year of the latest month/day on or before the reference. */
export function pastYear(ref: Day, month: number, day = 1): number {
  const after = month > ref.month || (month === ref.month && day > ref.day);
  return after ? ref.year - 1 : ref.year;
}

/** ISO weekday of a day: 1 Monday … 7 Sunday. */
export function weekday(d: Day): number {
  const w = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** The latest day that falls on `wd` (1 Monday … 7 Sunday) on or before the reference. */
export function lastWeekday(ref: Day, wd: number): Day {
  return addDays(ref, -((weekday(ref) - wd + 7) % 7));
}

/** The week before the reference's week, as a month when the whole week lies in one month. */
export function lastWeekMonth(ref: Day): string | null {
  const monday = addDays(ref, -(weekday(ref) - 1) - 7);
  const sunday = addDays(monday, 6);
  return monday.month === sunday.month ? iso(monday.year, monday.month) : null;
}
