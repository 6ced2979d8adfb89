/** A record's timeline (web/screens/records/timeline.js): dated entries in order, undated ones apart. */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the web app is plain JavaScript without type declarations.
import * as timeline from '../../web/screens/records/timeline.js';

type Link = {
  claimId: string;
  state: string;
  value: Record<string, unknown>;
  source: { published: string | null };
};
const { splitTimeline } = timeline as {
  splitTimeline(links: Link[]): { dated: (Link & { when: string })[]; undated: Link[] };
};
const link = (claimId: string, date: string | null, published: string | null, state = 'suggested'): Link => ({
  claimId,
  state,
  value: { date },
  source: { published },
});

describe('record timeline', () => {
  it('orders dated entries and keeps undated ones apart', () => {
    const r = splitTimeline([
      link('a', null, null),
      link('b', '2024-05-01', '2024-06-01'),
      link('c', '--04', '2024-04-10'),
      link('d', null, null, 'rejected'),
    ]);
    expect(r.dated.map((l) => [l.claimId, l.when])).toEqual([
      ['c', '2024-04-10'],
      ['b', '2024-05-01'],
    ]);
    expect(r.undated.map((l) => l.claimId)).toEqual(['a']);
  });
});
