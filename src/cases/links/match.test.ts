/**
 * The matcher on an invented knowledge base: a family's way of writing a
 * name, a unit and a place against reports written in another script.
 * All names, units' stories and reports here are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { loadMatchDeps } from './deps.ts';
import { indexKnowledge, type KbClaimLink, type KbRecord } from './knowledge.ts';
import { matchCase, OTHER_MEN_FACTOR, SUGGEST_MIN, WEIGHTS } from './match.ts';
import { comparePersons, type KbPersonMention, PERSON_STRONG } from './persons.ts';
import { buildProfile, type CaseFacts } from './profile.ts';
import { decodeReason } from './reason.ts';

/** A stored reason in English words. */
const words = (stored: string) => decodeReason(stored).text;

const deps = loadMatchDeps();

const unit64: KbRecord = { id: 'ent_u64', kind: 'unit', key: '64-brigade', name: '64th Brigade', data: {} };
const unit150: KbRecord = {
  id: 'ent_d150',
  kind: 'unit',
  key: '150-division',
  name: '150th Division',
  data: {},
};
const bryanka: KbRecord = { id: 'ent_bry', kind: 'place', key: 'gn:711369', name: 'Bryanka', data: {} };
const basement: KbRecord = {
  id: 'ent_fac',
  kind: 'facility',
  key: 'gn:711369|basement',
  name: 'basement in Bryanka',
  data: { site: 'basement', placeId: 'gn:711369' },
};

const link = (entityId: string, claimId: string, sourceId: string, claimKind: string): KbClaimLink => ({
  entityId,
  claimId,
  sourceId,
  relation: claimKind === 'event' || claimKind === 'figure' ? 'context' : 'mention',
  claimKind,
  duplicateOf: null,
});

/** Filler soldiers, so that frequency weights see a corpus of a realistic mix of names. */
const crowd: KbPersonMention[] = [
  'Sergei Volkov',
  'Denis Orlov',
  'Maksim Belov',
  'Yegor Sokolov',
  'Nikita Zaitsev',
  'Roman Gusev',
  'Oleg Tarasov',
  'Ilya Frolov',
  'Kirill Lebedev',
  'Anton Morozov',
  'Pavel Ivanov',
  'Igor Ivanov',
  'Vadim Ivanov',
].map((name, i) => ({ claimId: `c_crowd${i}`, sourceId: `s_crowd${i}`, entityId: `p_crowd${i}`, name }));

function facts(over: Partial<CaseFacts>): CaseFacts {
  return {
    caseId: 'case_t',
    personName: null,
    birthDate: null,
    unit: null,
    region: null,
    whereabouts: [],
    ...over,
  };
}

function run(
  profileFacts: CaseFacts,
  mentions: KbPersonMention[],
  records: KbRecord[],
  links: KbClaimLink[],
) {
  const profile = buildProfile(profileFacts, deps.profile);
  const all = [...crowd, ...mentions];
  const hits = comparePersons([profile], all, deps.names)[0]!;
  const personRecords: KbRecord[] = [...new Set(hits.map((h) => h.entityId))].map((id) => ({
    id,
    kind: 'person',
    key: id,
    name: id,
    data: {},
  }));
  const index = indexKnowledge([...records, ...personRecords], links, all);
  return { profile, hits, suggestions: matchCase(profile, index, hits) };
}

describe('case profile', () => {
  it('resolves the unit and the places as a family writes them', () => {
    for (const written of ['64 ОМСБр', 'в/ч 51460', '64th brigade'])
      expect(buildProfile(facts({ unit: written }), deps.profile).unit?.key).toBe('64-brigade');
    const p = buildProfile(
      facts({
        birthDate: '1998-04',
        region: 'RU-BU',
        whereabouts: [
          { place: 'Брянка', placeRef: null },
          { place: 'держали в подвале в Брянке', placeRef: null },
        ],
      }),
      deps.profile,
    );
    expect(p.birthYear).toBe(1998);
    expect(p.regionName).toBe('Buryatia');
    expect(p.places.map((x) => x.id)).toEqual(['gn:711369']);
    expect(p.facilities).toEqual([{ placeId: 'gn:711369', site: 'basement' }]);
  });
});

