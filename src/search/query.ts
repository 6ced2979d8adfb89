/**
 * Search requests as plain values (pure: no database). A request is checked
 * and normalised here once, so the repository only turns a valid plan into
 * SQL and the route only validates the wire format.
 */

/** Highlight markers ts_headline puts around matched words: control characters never found in stored text, so the page can split on them without parsing HTML. */
export const MARK_START = '\u0001';
export const MARK_END = '\u0002';

export interface SearchInput {
  q?: string | undefined;
  type?: string | undefined;
  unit?: string | undefined;
  place?: string | undefined;
  /** Inclusive bounds on the publication date: YYYY, YYYY-MM or YYYY-MM-DD. */
  from?: string | undefined;
  to?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

export interface SearchPlan {
  /** Web-search syntax ("quoted phrases", -not, or), or null to match every source. */
  text: string | null;
  type: string | null;
  unit: string | null;
  place: string | null;
  /** Normalised to full dates so a string comparison with ISO `published` works. */
  from: string | null;
  to: string | null;
  limit: number;
  offset: number;
}

export class SearchError extends Error {
  constructor(
    readonly code: 'invalid_date' | 'invalid_range',
    message: string,
  ) {
    super(message);
  }
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The first day (`start`) or the last instant (`end`) a partial ISO date covers, as a comparable string. */
export function dateBound(value: string, end: boolean): string {
  const m = DATE.exec(value);
  if (!m) throw new SearchError('invalid_date', 'dates are YYYY, YYYY-MM or YYYY-MM-DD');
  const [, y, mo, d] = m;
  if (!end) return `${y}-${mo ?? '01'}-${d ?? '01'}`;
  // '~' sorts after every digit and 'T': a date-time on the last day still falls inside.
  return `${y}-${mo ?? '12'}-${d ?? '31'}~`;
}

const blank = (v: string | undefined) => {
  const t = v?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
};

/** Checks and normalises a request into a plan. */
export function planSearch(input: SearchInput): SearchPlan {
  const from = blank(input.from);
  const to = blank(input.to);
  const plan: SearchPlan = {
    text: blank(input.q),
    type: blank(input.type),
    unit: blank(input.unit),
    place: blank(input.place),
    from: from ? dateBound(from, false) : null,
    to: to ? dateBound(to, true) : null,
    limit: Math.min(Math.max(input.limit ?? 20, 1), 100),
    offset: Math.max(input.offset ?? 0, 0),
  };
  if (plan.from && plan.to && plan.from > plan.to)
    throw new SearchError('invalid_range', '`from` is after `to`');
  return plan;
}

export interface Highlighted {
  text: string;
  mark: boolean;
}

/** Splits a ts_headline snippet (with MARK_START/MARK_END) into plain and highlighted parts. */
export function splitHighlights(snippet: string): Highlighted[] {
  const parts: Highlighted[] = [];
  for (const chunk of snippet.split(MARK_START)) {
    const end = chunk.indexOf(MARK_END);
    if (end < 0) parts.push({ text: chunk, mark: false });
    else parts.push({ text: chunk.slice(0, end), mark: true }, { text: chunk.slice(end + 1), mark: false });
  }
  return parts.filter((p) => p.text.length > 0);
}
