import { describe, expect, it } from 'vitest';
import type { RecordDetail, RecordSummary } from '../../kb/records.ts';
import { WITHHELD, withholdDetailNames, withholdListNames } from './record-names.ts';

const person = (name: string, roles: Record<string, number>): RecordSummary => ({
  id: `e_${name.length}`,
  kind: 'person',
  key: 'c1',
  name,
  data: { roles },
  claims: 1,
  sources: 1,
});

describe('names in `objector records`', () => {
  it('withholds a private person’s name by role and keeps public roles and other kinds', () => {
    const unit: RecordSummary = { ...person('64th Brigade', {}), kind: 'unit' };
    const shown = withholdListNames([
      person('Invented Soldierov', { soldier: 2, relative: 1 }),
      person('General Inventov', { commander: 3 }),
      unit,
    ]);
    expect(shown[0]!.name).toBe('soldier (name withheld; --names shows it)');
    expect(JSON.stringify(shown[0])).not.toContain('Soldierov');
    expect(shown[1]!.name).toBe('General Inventov');
    expect(shown[2]).toEqual(unit);
  });

  it('withholds the mention and any source title or address naming the person in one record', () => {
    const source = { id: 's1', outlet: 'Test Post', published: null, duplicateOf: null };
    const record: RecordDetail = {
      ...person('Invented Soldierov', { soldier: 1 }),
      links: [
        {
          claimId: 'c1',
          kind: 'person',
          state: 'suggested',
          relation: 'mention',
          value: { mention: 'Soldierov', role: 'soldier' },
          source: { ...source, title: 'Soldierov deserted', url: 'https://x.test/soldierov-story' },
        },
        {
          claimId: 'c2',
          kind: 'figure',
          state: 'suggested',
          relation: 'context',
          value: { value: 3, quote: 'Three men refused, Soldierov among them.' },
          source: { ...source, title: 'Three men refused', url: 'https://x.test/three' },
        },
      ],
    };
    const shown = withholdDetailNames(record);
    expect(JSON.stringify(shown)).not.toMatch(/Soldierov/i);
    expect(shown.links[0]!.value).toEqual({ mention: WITHHELD, role: 'soldier' });
    expect(shown.links[1]!.value).toEqual({ value: 3, quote: WITHHELD });
    expect(shown.links[0]!.source.title).toBe(WITHHELD);
    expect(shown.links[1]!.source).toMatchObject({ title: 'Three men refused', url: 'https://x.test/three' });
  });
});