describe('matchCase', () => {
  it('finds the man across scripts: Каминский Артём in the case, Artyom Kaminsky in a report', () => {
    const mentions: KbPersonMention[] = [
      {
        claimId: 'c_k1',
        sourceId: 's_en',
        entityId: 'p_k',
        name: 'Artyom Kaminsky',
        age: 26,
        unit: '64-brigade',
        date: '2024-06-02',
      },
      { claimId: 'c_k2', sourceId: 's_ru', entityId: 'p_k', name: 'Тёма Каминский' },
    ];
    const { hits, suggestions } = run(
      facts({ personName: 'Каминский Артём Олегович', birthDate: '1998', unit: '64 ОМСБр' }),
      mentions,
      [unit64],
      [
        link('p_k', 'c_k1', 's_en', 'person'),
        link('p_k', 'c_k2', 's_ru', 'person'),
        link('p_k', 'c_ev1', 's_en', 'event'),
      ],
    );
    expect(hits[0]).toMatchObject({ claimId: 'c_k1', entityId: 'p_k' });
    expect(hits[0]!.posterior).toBeGreaterThanOrEqual(PERSON_STRONG);
    const en = suggestions.find((s) => s.sourceId === 's_en')!;
    expect(en.basis).toEqual(['person']);
    expect(en.score).toBe(WEIGHTS.personStrong);
    expect(en.claimIds).toEqual(['c_ev1', 'c_k1']);
    expect(words(en.reason)).toMatch(/Artyom Kaminsky.*is likely his.*surname exact.*birth year exact/);
    // Which facts agree, as data the page writes in the reader's language; no bits.
    expect(words(en.reason)).not.toMatch(/bits/);
    expect(decodeReason(en.reason).parts?.[0]).toMatchObject({
      kind: 'person',
      name: 'Artyom Kaminsky',
      strength: 'likely',
      fields: expect.arrayContaining([{ field: 'surname', outcome: 'exact' }]),
    });
    // The diminutive in the Russian report belongs to the same person record: it comes along.
    expect(suggestions.map((s) => s.sourceId).sort()).toEqual(['s_en', 's_ru']);
  });

  it('treats a bare surname in Latin letters as a weaker possibility', () => {
    const { suggestions } = run(
      facts({ personName: 'Каминский Артём', birthDate: '1998' }),
      [{ claimId: 'c_k3', sourceId: 's_bare', entityId: 'p_k3', name: 'Kaminskiy' }],
      [],
      [link('p_k3', 'c_k3', 's_bare', 'person')],
    );
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]).toMatchObject({ basis: ['person'], score: WEIGHTS.personWeak });
    expect(words(suggestions[0]!.reason)).toMatch(/may be his/);
  });

  it('suggests a report of an event in his unit alone, weakly, and not one that only names the unit', () => {
    const { suggestions } = run(
      facts({ personName: 'Соколов Данила', unit: 'в/ч 51460' }),
      [],
      [unit64],
      [
        link('ent_u64', 'c_u1', 's_event', 'unit'),
        link('ent_u64', 'c_ev2', 's_event', 'event'),
        link('ent_u64', 'c_u2', 's_named', 'unit'),
      ],
    );
    expect(suggestions.map((s) => [s.sourceId, s.basis])).toEqual([['s_event', ['unit']]]);
    expect(suggestions[0]!.score).toBe(WEIGHTS.unitEvent);
    expect(words(suggestions[0]!.reason)).toMatch(/written “в\/ч 51460”/);
  });

  it('ranks his unit plus the basement he was held in above the unit alone', () => {
    const { suggestions } = run(
      facts({ unit: '64th brigade', whereabouts: [{ place: 'подвал в Брянке', placeRef: null }] }),
      [],
      [unit64, bryanka, basement],
      [
        link('ent_u64', 'c_ev3', 's_both', 'event'),
        link('ent_bry', 'c_pl3', 's_both', 'place'),
        link('ent_fac', 'c_ev3', 's_both', 'event'),
        link('ent_u64', 'c_ev4', 's_unit', 'event'),
      ],
    );
    expect(suggestions.map((s) => s.sourceId)).toEqual(['s_both', 's_unit']);
    expect(suggestions[0]!.basis).toEqual(['unit', 'place', 'facility']);
    expect(suggestions[0]!.score).toBeGreaterThan(suggestions[1]!.score + 0.2);
    expect(words(suggestions[0]!.reason)).toMatch(
      /basement in Bryanka \(the kind of site the family named\)/,
    );
  });

  it('suggests a detention site in his town alone only when it is the kind of site the family named', () => {
    const kb: [KbRecord[], KbClaimLink[]] = [
      [bryanka, basement],
      [link('ent_bry', 'c_pl8', 's_site', 'place'), link('ent_fac', 'c_ev8', 's_site', 'event')],
    ];
    const town = run(facts({ whereabouts: [{ place: 'Bryanka', placeRef: null }] }), [], ...kb);
    expect(town.suggestions).toEqual([]);
    const site = run(
      facts({ whereabouts: [{ place: 'held in a basement in Bryanka', placeRef: null }] }),
      [],
      ...kb,
    );
    expect(site.suggestions.map((s) => [s.sourceId, s.basis])).toEqual([['s_site', ['place', 'facility']]]);
    // A caseworker who chose the site record says the same.
    const ref = run(
      facts({ whereabouts: [{ place: 'the brick building', placeRef: 'ent_fac' }] }),
      [],
      ...kb,
    );
    expect(ref.suggestions.map((s) => s.sourceId)).toEqual(['s_site']);
  });

  it('treats his unit and town in a report about another named soldier as context, not news of him', () => {
    const other: KbPersonMention = {
      claimId: 'c_ot',
      sourceId: 's_other',
      entityId: 'p_ot',
      name: 'Gleb Ostapov',
    };
    const kb: [KbRecord[], KbClaimLink[]] = [
      [unit64, bryanka, basement],
      [
        link('ent_u64', 'c_ev9', 's_other', 'event'),
        link('ent_bry', 'c_pl9', 's_other', 'place'),
        link('ent_fac', 'c_ev9', 's_other', 'event'),
      ],
    ];
    const town = run(
      facts({
        personName: 'Лунёв Егор',
        unit: '64 ОМСБр',
        whereabouts: [{ place: 'Брянка', placeRef: null }],
      }),
      [other],
      ...kb,
    );
    expect(town.suggestions).toEqual([]);
    const site = run(
      facts({
        personName: 'Лунёв Егор',
        unit: '64 ОМСБр',
        whereabouts: [{ place: 'подвал в Брянке', placeRef: null }],
      }),
      [other],
      ...kb,
    );
    expect(site.suggestions.map((s) => s.basis)).toEqual([['unit', 'place', 'facility']]);
    expect(site.suggestions[0]!.score).toBeCloseTo((1 - 0.7 * 0.88 * 0.75) * OTHER_MEN_FACTOR, 3);
    expect(words(site.suggestions[0]!.reason)).toMatch(/names other soldiers, not him/);
  });

  it('does not suggest a namesake with a common surname, another unit and another birth year', () => {
    const { hits, suggestions } = run(
      facts({ personName: 'Иванов Пётр Сергеевич', birthDate: '1999-02-11', unit: '64 ОМСБр' }),
      [
        {
          claimId: 'c_iv',
          sourceId: 's_iv',
          entityId: 'p_iv',
          name: 'Pyotr Ivanov',
          age: 47,
          unit: '150-division',
          date: '2024-03-15',
        },
      ],
      [unit64, unit150],
      [link('p_iv', 'c_iv', 's_iv', 'person'), link('ent_d150', 'c_ev5', 's_iv', 'event')],
    );
    expect(hits).toEqual([]);
    expect(suggestions).toEqual([]);
  });

  it('suggests only the original of a reprint', () => {
    const reprint = { ...link('ent_u64', 'c_ev7', 's_copy', 'event'), duplicateOf: 's_orig' };
    const { suggestions } = run(
      facts({ unit: '64 ОМСБр' }),
      [],
      [unit64],
      [link('ent_u64', 'c_ev6', 's_orig', 'event'), reprint],
    );
    expect(suggestions.map((s) => s.sourceId)).toEqual(['s_orig']);
    // ...but a near-duplicate that names his unit where its original does not is suggested.
    const apart = run(facts({ unit: '64 ОМСБр' }), [], [unit64], [reprint]);
    expect(apart.suggestions.map((s) => s.sourceId)).toEqual(['s_copy']);
    expect(SUGGEST_MIN).toBeLessThanOrEqual(WEIGHTS.unitEvent);
  });
});
