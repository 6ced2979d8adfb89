import { describe, expect, it } from 'vitest';
import { analyseSource } from './context.ts';
import { loadKbDeps } from './lexicon.ts';
import { geoPrecision, hasCue, monthOf, timePrecision } from './precision.ts';
import type { KbClaim } from './types.ts';

describe('precision codes (ACLED)', () => {
  it('codes geography: town 1, near a town 2, region 3', () => {
    expect(geoPrecision('town', false)).toBe(1);
    expect(geoPrecision('village', true)).toBe(2);
    expect(geoPrecision('region', false)).toBe(3);
    expect(geoPrecision('territory', true)).toBe(3);
  });

  it('codes time: day 1, week or month 2, year or vaguer 3', () => {
    expect(timePrecision('2024-03-02')).toBe(1);
    expect(timePrecision('2024-03-02', true)).toBe(2);
    expect(timePrecision('2024-03')).toBe(2);
    expect(timePrecision('2024')).toBe(3);
    expect(timePrecision('--07-08')).toBe(3);
    expect(timePrecision(null)).toBe(3);
    expect(monthOf('--07-08')).toBeNull();
    expect(monthOf('2024-03-02')).toBe('2024-03');
  });

  it('matches cues as whole words only', () => {
    expect(hasCue('held in a hospital, then a pit', ['pit'])).toBe(true);
    expect(hasCue('held in a hospital', ['pit'])).toBe(false);
  });

  it('reads "near X" and the place kind from the sentence of an event', () => {
    const text =
      'Invented: two soldiers were detained near Bryanka on 2024-03-05. Others were held in the Kherson region.';
    const claims: KbClaim[] = [
      {
        id: 'p1',
        sourceId: 's',
        kind: 'place',
        state: 'suggested',
        start: 42,
        end: 49,
        value: { canonical: 'Bryanka', country: 'UA' },
      },
      {
        id: 'p2',
        sourceId: 's',
        kind: 'place',
        state: 'suggested',
        start: 88,
        end: 102,
        value: { canonical: 'Kherson Oblast', country: 'UA' },
      },
      {
        id: 'e1',
        sourceId: 's',
        kind: 'event',
        state: 'suggested',
        start: 0,
        end: 64,
        value: { type: 'detention', place: 'Bryanka', date: '2024-03-05', count: 2 },
      },
      {
        id: 'e2',
        sourceId: 's',
        kind: 'event',
        state: 'suggested',
        start: 65,
        end: 103,
        value: { type: 'detention', place: null, date: null, count: null },
      },
    ];
    const a = analyseSource(
      { id: 's', text, title: null, outlet: null, url: null, published: null, duplicateOf: null },
      claims,
      loadKbDeps(),
    );
    expect(a.contexts.get('e1')).toMatchObject({
      geoPrecision: 2,
      timePrecision: 1,
      month: '2024-03',
      place: { name: 'Bryanka', near: true },
    });
    expect(a.contexts.get('e2')).toMatchObject({
      geoPrecision: 3,
      timePrecision: 3,
      place: { name: 'Kherson Oblast', how: 'sentence' },
    });
    // A reviewer's rejection of the place removes it from the sentence too.
    claims[1]!.state = 'rejected';
    const b = analyseSource(
      { id: 's', text, title: null, outlet: null, url: null, published: null, duplicateOf: null },
      claims,
      loadKbDeps(),
    );
    expect(b.contexts.get('e2')?.place?.name).not.toBe('Kherson Oblast');
  });
});
