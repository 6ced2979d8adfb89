/**
 * Dates as people type them, to the ISO form the case file keeps (pure):
 * one parser behind every date field of the case screens, the family's form
 * and the API (schema.ts IsoDate and PartialDate run it first).
 *
 * Accepted: 1998-02-14; 14.02.1998, 14/02/1998, 14-02-1998 (day first, as
 * in Russia and Britain: 02.03.1998 is the 2nd of March); 14 февраля 1998,
 * 14 February 1998, February 14, 1998. Partial dates, where allowed (a birth
 * date): 1998, 02.1998, 1998-02, февраль 1998, Feb 1998. Two-digit years
 * are refused rather than guessed (is 24 the year 1924 or 2024?). Whether
 * the day exists is checked by the schema (isCalendarDate), not here.
 */

/** Month names and their usual abbreviations, by the first letters a person writes. */
const MONTHS: readonly (readonly string[])[] = [
  ['январ', 'янв', 'january', 'jan'],
  ['феврал', 'фев', 'february', 'feb'],
  ['март', 'мар', 'march', 'mar'],
  ['апрел', 'апр', 'april', 'apr'],
  ['ма', 'may'],
  ['июн', 'june', 'jun'],
  ['июл', 'july', 'jul'],
  ['август', 'авг', 'august', 'aug'],
  ['сентябр', 'сен', 'сент', 'september', 'sept', 'sep'],
  ['октябр', 'окт', 'october', 'oct'],
  ['ноябр', 'ноя', 'november', 'nov'],
  ['декабр', 'дек', 'december', 'dec'],
];

const pad = (n: number | string) => String(n).padStart(2, '0');

/** The month (1–12) a word names, or null. "мая", "май", "May" are May. */
function monthOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (/^ма[йяе]$/.test(w)) return 5;
  for (const [i, names] of MONTHS.entries()) {
    if (i === 4) continue;
    if (names.some((n) => w === n || (n.length >= 4 && w.startsWith(n)))) return i + 1;
  }
  return null;
}

/** A full date typed by a person as YYYY-MM-DD, or null when it is not one of the forms above. */
export function typedDate(input: string): string | null {
  const s = input.trim().replace(/\s*г(ода?|\.)?$/u, '');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return `${m[1]}-${pad(m[2] as string)}-${pad(m[3] as string)}`;
  m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(s);
  if (m) return `${m[3]}-${pad(m[2] as string)}-${pad(m[1] as string)}`;
  m = /^(\d{1,2})\s+([\p{L}.]+),?\s+(\d{4})$/u.exec(s);
  if (m) {
    const month = monthOf(m[2] as string);
    return month ? `${m[3]}-${pad(month)}-${pad(m[1] as string)}` : null;
  }
  m = /^([\p{L}.]+)\s+(\d{1,2}),?\s+(\d{4})$/u.exec(s);
  if (m) {
    const month = monthOf(m[1] as string);
    return month ? `${m[3]}-${pad(month)}-${pad(m[2] as string)}` : null;
  }
  return null;
}

/** A full or partial date (YYYY, YYYY-MM, YYYY-MM-DD), or null. */
export function typedPartialDate(input: string): string | null {
  const s = input.trim().replace(/\s*г(ода?|\.)?$/u, '');
  if (/^\d{4}$/.test(s)) return s;
  let m = /^(\d{4})-(\d{1,2})$/.exec(s);
  if (m) return `${m[1]}-${pad(m[2] as string)}`;
  m = /^(\d{1,2})[./](\d{4})$/.exec(s);
  if (m) return `${m[2]}-${pad(m[1] as string)}`;
  m = /^([\p{L}.]+)\s+(\d{4})$/u.exec(s);
  if (m) {
    const month = monthOf(m[1] as string);
    return month ? `${m[2]}-${pad(month)}` : null;
  }
  return typedDate(s);
}
