import { describe, expect, it } from 'vitest';
import { loadNameLexicon, readNameTable } from '../names/load.ts';
import type { Mention } from './mention.ts';
import { makeRegionNormalizer } from './region.ts';
import { resolvePersons } from './resolve.ts';

const lexicon = loadNameLexicon();
const region = makeRegionNormalizer(lexicon.folder, readNameTable('regions.tsv'));

let seq = 0;
function m(name: string, extra: Partial<Mention> = {}): Mention {
  seq += 1;
  return { id: `r${seq}`, name, age: null, unit: null, region: null, date: '2023-05-01', ...extra };
}

/** Unrelated well-named people, for realistic value frequencies. */
function filler(count: number): Mention[] {
  const given = ['Иван', 'Олег', 'Павел', 'Роман', 'Денис', 'Игорь', 'Виктор', 'Антон', 'Юрий', 'Егор'];
  const stems = ['Лис', 'Гор', 'Бел', 'Чер', 'Сад', 'Кир', 'Дуб', 'Мох', 'Рыж', 'Зим', 'Лап', 'Вар', 'Тур'];
  return Array.from({ length: count }, (_, i) =>
    m(`${given[i % given.length]} ${stems[(i * 7) % stems.length]}${['ов', 'ин', 'ский', 'енко'][i % 4]}`, {
      age: 20 + (i % 35),
      unit: `${(i % 60) + 100}-brigade`,
    }),
  );
}

const run = (mentions: Mention[]) => resolvePersons(mentions, { lexicon, region });
const same = (res: ReturnType<typeof run>, a: Mention, b: Mention) =>
  res.clusters.get(a.id) === res.clusters.get(b.id);

describe('person resolution rules', () => {
  it('attaches a first name to the one cluster whose members together hold its age and unit', () => {
    // A common name and a common unit: neither member alone makes the case, both together do.
    const a = m('Иван Сухоруков', { age: 34, region: 'Пермский край' });
    const b = m('Ivan Sukhorukov', { unit: '105-brigade', region: 'Perm Krai' });
    const c = m('Иван', { age: 34, unit: '105-brigade', date: '2023-06-01' });
    const res = run([a, b, c, ...filler(2000)]);
    expect(same(res, a, b)).toBe(true);
    expect(same(res, a, c)).toBe(true);
  });

  it('leaves a first name alone when two clusters fit it equally', () => {
    const a = m('Тимофей Сухоруков', { age: 34, unit: '200-brigade' });
    const b = m('Timofey Sukhorukov', { age: 34, unit: '200-brigade' });
    const x = m('Тимофей Вешняков', { age: 34, unit: '200-brigade' });
    const y = m('Timofey Veshnyakov', { age: 34, unit: '200-brigade' });
    const c = m('Тимофей', { age: 34, unit: '200-brigade' });
    const res = run([a, b, x, y, c, ...filler(400)]);
    expect(same(res, a, b) && same(res, x, y)).toBe(true);
    expect(same(res, a, c) || same(res, x, c)).toBe(false);
  });

  it('never attaches two first names that contradict each other to one cluster', () => {
    const a = m('Ефим Ломакин', { unit: '31-division', region: 'Якутия' });
    const b = m('Yefim Lomakin', { unit: '31-division', region: 'Yakutia' });
    const x = m('Ефим', { age: 34, unit: '31-division', region: 'Якутия' });
    const y = m('Ефим', { age: 52, unit: '31-division', region: 'Якутия' });
    const res = run([a, b, x, y, ...filler(300)]);
    expect(same(res, a, b)).toBe(true);
    expect(same(res, a, x) && same(res, a, y)).toBe(false);
    expect(same(res, x, y)).toBe(false);
  });

  it('reads a Latin x as х in a surname (GOST 7.79 B)', () => {
    const a = m('Тимофей Монахов', { age: 41, unit: '12-regiment', region: 'Тыва' });
    const b = m('Timofej Monaxov', { age: 41, unit: '12-regiment' });
    const res = run([a, b, ...filler(300)]);
    expect(same(res, a, b)).toBe(true);
    expect(res.explain(a.id, b.id)?.evidence.find((e) => e.field === 'surname')?.outcome).toBe('typo');
  });

  it('does not take one stem with another surname formant for a typo', () => {
    const a = m('Олег Бондарук', { age: 30, unit: '5-brigade' });
    const b = m('Олег Бондарев', { age: 30, unit: '5-brigade' });
    const res = run([a, b, ...filler(300)]);
    expect(same(res, a, b)).toBe(false);
    expect(res.explain(a.id, b.id)?.conflict).toBe(true);
  });

  it('lets an initial agree with the full name behind a diminutive', () => {
    const a = m('Коля Лаврентьев', { age: 27 });
    const b = m('Н. Лаврентьев', { age: 27 });
    const res = run([a, b, ...filler(100)]);
    const given = res.explain(a.id, b.id)?.evidence.find((e) => e.field === 'given');
    expect(given?.outcome).toBe('initial');
    expect(given?.weight).toBeGreaterThan(0);
  });

  it('links first-name-only mentions with each other when they share rare facts and fit no cluster', () => {
    const a = m('Ефим', { age: 52, unit: '31-division', region: 'Якутия' });
    const b = m('Yefim', { age: 52, unit: '31-division', region: 'Yakutia', date: '2023-07-01' });
    const c = m('Ефим', { age: 23, unit: '31-division' });
    const res = run([a, b, c, ...filler(300)]);
    expect(same(res, a, b)).toBe(true);
    expect(same(res, a, c)).toBe(false);
  });

  it('bounds the review list, keeping the likeliest pairs', () => {
    const mentions = [...filler(200), ...filler(200).map((x) => ({ ...x, age: null, unit: null }))];
    const all = resolvePersons(mentions, { lexicon, region });
    const some = resolvePersons(mentions, { lexicon, region, maxReview: 5 });
    expect(all.review.length).toBeGreaterThan(5);
    expect(some.review.length).toBe(5);
    expect(some.review.map((r) => r.posterior)).toEqual(all.review.slice(0, 5).map((r) => r.posterior));
  });
});
