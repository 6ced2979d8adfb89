import { describe, expect, it } from 'vitest';
import { newDoc } from '../../doc.ts';
import { figuresStage } from './figures.ts';
import { sentencesStage } from './sentences.ts';

function figures(text: string) {
  const doc = newDoc({ id: 't', text, language: 'en', published: null });
  sentencesStage.run(doc);
  figuresStage.run(doc);
  return doc.figures;
}
const brief = (text: string) => figures(text).map((f) => [f.value, f.qualifier, f.percent, f.counts]);

describe('figures: numbers and qualifiers', () => {
  it('reads digits, word numbers and percentages', () => {
    expect(brief('Twenty-five sailors deserted. Some 3,400 reservists were mobilized.')).toEqual([
      [25, 'exact', false, 'deserted'],
      [3400, 'about', false, 'recruited'],
    ]);
    expect(brief('Almost 60% of the regiment want to quit.')).toEqual([[60, 'about', true, 'refusing']]);
    expect(brief('Two dozen conscripts were detained.')).toEqual([[24, 'exact', false, 'detained']]);
  });

  it('maps qualifier phrases', () => {
    expect(brief('No fewer than 90 soldiers fled.')).toEqual([[90, 'at_least', false, 'deserted']]);
    expect(brief('Over 120 men were charged.')).toEqual([[120, 'more_than', false, 'prosecuted']]);
    expect(brief('Up to 45 troops are missing.')).toEqual([[45, 'at_most', false, 'missing']]);
    expect(brief('No more than 600 are left in the unit.')).toEqual([[600, 'at_most', false, 'strength']]);
  });

  it('ignores vague quantities', () => {
    expect(figures('Dozens of soldiers fled and hundreds were detained; thousands refused.')).toEqual([]);
  });
});

describe('figures: exclusions', () => {
  it('leaves out ages, years, dates, unit numbers, money, durations and distances', () => {
    const text =
      'The 31-year-old private, Pavel, 31, joined the 155th Brigade of unit 12345 in 2021. ' +
      'On March 3 he was paid 200,000 rubles, served for 4 months and walked 30 km. ' +
      'He wrote 12 complaints about 5 tanks.';
    expect(figures(text)).toEqual([]);
  });
});

describe('figures: what they count', () => {
  it('takes the governing verb first', () => {
    expect(brief('The hotline has advised about 9,000 and helped 250 men to flee.')).toEqual([
      [9000, 'about', false, 'assisted'],
      [250, 'exact', false, 'assisted'],
    ]);
  });

  it('prefers the main predicate to a relative clause', () => {
    expect(brief('Forty soldiers who had refused to serve were released last week.')).toEqual([
      [40, 'exact', false, 'returned'],
    ]);
  });

  it('uses the counted noun when there is no predicate', () => {
    expect(brief('Officials planned to send 30 recruits each month.')).toEqual([
      [30, 'exact', false, 'recruited'],
    ]);
  });

  it('handles coordination and size words', () => {
    expect(
      brief('They split the men into groups of five and seven soldiers and held them in a cellar.'),
    ).toEqual([
      [5, 'exact', false, 'detained'],
      [7, 'exact', false, 'detained'],
    ]);
    expect(brief('A 400-strong battalion was formed.')).toEqual([[400, 'exact', false, 'strength']]);
  });

  it('quotes the shortest verbatim stretch', () => {
    const [f] = figures('According to the group, at least 320 soldiers have been killed since spring.');
    expect(f?.quote).toBe('at least 320 soldiers have been killed');
  });
});
