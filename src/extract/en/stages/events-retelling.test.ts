import { describe, expect, it } from 'vitest';
import { newDoc } from '../../doc.ts';
import { englishPipeline } from '../pipeline.ts';

function events(text: string, published: string | null = null) {
  const doc = newDoc({ id: 't', text, language: 'en', published });
  for (const stage of englishPipeline) stage.run(doc);
  return doc.events;
}
const types = (text: string) => events(text).map((e) => e.type);

describe('events: what is not an occurrence', () => {
  it('reads generic "you" as a statement about anyone', () => {
    expect(types('The police stop you in the street and take you to the enlistment office.')).toEqual([]);
    expect(types('The police stopped them in the street and took them to the enlistment office.')).toEqual([
      'forced_recruitment',
    ]);
  });

  it('does not take advice on a way to do something for doing it', () => {
    expect(types('Volunteers explained the safest way to desert from a unit.')).toEqual([]);
    expect(types('On their way to the front line, two gunners deserted.')).toEqual(['desertion']);
  });

  it('does not take a private plan for a refusal, but takes an expressed one', () => {
    expect(types('He planned to leave the army once his contract ran out.')).toEqual([]);
    expect(types('He asked to leave the army once his contract ran out.')).toEqual(['refusal']);
  });
});

describe('events: the same occurrence told again', () => {
  it('folds a vague retelling of a counted group into the first telling', () => {
    const text =
      'At least 40 marines refused to deploy to the front, relatives said. The families say hundreds of marines want to leave.';
    expect(events(text)).toMatchObject([{ type: 'refusal', count: 40 }]);
  });

  it('keeps a vague group marked as another occurrence, or with a place of its own', () => {
    const also =
      'At least 40 marines refused to deploy, relatives said. Dozens of sailors have also refused to deploy.';
    expect(types(also)).toEqual(['refusal', 'refusal']);
    const place =
      'At least 40 marines refused to deploy, relatives said. In Kursk, dozens of reservists refused to deploy.';
    expect(types(place)).toEqual(['refusal', 'refusal']);
  });

  it('keeps a group picked out by "these" when it was just introduced by another event', () => {
    const text =
      'At least 40 marines refused to deploy. Other conscripts fled the base at night. Most of these conscripts had asked to leave in spring.';
    expect(types(text)).toEqual(['refusal', 'desertion', 'refusal']);
  });

  it('folds the speaker telling of his own group in the first person', () => {
    const text =
      'The prisoner said his phone was confiscated by officers. “They took our phones so we could not call home,” he said.';
    expect(types(text)).toEqual(['coercion']);
  });

  it('keeps first-person tellings of another kind of coercion', () => {
    const text =
      'The prisoner said his phone was confiscated by officers. “They threatened to shoot us all,” he said.';
    expect(types(text)).toEqual(['coercion', 'coercion']);
  });

  it('folds a retelling inside the same quoted paragraph, not across plain paragraphs', () => {
    const quoted =
      '“Our men keep asking to resign. Finally they went to the garrison office to resign,” he said.';
    expect(types(quoted)).toEqual(['refusal']);
    const plain = 'Our men keep asking to resign.\n\nFinally they went to the garrison office to resign.';
    expect(types(plain)).toEqual(['refusal', 'refusal']);
  });

  it('folds a telling about the person just named, and about some of the people named', () => {
    expect(events('Sergei Orlov deserted in March. The 31-year-old deserted after his leave.')).toMatchObject(
      [{ type: 'desertion', date: '--03' }],
    );
    expect(
      types(
        'Oleg Ivanov and Pavel Smirnov deserted from the garrison. Smirnov, who deserted first, now lives abroad.',
      ),
    ).toEqual(['desertion']);
  });

  it('keeps a later telling about some of the people when it adds a date', () => {
    const text = 'Oleg Ivanov and Pavel Smirnov were put on a wanted list. Smirnov was charged in May.';
    expect(events(text)).toMatchObject([
      { type: 'prosecution', date: null },
      { type: 'prosecution', date: '--05' },
    ]);
  });
});

describe('events: place, date and count of each event', () => {
  it('does not take an origin or a dateline for the scene', () => {
    expect(events('Soldiers from Kostroma refused to fight.')).toMatchObject([
      { type: 'refusal', place: null },
    ]);
    expect(events('MOSCOW — Three soldiers were detained last week.')).toMatchObject([{ place: null }]);
    expect(events('The Pskov Human Rights Centre said that ten men deserted.')).toMatchObject([
      { place: null },
    ]);
  });

  it('takes a place after "from" when the event governs it', () => {
    expect(events('Police rounded up men from a dormitory in Tver.')).toMatchObject([
      { type: 'forced_recruitment', place: 'Tver' },
    ]);
  });

  it('gives a place to the event whose trigger precedes it', () => {
    expect(events('Men who refused to fight were detained in Pskov.')).toMatchObject([
      { type: 'refusal', place: null },
      { type: 'detention', place: 'Pskov' },
    ]);
  });

  it('gives a date to the event it follows, and not to one told on that day', () => {
    expect(events('He was charged after refusing to fight, and was sentenced in September.')).toMatchObject([
      { type: 'prosecution', date: '--09' },
      { type: 'refusal', date: null },
    ]);
    expect(events('His wife said he phoned her on March 3 to say he had deserted.')).toMatchObject([
      { type: 'desertion', date: null },
    ]);
  });

  it('counts the one a group of "N other" soldiers is added to', () => {
    expect(events('He refused to fight along with 12 other soldiers.')).toMatchObject([
      { type: 'refusal', count: 13 },
    ]);
    expect(events('He said 12 other soldiers refused to fight.')).toMatchObject([
      { type: 'refusal', count: 12 },
    ]);
  });

  it('takes the place of the sentence before, except for a disappearance', () => {
    const text = 'The unit was sent to Kostroma in May. Two men deserted there. Another man went missing.';
    expect(events(text)).toMatchObject([
      { type: 'desertion', place: 'Kostroma' },
      { type: 'disappearance', place: null },
    ]);
  });

  it('places a detention told without a town where the last detention was', () => {
    const text =
      'The men were held in a cellar in Omsk.\n\nLater, a further group was locked up in a hangar.';
    expect(events(text)).toMatchObject([
      { type: 'detention', place: 'Omsk' },
      { type: 'detention', place: 'Omsk' },
    ]);
  });
});
