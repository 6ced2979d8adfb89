/** The contact-log summary of a family's report, in the language of the form they used. */
import { describe, expect, it } from 'vitest';
import type { IntakeInput } from './schema.ts';
import { intakeHowKnown, intakeSummary } from './summary.ts';

const base: IntakeInput = {
  name: 'Invented Person',
  contact: 'someone@example.org',
  language: 'en',
  consent: true,
  situation: 'detained',
  lastContactOn: '2026-01-02',
  lastWords: 'They took our phones.',
};

describe('intake summary', () => {
  it('labels an English report in English and a Russian one in Russian', () => {
    expect(intakeSummary(base)).toBe(
      [
        'Report through the public form (in English).',
        'Situation as the family sees it: detained',
        'Last contact: 2026-01-02',
        'What he said: They took our phones.',
      ].join('\n'),
    );
    const ru = intakeSummary({ ...base, language: 'ru', lastWords: 'Забрали телефоны.' });
    expect(ru.split('\n')).toEqual([
      'Сообщение через открытую форму (на русском).',
      'Что случилось, по мнению семьи: задержан',
      'Последняя связь: 2026-01-02',
      'Что он сказал: Забрали телефоны.',
    ]);
  });

  it('repeats the facts a second reporter gave, with the reference they got', () => {
    const text = intakeSummary({ ...base, unit: 'в/ч 00000' }, { repeatReceipt: 'ABCD-EFGH' });
    expect(text).toContain('Reference given to the reporter: ABCD-EFGH');
    expect(text).toContain('Unit as written: в/ч 00000');
  });

  it('says how his last place is known, with the date when there is one', () => {
    expect(intakeHowKnown(base)).toBe(
      'the family, through the public form, at his last contact on 2026-01-02',
    );
    expect(intakeHowKnown({ ...base, language: 'ru', lastContactOn: undefined })).toBe(
      'со слов семьи, через открытую форму',
    );
  });
});
