import { describe, expect, it } from 'vitest';
import { ADDRESSEE_TYPES } from '../../schema.ts';
import { loadAppealRules } from '../rules.ts';
import { letterFields, ruDate } from './fields.ts';
import { BLANK, type LetterFields, renderLetter } from './render.ts';
import { LETTER_FIELDS, LetterTemplateError, letterTemplates, parseTemplate } from './templates.ts';

const templates = letterTemplates();

/** Every field filled with invented values. */
const full: LetterFields = {
  addressee: 'Военному прокурору Энского гарнизона',
  applicant: { name: 'Петрова Анна Сергеевна', relation: 'мать', contact: '+7 900 000-00-00' },
  person: { name: 'Петров Олег Викторович', birthDate: '12.04.1999', unit: 'в/ч 00000' },
  lastPlace: 'пункт временной дислокации у посёлка Заречный',
  lastPlaceSince: '02.02.2025',
  lastContactDate: '05.02.2025',
  facts: 'Сын подал рапорт об увольнении, после чего перестал выходить на связь.',
  previousAppeals: '— 10.01.2025: Командование воинской части; ответ не получен.',
  date: '01.03.2025',
};

describe('letter templates', () => {
  it('include the four letters the helpline needs, in Russian, with titles in both languages', () => {
    const byType = (t: string) =>
      templates.filter((l) => l.addresseeTypes.includes(t as never)).map((l) => l.id);
    expect(byType('military_prosecutor')).toContain('prosecutor-whereabouts');
    expect(byType('unit_command')).toContain('unit-command-information');
    expect(byType('ombudsman')).toContain('ombudsman-complaint');
    expect(byType('investigative_committee')).toContain('investigative-committee-crime-report');
    for (const t of templates) {
      expect(t.title.ru).toMatch(/[А-Яа-я]/);
      expect(t.title.en).toMatch(/^[A-Z][^А-Яа-я]+$/);
      expect(t.addresseeTypes.every((a) => (ADDRESSEE_TYPES as readonly string[]).includes(a))).toBe(true);
      expect(t.body).toMatch(/ПРОШУ:\n\n1\. /);
    }
  });

  it.each(templates.map((t) => [t.id, t] as const))('%s renders every field given', (_id, t) => {
    const text = renderLetter(t, full);
    expect(text).toContain('Военному прокурору Энского гарнизона');
    expect(text).toContain('Заявитель: Петрова Анна Сергеевна');
    expect(text).toContain('фамилия, имя, отчество: Петров Олег Викторович;');
    expect(text).toContain('Сын подал рапорт об увольнении');
    expect(text).toContain('Дата: 01.03.2025');
    expect(text).not.toMatch(/undefined|null|\{\{|\}\}/);
    // Only the signature is left to write by hand.
    expect(text.replace(/^Подпись: _+ /m, '')).not.toContain(BLANK);
  });

  it.each(templates.map((t) => [t.id, t] as const))(
    '%s renders with nothing known, leaving lines to fill',
    (_id, t) => {
      const text = renderLetter(t, {});
      expect(text).not.toMatch(/undefined|null|\{\{|\}\}/);
      expect(text).toContain(`Заявитель: ${BLANK}\n`);
      expect(text).toContain(`Дата: ${BLANK}\n`);
      expect(text).toContain(`Обстоятельства:\n${BLANK}\n`);
      expect(text.startsWith(`${BLANK}\n`)).toBe(true);
    },
  );

  it('inserts values as text: no HTML escaping, and no template inside a value is run', () => {
    const t = templates[0]!;
    const text = renderLetter(t, { ...full, facts: 'Ответ «из части»: {{date}} & <нет>' });
    expect(text).toContain('Ответ «из части»: {{date}} & <нет>');
  });

  it('treats blank values as missing', () => {
    const text = renderLetter(templates[0]!, { addressee: '   ', person: { name: '' } });
    expect(text.startsWith(`${BLANK}\n`)).toBe(true);
    expect(text).toContain(`фамилия, имя, отчество: ${BLANK};`);
  });
});

