import { describe, expect, it } from 'vitest';
import type { Figure, PlaceMention } from '../../../claims/schema.ts';
import { newDoc } from '../../doc.ts';
import { splitSentences } from '../../text/sentences.ts';
import { datesStage } from './dates.ts';
import { eventsStage } from './events.ts';

interface Extra {
  published?: string | null;
  places?: PlaceMention[];
  figures?: Figure[];
}

function events(text: string, extra: Extra = {}) {
  const doc = newDoc({ id: 't', text, language: 'ru', published: extra.published ?? null });
  doc.sentences = splitSentences(text, { always: new Set(), beforeNumber: new Set() });
  datesStage.run(doc);
  doc.places = extra.places ?? [];
  doc.figures = extra.figures ?? [];
  eventsStage.run(doc);
  return doc.events.map((e) => ({ type: e.type, place: e.place, date: e.date, count: e.count }));
}

const types = (text: string) => events(text).map((e) => e.type);

function place(text: string, mention: string, canonical: string): PlaceMention {
  const start = text.indexOf(mention);
  return { start, end: start + mention.length, rule: 'test', mention, canonical, country: 'RU' };
}

describe('Russian events: trigger classes through lemmas', () => {
  it('finds every inflection, participle and verbal noun of a trigger', () => {
    expect(types('Рядовой отказался воевать.')).toEqual(['refusal']);
    expect(types('Отказавшихся от участия в штурме отправили назад.')).toContain('refusal');
    expect(types('Ефрейтора задержали на вокзале.')).toEqual(['detention']);
    expect(types('Задержание прошло без шума.')).toEqual(['detention']);
    expect(types('Дезертирство стало массовым.')).toEqual(['desertion']);
    expect(types('Сержант самовольно покинул часть.')).toEqual(['desertion']);
    expect(types('Его осудили по статье 338 УК.')).toEqual(['prosecution']);
    expect(types('Брат пропал без вести весной.')).toEqual(['disappearance']);
    expect(types('С 5 мая нет связи с сыном.')).toEqual(['disappearance']);
    expect(types('Муж вернулся домой.')).toEqual(['release']);
    expect(types('Отца семерых детей мобилизовали.')).toEqual(['forced_recruitment']);
    expect(types('Сослуживцы сообщили, что он погиб.')).toEqual(['death']);
  });

  it('tells several types in one sentence apart', () => {
    expect(types('Солдат, отказавшихся от штурма, держат в яме.')).toEqual(['refusal', 'detention']);
  });

  it('reports a person noun only when nothing else happens in the sentence', () => {
    expect(types('Пленных становится больше.')).toEqual(['surrender']);
    expect(types('Пленных заперли в подвале.')).toEqual(['detention']);
  });
});

describe('Russian events: negation and framing', () => {
  it('drops negated triggers, or reports what the type says instead', () => {
    expect(types('Он не смог уехать из части.')).toEqual([]);
    expect(types('Его так и не отпустили домой.')).toEqual(['coercion']);
  });

  it('reads an imperative as an appeal (a wish), and a past tense after "если" as a contrast', () => {
    expect(types('Помогите вернуть мужа домой!')).toEqual(['refusal']);
    expect(types('Помогите нам!')).toEqual([]);
    expect(types('Если весной фонд помог сотне солдат, то летом тысяче.')).toEqual(['assistance']);
  });

  it('drops a trigger inside a quoted name', () => {
    expect(types('Заработал телеграм-бот «Отказ от службы».')).toEqual([]);
  });

  it('drops threats, possibilities, conditions and futures', () => {
    expect(types('Ему грозит до десяти лет лишения свободы.')).toEqual([]);
    expect(types('Если он откажется, его посадят.')).toEqual([]);
    expect(types('Командир пригрозил уголовным делом.')).toEqual(['coercion']);
  });

  it('reads an act named with its penalty, or as a right, as a general case', () => {
    expect(types('За дезертирство по закону грозит до 15 лет колонии.')).toEqual([]);
    expect(types('Контрактники имеют право отказаться от продления контракта.')).toEqual([]);
    expect(types('Контрактник отказался от продления контракта.')).toEqual(['refusal']);
  });

  it('reads a wish to bring someone home as a refusal', () => {
    expect(types('Жёны пытаются вернуть мужей домой.')).toEqual(['refusal']);
  });
});

describe('Russian events: attributes', () => {
  it('takes the date of the sentence but not the date of the telling', () => {
    expect(events('Рядового задержали 12 мая.', { published: '2024-06-01' })[0]?.date).toBe('2024-05-12');
    expect(
      events('Юрист 3 июня заявил, что солдат задержан.', { published: '2024-06-10' })[0]?.date,
    ).toBeNull();
  });

  it('takes the place in any case, but not a place people come from', () => {
    const a = 'Мобилизованных держат в подвале в Каменке.';
    expect(events(a, { places: [place(a, 'Каменке', 'Kamenka')] })[0]?.place).toBe('Kamenka');
    const b = 'Мобилизованные из Каменки отказались воевать.';
    expect(events(b, { places: [place(b, 'Каменки', 'Kamenka')] })[0]?.place).toBeNull();
  });

  it('takes the count from a figure counting the same thing', () => {
    const text = 'Суды осудили 40 военных за неделю.';
    const at = text.indexOf('40');
    const figure: Figure = {
      start: at,
      end: at + 9,
      rule: 'test',
      value: 40,
      qualifier: 'exact',
      percent: false,
      counts: 'prosecuted',
      quote: '40 военных',
    };
    expect(events(text, { figures: [figure] })).toEqual([
      { type: 'prosecution', place: null, date: null, count: 40 },
    ]);
  });

  it('tells one occurrence once: a repeated sentence is folded', () => {
    expect(types('Бойца задержали.\nБойца задержали.')).toEqual(['detention']);
  });
});

describe('Russian events: what a refusal governs', () => {
  it('reports a refusal, not a return, when a refusal verb governs the return', () => {
    expect(types('Шестеро призывников отказались возвращаться домой из учебки.')).toEqual(['refusal']);
    expect(types('Бойцы, отказавшиеся вернуться в семьи, написали обращение.')).not.toContain('release');
    expect(types('Солдат вернулся домой к семье.')).toEqual(['release']);
  });

  it('does not read a list of verbs as one verb governing the next', () => {
    expect(types('Уволиться > отказаться > сбежать.')).toContain('desertion');
  });
});
