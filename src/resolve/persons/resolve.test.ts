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
  return { id: `t${seq}`, name, age: null, unit: null, region: null, date: '2023-05-01', ...extra };
}

/** Unrelated people, so that the input has realistic value frequencies. */
function filler(count: number): Mention[] {
  const given = ['Иван', 'Олег', 'Павел', 'Роман', 'Денис', 'Игорь', 'Виктор', 'Антон'];
  const stems = ['Лис', 'Гор', 'Бел', 'Чер', 'Сад', 'Кир', 'Дуб', 'Мох', 'Рыж', 'Зим', 'Лап', 'Вар'];
  return Array.from({ length: count }, (_, i) =>
    m(`${given[i % given.length]} ${stems[i % stems.length]}${['ов', 'ин', 'ский'][i % 3]}`, {
      age: 20 + (i % 30),
    }),
  );
}

const run = (mentions: Mention[]) => resolvePersons(mentions, { lexicon, region });

describe('resolvePersons', () => {
  it('links one person written in several scripts, orders and forms', () => {
    const a = m('Зарубин Артём Павлович', { age: 24, unit: '64-brigade', region: 'Бурятия' });
    const b = m('Artyom Zarubin', { age: 24, unit: '64-brigade', date: '2023-09-01' });
    const c = m('Tyoma Zarubin', { region: 'Republic of Buryatia', unit: '64-brigade' });
    const d = m('Zarubin Artem Pavlovich', { age: 25, date: '2024-04-01' });
    const res = run([a, b, c, d, ...filler(200)]);
    const cluster = res.clusters.get(a.id);
    for (const x of [b, c, d]) expect(res.clusters.get(x.id)).toBe(cluster);
  });

  it('keeps namesakes apart when age or unit tell them apart', () => {
    const a = m('Николай Жаров', { age: 22, unit: '5-brigade' });
    const b = m('Nikolay Zharov', { age: 22, unit: '5-brigade', date: '2023-08-01' });
    const c = m('Николай Жаров', { age: 47, unit: '90-division' });
    const res = run([a, b, c, ...filler(200)]);
    expect(res.clusters.get(b.id)).toBe(res.clusters.get(a.id));
    expect(res.clusters.get(c.id)).not.toBe(res.clusters.get(a.id));
    expect(res.explain(a.id, c.id)?.conflict).toBe(true);
  });

  it('links a typo in the surname when the other facts agree', () => {
    const a = m('Stepan Krasilnikov', { age: 30, unit: '3-division', region: 'Tatarstan' });
    const b = m('Степан Красильников', { age: 30, unit: '3-division' });
    const c = m('Stepan Krasilnkov', { age: 30, unit: '3-division' });
    const res = run([a, b, c, ...filler(200)]);
    expect(res.clusters.get(b.id)).toBe(res.clusters.get(a.id));
    expect(res.clusters.get(c.id)).toBe(res.clusters.get(a.id));
  });

  it('attaches an initial or a bare first name only when one cluster fits', () => {
    const a = m('Фёдор Каширин', { age: 33, unit: '20-army' });
    const b = m('Fedor Kashirin', { age: 33, unit: '20-army', region: 'Perm Krai' });
    const c = m('Ф. Каширин', { unit: '20-army', age: 33 });
    const res = run([a, b, c, ...filler(200)]);
    expect(res.clusters.get(c.id)).toBe(res.clusters.get(a.id));
  });

  it('sends a close but unproven pair to review instead of merging it', () => {
    const a = m('Глеб Ушаков', { age: 40 });
    const b = m('Gleb Ushakov', { date: '2024-01-01' });
    const c = m('Глеб Ушаков', { age: 27, unit: '1-regiment' });
    const res = run([a, b, c, ...filler(2000)]);
    expect(res.clusters.get(b.id)).not.toBe(res.clusters.get(a.id));
    const ids = res.review.map((r) => [r.a, r.b].sort().join());
    expect(ids.some((p) => p.includes(b.id))).toBe(true);
    expect(res.explain(a.id, b.id)?.decision).toBe('review');
  });

  it('explains a decision field by field', () => {
    const a = m('Ринат Галимов', { age: 29, region: 'Татарстан' });
    const b = m('Rinat Galimov', { age: 29, region: 'Tatarstan' });
    const res = run([a, b, ...filler(100)]);
    const e = res.explain(a.id, b.id)!;
    expect(e.decision).toBe('merge');
    const byField = Object.fromEntries(e.evidence.map((x) => [x.field, x]));
    expect(byField.surname?.outcome).toBe('exact');
    expect(byField.region?.outcome).toBe('exact');
    expect(byField.birthYear?.weight).toBeGreaterThan(0);
    expect(e.posterior).toBeCloseTo(e.weight + e.prior, 5);
    expect(res.explain(a.id, 'nope')).toBeUndefined();
  });

  it('weighs a rare surname more than a common one', () => {
    const common = Array.from({ length: 40 }, (_, i) =>
      m(`Олег Смирнов`, { age: 20 + i, unit: `${i}-brigade` }),
    );
    const a = m('Олег Смирнов', { age: 70 });
    const b = m('Олег Смирнов', { date: '2024-01-01' });
    const x = m('Олег Шептицкий', { age: 70 });
    const y = m('Олег Шептицкий', { date: '2024-01-01' });
    const res = run([...common, a, b, x, y]);
    expect(res.explain(x.id, y.id)!.weight).toBeGreaterThan(res.explain(a.id, b.id)!.weight);
  });
});
