/**
 * Russian date expressions as rules over the closed class of date words
 * (data/extract/ru/dates.json): numeric dates, "15 июля [2022 года]",
 * "в [начале] сентябре [2023 года | прошлого года]", "в 2022 году", seasons,
 * weekdays, "вчера", "в прошлом месяце", "на прошлой неделе", "два месяца
 * назад". chrono-node's Russian parser reads the first kinds but not years,
 * seasons or "прошлого года", and resolves weekdays into the future; one rule
 * set that knows news tells of the past is simpler than patching its output.
 */
import dates from '../../../../data/extract/ru/dates.json' with { type: 'json' };
import { addDays, addMonths, type Day, iso, lastWeekday, lastWeekMonth, pastYear } from './calendar.ts';

/** One rule: a regex (global, Unicode, case-insensitive) and how a match resolves. */
export interface DateRule {
  name: string;
  /** A cheap test a text must pass before the rule's regex runs (most sentences hold no date). */
  guard: RegExp;
  re: RegExp;
  /** The ISO (partial) date of a match, or null when the text does not say enough. */
  resolve(m: RegExpExecArray, ref: Day | null): string | null;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const alt = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).join('|');

const MONTH_OF = new Map<string, number>();
dates.months.forEach((forms, i) => {
  for (const f of forms) MONTH_OF.set(f, i + 1);
});
const WEEKDAY_OF = new Map<string, number>();
dates.weekdays.forEach((forms, i) => {
  for (const f of forms) WEEKDAY_OF.set(f, i + 1);
});
const SHIFT = dates.shiftWords as Record<string, number>;
const SEASON = dates.seasons as Record<string, number>;
const DAYS = dates.days as Record<string, number>;
const AGO = dates.agoUnits as Record<string, 'day' | 'week' | 'month' | 'year'>;
const NUMBER_WORDS = dates.numberWords as Record<string, number>;

const MONTHS = `(${alt(MONTH_OF.keys())})`;
const SHIFTS = `(${alt(Object.keys(SHIFT))})`;
const YEAR = '((?:19|20)\\d{2})';
const YEAR_WORD = '(?:-?(?:го|м))?\\s*(?:года|году|год|г\\.|гг\\.)';
// "2022 года" or "прошлого года" after a month or season.
const YEAR_TAIL = `(?:\\s+(?:${YEAR}(?:${YEAR_WORD})?|${SHIFTS}\\s+года))?`;
const PHASE =
  '(?:(?:в|во|с|со|до|к|по|на|из)\\s+)?(?:(?:начале|конце|середине|начала|конца|середины|половине|половины|первой|второй)\\s+){0,2}';

const MONTH_GUARD = new RegExp(alt(MONTH_OF.keys()), 'iu');
const SHIFT_GUARD = new RegExp(alt(Object.keys(SHIFT)), 'iu');

const lower = (s: string | undefined) => (s ?? '').toLowerCase();

/** The year a month/season expression names: explicit, shifted ("прошлого года") or the latest past one. */
function yearOf(
  explicit: string | undefined,
  shift: string | undefined,
  ref: Day | null,
  month: number,
  day?: number,
) {
  if (explicit) return Number(explicit);
  if (shift !== undefined && ref) return ref.year + (SHIFT[lower(shift)] ?? 0);
  return ref ? pastYear(ref, month, day) : null;
}

