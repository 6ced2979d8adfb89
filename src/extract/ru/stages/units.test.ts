import { describe, expect, it } from 'vitest';
import { findRussianUnits } from './units.ts';

// Invented sentences, written for these tests.
const keys = (text: string) => findRussianUnits(text).map((u) => u.key);

describe('Russian units', () => {
  it('reads full names in any case to the English key', () => {
    expect(keys('Служил в 64-й отдельной гвардейской мотострелковой бригаде.')).toEqual(['64-brigade']);
    expect(keys('Бойцы 37-го мотострелкового полка вернулись.')).toEqual(['37-regiment']);
    expect(keys('Командование 58-й общевойсковой армии молчит.')).toEqual(['58-army']);
    expect(keys('О 3-м армейском корпусе ничего не известно.')).toEqual(['3-corps']);
    expect(keys('Его перевели в 150-ю мотострелковую дивизию.')).toEqual(['150-division']);
  });

  it('reads abbreviations with and without an ordinal ending', () => {
    expect(keys('Солдат 64 ОМСБр и 64-й омсбр — одна бригада.')).toEqual(['64-brigade']);
    expect(keys('Из 11 гв. ОДШБр ушли трое.')).toEqual(['11-brigade']);
    expect(keys('Его часть, 20-я гв. ОА, стоит под Валуйками.')).toEqual(['20-army']);
    expect(keys('Контрактник 1428 мсп написал рапорт.')).toEqual(['1428-regiment']);
  });

  it('reads military unit numbers after a cue', () => {
    expect(keys('Их держат на территории в/ч 51460.')).toEqual(['51460-unit']);
    expect(keys('Он числится в войсковой части № 06705.')).toEqual(['6705-unit']);
    expect(keys('Письмо командиру войсковую часть 12345 не дошло.')).toEqual(['12345-unit']);
  });

  it('gives coordinated ordinals the type of the last one', () => {
    expect(keys('Бойцы 1-го и 2-го батальонов отказались.')).toEqual(['1-battalion', '2-battalion']);
  });

  it('does not take counts of formations or other numbers for units', () => {
    expect(keys('Туда перебросили 5 бригад и 3 бригады резерва.')).toEqual([]);
    expect(keys('В 2023 году сформировали 2 новых полка.')).toEqual([]);
    expect(keys('Его держат во 2-м корпусе СИЗО.')).toEqual([]);
    expect(keys('Сидел 15 суток, потом ещё 51460 рублей штрафа.')).toEqual([]);
  });

  it('reads marine brigade abbreviations', () => {
    // ОБрМП is spelled in the gazetteer's Russian names.
    expect(keys('Морпехи 40 ОБрМП отказались наступать.')).toEqual(['40-brigade']);
  });
});
