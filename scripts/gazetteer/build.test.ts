import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlaces } from '../../src/gazetteer/format.ts';
import { buildGazetteer, DATA_DIR } from './build.ts';
import { regionPhrases, regionStem } from './regions.ts';

describe('gazetteer build', () => {
  it('committed data/gazetteer files are up to date with the build (run scripts/gazetteer/build.ts)', () => {
    const built = buildGazetteer();
    // Compare lengths first so a stale file fails with a short message, not a 2 MB diff.
    const places = readFileSync(join(DATA_DIR, 'places.tsv'), 'utf8');
    expect(places.length).toBe(built.places.length);
    expect(places === built.places).toBe(true);
    expect(readFileSync(join(DATA_DIR, 'stoplist.txt'), 'utf8')).toBe(built.stoplist);
  });

  it('covers every Russian federal subject and Ukrainian oblast kept as a region', () => {
    const places = parsePlaces(readFileSync(join(DATA_DIR, 'places.tsv'), 'utf8'));
    const regions = places.filter((p) => p.kind === 'region');
    // 85 federal subjects minus the city-subjects Moscow and Saint Petersburg (places of their own).
    expect(regions.filter((p) => p.country === 'RU').length).toBe(81);
    // 24 oblasts and Crimea; Kyiv and Sevastopol are cities.
    expect(regions.filter((p) => p.country === 'UA').length).toBe(25);
    expect(places.filter((p) => p.country === 'UA' && p.kind !== 'region').length).toBeGreaterThan(1500);
  });

  it('derives region phrases from the English name', () => {
    expect(regionStem('Rostov Oblast')).toEqual(['Rostov', 'Oblast']);
    expect(regionStem('Republic of Buryatia')).toEqual(['Buryatia', 'Republic']);
    expect(regionPhrases('Kherson', 'Oblast')).toContain('Kherson region');
    expect(regionPhrases('Buryatia', 'Republic')).toContain('Republic of Buryatia');
  });
});
