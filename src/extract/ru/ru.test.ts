import { describe, expect, it } from 'vitest';
import { extract } from '../index.ts';

// Invented sentences, written for these tests.
const run = (text: string) => extract({ id: 't', text, language: 'ru' });

describe('Russian extraction', () => {
  it('names the Russian extractor', () => {
    expect(run('Рядовой Пётр Сидоров отказался воевать.').extractor.name).toBe('objector-rules-ru');
  });

  it('reads figures in digits and words with their qualifier and class', () => {
    const r = run(
      'По данным правозащитников, не менее 120 мобилизованных отказались возвращаться на фронт. Ещё трое солдат сбежали из части.',
    );
    expect(r.figures.map((f) => [f.value, f.qualifier, f.counts])).toEqual([
      [120, 'at_least', 'refusing'],
      [3, 'exact', 'deserted'],
    ]);
  });

  it('reads thousands, ranges and criminal cases', () => {
    const r = run(
      'В суды поступило почти 12 тысяч уголовных дел. Фонд получает по 300-400 обращений в неделю.',
    );
    expect(r.figures.map((f) => [f.value, f.qualifier, f.counts])).toEqual([
      [12000, 'about', 'prosecuted'],
      [300, 'at_least', 'assisted'],
      [400, 'at_most', 'assisted'],
    ]);
  });

  it('keys units and finds places in any case form', () => {
    const r = run(
      'Бойцов 41-й отдельной мотострелковой бригады держат в подвале в Луганской области, в/ч 12345.',
    );
    expect(r.units.map((u) => u.key)).toEqual(['41-brigade', '12345-unit']);
    expect(r.places.map((p) => p.canonical)).toContain('Luhansk Oblast');
  });

  it('brings names to the nominative and gives roles', () => {
    const r = run('Адвокат Инна Воронцова рассказала о судьбе рядового Максима Журавлёва.');
    expect(r.people.map((p) => [p.mention, p.role])).toEqual([
      ['Инна Воронцова', 'lawyer'],
      ['Максим Журавлёв', 'soldier'],
    ]);
  });

  it('matches organisations to the English canonical names', () => {
    const r = run('Как сообщила «Медиазона», проект «Идите лесом» помог им уехать.');
    expect(r.organizations.map((o) => o.canonical)).toEqual(['Mediazona', 'Go by the Forest']);
  });

  it('gives a figure the class of a refusal that governs an infinitive or an "от" noun', () => {
    const classes = (text: string) => run(text).figures.map((f) => [f.value, f.counts]);
    expect(classes('Известно о 25 контрактниках, отказавшихся возвращаться в окопы.')).toEqual([
      [25, 'refusing'],
    ]);
    expect(classes('Известно о 14 резервистах, отказавшихся снова возвращаться на передовую.')).toEqual([
      [14, 'refusing'],
    ]);
    expect(classes('Известно о 9 бойцах, заявивших об отказе от возвращения в строй.')).toEqual([
      [9, 'refusing'],
    ]);
    // Without a refusal governing it, a return keeps its own class.
    expect(classes('Осенью домой вернулись 20 военнослужащих.')).toEqual([[20, 'returned']]);
  });
});

describe('Russian places: a capital at the start of a sentence tells nothing', () => {
  const canonicals = (text: string) => run(text).places.map((p) => p.canonical);

  it('does not take a dictionary word that opens a sentence for the place it can also name', () => {
    expect(canonicals('Ровно год назад его мобилизовали.')).toEqual([]);
    expect(canonicals('Суд в Костроме вынес приговор.')).toEqual(['Kostroma']);
  });

  it('takes the same word as a place where its capital is a name', () => {
    expect(canonicals('Его часть стоит под Ровно.')).toEqual(['Rivne']);
    expect(canonicals('Брянка стала местом, где держат отказников.')).toEqual(['Bryanka']);
  });
});
