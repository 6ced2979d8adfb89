import { describe, expect, it } from 'vitest';
import { createGazetteer } from './gazetteer.ts';
import { loadGazetteer } from './load.ts';
import type { Place } from './types.ts';

const g = loadGazetteer();
const best = (name: string) => g.lookup(name)[0];
const found = (text: string) => g.findInText(text).map((m) => [m.mention, m.place.name, m.place.country]);

describe('gazetteer lookup', () => {
  it('maps Latin, Cyrillic and alternate spellings to one place with coordinates', () => {
    const ids = ['Luhansk', 'Lugansk', 'Луганск', 'Луганськ', 'LUHANSK'].map((n) => best(n)?.id);
    expect(new Set(ids).size).toBe(1);
    const p = best('Lugansk');
    expect(p?.name).toBe('Luhansk');
    expect(p?.country).toBe('UA');
    expect(p?.lat).toBeCloseTo(48.57, 1);
    expect(p?.lon).toBeCloseTo(39.32, 1);
    expect(g.get(p?.id ?? '')?.name).toBe('Luhansk');
  });

  it('reads inflected Russian forms', () => {
    expect(best('Луганске')?.name).toBe('Luhansk');
    expect(best('Луганска')?.name).toBe('Luhansk');
    expect(best('Ростовской области')?.name).toBe('Rostov Oblast');
  });

  it('names regions by the usual English convention', () => {
    expect(best('the Kherson region'.replace('the ', ''))?.name).toBe('Kherson Oblast');
    expect(best('Krasnodar region')?.name).toBe('Krasnodar Krai');
    expect(best('Republic of Buryatia')?.name).toBe('Buryatia');
    expect(best('Crimea')?.country).toBe('UA');
    expect(best('Abkhazia')?.country).toBe('GE');
    expect(best('Kiev region')?.name).toBe('Kyiv Oblast');
  });

  it('prefers Russia and Ukraine, then larger places', () => {
    expect(best('Donetsk')?.country).toBe('UA');
    expect(best('Rostov')?.name).toBe('Rostov-on-Don');
    // A current name beats a former one held by a bigger place.
    expect(best('Pokrovsk')?.country).toBe('UA');
  });

  it('ranks places sharing a name once each: current name first, then rank, ties in file order', () => {
    const village = (id: string, name: string, names: string[] = []): Place => ({
      id,
      name,
      kind: 'village',
      country: 'RU',
      admin1: null,
      lat: 0,
      lon: 0,
      population: 100,
      names,
    });
    const places = [
      village('t:a', 'Ivanovka'),
      village('t:b', 'Petrovka', ['Ivanovka']),
      village('t:c', 'Ivanovka'),
      { ...village('t:d', 'Ivanovka'), population: 5_000 },
      { ...village('t:e', 'Sidorovka', ['Ivanovka']), population: 500_000 },
    ];
    const small = createGazetteer(places, [], { before: [], after: [] });
    expect(small.lookup('Ivanovka').map((p) => p.id)).toEqual(['t:e', 't:d', 't:a', 't:c', 't:b']);
  });

  it('has no countries', () => {
    expect(g.lookup('Ukraine')).toEqual([]);
    expect(g.lookup('Russia')).toEqual([]);
    expect(g.lookup('Armenia')).toEqual([]);
  });
});

describe('gazetteer findInText', () => {
  it('finds places with offsets and rules', () => {
    const text = 'The men were taken from Lugansk to a basement in the Kursk region.';
    const ms = g.findInText(text);
    expect(ms.map((m) => [text.slice(m.start, m.end), m.place.name, m.rule])).toEqual([
      ['Lugansk', 'Luhansk', 'gazetteer.city'],
      ['Kursk region', 'Kursk Oblast', 'gazetteer.region-suffix'],
    ]);
  });

  it('reads region phrases, plural regions and Russian text', () => {
    expect(found('Shelling hit the Zaporizhzhia and Kherson regions overnight.')).toEqual([
      ['Zaporizhzhia', 'Zaporizhzhia Oblast', 'UA'],
      ['Kherson', 'Kherson Oblast', 'UA'],
    ]);
    expect(found('Его держали в Луганске, потом увезли в Ростовскую область.')).toEqual([
      ['Луганске', 'Luhansk', 'UA'],
      ['Ростовскую область', 'Rostov Oblast', 'RU'],
    ]);
  });

  it('skips outlets, people and common words', () => {
    expect(found('The Moscow Times and the Kyiv Independent both ran the story.')).toEqual([]);
    expect(found('Vladimir Putin met Anna and Olga in March; Victoria said so.')).toEqual([]);
    expect(found('Petrov said the plan failed. I’ve seen it.')).toEqual([]);
  });

  it('excludes countries and compass phrases', () => {
    expect(found('Fighting in eastern Ukraine spread to Russia and Belarus.')).toEqual([]);
  });

  it('keeps a place before a possessive or a sentence-initial preposition', () => {
    expect(found('In Mariupol, the port was shelled. Ukraine’s Kharkiv region is next.')).toEqual([
      ['Mariupol', 'Mariupol', 'UA'],
      ['Kharkiv region', 'Kharkiv Oblast', 'UA'],
    ]);
  });

  it('matches a long text quickly (smoke)', () => {
    const para = 'Soldiers from Buryatia were held near Bryanka, then moved to Rostov-on-Don and Moscow. ';
    const text = para.repeat(20_000);
    const ms = g.findInText(text);
    expect(ms.length).toBe(80_000);
  });
});
