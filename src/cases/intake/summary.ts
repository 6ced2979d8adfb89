/**
 * The contact-log entry a family's report leaves on its case: what they said
 * about his last contact, place and situation, in one encrypted summary. A
 * report attached to an earlier case also carries the facts that case
 * already has (name, birth date, unit, region) as this reporter wrote them,
 * since those fields of the case are not changed by a stranger's report.
 */
import type { IntakeInput } from './schema.ts';

const LANGUAGES = { ru: 'Russian', en: 'English' } as const;

export interface SummaryExtras {
  /** Set when the report was attached to an existing case: the reference the reporter was given. */
  repeatReceipt?: string;
}

/** The summary text; pure. */
export function intakeSummary(input: IntakeInput, extras: SummaryExtras = {}): string {
  const lines = [`Report through the public form (in ${LANGUAGES[input.language]}).`];
  if (extras.repeatReceipt) {
    lines.push(
      'Another report for this man (same name and birth date, or same reporter), attached here instead of opening a new case. ' +
        'Check who sent it before sharing anything about the case (identity questions).',
      `Reference given to the reporter: ${extras.repeatReceipt}`,
      `Name as written: ${input.name}`,
    );
    push(lines, 'Birth date', input.birthDate);
    push(lines, 'Home region', input.region);
    push(lines, 'Unit as written', input.unit);
  }
  push(lines, 'Situation as the family sees it', input.situation);
  push(lines, 'Last contact', input.lastContactOn);
  push(lines, 'What he said', input.lastWords);
  push(lines, 'Last known place', input.lastPlace);
  return lines.join('\n');
}

/** Who was on the other end: "name (relation)", or either alone. */
export function reporterLabel(input: IntakeInput): string | undefined {
  const { reporterName: name, relation } = input;
  if (name && relation) return `${name} (${relation})`;
  return name ?? relation ?? undefined;
}

function push(lines: string[], label: string, value: string | undefined) {
  if (value) lines.push(`${label}: ${value}`);
}
