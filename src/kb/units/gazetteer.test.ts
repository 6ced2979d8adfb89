import { describe, expect, it } from 'vitest';
import { loadUnitLexicon } from '../../extract/en/units/lexicon.ts';
import { createUnitGazetteer, parseUnits, UnitsFormatError } from './gazetteer.ts';
import { loadUnitGazetteer } from './load.ts';

// Invented formations: the rules, not the data file, are under test here.
const rows = [
  '# comment',
  '901-brigade\t901st Test Brigade\t99001\tSomewhere\t902-army\t901-я отдельная бригада|901 ОМСБр',
  '902-army\t902nd Test Army\t\t\t\t',
  '903-brigade\t903rd Test Brigade\t\t\t\t',
  '904-division\t904th Test Division\t\t\t\t',
].join('\n');
const g = createUnitGazetteer(parseUnits(rows), loadUnitLexicon());

describe('units gazetteer', () => {
  it('resolves English, Russian and military-unit-number forms to one key', () => {
    expect(g.resolveName('901st Brigade')).toBe('901-brigade');
    expect(g.resolveName('901st Separate Guards Motor Rifle Brigade')).toBe('901-brigade');
    expect(g.resolveName('901 ОМСБр')).toBe('901-brigade');
    expect(g.resolveName('в/ч 99001')).toBe('901-brigade');
    expect(g.resolveName('military unit 99001')).toBe('901-brigade');
    expect(g.canonicalKey('99001-unit')).toBe('901-brigade');
    expect(g.canonicalKey('12-unit')).toBe('12-unit');
  });

  it('knows containment and disjointness', () => {
    expect(g.ancestors('901-brigade')).toEqual(['902-army']);
    expect(g.disjoint('901-brigade', '902-army')).toBe(false);
    expect(g.disjoint('901-brigade', '903-brigade')).toBe(true);
    // Same type is disjoint even when one is unknown to the data.
    expect(g.disjoint('901-brigade', '777-brigade')).toBe(true);
    // A division and a brigade the data does not place may contain each other.
    expect(g.disjoint('904-division', '777-brigade')).toBe(false);
    expect(g.disjoint('904-division', '903-brigade')).toBe(true);
    expect(g.disjoint('55555-unit', '903-brigade')).toBe(false);
    expect(g.disjoint('99001-unit', '901-brigade')).toBe(false);
  });

  it('rejects a malformed line', () => {
    expect(() => parseUnits('64-brigade\tonly two')).toThrow(UnitsFormatError);
  });

  it('loads the committed data: keys unique, parents and в/ч numbers consistent', () => {
    const real = loadUnitGazetteer();
    const keys = real.entries.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const e of real.entries) {
      if (e.parent) expect(keys).toContain(e.parent);
      for (const n of e.vch) expect(real.canonicalKey(`${Number(n)}-unit`)).toBe(e.key);
      // Every Russian abbreviation resolves back to its own row.
      for (const n of e.names.filter((x) => /^\d+ /.test(x))) expect(real.resolveName(n)).toBe(e.key);
    }
  });
});