describe('parseTemplate', () => {
  const front = '---\ntitle: { ru: Письмо, en: A letter }\naddresseeTypes: [court]\n---\n';

  it('reads the front matter and the body', () => {
    const t = parseTemplate('x/court-letter.txt', `${front}{{addressee}}\nПрошу.\n`);
    expect(t).toMatchObject({
      id: 'court-letter',
      addresseeTypes: ['court'],
      body: '{{addressee}}\nПрошу.\n',
    });
  });

  it('refuses unknown placeholders, sections and bad front matter, naming the file', () => {
    expect(() => parseTemplate('a.txt', `${front}{{person.nmae}}`)).toThrow(
      /^a\.txt: unknown placeholder \{\{person\.nmae\}\}/,
    );
    expect(() => parseTemplate('a.txt', `${front}{{#facts}}x{{/facts}}`)).toThrow(/only plain/);
    expect(() => parseTemplate('a.txt', `${front}{{> other}}`)).toThrow(LetterTemplateError);
    expect(() => parseTemplate('a.txt', '{{addressee}}')).toThrow(/missing front matter/);
    expect(() => parseTemplate('a.txt', '---\ntitle: { ru: П }\naddresseeTypes: [court]\n---\nx')).toThrow(
      /^a\.txt: title\.en: /,
    );
    expect(() =>
      parseTemplate('a.txt', '---\ntitle: { ru: П, en: L }\naddresseeTypes: [navy]\n---\nx'),
    ).toThrow(/^a\.txt: addresseeTypes\.0: /);
    expect(() => parseTemplate('Bad Name.txt', `${front}x`)).toThrow(/file name/);
  });

  it('knows every field the letters use, and the letters use the core ones', () => {
    const used = new Set(templates.flatMap((t) => [...t.body.matchAll(/\{\{([^}]+)\}\}/g)].map((m) => m[1])));
    for (const f of used) expect(LETTER_FIELDS).toContain(f);
    for (const f of [
      'addressee',
      'applicant.name',
      'person.name',
      'person.birthDate',
      'person.unit',
      'facts',
      'date',
    ])
      expect(used).toContain(f);
  });
});

describe('letterFields', () => {
  const rules = loadAppealRules({});
  const appeals = [
    {
      id: 'appeal_a',
      addresseeType: 'unit_command' as const,
      filedOn: '2025-01-10',
      dueOn: '2025-02-09',
      respondedOn: null,
    },
    {
      id: 'appeal_b',
      addresseeType: 'military_prosecutor' as const,
      filedOn: '2025-01-20',
      dueOn: '2025-02-19',
      respondedOn: '2025-02-01',
    },
    {
      id: 'appeal_c',
      addresseeType: 'ombudsman' as const,
      filedOn: '2025-03-01',
      dueOn: '2025-03-11',
      respondedOn: null,
    },
    {
      id: 'appeal_d',
      addresseeType: 'court' as const,
      filedOn: '2025-03-05',
      dueOn: '2025-04-04',
      respondedOn: null,
    },
  ];

  it('writes dates the Russian way, keeping partial birth dates partial', () => {
    expect(ruDate('2025-03-01')).toBe('01.03.2025');
    expect(ruDate('1999-04')).toBe('04.1999');
    expect(ruDate('1999')).toBe('1999');
    expect(ruDate(null)).toBeNull();
  });

  it('fills the letter from the case, listing the appeals filed before this one', () => {
    const fields = letterFields({
      appeal: { id: 'appeal_c', addressee: 'Уполномоченному', subject: 'Факты дела', filedOn: '2025-03-01' },
      applicant: { name: 'Петрова А. С.', relation: 'мать', contact: null },
      person: { name: 'Петров О. В.', birthDate: '1999-04', unit: null },
      whereabouts: { place: 'Заречный', since: '2025-02-02' },
      appeals,
      today: '2025-03-02',
      rules,
    });
    expect(fields).toMatchObject({
      addressee: 'Уполномоченному',
      facts: 'Факты дела',
      person: { birthDate: '04.1999' },
      lastPlaceSince: '02.02.2025',
      lastContactDate: null,
      // Dated by the appeal, not by the day the letter is printed.
      date: '01.03.2025',
    });
    expect(fields.previousAppeals).toBe(
      [
        '— 10.01.2025: Командование воинской части; ответ не получен, срок ответа истёк 09.02.2025.',
        '— 20.01.2025: Военная прокуратура; ответ получен 01.02.2025.',
      ].join('\n'),
    );
  });

  it('quotes the last contact the family gave, and earlier appeals as they stood on the day of the letter', () => {
    const fields = letterFields({
      appeal: { id: 'appeal_b', addressee: null, subject: null, filedOn: '2025-01-20' },
      applicant: null,
      person: { name: null, birthDate: null, unit: null, lastContactOn: '2024-04-14' },
      whereabouts: null,
      appeals: [{ ...appeals[0]!, respondedOn: '2025-03-01' }, ...appeals.slice(1)],
      today: '2025-06-01',
      rules,
    });
    expect(fields.lastContactDate).toBe('14.04.2024');
    expect(fields.date).toBe('20.01.2025');
    // Answered in March: on 20 January the answer was still awaited.
    expect(fields.previousAppeals).toBe(
      '— 10.01.2025: Командование воинской части; ответ ожидается до 09.02.2025.',
    );
  });

  it('leaves the earlier appeals blank when there are none', () => {
    const fields = letterFields({
      appeal: { id: 'appeal_a', addressee: null, subject: null, filedOn: '2025-01-10' },
      applicant: null,
      person: { name: null, birthDate: null, unit: null },
      whereabouts: null,
      appeals,
      today: '2025-01-11',
      rules,
    });
    expect(fields.previousAppeals).toBeNull();
    const text = renderLetter(letterTemplates().find((t) => t.id === 'ombudsman-complaint')!, fields);
    expect(text).toContain(`Ранее по этому вопросу я обращался (обращалась):\n${BLANK}\n`);
    expect(text).toContain(`Дата: 10.01.2025`);
  });
});