const RULES: DateRule[] = [
  {
    name: 'date.numeric',
    guard: /\d\.\d/u,
    re: new RegExp(`${B}(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})${E}`, 'gu'),
    resolve: (m) => {
      const day = Number(m[1]);
      const month = Number(m[2]);
      return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? iso(Number(m[3]), month, day) : null;
    },
  },
  {
    name: 'date.day-month',
    guard: MONTH_GUARD,
    re: new RegExp(`${B}(\\d{1,2})(?:-?(?:го|е))?\\s+${MONTHS}${YEAR_TAIL}${E}`, 'giu'),
    resolve: (m, ref) => {
      const day = Number(m[1]);
      const month = MONTH_OF.get(lower(m[2])) ?? 1;
      if (day < 1 || day > 31) return null;
      return iso(yearOf(m[3], m[4], ref, month, day), month, day);
    },
  },
  {
    name: 'date.month',
    guard: MONTH_GUARD,
    re: new RegExp(`${B}${PHASE}${MONTHS}${YEAR_TAIL}${E}`, 'giu'),
    resolve: (m, ref) => {
      const month = MONTH_OF.get(lower(m[1])) ?? 1;
      return iso(yearOf(m[2], m[3], ref, month), month);
    },
  },
  {
    name: 'date.season',
    guard: new RegExp(alt(Object.keys(SEASON)), 'iu'),
    re: new RegExp(`${B}(?:${SHIFTS}\\s+)?(${alt(Object.keys(SEASON))})${YEAR_TAIL}${E}`, 'giu'),
    resolve: (m, ref) => {
      const month = SEASON[lower(m[2])] ?? 1;
      if (m[3]) return m[3];
      const shift = m[4] ?? m[1];
      if (!ref) return null;
      return String(shift !== undefined ? ref.year + (SHIFT[lower(shift)] ?? 0) : pastYear(ref, month));
    },
  },
  {
    name: 'date.year',
    guard: /\d{4}/u,
    re: new RegExp(`${B}${YEAR}${YEAR_WORD}`, 'giu'),
    resolve: (m) => m[1] ?? null,
  },
  {
    name: 'date.relative-year',
    guard: SHIFT_GUARD,
    re: new RegExp(`${B}(?:в\\s+)?${SHIFTS}\\s+(?:году|года|год)${E}`, 'giu'),
    resolve: (m, ref) => (ref ? String(ref.year + (SHIFT[lower(m[1])] ?? 0)) : null),
  },
  {
    name: 'date.relative-month',
    guard: SHIFT_GUARD,
    re: new RegExp(`${B}(?:в\\s+)?${SHIFTS}\\s+(?:месяце|месяца|месяц)${E}`, 'giu'),
    resolve: (m, ref) => (ref ? iso(...addMonths(ref, SHIFT[lower(m[1])] ?? 0)) : null),
  },
  {
    name: 'date.relative-week',
    guard: /недел/iu,
    re: new RegExp(`${B}(?:на\\s+)?(прошлой|минувшей)\\s+(?:неделе|недели)${E}`, 'giu'),
    resolve: (_m, ref) => (ref ? lastWeekMonth(ref) : null),
  },
  {
    name: 'date.weekday',
    guard: new RegExp(alt(WEEKDAY_OF.keys()), 'iu'),
    re: new RegExp(
      `${B}(?:во?\\s+)(?:(?:прошлую|прошлый|минувшую|минувший|это|этот|эту)\\s+)?(${alt(WEEKDAY_OF.keys())})${E}`,
      'giu',
    ),
    resolve: (m, ref) => {
      if (!ref) return null;
      const d = lastWeekday(addDays(ref, 0), WEEKDAY_OF.get(lower(m[1])) ?? 1);
      return iso(d.year, d.month, d.day);
    },
  },
  {
    name: 'date.day-word',
    guard: new RegExp(alt(Object.keys(DAYS)), 'iu'),
    re: new RegExp(`${B}(${alt(Object.keys(DAYS))})${E}`, 'giu'),
    resolve: (m, ref) => {
      if (!ref) return null;
      const d = addDays(ref, DAYS[lower(m[1])] ?? 0);
      return iso(d.year, d.month, d.day);
    },
  },
  {
    name: 'date.ago',
    guard: /назад/iu,
    re: new RegExp(
      `${B}(?:(\\d{1,3}|${alt(Object.keys(NUMBER_WORDS))})\\s+)?(${alt(Object.keys(AGO))})\\s+назад${E}`,
      'giu',
    ),
    resolve: (m, ref) => agoDate(ref, m[1], AGO[lower(m[2])]),
  },
];

/** "N units ago" against the reference; a vague number ("несколько") or weeks cannot be placed. */
function agoDate(ref: Day | null, count: string | undefined, unit: string | undefined): string | null {
  if (!ref || !unit) return null;
  const n = count === undefined ? 1 : /^\d+$/.test(count) ? Number(count) : (NUMBER_WORDS[lower(count)] ?? 0);
  if (n <= 0) return null;
  if (unit === 'day') {
    const d = addDays(ref, -n);
    return iso(d.year, d.month, d.day);
  }
  if (unit === 'month') return iso(...addMonths(ref, -n));
  if (unit === 'year') return String(ref.year - n);
  return null;
}

/** A date expression found in a text: [start, end) offsets in it. */
export interface FoundDate {
  start: number;
  end: number;
  date: string;
  rule: string;
}

/**
 * The rules whose guard passes on `text`: a guard is a plain search, so a rule
 * whose guard fails on a whole document fails on each of its sentences.
 */
export function rulesFor(text: string): readonly DateRule[] {
  return RULES.filter((rule) => rule.guard.test(text));
}

/**
 * The date expressions of one text, earlier rules winning over later
 * overlapping ones; `rules` narrows the rules tried (see `rulesFor`).
 */
export function findDates(text: string, ref: Day | null, rules: readonly DateRule[] = RULES): FoundDate[] {
  const out: FoundDate[] = [];
  for (const rule of rules) {
    if (!rule.guard.test(text)) continue;
    for (const m of text.matchAll(rule.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((d) => d.start < end && start < d.end)) continue;
      const date = rule.resolve(m, ref);
      if (date) out.push({ start, end, date, rule: rule.name });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
