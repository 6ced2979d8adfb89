import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADDRESSEE_TYPES } from '../schema.ts';
import { dueDate } from './deadlines.ts';
import { AppealRulesError, loadAppealRules, parseAppealRules, RULES_ENV, RULES_FILE } from './rules.ts';

const base = { name: 'addressees.json', text: readFileSync(RULES_FILE, 'utf8') };
const override = (value: unknown) => ({ name: 'local.json', text: JSON.stringify(value) });

describe('the addressee rules data', () => {
  it('has one rule per addressee type, with its legal basis in both languages and a note to verify', () => {
    const { rules, overridden } = parseAppealRules(base);
    expect(Object.keys(rules).sort()).toEqual([...ADDRESSEE_TYPES].sort());
    for (const type of ADDRESSEE_TYPES) {
      expect(rules[type].basis.ru).toMatch(/[а-я]/);
      expect(rules[type].basis.en).toMatch(/[a-z]/);
      expect(rules[type].verify.length).toBeGreaterThan(20);
    }
    expect(overridden).toEqual([]);
  });

  it('carries the terms of the laws it cites', () => {
    const { rules } = parseAppealRules(base);
    expect(rules.unit_command.days).toBe(30);
    expect(rules.unit_command.basis.ru).toMatch(/59-ФЗ/);
    expect(rules.military_prosecutor.days).toBe(30);
    expect(rules.military_prosecutor.basis.en).toMatch(/No\. 45 of 30\.01\.2013/);
    expect(rules.ombudsman.basis.ru).toMatch(/1-ФКЗ/);
    expect(rules.investigative_committee).toMatchObject({ days: 3, extendableToDays: 30 });
    expect(rules.investigative_committee.basis.ru).toMatch(/ст\. 144/);
  });
});

describe('an override file', () => {
  it('changes only the fields it gives, and the due dates follow', () => {
    const merged = parseAppealRules(
      base,
      override({ rules: { court: { days: 5, basis: { en: 'CPC art. 125: five days' } } } }),
    );
    expect(merged.rules.court.days).toBe(5);
    expect(merged.rules.court.basis.en).toBe('CPC art. 125: five days');
    expect(merged.rules.court.basis.ru).toMatch(/КАС|ГПК/);
    expect(merged.rules.court.dueSoonDays).toBe(7);
    expect(merged.overridden).toEqual(['court']);
    expect(dueDate('2024-02-27', merged.rules.court)).toBe('2024-03-03');
    expect(merged.rules.unit_command).toEqual(parseAppealRules(base).rules.unit_command);
  });

  it('is refused with the file and the field named', () => {
    const cases: [unknown, RegExp][] = [
      [{ rules: { court: { days: 0 } } }, /^local\.json: rules\.court\.days: /],
      [{ rules: { court: { days: '30' } } }, /^local\.json: rules\.court\.days: /],
      [{ rules: { tribunal: { days: 30 } } }, /^local\.json: rules: .*tribunal/],
      [{ rules: { court: { dayz: 30 } } }, /^local\.json: rules\.court: .*dayz/],
      [
        { rules: { unit_command: { days: 90 } } },
        /^local\.json: rules\.unit_command\.extendableToDays: must be at least days/,
      ],
    ];
    for (const [value, message] of cases) {
      expect(() => parseAppealRules(base, override(value))).toThrow(AppealRulesError);
      expect(() => parseAppealRules(base, override(value))).toThrow(message);
    }
    expect(() => parseAppealRules(base, { name: 'local.json', text: '{"rules": ' })).toThrow(
      /^local\.json: not valid JSON/,
    );
  });

  it('is read from the path in OBJECTOR_APPEAL_RULES', () => {
    const dir = mkdtempSync(join(tmpdir(), 'objector-rules-'));
    const file = join(dir, 'rules.json');
    writeFileSync(file, JSON.stringify({ rules: { investigative_committee: { days: 10 } } }));
    expect(loadAppealRules({ [RULES_ENV]: file }).rules.investigative_committee.days).toBe(10);
    expect(loadAppealRules({}).rules.investigative_committee.days).toBe(3);
    expect(() => loadAppealRules({ [RULES_ENV]: join(dir, 'missing.json') })).toThrow(
      `${RULES_ENV}=${join(dir, 'missing.json')}: cannot be read (ENOENT)`,
    );
  });
});
