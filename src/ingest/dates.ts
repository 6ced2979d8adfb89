/**
 * Publication dates as sources give them, brought to ISO 8601 without
 * changing what they say: a date stays a date, a local time stays local, an
 * offset is kept. Anything that is not recognisably a date gives null, so a
 * caller can report it or drop it.
 */

const ISO =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/i;
/** 12.05.2024 or 12.05.2024 10:15, as Russian sources and spreadsheets write dates. */
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
/** RFC 2822, as in some feeds and meta tags: "Sun, 12 May 2024 10:15:00 +0300". */
const RFC2822 =
  /^(?:[a-z]{3},\s*)?\d{1,2}\s+[a-z]{3}\s+\d{4}\s+\d{2}:\d{2}(?::\d{2})?\s*(?:gmt|utc|[+-]\d{4})$/i;

/** An ISO 8601 date or date-time for `value`, or null when it is not a date. */
export function normalizeDate(value: string): string | null {
  const input = value.trim();
  const iso = ISO.exec(input);
  if (iso) {
    const [, year, month, day, hour, minute, second, fraction, zone] = iso;
    if (!validDate(year!, month, day) || !validTime(hour, minute, second)) return null;
    let result = year!;
    if (month !== undefined) result += `-${month}`;
    if (day !== undefined) result += `-${day}`;
    if (hour !== undefined)
      result += `T${hour}:${minute}${second !== undefined ? `:${second}${fraction ?? ''}` : ''}`;
    if (zone !== undefined)
      result += zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    return result;
  }
  const dotted = DOTTED.exec(input);
  if (dotted) {
    const [, day, month, year, hour, minute, second] = dotted;
    return build(year!, month!, day!, hour, minute, second);
  }
  const slashed = SLASHED.exec(input);
  if (slashed) return build(slashed[1]!, slashed[2]!, slashed[3]!);
  if (RFC2822.test(input)) {
    const time = Date.parse(input);
    return Number.isNaN(time) ? null : new Date(time).toISOString().replace('.000Z', 'Z');
  }
  return null;
}

/** A date-time in UTC from Unix seconds (Telegram's date_unixtime), or null. */
export function dateFromUnixSeconds(value: unknown): string | null {
  const seconds = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  if (!Number.isInteger(seconds) || seconds <= 0) return null;
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}

function build(
  year: string,
  month: string,
  day: string,
  hour?: string,
  minute?: string,
  second?: string,
): string | null {
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  if (hour === undefined) return normalizeDate(date);
  return normalizeDate(
    `${date}T${hour.padStart(2, '0')}:${minute}${second !== undefined ? `:${second}` : ''}`,
  );
}

function validDate(year: string, month?: string, day?: string): boolean {
  const y = Number(year);
  if (y < 1900 || y > 2999) return false;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  return d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function validTime(hour?: string, minute?: string, second?: string): boolean {
  if (hour === undefined) return true;
  return Number(hour) < 24 && Number(minute) < 60 && (second === undefined || Number(second) < 60);
}
