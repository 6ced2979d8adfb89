import { describe, expect, it } from 'vitest';
import { foldWord, isNameGap, nameKey, stemRussian, tokenize } from './normalize.ts';

describe('normalize', () => {
  it('folds case, diacritics, apostrophes and ё, but keeps й', () => {
    expect(foldWord('Ługańsk')).toBe('lugansk');
    expect(foldWord('Lugans’k')).toBe('lugansk');
    expect(foldWord('Орёл')).toBe('орел');
    expect(foldWord('Железногорский')).toBe('железногорский');
  });

  it('folds plain ASCII words as any other: case and apostrophes only', () => {
    expect(foldWord('Kyiv')).toBe('kyiv');
    expect(foldWord("O'Brien")).toBe('obrien');
    expect(foldWord('Mar`ino')).toBe('marino');
    expect(foldWord('ABC123')).toBe('abc123');
    expect(foldWord('')).toBe('');
    // One non-ASCII letter takes the full path.
    expect(foldWord("Dnipro's’")).toBe('dnipros');
  });

  it('keys a name by its words as tokenize finds them', () => {
    for (const name of ['Rostov-on-Don', 'Луганской области', "Kyiv's", '  ', 'Sloviansk – Kramatorsk']) {
      expect(nameKey(name)).toBe(
        tokenize(name)
          .map((t) => t.key)
          .join(' '),
      );
    }
    expect(nameKey('Rostov-on-Don')).toBe('rostov on don');
    expect(nameKey('')).toBe('');
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
