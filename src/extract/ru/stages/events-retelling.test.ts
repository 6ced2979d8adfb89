import { describe, expect, it } from 'vitest';
import { extract } from '../../index.ts';

// Invented reports, written for these tests.
const run = (text: string) => extract({ id: 't', text, language: 'ru', published: '2024-03-15' });
const events = (text: string) => run(text).events.map((e) => [e.type, e.place, e.date] as const);

describe('Russian events: one occurrence told twice is one event', () => {
  it('folds a later telling about the same named man, keeping what it adds', () => {
    const text =
      'Мобилизованный Пётр Лаптев пропал без вести 3 февраля.\n\n' +
      'Последний раз он звонил родным из-под Авдеевки.';
    expect(events(text)).toEqual([['disappearance', 'Avdiyivka', '2024-02-03']]);
  });

  it('keeps another man of the same story apart, even when his state "still" goes on', () => {
    const text =
      'Контрактник Павел Зуев пропал без вести под Бахмутом.\n\n' +
      'Рядовой Олег Крылов тоже пропал без вести и до сих пор числится в части.';
    expect(events(text).map(([type]) => type)).toEqual(['disappearance', 'disappearance']);
  });

  it('keeps occurrences announced as new ("ещё одного", "также") apart', () => {
    const text =
      'Суд в Чите осудил мобилизованного за отказ ехать на фронт.\n\n' +
      'Также в Омске осудили ещё одного мобилизованного.';
    const prosecutions = events(text).filter(([type]) => type === 'prosecution');
    expect(prosecutions.map(([, place]) => place)).toEqual(['Chita', 'Omsk']);
  });

  it('folds the continuing state of the group just told of', () => {
    const text =
      'Около 30 мобилизованных удерживают в подвале в Брянке.\n\n' + 'Их до сих пор держат там же.';
    expect(events(text).filter(([type]) => type === 'detention')).toHaveLength(1);
  });
});

describe('Russian events: headlines and announcements', () => {
  it('reads no occurrence from a verbless headline, but does from one with a predicate', () => {
    expect(run('Отказники и суды: итоги года\n\nТекст статьи.').events).toEqual([]);
    expect(run('Дезертир задержан в Курске\n\nТекст статьи.').events.map((e) => e.type)).toEqual([
      'detention',
    ]);
  });

  it('reads no occurrence from the article announcing what it will tell', () => {
    expect(run('Рассказываем, как задерживают и судят отказников.').events).toEqual([]);
    expect(run('Мы рассказывали, что его задержали в мае.').events.map((e) => e.type)).toEqual(['detention']);
  });
});
