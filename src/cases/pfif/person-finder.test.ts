/** Exports pass Person Finder's own validator rules (fixtures/person-finder-rules.ts). */
import { describe, expect, it } from 'vitest';
import { type CaseForExport, exportCase } from './export-records.ts';
import type { PersonRecord } from './fields.ts';
import { personFinderProblems } from './fixtures/person-finder-rules.ts';

const NOW = new Date('2024-05-01T00:00:00Z');
const options = { domain: 'helpline.example', sourceName: 'Helpline', now: NOW };
const base: CaseForExport = {
  id: 'case_1',
  personName: 'Небывалов Игорь',
  title: 'Небывалов Игорь',
  birthDate: null,
  region: null,
  createdAt: new Date('2024-04-01T09:00:00Z'),
  imported: null,
  importedNotes: [],
  status: [],
  whereabouts: [],
  contacts: [],
};
const imported = (record: PersonRecord) => ({
  record,
  meta: { fullName: 'Небывалов Игорь', region: null },
  importedAt: new Date('2024-04-03T10:00:00Z'),
});

describe('PFIF export against Person Finder’s validator rules', () => {
  it('writes full_name from given and family names, and an author_name and source_date, when the record had none', () => {
    const out = exportCase(
      {
        ...base,
        imported: imported({
          person_record_id: 'finder.example.org/p1',
          given_name: 'Игорь',
          family_name: 'Небывалов',
        }),
      },
      options,
    );
    expect(out.person).toMatchObject({
      full_name: 'Игорь Небывалов',
      author_name: 'Helpline',
      source_date: '2024-04-03T10:00:00Z',
    });
    expect(personFinderProblems([out], NOW)).toEqual([]);
  });

  it('gives a note text to a whereabouts entry that has only its place', () => {
    const out = exportCase(
      {
        ...base,
        whereabouts: [
          {
            id: 'where_1',
            place: 'СИЗО-0',
            since: null,
            howKnown: null,
            recordedBy: 'user_x',
            recordedAt: '2024-04-05T08:00:00.000Z',
          } as unknown as CaseForExport['whereabouts'][number],
        ],
      },
      options,
    );
    expect(personFinderProblems([out], NOW)).toEqual([]);
  });

  it('gives an expired record back as a placeholder without personal data or notes', () => {
    const out = exportCase(
      {
        ...base,
        imported: imported({
          person_record_id: 'finder.example.org/p2',
          full_name: 'Небывалов Игорь',
          expiry_date: '2024-04-20T00:00:00Z',
          source_date: '2024-04-01T00:00:00Z',
        }),
        contacts: [
          {
            id: 'contact_1',
            at: '2024-04-10T00:00:00.000Z',
            channel: 'call',
            direction: 'in',
            counterpart: null,
            summary: 'Звонок.',
          } as unknown as CaseForExport['contacts'][number],
        ],
      },
      options,
    );
    expect(out.notes).toEqual([]);
    expect(JSON.stringify(out)).not.toContain('Небывалов');
    expect(personFinderProblems([out], NOW)).toEqual([]);
  });

  it('the rules themselves catch what the export used to write', () => {
    const bare = { person: { person_record_id: 'finder.example.org/p1', given_name: 'И' }, notes: [] };
    expect(personFinderProblems([bare], NOW)).toEqual([
      'person finder.example.org/p1: missing source_date',
      'person finder.example.org/p1: missing full_name',
    ]);
  });
});
