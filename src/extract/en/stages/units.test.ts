import { describe, expect, it } from 'vitest';
import { newDoc } from '../../doc.ts';
import { unitsStage } from './units.ts';

function keys(text: string): string[] {
  const doc = newDoc({ id: 't', text, language: 'en', published: null });
  unitsStage.run(doc);
  return doc.units.map((u) => u.key);
}

describe('unitsStage', () => {
  it.each([
    ['Men of the 27th Brigade complained.', '27-brigade'],
    ['He served in the 35th Separate Guards Motor Rifle Brigade until May.', '35-brigade'],
    ['the 98th Guards Airborne Division was sent north', '98-division'],
    ['Soldiers of the 2nd Guards Tank Army refused.', '2-army'],
    ['the 8th Army Corps moved', '8-corps'],
    ['a battalion of the 40th Marine Brigade', '40-brigade'],
    ['the 331st Regiment', '331-regiment'],
    ['the 20th Combined Arms Army', '20-army'],
    ['He is listed in military unit 12345 in Pskov.', '12345-unit'],
    ['military unit No. 71289', '71289-unit'],
    ['The reservists were posted to unit 40412 near the border.', '40412-unit'],
    ['служил в в/ч 12345 под Псковом', '12345-unit'],
    ['Солдаты 37 ОМСБр отказались', '37-brigade'],
    ['бойцы 74-й ОМСБр', '74-brigade'],
    ['из 200-й отдельной мотострелковой бригады', '200-brigade'],
    ['в 106-й ВДД', '106-division'],
    ['the 1st Battalion of the regiment', '1-battalion'],
  ])('%s → %s', (text, key) => {
    expect(keys(text)).toContain(key);
  });

  it('keeps one entry per key, at the first mention, with the mention as written', () => {
    const doc = newDoc({
      id: 't',
      text: 'The 35th Separate Guards Motor Rifle Brigade lost men. Later the 35th Brigade and 35 ОМСБр were merged.',
      language: 'en',
      published: null,
    });
    unitsStage.run(doc);
    expect(doc.units).toHaveLength(1);
    expect(doc.units[0]?.mention).toBe('35th Separate Guards Motor Rifle Brigade');
    expect(doc.units[0]?.start).toBe(4);
  });

  it('splits coordinated ordinals', () => {
    expect(keys('the 1st and 2nd battalions refused').sort()).toEqual(['1-battalion', '2-battalion']);
  });

  it.each([
    'In the 1990s the army shrank.',
    'the 20th century saw two wars',
    'At least 300 soldiers of the brigade refused.',
    'On the 24th of February the army crossed the border.',
    'Storm-Z units were formed in 2023.',
    'He was 23 and his army career was over.',
    'The 2022 army reforms',
    'Each unit 2024 budget line was cut.',
    'The community unit of 12 volunteers met.',
  ])('no unit in: %s', (text) => {
    expect(keys(text)).toEqual([]);
  });
});
