import { describe, expect, it } from 'vitest';
import { guessNominativeSurname, looksLikeSurname } from './surnames.ts';

// Invented surnames.
describe('surnames the dictionary does not hold', () => {
  it('recognises surname shapes and not other capitalised words', () => {
    expect(looksLikeSurname('Крутова')).toBe(true);
    expect(looksLikeSurname('Заречного')).toBe(true);
    expect(looksLikeSurname('Москва')).toBe(false);
  });

  it('brings them to the nominative by the name gender', () => {
    expect(guessNominativeSurname('Крутову', 'masc')).toBe('Крутов');
    expect(guessNominativeSurname('Крутовой', 'femn')).toBe('Крутова');
    expect(guessNominativeSurname('Заречного', 'masc')).toBe('Заречный');
    expect(guessNominativeSurname('Горецкой', 'femn')).toBe('Горецкая');
    expect(guessNominativeSurname('Горецкого', 'masc')).toBe('Горецкий');
    expect(guessNominativeSurname('Крутову', undefined)).toBe('Крутову');
  });
});
