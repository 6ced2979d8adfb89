import { describe, expect, it } from 'vitest';
import { loadNameLexicon } from './load.ts';

const { folder } = loadNameLexicon();

describe('name skeleton', () => {
  const groups: string[][] = [
    ['Artyom', 'Artem', 'Artiom', 'Артём', 'Артем'],
    ['Yevgeniy', 'Evgeny', 'Yevgeny', 'Evgenij', 'Евгений', 'Evgenii'],
    ['Iurii', 'Yuriy', 'Yury', 'Jurij', 'Юрий', 'Ûrij'],
    ['Kaminskiy', 'Kaminsky', 'Kaminskii', 'Kaminski', 'Каминский'],
    ['Maksim', 'Maxim', 'Максим'],
    ['Tsvetkov', 'Cvetkov', 'Czvetkov', 'Цветков'],
    ['Shchukin', 'Ščukin', 'Shhukin', 'Щукин'],
    ['Gennadiyevich', 'Gennadyevich', 'Gennadievich', 'Геннадьевич'],
    ['Sedykh', "Sedy'x", 'Седых'],
  ];
  for (const group of groups) {
    it(`folds ${group[0]} and its variants to one skeleton`, () => {
      expect(new Set(group.map((w) => folder.skeleton(w))).size).toBe(1);
    });
  }

  it('keeps different names apart', () => {
    expect(folder.skeleton('Petrov')).not.toBe(folder.skeleton('Petrova'));
    expect(folder.skeleton('Ivanov')).not.toBe(folder.skeleton('Ivanin'));
  });

  it('gives a phonetic key that ignores vowels and voicing', () => {
    expect(folder.phonetic(folder.skeleton('Medvedev'))).toBe(folder.phonetic(folder.skeleton('Medvedov')));
  });
});
