import { describe, expect, it } from 'vitest';
import { newDoc } from '../../doc.ts';
import { splitSentences } from '../../text/sentences.ts';
import { datesStage } from './dates.ts';

function dates(text: string, published: string | null) {
  const doc = newDoc({ id: 't', text, language: 'ru', published });
  doc.sentences = splitSentences(text, { always: new Set(), beforeNumber: new Set() });
  datesStage.run(doc);
  return doc.dates.map((d) => [text.slice(d.start, d.end), d.date]);
}

describe('Russian dates', () => {
  it('leaves day and month partial without a publication date', () => {
    expect(dates('Рядового Петрова задержали 3 марта, а суд прошёл в июне 2021 года.', null)).toEqual([
      ['3 марта', '--03-03'],
      ['в июне 2021 года', '2021-06'],
    ]);
  });

  it('puts a day or month without a year in the latest past year', () => {
    expect(dates('Он ушёл из части 15 ноября. В январе его нашли.', '2024-02-10')).toEqual([
      ['15 ноября', '2023-11-15'],
      ['В январе', '2024-01'],
    ]);
  });

  it('reads years, shifted years and seasons as years or months', () => {
    expect(
      dates(
        'С начала октября прошлого года пришло много писем. Летом их стало меньше, а в 2019 году не было.',
        '2024-09-01',
      ),
    ).toEqual([
      ['С начала октября прошлого года', '2023-10'],
      ['Летом', '2024'],
      ['2019 году', '2019'],
    ]);
  });

  it('resolves weekdays and relative words into the past', () => {
    // 2024-02-10 is a Saturday.
    expect(dates('В среду его увезли, вчера позвонили, а месяц назад он писал.', '2024-02-10')).toEqual([
      ['В среду', '2024-02-07'],
      ['вчера', '2024-02-09'],
      ['месяц назад', '2024-01'],
    ]);
  });

  it('drops relative dates without a publication date', () => {
    expect(dates('В прошлом месяце его задержали в пятницу.', null)).toEqual([]);
  });

  it('reads numeric dates and the previous week', () => {
    expect(dates('Приговор вынесли 05.04.2023, а на прошлой неделе обжаловали.', '2023-06-14')).toEqual([
      ['05.04.2023', '2023-04-05'],
      ['на прошлой неделе', '2023-06'],
    ]);
  });
});
