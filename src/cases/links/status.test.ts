/** What an accepted report says about the man: the status of its gravest event, dated. */
import { describe, expect, it } from 'vitest';
import { calendarDate, statusFromReport } from './status.ts';

const base = { current: 'missing' as const, published: '2025-05-20', today: '2025-06-01' };

describe('statusFromReport', () => {
  it('takes the gravest event about him: detained after refusing is news of the detention', () => {
    const r = statusFromReport({
      ...base,
      own: [
        { type: 'refusal', date: '2025-05-02' },
        { type: 'detention', date: '2025-05-09' },
      ],
      all: [{ type: 'death', date: null }],
    });
    expect(r).toMatchObject({ status: 'detained', onDate: '2025-05-09' });
  });

  it('falls back to any event in the report, then to the current status and the publication date', () => {
    expect(
      statusFromReport({ ...base, own: [], all: [{ type: 'prosecution', date: '2025-04' }] }),
    ).toMatchObject({
      status: 'prosecuted',
      onDate: '2025-04-01',
    });
    expect(
      statusFromReport({ ...base, own: [{ type: 'coercion', date: '2025-05-01' }], all: [] }),
    ).toMatchObject({
      status: 'missing',
      onDate: '2025-05-20',
    });
    expect(statusFromReport({ ...base, published: null, own: [], all: [] }).onDate).toBe('2025-06-01');
  });

  it('maps desertion and disappearance to missing, release to released', () => {
    const one = (type: string) => statusFromReport({ ...base, own: [{ type, date: null }], all: [] }).status;
    expect(['desertion', 'disappearance', 'release', 'death'].map(one)).toEqual([
      'missing',
      'missing',
      'released',
      'deceased',
    ]);
  });
});

describe('calendarDate', () => {
  it('takes a month or a year at its first day and refuses a day without a year', () => {
    expect(['2025-03-12', '2025-03', '2025', '--03-12', 'soon'].map(calendarDate)).toEqual([
      '2025-03-12',
      '2025-03-01',
      '2025-01-01',
      null,
      null,
    ]);
  });
});
