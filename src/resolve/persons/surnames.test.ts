import { describe, expect, it } from 'vitest';
import { loadNameLexicon, readNameTable } from '../names/load.ts';
import { prepareMentions } from './prepare.ts';
import { makeRegionNormalizer } from './region.ts';
import { areNeighbours, surnameIndex } from './surnames.ts';

const lexicon = loadNameLexicon();
const region = makeRegionNormalizer(lexicon.folder, readNameTable('regions.tsv'));

describe('surname typo neighbours', () => {
  it('finds a typo among many surnames sharing its start, and only typos', () => {
    const letters = 'абвгдежзиклмнопрстуфхцчшщ';
    // 400 distinct surnames on one prefix: more than any all-pairs group.
    const names = Array.from(
      { length: 400 },
      (_, i) => `Иван Дроз${letters[i % 25]}${letters[(i * 7) % 25]}${letters[Math.floor(i / 25)]}ов`,
    );
    names.push('Иван Дроздецкий', 'Иван Дроздекций', 'Иван Дроздовский');
    const mentions = names.map((name, i) => ({
      id: String(i),
      name,
      age: 30,
      unit: null,
      region: null,
      date: '2023',
    }));
    const c = prepareMentions(mentions, lexicon, region);
    const index = surnameIndex(c);
    const id = (i: number) => c.records[i]!.surname;
    const [a, b, other] = [id(400), id(401), id(402)];
    expect(areNeighbours(index, a, b)).toBe(true);
    expect(areNeighbours(index, b, a)).toBe(true);
    expect(areNeighbours(index, a, other)).toBe(false);
  });

  it('finds a one-letter typo in the middle of a short surname (no shared start, end or sound)', () => {
    const names = ['Олег Мохнатов', 'Олег Мохатов', 'Олег Мохнаткин'];
    const mentions = names.map((name, i) => ({
      id: String(i),
      name,
      age: 30,
      unit: null,
      region: null,
      date: '2023',
    }));
    const c = prepareMentions(mentions, lexicon, region);
    const index = surnameIndex(c);
    const id = (i: number) => c.records[i]!.surname;
    expect(areNeighbours(index, id(0), id(1))).toBe(true);
    expect(areNeighbours(index, id(1), id(2))).toBe(false);
  });
});
