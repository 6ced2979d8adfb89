import { describe, expect, it } from 'vitest';
import { editDistance, isTypo } from './distance.ts';
import { loadNameLexicon } from './load.ts';
import { parseName } from './parse.ts';

const lex = loadNameLexicon();
const parse = (s: string) => parseName(lex, s);
const sk = (s: string) => lex.folder.skeleton(s);

describe('parseName', () => {
  it('finds the parts whatever the order', () => {
    const a = parse('Petrenko Kirill Olegovich');
    const b = parse('Кирилл Олегович Петренко');
    const c = parse('Kirill Petrenko');
    for (const p of [a, b, c]) {
      expect(p.given).toEqual(['kiril']);
      expect(p.surname).toBe(lex.folder.skeleton('Petrenko'));
    }
    expect(a.patronymic).toBe('oleg');
    expect(b.patronymic).toBe('oleg');
    expect(c.patronymic).toBeUndefined();
  });

  it('maps diminutives to the full name', () => {
    expect(parse('Sasha Morozov').given).toContain(sk('Александр'));
    expect(parse('Тёма Зуев').given).toEqual(['artem']);
    expect(parse('Mitya Zuev').given).toContain('dmitri');
    expect(parse('Саша Зуев').givenDiminutive).toBe(true);
  });

  it('lets the patronymic or surname settle an ambiguous diminutive', () => {
    expect(parse('Саша Игоревна Зуева').given).toEqual([sk('Александра')]);
    expect(parse('Саша Игоревич Зуев').given).toEqual([sk('Александр')]);
  });

  it('reads initials by what is missing', () => {
    const a = parse('К. Зуев');
    expect(a.given).toEqual([]);
    expect(a.givenInitial).toBe('k');
    const b = parse('Кирилл З.');
    expect(b.surname).toBeUndefined();
    expect(b.surnameInitial).toBe('z');
    expect(parse('К.О. Зуев').patronymicInitial).toBe('o');
    expect(parse('К.Зуев').surname).toBe('zuev');
  });

  it('reads a lone word beside initials as the surname unless it is a given name as written', () => {
    const a = parse('Р. Игнатик');
    expect(a.surname).toBe(sk('Игнатик'));
    expect(a.givenInitial).toBe('r');
    const b = parse('R. Ignatik');
    expect(b.surname).toBe(a.surname);
    const c = parse('Роман М.');
    expect(c.given).toEqual([sk('Роман')]);
    expect(c.surnameInitial).toBe('m');
  });

  it('compares initials across scripts (Ж. / Z., Ц. / T., Ш. / S.)', () => {
    expect(parse('Игорь Z.').surnameInitial).toBe(parse('Игорь Жуков').surnameInitial);
    expect(parse('Андрей T.').surnameInitial).toBe(parse('Андрей Цыпин').surnameInitial);
    expect(parse('S. Ломов').givenInitial).toBe(parse('Шура Ломов').givenInitials?.charAt(1));
    expect(parse('Е.. Ломов').givenInitial).toBe(parse('Евгений Ломов').givenInitial);
  });

  it('gives a diminutive the initials of its full name and of its own form', () => {
    const p = parse('Коля Ломов');
    expect(p.givenInitial).toBe('n');
    expect(p.givenInitials).toContain('k');
  });

  it('finds a given name with its first two letters swapped', () => {
    expect(parse('Lgeb Tarasov').given).toEqual([sk('Глеб')]);
    expect(parse('Vokhin Rgigoriy').given).toEqual([sk('Григорий')]);
  });

  it('treats a -vich word as a surname unless the tables know it as a patronymic', () => {
    const p = parse('Oleg Sidorkevich');
    expect(p.surname).toBe(lex.folder.skeleton('Sidorkevich'));
    expect(parse('Sidorkevich Oleg Petrovich').patronymic).toBe('petr');
  });

  it('tolerates typos in given names and patronymics', () => {
    expect(parse('Kostantin Orlov').given).toEqual(['konstantin']);
    expect(parse('Orlov Ivan Sergeevihc').patronymic).toBe('sergei');
  });

  it('keeps a quoted nickname apart', () => {
    const p = parse('Андрей «Гном» Белов');
    expect(p.nickname).toBe('Гном');
    expect(p.given).toEqual(['andrei']);
    expect(p.surname).toBe('belov');
  });

  it('reads GOST 7.79 B "x" as kh in a name', () => {
    expect(parse('Mixail Belov').given).toEqual(['mihail']);
  });
});

describe('editDistance', () => {
  it('counts a swap as one edit', () => {
    expect(editDistance('kuznecov', 'kuzencov')).toBe(1);
    expect(isTypo('kuznecov', 'kuzencov')).toBe(true);
    expect(isTypo('ivan', 'iva')).toBe(false);
  });
});
