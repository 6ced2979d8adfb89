import { describe, expect, it } from 'vitest';
import { resolveRegion } from './region-names.ts';

describe('resolveRegion', () => {
  it('takes a region name in English or Russian, with or without its kind, in any case', () => {
    for (const name of ['Buryatia', 'buryatia', 'Республика Бурятия', 'бурятия', 'Republic of Buryatia'])
      expect(resolveRegion(name), name).toEqual({ ok: true, code: 'RU-BU' });
    expect(resolveRegion('Amur Oblast')).toEqual({ ok: true, code: 'RU-AMU' });
    expect(resolveRegion('Амурская обл.')).toEqual({ ok: true, code: 'RU-AMU' });
    expect(resolveRegion('Якутия')).toEqual({ ok: true, code: 'RU-SA' });
    expect(resolveRegion('Москва')).toEqual({ ok: true, code: 'RU-MOW' });
    expect(resolveRegion('Московская область')).toEqual({ ok: true, code: 'RU-MOS' });
  });

  it('takes codes as they are, upper-cased', () => {
    expect(resolveRegion('ru-bu')).toEqual({ ok: true, code: 'RU-BU' });
    expect(resolveRegion(' RU-XYZ ')).toEqual({ ok: true, code: 'RU-XYZ' });
  });

  it('refuses a name it does not know, and one that fits two regions', () => {
    expect(resolveRegion('Atlantis')).toMatchObject({ ok: false, reason: 'unknown' });
    expect(resolveRegion('Altai')).toMatchObject({ ok: false, reason: 'ambiguous' });
  });
});
