/** The readable `objector counts`: one line per group a person asks about, roll-ups marked (invented data). */
import { describe, expect, it } from 'vitest';
import { computeCounts } from '../../counts/compute.ts';
import type { CountInput } from '../../counts/types.ts';
import { formatCounts } from './counts-format.ts';

const parent: Record<string, string> = { '901-brigade': '950-army', 'p:town-a': 'p:region-x' };
const input: CountInput = {
  sources: [
    { id: 'a', outlet: 'O1', title: null, url: null, published: null, duplicateOf: null },
    { id: 'b', outlet: 'O2', title: null, url: null, published: null, duplicateOf: null },
  ],
  claims: [
    {
      id: 'c1',
      sourceId: 'a',
      kind: 'figure',
      state: 'accepted',
      value: { value: 40, qualifier: 'at_least', counts: 'refusing' },
    },
    {
      id: 'c2',
      sourceId: 'b',
      kind: 'figure',
      state: 'suggested',
      value: { value: 1200, qualifier: 'exact', counts: 'deserted' },
    },
  ],
  contexts: new Map([
    ['c1', { unit: '901-brigade', place: 'p:town-a', month: '2024-03', subjects: [], notes: [] }],
    ['c2', { unit: null, place: null, month: null, subjects: [], notes: [] }],
  ]),
  relations: {
    unitAncestors: (k) => (parent[k] ? [parent[k]] : []),
    placeAncestors: (k) => (parent[k] ? [parent[k]] : []),
    unitsDisjoint: (a, b) => a !== b && parent[a] !== b && parent[b] !== a,
    placesDisjoint: (a, b) => a !== b && parent[a] !== b && parent[b] !== a,
  },
};
const names = {
  '901-brigade': '901st Brigade',
  '950-army': '950th Army',
  'p:town-a': 'Town A',
  'p:region-x': 'Region X',
};

describe('objector counts as text', () => {
  const result = computeCounts(input);
  const text = formatCounts({ ...result, names }, result.groups);
  const lines = text.split('\n');

  it('gives each type its total, then by unit, place and month, never a combination of roll-ups', () => {
    expect(lines[0]).toMatch(/^desertion\s+≥ 1,200.*all units, places and months/);
    expect(text).toMatch(/refusal\s+≥ 40\s+\(confirmed; 1 source\(s\)\)\s+all units, places and months/);
    expect(text).toMatch(/by unit\n\s+901st Brigade\s+≥ 40/);
    expect(text).toMatch(/by place\n\s+Region X.*\n\s+Town A\s+≥ 40/);
    expect(text).toMatch(/by month\n\s+2024-03\s+≥ 40/);
    expect(text).toMatch(/no month \(undated or running total\)\s+≥ 1,200\s+\(one_source, unreviewed/);
    expect(text).not.toMatch(/[|*]/);
    // --json has 18 refusal groups (every combination); the text shows the total and one line per value asked about.
    expect(result.groups.filter((g) => g.key.type === 'refusal').length).toBe(18);
    expect(lines.filter((l) => /≥ 40/.test(l))).toHaveLength(1 + 2 + 2 + 1);
  });

  it('marks a unit or place whose count takes in the ones within it', () => {
    expect(text).toMatch(/950th Army\s+≥ 40.*roll-up: with the units within it/);
    expect(text).toMatch(/Region X\s+≥ 40.*roll-up: with the places within it/);
    expect(text).not.toMatch(/901st Brigade.*roll-up/);
  });
});
