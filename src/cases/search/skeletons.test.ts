import { describe, expect, it } from 'vitest';
import { nameSkeletons } from './skeletons.ts';

describe('nameSkeletons', () => {
  it('folds a name in Cyrillic and its transliterations to the same words', () => {
    const [cyr] = nameSkeletons('Заречный');
    expect(nameSkeletons('Zarechny')).toEqual([cyr]);
    expect(nameSkeletons('ZARECHNYI')).toEqual([cyr]);
    expect(nameSkeletons('Тимофей Заречный')).toContain(cyr);
  });

  it('keeps each word of two letters or more, once, and splits double surnames', () => {
    expect(nameSkeletons('Пётр  Петров-Водкин, П.')).toHaveLength(3);
    expect(nameSkeletons('—')).toEqual([]);
  });
});
