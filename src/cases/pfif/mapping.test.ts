import { describe, expect, it } from 'vitest';
import { CaseError } from '../errors.ts';
import { exportCase } from './export-records.ts';
import { planNote, planPerson } from './import-plan.ts';
import { defaultRegionResolver } from './regions.ts';

const noRegion = () => null;

describe('what a PFIF note becomes', () => {
  const base = {
    note_record_id: 'f.example/n1',
    person_record_id: 'f.example/p1',
    source_date: '2024-03-02T08:00:00Z',
  };

  it('believed_missing and believed_dead enter the status history, dated by the source date', () => {
    expect(planNote({ ...base, status: 'believed_missing' }, 'n', '2024-05-01')).toEqual({
      status: {
        status: 'missing',
        onDate: '2024-03-02',
        evidenceKind: 'import',
        evidenceRef: 'f.example/n1',
      },
      whereabouts: null,
      contact: null,
    });
    expect(planNote({ ...base, status: 'believed_dead' }, 'n', '2024-05-01').status?.status).toBe('deceased');
  });

  it('believed_alive is no status: the contact log says it, with the contacts the note gives', () => {
    const plan = planNote(
      {
        ...base,
        status: 'believed_alive',
        author_name: 'Вера',
        author_made_contact: 'true',
        phone_of_found_person: '+7 900 000-00-01',
      },
      'n',
      '2024-05-01',
    );
    expect(plan.status).toBeNull();
    expect(plan.contact).toMatchObject({
      channel: 'other',
      direction: 'in',
      counterpart: 'Вера',
      at: '2024-03-02T08:00:00.000Z',
    });
    expect(plan.contact?.summary).toBe(
      'PFIF status: believed alive\nAuthor made contact with him: yes\nContact of the person found: +7 900 000-00-01',
    );
  });

  it('a last known location becomes whereabouts; a long text is shortened in the log (the record keeps it whole)', () => {
    const plan = planNote(
      { ...base, last_known_location: 'Ростов-на-Дону', text: 'слово '.repeat(3000) },
      'n',
      '2024-05-01',
    );
    expect(plan.whereabouts).toMatchObject({ place: 'Ростов-на-Дону', since: '2024-03-02' });
    expect(plan.contact?.summary.length).toBe(10_000);
    expect(plan.contact?.summary).toMatch(/\[shortened: the whole note is kept with its PFIF record\]$/);
  });

  it('without a source or entry date, today is the date', () => {
    const plan = planNote({ note_record_id: 'f.example/n2', status: 'believed_missing' }, 'n', '2024-05-01');
    expect(plan.status?.onDate).toBe('2024-05-01');
  });
});

describe('what a PFIF person becomes', () => {
  it('a case input, the author as a family contact, and a note for the rest', () => {
    const plan = planPerson(
      {
        person_record_id: 'f.example/p1',
        given_name: 'Олег',
        family_name: 'Вымыслов',
        date_of_birth: '1993',
        author_name: 'Нина',
        author_email: 'nina@example.org',
        sex: 'male',
      },
      'p',
      noRegion,
    );
    expect(plan.caseInput).toMatchObject({ kind: 'person', personName: 'Олег Вымыслов', birthDate: '1993' });
    expect(plan.family).toEqual({
      name: 'Нина',
      relation: 'author of the PFIF record',
      contact: 'nina@example.org',
    });
    expect(plan.noteBody).toContain('Sex: male');
    expect(plan.meta).toEqual({ fullName: 'Олег Вымыслов', region: null });
  });

  it('a name too long for the case file is refused with the record and field named', () => {
    expect(() =>
      planPerson(
        { person_record_id: 'f.example/p2', full_name: 'Я'.repeat(201) },
        'x.xml: person 1',
        noRegion,
      ),
    ).toThrow(
      new CaseError(
        'pfif_invalid',
        'x.xml: person 1, field full_name: Too big: expected string to have <=200 characters',
      ),
    );
  });
});

describe('home_state → ISO 3166-2 region', () => {
  it('takes codes and names the gazetteer knows, and nothing else', () => {
    expect(defaultRegionResolver('RU-BU', undefined)).toBe('RU-BU');
    expect(defaultRegionResolver('bu', 'RU')).toBe('RU-BU');
    expect(defaultRegionResolver('Rostov Oblast', 'RU')).toBe('RU-ROS');
    expect(defaultRegionResolver('Бурятия', undefined)).toBe('RU-BU');
    expect(defaultRegionResolver('Бурятия', 'UA')).toBeNull();
    expect(defaultRegionResolver('US-ZZ', undefined)).toBeNull();
    expect(defaultRegionResolver('Springfield', 'US')).toBeNull();
  });
});

describe('what a case opened here gives to PFIF', () => {
  it('ids from the domain and row ids, statuses a PFIF reader knows, no caseworker named', () => {
    const person = exportCase(
      {
        id: 'case_abc',
        personName: 'Вымыслов Олег',
        title: 'Вымыслов Олег',
        birthDate: null,
        region: 'RU-BU',
        createdAt: new Date('2024-04-01T09:00:00.123Z'),
        imported: null,
        importedNotes: [],
        status: [
          {
            id: 'status_1',
            status: 'released',
            onDate: '2024-04-20',
            evidenceKind: 'call',
            evidenceRef: null,
            note: null,
            recordedBy: 'user_secret',
            recordedAt: '2024-04-21T08:00:00.000Z',
          },
          {
            id: 'status_0',
            status: 'detained',
            onDate: '2024-04-02',
            evidenceKind: 'call',
            evidenceRef: null,
            note: 'по звонку матери',
            recordedBy: 'user_secret',
            recordedAt: '2024-04-03T08:00:00.000Z',
          },
        ],
        whereabouts: [],
        contacts: [],
      },
      { domain: 'helpline.example', sourceName: 'Helpline', now: new Date('2024-05-01T00:00:00Z') },
    );
    expect(person.person).toEqual({
      person_record_id: 'helpline.example/case_abc',
      entry_date: '2024-04-01T09:00:00Z',
      author_name: 'Helpline',
      source_name: 'Helpline',
      source_date: '2024-04-01T09:00:00Z',
      full_name: 'Вымыслов Олег',
      home_state: 'RU-BU',
      home_country: 'RU',
    });
    expect(person.notes.map((n) => [n.note_record_id, n.status, n.text])).toEqual([
      ['helpline.example/status_0', undefined, 'Status: detained, since 2024-04-02.\nпо звонку матери'],
      ['helpline.example/status_1', 'believed_alive', 'Status: released, since 2024-04-20.'],
    ]);
    expect(JSON.stringify(person)).not.toContain('user_secret');
  });
});
