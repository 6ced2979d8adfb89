import { describe, expect, it } from 'vitest';
import { differentFormants, formantOf } from './formants.ts';
import { loadNameLexicon } from './load.ts';

const sk = loadNameLexicon().folder.skeleton;

describe('surname formants', () => {
  it('puts spelling variants of one formant in one class', () => {
    expect(formantOf(sk('Жуковский'))).toBe(formantOf(sk('Zhukovskiy')));
    expect(formantOf(sk('Белецкий'))).toBe(formantOf(sk('Жуковский')));
    expect(formantOf(sk('Гончарук'))).toBe(formantOf(sk('Ковалюк')));
    expect(formantOf(sk('Лебедев'))).toBe(formantOf(sk('Лебедов')));
  });

  it('tells one stem with different formants apart, but not a typo that leaves no formant', () => {
    expect(differentFormants(sk('Гончаренко'), sk('Гончарук'))).toBe(true);
    expect(differentFormants(sk('Гончаров'), sk('Гончаровский'))).toBe(true);
    expect(differentFormants(sk('Гончаров'), sk('Гончаорв'))).toBe(false);
    expect(differentFormants(sk('Гончаров'), sk('Гончарев'))).toBe(false);
  });
});
