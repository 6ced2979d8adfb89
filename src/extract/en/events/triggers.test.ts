import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../../text/patterns.ts';
import { findTriggers } from './triggers.ts';

const types = (s: string) => findTriggers(normalizeForMatch(s)).map((t) => t.type);

describe('triggers: lemma classes on inflected forms', () => {
  it.each([
    ['The gunners refuse to advance.', []],
    ['The gunners refused to advance.', ['refusal']],
    ['A corporal was refusing orders.', ['refusal']],
    ['Two cooks fled the garrison.', ['desertion']],
    ['The sapper had been mobilized in the spring.', ['forced_recruitment']],
    ['Border guards detained the sailor.', ['detention']],
    ['The cadets were held in a cellar under the depot.', ['detention']],
    ['The driver was charged with desertion.', ['prosecution']],
    ['The driver deserted in the autumn.', ['desertion']],
  ])('%s', (text, expected) => {
    expect(types(text)).toEqual(expected);
  });

  it('needs the frame of the entry: a place of confinement for "held", a combat verb for "refused"', () => {
    expect(types('The meeting was held in the town hall.')).toEqual([]);
    expect(types('The clerk refused to comment.')).toEqual([]);
  });

  it('reads a participle before a people noun as an adjective, not a passive', () => {
    expect(types('Most of them are drafted students.')).toEqual([]);
    expect(types('The students were drafted last week.')).toEqual(['forced_recruitment']);
  });

  it('takes the simple present for a habit, the infinitive and the past for acts', () => {
    expect(types('Prosecutors charge anyone with a record.')).toEqual([]);
    expect(types('Three gunners decided to desert.')).toEqual(['desertion']);
  });
});

describe('triggers: negation, modality and polarity', () => {
  it('drops negated and hypothetical triggers', () => {
    expect(types('The medic never deserted.')).toEqual([]);
    expect(types('If they flee, their families will suffer.')).toEqual([]);
    expect(types('The pilots could be detained at any time.')).toEqual([]);
  });

  it('reports a negated release, and negative-polarity entries, as coercion', () => {
    expect(types('The reservists were not released after their term ended.')).toEqual(['coercion']);
    expect(types('There has been no rotation for months.')).toEqual(['coercion']);
    expect(types('Their petitions were not accepted.')).toEqual(['coercion']);
  });

  it('takes inability to leave as coercion, and a wish to leave as refusal', () => {
    expect(types('They cannot leave the regiment.')).toEqual(['coercion']);
    expect(types('They asked to leave the regiment.')).toEqual(['refusal']);
  });
});

describe('triggers: acts named, not done', () => {
  it('reads a gerund that is the subject of its clause as the name of an act', () => {
    expect(types('But refusing to fight was a hard choice for the gunner.')).toEqual([]);
    expect(types('Going absent without leave has been a crime since the autumn.')).toEqual([]);
    expect(types('After refusing to fight, the gunners were locked in a cellar.')).toEqual([
      'refusal',
      'detention',
    ]);
    expect(types('Fleeing soldiers were stopped at the border.')).toEqual(['desertion']);
  });

  it('reads an offence named by a court or charge as no desertion', () => {
    expect(types('The cook was put on trial for desertion.')).toEqual(['prosecution']);
    expect(types('Desertion cases rose sharply.')).toEqual([]);
    expect(types('Two privates went AWOL.')).toEqual(['desertion']);
  });

  it('reads a present-tense relative clause as a class of people', () => {
    expect(types('Marines who are unwilling to fight face prison.')).toEqual([]);
    expect(types('The men who go AWOL are mostly reservists.')).toEqual([]);
    expect(types('He was unwilling to fight.')).toEqual(['refusal']);
  });

  it('reads "missing" before a determiner as the verb, not a disappearance', () => {
    expect(types('Simply missing a roll call can get a private listed.')).toEqual([]);
    expect(types('The cook went missing in June.')).toEqual(['disappearance']);
  });
});
