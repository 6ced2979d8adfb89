import { describe, expect, it } from 'vitest';
import { newDoc } from '../../doc.ts';
import { englishPipeline } from '../pipeline.ts';

function events(text: string, published: string | null = null) {
  const doc = newDoc({ id: 't', text, language: 'en', published });
  for (const stage of englishPipeline) stage.run(doc);
  return doc.events;
}
const types = (text: string) => events(text).map((e) => e.type);

describe('events: one type per trigger family', () => {
  it.each([
    ['Three marines refused to fight near the river.', 'refusal'],
    ['The private deserted from his battalion in spring.', 'desertion'],
    ['The men are being held in a cellar behind the barracks.', 'detention'],
    ['Officers confiscated their passports and phones.', 'coercion'],
    ['The sergeant was sentenced to five years in a penal colony.', 'prosecution'],
    ['His mother lost contact with him after the assault.', 'disappearance'],
    ['The twelve men were released and went back to their families.', 'release'],
    ['Police rounded up migrants at a market and took them to an enlistment office.', 'forced_recruitment'],
    ['Two crews surrendered to the defenders at dawn.', 'surrender'],
    ['Four conscripts were killed in the shelling.', 'death'],
    ['One recruit shot himself in the foot to avoid the assault.', 'self_harm'],
    ['Someone was impersonating her son in the chat.', 'impersonation'],
    ['The charity has helped 80 soldiers to leave the army.', 'assistance'],
  ])('%s → %s', (text, type) => {
    expect(types(text)).toContain(type);
  });
});

describe('events: negation, hypotheticals and threats', () => {
  it('does not report a negated event', () => {
    expect(types('The corporal did not desert, he said.')).toEqual([]);
  });

  it('reports a refused release as coercion', () => {
    expect(types('The soldiers were not released despite their contracts ending.')).toEqual(['coercion']);
  });

  it('reports a threat as coercion, not as what was threatened', () => {
    expect(types('The commander threatened to send them to the assault units.')).toEqual(['coercion']);
    expect(types('If he refuses, he will be charged with desertion.')).not.toContain('prosecution');
  });

  it('takes wanting or trying to leave as refusal', () => {
    expect(types('Many of the mobilized men want to leave the front.')).toEqual(['refusal']);
    expect(types('He tried to quit twice.')).toEqual(['refusal']);
  });
});

describe('events: count, date and duplicates', () => {
  it('takes the count from a figure of the same kind and the date from the sentence', () => {
    const [e] = events('On June 3, at least 45 soldiers deserted from the base.');
    expect(e).toMatchObject({ type: 'desertion', count: 45, date: '--06-03' });
  });

  it('resolves the date against the publication date', () => {
    const [e] = events('On Monday, 14 servicemen were detained by their own command.', '2024-05-09');
    expect(e).toMatchObject({ type: 'detention', count: 14, date: '2024-05-06' });
  });

  it('does not date an event by when it was reported, nor by where a span starts', () => {
    const [said] = events('Two gunners fled the garrison, their lawyer said on May 4.');
    expect(said).toMatchObject({ type: 'desertion', date: null });
    const [since] = events('Since March, volunteers have helped 40 soldiers to leave the army.');
    expect(since).toMatchObject({ type: 'assistance', date: null });
    const [missing] = events('His sister has not heard from him since March 9.');
    expect(missing).toMatchObject({ type: 'disappearance', date: '--03-09' });
  });

  it('keeps one event for an occurrence told twice, quoting the first telling', () => {
    const text =
      'Dozens of reservists are being held in a disused school, relatives say. ' +
      'At least 60 reservists are being held there, according to the group. ' +
      'The weather was cold. The men are still being held in the school.';
    const found = events(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ type: 'detention', count: 60 });
    expect(found[0]?.quote.startsWith('Dozens of reservists')).toBe(true);
  });

  it('keeps events of different types in one sentence', () => {
    expect(types('Having refused to fight, the two men were detained and later charged.')).toEqual([
      'refusal',
      'detention',
      'prosecution',
    ]);
  });

  it('gives each event its sentence as quote and offsets', () => {
    const text = 'Intro line here.\nThe soldier fled the front.';
    const [e] = events(text);
    expect(e && text.slice(e.start, e.end)).toBe('The soldier fled the front.');
  });
});

describe('events: a definite noun refers back to an occurrence already told', () => {
  it('folds "the detentions" into the detention told before, even with a place of its own', () => {
    const told = events(
      'Military police detained 14 reservists in Kursk on Monday. ' +
        'The unit had trained near Belgorod for weeks before the detentions began, a relative said.',
    );
    expect(told.filter((e) => e.type === 'detention')).toHaveLength(1);
  });

  it('keeps a detention told with a definite noun when none was told before', () => {
    const told = events('The detentions began in a village near Kursk, relatives of the reservists said.');
    expect(told.filter((e) => e.type === 'detention')).toHaveLength(1);
  });
});
