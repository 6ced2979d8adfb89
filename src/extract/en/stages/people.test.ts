import { describe, expect, it } from 'vitest';
import { newDoc } from '../../doc.ts';
import { organizationsStage } from './organizations.ts';
import { peopleStage } from './people.ts';
import { unitsStage } from './units.ts';

function people(text: string) {
  const doc = newDoc({ id: 't', text, language: 'en', published: null });
  for (const s of [unitsStage, organizationsStage, peopleStage]) s.run(doc);
  return doc.people.map((p) => `${p.mention}|${p.role}`);
}

describe('peopleStage: roles', () => {
  it.each([
    ['The order came from Col. Dmitri Lebedev, the men said.', 'Dmitri Lebedev|commander'],
    ['They complained about Lt. Col. Pavel Orlov.', 'Pavel Orlov|commander'],
    ['Defence Minister Andrei Belousov visited the front.', 'Andrei Belousov|official'],
    ['The region’s governor, Nikolai Svetlov, signed the decree.', 'Nikolai Svetlov|official'],
    ['“We cannot leave,” said Timur Bekov, a 24-year-old soldier from Tuva.', 'Timur Bekov|soldier'],
    ['Marina Sokolova, the mother of a conscript, wrote to the prosecutor.', 'Marina Sokolova|relative'],
    ['She said her son, Denis, had stopped answering.', 'Denis|soldier'],
    ['His wife, Yulia Grekova, filed a complaint.', 'Yulia Grekova|relative'],
    ['Yelena Markova, whose husband was mobilised last year, joined the protest.', 'Yelena Markova|relative'],
    ['The case was taken by lawyer Roman Shilov in Moscow.', 'Roman Shilov|lawyer'],
    ['Irina Volkova, a journalist who covers the army, confirmed it.', 'Irina Volkova|journalist'],
    ['Pavel Lisitsyn, head of the Free Kuban Foundation, told Verstka.', 'Pavel Lisitsyn|activist'],
    ['Anna Belova, a human rights activist, said the men were held.', 'Anna Belova|activist'],
    ['Viktor Ilyin, of the Movement of Conscientious Objectors, said so.', 'Viktor Ilyin|activist'],
    ['The talks were attended by Vladimir Putin.', 'Vladimir Putin|official'],
    ['Tamara, 61, has not seen her son since spring.', 'Tamara|relative'],
    ['A soldier identified only as Gleb (name changed) said he fled.', 'Gleb|soldier'],
  ])('%s', (text, expected) => {
    expect(people(text)).toContain(expected);
  });
});

describe('peopleStage: names', () => {
  it('merges full name, surname and first name under the fullest name', () => {
    const found = people(
      'Kirill Zotov, a paratrooper, refused to go back. Zotov said he was threatened. Kirill later fled. Zotov’s mother, Galina, called us.',
    );
    expect(found.filter((p) => p.startsWith('Kirill Zotov'))).toEqual(['Kirill Zotov|soldier']);
    expect(found.filter((p) => p.startsWith('Zotov') || p === 'Kirill|soldier')).toEqual([]);
    expect(found).toContain('Galina|relative');
  });

  it('merges a surname met before the full name', () => {
    expect(people('Sukhanov refused. Later, Oleg Sukhanov was detained in a basement.')).toEqual([
      'Oleg Sukhanov|soldier',
    ]);
  });

  it('keeps pseudonyms and nicknames', () => {
    expect(people('A soldier identified only as Lis told us he deserted.')).toContain('Lis|soldier');
    expect(
      people('The men, known by the call sign Shaman, were detained.').map((p) => p.split('|')[0]),
    ).toContain('Shaman');
  });

  it.each([
    'In September the Russian army moved to Crimea.',
    'On Monday, the Guards Brigade was withdrawn.',
    'The Kremlin and the FSB declined to comment.',
    'Related Articles\nTop Trends\nLeave a Comment',
    'Ukrainian and Russian officials met in Istanbul.',
    'Members of the 64th Separate Guards Motor Rifle Brigade left.',
    'The Washington Post could not verify it.',
  ])('finds no person in: %s', (text) => {
    expect(people(text)).toEqual([]);
  });
});
