/**
 * What accepting a report says about the man: the case status its events
 * stand for, and the date it happened. Pure.
 */
import type { CaseStatus } from '../schema.ts';

/** Event types (src/claims/schema.ts) that tell a case status. Others (coercion, assistance) do not. */
const EVENT_STATUS: Readonly<Record<string, CaseStatus>> = {
  death: 'deceased',
  prosecution: 'prosecuted',
  detention: 'detained',
  disappearance: 'missing',
  desertion: 'missing',
  refusal: 'refused',
  release: 'released',
};

/**
 * Which status wins when a report tells of several events: the gravest
 * first, since a report of a refusal followed by a detention or a trial is
 * news of the detention or the trial. Release comes last: a report naming a
 * release usually also tells what he was released from, and the caseworker
 * sees both and can choose release.
 */
const GRAVITY: readonly CaseStatus[] = [
  'deceased',
  'prosecuted',
  'detained',
  'missing',
  'refused',
  'released',
];

export interface EventFact {
  type: string;
  /** Partial ISO date of the event, when the report gives one. */
  date: string | null;
}

/**
 * The status and date a report stands for: the gravest event of `own` (the
 * events that name or place the man), else of `all` the report's events;
 * without any, the case's current status. The date is the event's, else the
 * report's publication date, else `today`.
 */
export function statusFromReport(input: {
  own: readonly EventFact[];
  all: readonly EventFact[];
  current: CaseStatus;
  published: string | null;
  today: string;
}): { status: CaseStatus; onDate: string; event: EventFact | null } {
  const event = gravest(input.own) ?? gravest(input.all);
  const status = event ? EVENT_STATUS[event.type]! : input.current;
  const onDate = calendarDate(event?.date ?? null) ?? calendarDate(input.published) ?? input.today;
  return { status, onDate, event };
}

function gravest(events: readonly EventFact[]): EventFact | null {
  let best: EventFact | null = null;
  let rank = GRAVITY.length;
  for (const e of events) {
    const status = EVENT_STATUS[e.type];
    const r = status ? GRAVITY.indexOf(status) : -1;
    if (r >= 0 && r < rank) {
      best = e;
      rank = r;
    }
  }
  return best;
}

/**
 * A calendar date from a partial one: a month or a year is taken at its first
 * day (the status history needs a day; the caseworker can correct it), a day
 * without a year is no date.
 */
export function calendarDate(partial: string | null): string | null {
  const m = partial ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(partial) : null;
  if (!m) return null;
  const date = `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
  return Number.isNaN(Date.parse(`${date}T00:00:00Z`)) ? null : date;
}
