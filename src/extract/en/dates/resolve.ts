/**
 * Turning chrono-node's parse of a date expression into an ISO date, possibly
 * partial: only what the text states (or what the publication date settles)
 * is kept. Without a publication date, "July 8" is `--07-08`, "in July" is
 * `--07`, "April 2023" is `2023-04`, and "Wednesday" or "last month" cannot be
 * placed and yield null.
 */
import type { ParsedComponents } from 'chrono-node';

const pad = (n: number | null | undefined): string => String(n ?? 0).padStart(2, '0');

// Expressions whose meaning depends on when they were written.
const RELATIVE_RE =
  /\b(?:last|this|next|ago|yesterday|today|tonight|tomorrow|past|coming|previous|earlier|later)\b/i;

/** News tells of the past: a month and day without a year is their latest occurrence on or before the reference. */
function pastYear(k: Known, reference: Date): number | undefined {
  if (k.month === undefined) return undefined;
  const y = reference.getUTCFullYear();
  const m = reference.getUTCMonth() + 1;
  const after = k.month > m || (k.month === m && (k.day ?? 1) > reference.getUTCDate());
  return after ? y - 1 : y;
}

/** Components the text itself states. */
interface Known {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
}

function known(c: ParsedComponents): Known {
  const get = (k: 'year' | 'month' | 'day' | 'weekday') =>
    c.isCertain(k) ? (c.get(k) ?? undefined) : undefined;
  return { year: get('year'), month: get('month'), day: get('day'), weekday: get('weekday') };
}

/**
 * The ISO (partial) date of a parsed expression, or null when the text does not say enough.
 * `reference`: the publication date, when known; chrono's implied values are relative to it.
 */
export function toIsoDate(c: ParsedComponents, matched: string, reference: Date | null): string | null {
  const relative = RELATIVE_RE.test(matched);
  if (relative && !reference) return null;
  const k = relative ? {} : known(c);
  const hasReference = reference !== null;
  const year = k.year ?? (reference ? (pastYear(k, reference) ?? c.get('year')) : undefined);
  const month = k.month ?? (hasReference && !k.day ? c.get('month') : undefined);
  if (k.month !== undefined) {
    if (k.day !== undefined)
      return year ? `${year}-${pad(k.month)}-${pad(k.day)}` : `--${pad(k.month)}-${pad(k.day)}`;
    // A month without a year ("in July") is `--07`: the schema's month-of-unknown-year form.
    return year ? `${year}-${pad(k.month)}` : `--${pad(k.month)}`;
  }
  if (k.year !== undefined) return String(k.year);
  if (!hasReference || !year || !month) return null;
  // Relative expressions ("last month", "this year", "on Wednesday", "yesterday") settle against the publication date.
  if (/\byears?\b/i.test(matched)) return String(year);
  if (/\bmonths?\b/i.test(matched)) return `${year}-${pad(month)}`;
  if (/\bweeks?\b/i.test(matched)) return null;
  return `${year}-${pad(month)}-${pad(c.get('day'))}`;
}
