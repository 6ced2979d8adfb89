import { describe, expect, it } from 'vitest';
import { foldWord, isNameGap, nameKey, stemRussian, tokenize } from './normalize.ts';

describe('normalize', () => {
  it('folds case, diacritics, apostrophes and ё, but keeps й', () => {
    expect(foldWord('Ługańsk')).toBe('lugansk');
    expect(foldWord('Lugans’k')).toBe('lugansk');
    expect(foldWord('Орёл')).toBe('орел');
    expect(foldWord('Железногорский')).toBe('железногорский');
  });

  it('reduces Russian case forms of one name to one stem', () => {
    const forms = ['Луганск', 'Луганске', 'Луганска', 'Луганском'].map((w) => stemRussian(foldWord(w)));
    expect(new Set(forms).size).toBe(1);
    expect(nameKey('Ростовская область')).toBe(nameKey('Ростовской области'));
    expect(nameKey('Москва')).toBe(nameKey('Москве'));
  });

  it('leaves Latin words unstemmed and drops possessives and contractions', () => {
    expect(nameKey("Kyiv's")).toBe('kyiv');
    expect(nameKey('I’ve')).toBe('i');
    expect(nameKey('Rostov-on-Don')).toBe('rostov on don');
  });

  it('tokenizes with offsets', () => {
    const text = 'From Lugansk, to Rostov-on-Don.';
    const toks = tokenize(text);
    expect(toks.map((t) => text.slice(t.start, t.end))).toEqual([
      'From',
      'Lugansk',
      'to',
      'Rostov',
      'on',
      'Don',
    ]);
    expect(isNameGap(' ')).toBe(true);
    expect(isNameGap('-')).toBe(true);
    expect(isNameGap(', ')).toBe(false);
  });
});
