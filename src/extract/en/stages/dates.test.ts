import { describe, expect, it } from 'vitest';
import { newDoc } from '../../doc.ts';
import { datesStage } from './dates.ts';
import { sentencesStage } from './sentences.ts';

function dates(text: string, published: string | null) {
  const doc = newDoc({ id: 't', text, language: 'en', published });
  sentencesStage.run(doc);
  datesStage.run(doc);
  return doc.dates.map((d) => [text.slice(d.start, d.end).replace(/[,.]$/, ''), d.date]);
}

describe('dates', () => {
  const text =
    'He wrote on May 12. The unit left in October 2023. On Friday, they were moved. Last month he called.';

  it('leaves dates partial without a publication date and drops what cannot be placed', () => {
    expect(dates(text, null)).toEqual([
      ['May 12', '--05-12'],
      ['October 2023', '2023-10'],
    ]);
  });

  it('resolves relative dates against the publication date, into the past', () => {
    expect(dates(text, '2024-02-10')).toEqual([
      ['May 12', '2023-05-12'],
      ['October 2023', '2023-10'],
      ['On Friday', '2024-02-09'],
      ['Last month', '2024-01'],
    ]);
  });

  it('reads bare years and does not take the verb "may" for a month', () => {
    expect(dates('He signed up in 2019. They may leave soon.', null)).toEqual([['2019', '2019']]);
  });

  it('gives a month without a year as --MM when nothing settles the year', () => {
    expect(dates('The convoy was stopped in August.', null)).toEqual([['August', '--08']]);
    expect(dates('The convoy was stopped in August.', '2022-03-05')).toEqual([['August', '2021-08']]);
    expect(dates('The convoy was stopped in August 2020.', null)).toEqual([['August 2020', '2020-08']]);
  });
});
