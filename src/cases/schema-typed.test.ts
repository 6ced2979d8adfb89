/** Every date and region a person types reaches the case file in the form it keeps, through the one schema. */
import { describe, expect, it } from 'vitest';
import { AppealInput, AppealUpdate } from './appeals/schema.ts';
import { IntakeInput } from './intake/schema.ts';
import { Decision } from './links/schema.ts';
import { CaseInput, CaseUpdate, StatusInput, TaskInput, WhereaboutsInput } from './schema.ts';

describe('typed dates and regions in the case schemas', () => {
  it('reads dates as people write them in every date field', () => {
    expect(
      CaseInput.parse({ personName: 'x', birthDate: '14.02.1998', status: 'missing', statusOn: '1.3.2024' }),
    ).toMatchObject({ birthDate: '1998-02-14', statusOn: '2024-03-01' });
    expect(CaseInput.parse({ personName: 'x', birthDate: '02.1998' }).birthDate).toBe('1998-02');
    expect(StatusInput.parse({ status: 'released', onDate: '01.06.2024', evidenceKind: 'call' }).onDate).toBe(
      '2024-06-01',
    );
    expect(WhereaboutsInput.parse({ place: 'x', since: '14 апреля 2024' }).since).toBe('2024-04-14');
    expect(TaskInput.parse({ title: 'x', dueOn: '20.12.2026' }).dueOn).toBe('2026-12-20');
    expect(AppealInput.parse({ addresseeType: 'court', filedOn: '07.12.2026' }).filedOn).toBe('2026-12-07');
    expect(AppealUpdate.parse({ respondedOn: '08.12.2026' }).respondedOn).toBe('2026-12-08');
    expect(Decision.parse({ decision: 'accept', onDate: '12.07.2024' }).onDate).toBe('2024-07-12');
    const intake = IntakeInput.parse({
      name: 'x',
      birthDate: '1996',
      lastContactOn: '14.04.2024',
      region: 'Бурятия',
      contact: '+7 900 000-00-00',
      language: 'ru',
      consent: true,
    });
    expect(intake).toMatchObject({ lastContactOn: '2024-04-14', region: 'RU-BU', birthDate: '1996' });
  });

  it('still refuses a day that does not exist and text that is no date', () => {
    expect(
      StatusInput.safeParse({ status: 'missing', onDate: '30.02.2024', evidenceKind: 'call' }).success,
    ).toBe(false);
    const bad = StatusInput.safeParse({ status: 'missing', onDate: 'last week', evidenceKind: 'call' });
    expect(bad.success ? '' : bad.error.issues[0]?.message).toContain('14.02.1998');
  });

  it('takes a region by its name in either language, or its code', () => {
    expect(CaseInput.parse({ personName: 'x', region: 'Buryatia' }).region).toBe('RU-BU');
    expect(CaseUpdate.parse({ region: 'Республика Бурятия' }).region).toBe('RU-BU');
    expect(CaseUpdate.parse({ region: 'ru-bu' }).region).toBe('RU-BU');
    const bad = CaseUpdate.safeParse({ region: 'Atlantis' });
    expect(bad.success ? '' : bad.error.issues[0]?.message).toContain('Бурятия');
  });
});
