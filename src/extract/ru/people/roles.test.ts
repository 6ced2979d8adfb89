import { describe, expect, it } from 'vitest';
import { extract } from '../../index.ts';

// Invented sentences and names, written for these tests.
const people = (text: string) =>
  extract({ id: 't', text, language: 'ru' }).people.map((p) => [p.mention, p.role]);

describe('Russian people roles', () => {
  it('takes the title right before the name', () => {
    expect(people('Рядовой Тимофей Заречный отказался ехать на фронт.')).toEqual([
      ['Тимофей Заречный', 'soldier'],
    ]);
    expect(people('Об этом рассказал адвокат Роман Белозёров.')).toEqual([['Роман Белозёров', 'lawyer']]);
    expect(people('Следователь Глеб Ракитин допросил бойца.')).toEqual([['Глеб Ракитин', 'official']]);
  });

  it('steps over a genitive dependent to the head noun', () => {
    expect(people('Мать мобилизованного солдата Нина Ракитина обратилась в суд.')).toEqual([
      ['Нина Ракитина', 'relative'],
    ]);
  });

  it('makes a genitive name after a kinship noun the soldier, not the relative', () => {
    expect(people('Мать мобилизованного Степана Заречного обратилась в суд.')).toEqual([
      ['Степан Заречный', 'soldier'],
    ]);
    expect(people('Сестра 25-летнего Богдана Ракитина ищет его полгода.')).toEqual([
      ['Богдан Ракитин', 'soldier'],
    ]);
  });

  it('reads kinship in apposition with the same case and gender', () => {
    expect(people('Его бабушка Зинаида Петровна ждёт письма.')).toEqual([['Зинаида Петровна', 'relative']]);
    expect(people('Её муж Аркадий не выходит на связь.')).toEqual([['Аркадий', 'soldier']]);
  });

  it('does not take a role word elsewhere in the sentence', () => {
    expect(people('Активистка Вера Заречная говорит, что солдаты должны служить дома.')).toEqual([
      ['Вера Заречная', 'activist'],
    ]);
    expect(people('Что рассказал Тимур своей жене перед отправкой')).not.toContainEqual([
      'Тимур',
      'relative',
    ]);
  });

  it('reads an apposition after the name', () => {
    expect(people('Ефим Крутов, адвокат из Казани, подал жалобу.')).toEqual([['Ефим Крутов', 'lawyer']]);
    expect(people('Лидия Крутова — мать контрактника.')).toEqual([['Лидия Крутова', 'relative']]);
  });

  it('reads a speaker talking about her son as a relative', () => {
    expect(people('Как говорит Алевтина, её сын был мобилизован в октябре.')).toEqual([
      ['Алевтина', 'relative'],
    ]);
  });

  it('keeps a nickname with its person and finds a person named only by a call sign', () => {
    expect(people('Боец Игнат Сомов по прозвищу «Барсук» сбежал. Барсук сейчас в Грузии.')).toEqual([
      ['Игнат Сомов', 'soldier'],
    ]);
    expect(people('Контрактник с позывным «Шмель» отказался штурмовать.')).toEqual([['Шмель', 'soldier']]);
  });
});
