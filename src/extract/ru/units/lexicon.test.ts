import { describe, expect, it } from 'vitest';
import { learnFromNames, loadRuUnitLexicon, type UnitType } from './lexicon.ts';

describe('Russian unit lexicon', () => {
  it('learns abbreviations and modifiers from gazetteer names', () => {
    // An invented formation with an abbreviation and an adjective no list holds.
    const modifiers = new Set<string>();
    const abbreviations = new Map<string, UnitType>();
    const types = loadRuUnitLexicon().types;
    learnFromNames(
      [{ key: '7-brigade', names: ['7-я отдельная горнолыжная бригада', '7 ОГЛБр', '7 гв. ОГЛБр'] }],
      types,
      modifiers,
      abbreviations,
    );
    expect(abbreviations.get('оглбр')).toBe('brigade');
    expect([...modifiers]).toEqual(expect.arrayContaining(['отдельный', 'горнолыжный']));
    expect(modifiers.has('бригада')).toBe(false);
  });

  it('holds the gazetteer abbreviations once loaded', () => {
    expect(loadRuUnitLexicon().abbreviations.get('омсбр')).toBe('brigade');
  });
});
