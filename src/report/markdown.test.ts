import { describe, expect, it } from 'vitest';
import type { CountGroup } from '../counts/types.ts';
import type { KbEntity, KbLink } from '../kb/build.ts';
import { pseudonym, type ReportInput, renderReport } from './markdown.ts';

// Invented people and sources.
const person = (id: string, name: string, role: string): KbEntity => ({
  id,
  kind: 'person',
  key: id,
  name,
  data: { roles: { [role]: 1 } },
});
const entities: KbEntity[] = [
  person('e1', 'Invented Soldierov', 'soldier'),
  person('e2', 'Invented Motherova', 'relative'),
  person('e3', 'Invented Generalov', 'commander'),
  {
    id: 'e4',
    kind: 'unit',
    key: '901-brigade',
    name: '901st Test Brigade',
    data: { vch: ['99001'], garrison: 'Somewhere' },
  },
];
const links: KbLink[] = entities.map((e, i) => ({
  entityId: e.id,
  claimId: `c${i}`,
  sourceId: i % 2 ? 's2' : 's1',
  relation: 'mention',
}));
const group: CountGroup = {
  key: { type: 'detention', unit: '*', place: '*', month: '*' },
  lowerBound: 36,
  evidence: 'several_sources',
  reviewed: false,
  facts: ['f'],
  claims: ['c1'],
  sources: ['s2', 's1'],
  why: [],
};
const input: ReportInput = {
  sources: [
    {
      id: 's1',
      title: 'First invented report',
      outlet: 'Test Ledger',
      url: 'https://ledger.example.org/a',
      published: '2024-03-11',
      duplicateOf: null,
    },
    { id: 's2', title: 'Second', outlet: 'Other Post', url: null, published: null, duplicateOf: 's1' },
  ],
  groups: [group],
  names: {},
  entities,
  links,
};

describe('Markdown report', () => {
  it('pseudonymises private individuals by default and names public roles', () => {
    const md = renderReport(input);
    expect(md).not.toContain('Invented Soldierov');
    expect(md).not.toContain('Invented Motherova');
    expect(md).toContain('Soldier A');
    expect(md).toContain('Relative A');
    expect(md).toContain('Invented Generalov');
  });

  it('shows names with the names option', () => {
    expect(renderReport(input, { names: true })).toContain('Invented Soldierov');
  });

  it('cites counts, units and sources, and marks reprints', () => {
    const md = renderReport(input);
    expect(md).toMatch(
      /\| detention \| all \| all \| all \| 36 \| several independent sources, unreviewed \| \[1\]\[2\] \|/,
    );
    expect(md).toContain('901st Test Brigade (`901-brigade`; в/ч 99001; garrison Somewhere)');
    expect(md).toContain(
      '[1] First invented report — Test Ledger — 2024-03-11 — https://ledger.example.org/a',
    );
    expect(md).toContain('[2] Second — Other Post — source s2 (reprint of [1])');
  });

  it('makes pseudonyms past Z', () => {
    expect(pseudonym('soldier', 0)).toBe('Soldier A');
    expect(pseudonym('soldier', 26)).toBe('Soldier AA');
  });
});
