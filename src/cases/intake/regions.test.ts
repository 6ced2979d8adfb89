import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { RegionCode } from '../schema.ts';
import { INTAKE_REGIONS, isIntakeRegion } from './regions.ts';

interface IsoCountry {
  regions: { iso: string }[];
}
const iso = createRequire(import.meta.url)('iso3166-2-db/data/iso3166-2.json') as Record<string, IsoCountry>;
const isoCodes = (country: string) => new Set(iso[country]!.regions.map((r) => `${country}-${r.iso}`));

describe('intake regions', () => {
  it('lists every subject of the Russian Federation in ISO 3166-2:RU, once', () => {
    const ru = INTAKE_REGIONS.filter((r) => r.code.startsWith('RU-')).map((r) => r.code);
    expect(new Set(ru)).toEqual(isoCodes('RU'));
    expect(ru).toHaveLength(83);
    expect(new Set(INTAKE_REGIONS.map((r) => r.code)).size).toBe(INTAKE_REGIONS.length);
  });

  it('has only real ISO 3166-2 codes, each with an English and a Russian name', () => {
    const ua = isoCodes('UA');
    for (const r of INTAKE_REGIONS) {
      expect(RegionCode.safeParse(r.code).success).toBe(true);
      if (r.code.startsWith('UA-')) expect(ua.has(r.code)).toBe(true);
      expect(r.en).toMatch(/^[A-Z]/);
      expect(r.ru).toMatch(/^[А-ЯЁ]/);
    }
    expect(isIntakeRegion('RU-BU')).toBe(true);
    expect(isIntakeRegion('UA-43')).toBe(true);
    expect(isIntakeRegion('RU-XX')).toBe(false);
    expect(isIntakeRegion('UA-46')).toBe(false);
  });
});
