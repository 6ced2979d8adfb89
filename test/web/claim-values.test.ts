/**
 * The web app's claim vocabulary (web/screens/review/values.js) against the
 * claim schema it mirrors, and its plain-language lines. Pure: no browser.
 */
import { describe, expect, it } from 'vitest';
import { EventType, FigureCounts, OrganizationKind, PersonRole, Qualifier } from '../../src/claims/schema.ts';
// @ts-expect-error: the web app is plain JavaScript without type declarations.
import * as values from '../../web/screens/review/values.js';

interface Values {
  CHOICES: Record<string, string[]>;
  ORGANIZATION_KINDS: string[];
  choicesFor(kind: string, field: string): string[] | null;
  fieldText(kind: string, field: string, value: unknown, label: (g: string, v: string) => string): string;
  describeClaim(
    kind: string,
    value: Record<string, unknown>,
    i18n: {
      label: (g: string, v: string) => string;
      t: (k: string, vars: Record<string, unknown>) => string;
    },
  ): string;
}
const v = values as Values;
const WORDS: Record<string, string> = {
  'claim.qualifier.at_least': 'at least',
  'figure.refusing': 'refusing to fight',
  'event.refusal': 'refusal',
  'claim.role.soldier': 'soldier',
};
const label = (g: string, x: string) => WORDS[`${g}.${x}`] ?? x;
const t = (k: string, vars: Record<string, unknown>) => `${k}:${JSON.stringify(vars)}`;

describe('claim values in the web app', () => {
  it('offers exactly the values the claim schema allows', () => {
    expect(v.CHOICES.qualifier).toEqual(Qualifier.options);
    expect(v.CHOICES.counts).toEqual(FigureCounts.options);
    expect(v.CHOICES.type).toEqual(EventType.options);
    expect(v.CHOICES.role).toEqual(PersonRole.options);
    expect(v.ORGANIZATION_KINDS).toEqual(OrganizationKind.options);
    expect(v.choicesFor('figure', 'qualifier')).toEqual(Qualifier.options);
    expect(v.choicesFor('event', 'type')).toEqual(EventType.options);
    expect(v.choicesFor('organization', 'kind')).toEqual(OrganizationKind.options);
    expect(v.choicesFor('event', 'place')).toBeNull();
  });

  it('says "at least", not at_least', () => {
    expect(
      v.describeClaim(
        'figure',
        { value: 12, qualifier: 'at_least', counts: 'refusing', percent: false },
        { label, t },
      ),
    ).toBe('at least 12 refusing to fight');
    expect(v.fieldText('figure', 'qualifier', 'at_least', label)).toBe('at least');
    expect(v.describeClaim('person', { mention: 'Invented Name', role: 'soldier' }, { label, t })).toBe(
      'Invented Name · soldier',
    );
  });
});
