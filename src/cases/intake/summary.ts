/**
 * The contact-log entry a family's report leaves on its case: what they said
 * about his last contact, place and situation, in one encrypted summary. A
 * report attached to an earlier case also carries the facts that case
 * already has (name, birth date, unit, region) as this reporter wrote them,
 * since those fields of the case are not changed by a stranger's report.
 *
 * Written in the language of the form the family used: their own words are
 * in it, and a helpline working in Russian reads Russian reports.
 */
import type { IntakeInput } from './schema.ts';

type Language = IntakeInput['language'];

const WORDS = {
  ru: {
    heading: 'Сообщение через открытую форму (на русском).',
    repeat:
      'Ещё одно сообщение об этом человеке (то же имя и дата рождения или тот же отправитель): добавлено сюда, новое дело не открыто. ' +
      'Прежде чем рассказывать что-либо о деле, проверьте, кто его прислал (контрольные вопросы).',
    receipt: 'Номер, выданный отправителю',
    name: 'Имя, как написано',
    birthDate: 'Дата рождения',
    region: 'Регион',
    unit: 'Часть, как написано',
    situation: 'Что случилось, по мнению семьи',
    lastContact: 'Последняя связь',
    lastWords: 'Что он сказал',
    lastPlace: 'Где он был',
    howKnown: 'со слов семьи, через открытую форму',
    atLastContact: 'при последней связи',
    statusNote: 'как сообщила семья через открытую форму',
    situations: { missing: 'пропал', detained: 'задержан', refused: 'отказался', unknown: 'неизвестно' },
  },
  en: {
    heading: 'Report through the public form (in English).',
    repeat:
      'Another report for this man (same name and birth date, or same reporter), attached here instead of opening a new case. ' +
      'Check who sent it before sharing anything about the case (identity questions).',
    receipt: 'Reference given to the reporter',
    name: 'Name as written',
    birthDate: 'Birth date',
    region: 'Home region',
    unit: 'Unit as written',
    situation: 'Situation as the family sees it',
    lastContact: 'Last contact',
    lastWords: 'What he said',
    lastPlace: 'Last known place',
    howKnown: 'the family, through the public form',
    atLastContact: 'at his last contact on',
    statusNote: 'as the family reported it through the public form',
    situations: { missing: 'missing', detained: 'detained', refused: 'refused', unknown: 'unknown' },
  },
} as const;

export interface SummaryExtras {
  /** Set when the report was attached to an existing case: the reference the reporter was given. */
  repeatReceipt?: string;
}

/** The summary text; pure. */
export function intakeSummary(input: IntakeInput, extras: SummaryExtras = {}): string {
  const w = WORDS[input.language];
  const lines: string[] = [w.heading];
  if (extras.repeatReceipt) {
    lines.push(w.repeat, `${w.receipt}: ${extras.repeatReceipt}`, `${w.name}: ${input.name}`);
    push(lines, w.birthDate, input.birthDate);
    push(lines, w.region, input.region);
    push(lines, w.unit, input.unit);
  }
  push(lines, w.situation, input.situation && situationWord(input.language, input.situation));
  push(lines, w.lastContact, input.lastContactOn);
  push(lines, w.lastWords, input.lastWords);
  push(lines, w.lastPlace, input.lastPlace);
  return lines.join('\n');
}

/** How his last place is known, for the whereabouts entry. */
export function intakeHowKnown(input: IntakeInput): string {
  const w = WORDS[input.language];
  return input.lastContactOn ? `${w.howKnown}, ${w.atLastContact} ${input.lastContactOn}` : w.howKnown;
}

/** The note on the first status entry of a case a report opened. */
export function intakeStatusNote(language: Language): string {
  return WORDS[language].statusNote;
}

/** Who was on the other end: "name (relation)", or either alone. */
export function reporterLabel(input: IntakeInput): string | undefined {
  const { reporterName: name, relation } = input;
  if (name && relation) return `${name} (${relation})`;
  return name ?? relation ?? undefined;
}

function situationWord(language: Language, situation: string): string {
  const words: Readonly<Record<string, string>> = WORDS[language].situations;
  return words[situation] ?? situation;
}

function push(lines: string[], label: string, value: string | undefined) {
  if (value) lines.push(`${label}: ${value}`);
}
