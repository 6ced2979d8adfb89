import { describe, expect, it } from 'vitest';
import { newDoc } from '../../doc.ts';
import { organizationsStage } from './organizations.ts';

function orgs(text: string) {
  const doc = newDoc({ id: 't', text, language: 'en', published: null });
  organizationsStage.run(doc);
  return doc.organizations;
}
const canon = (text: string) => orgs(text).map((o) => `${o.canonical}|${o.kind}`);

describe('organizationsStage: translations and nationalities', () => {
  it('lists a name and its translation in brackets once', () => {
    expect(canon('Volunteers of Idite Lesom (“Get Lost”) met him.')).toEqual(['Go by the Forest|ngo']);
  });
});

describe('organizationsStage: lexicon', () => {
  it.each([
    ['The claim was denied by the FSB on Monday.', 'Federal Security Service|state'],
    ["Russia's Defence Ministry did not reply.", 'Ministry of Defence|state'],
    ['A statement from the Ministry of Defense followed.', 'Ministry of Defence|state'],
    [
      'He wrote to the military prosecutor, and the Military Prosecutor’s Office answered.',
      "Military Prosecutor's Office|state",
    ],
    ['Volunteers of Idite Lesom helped him cross.', 'Go by the Forest|ngo'],
    ['A letter to the defence ministry went unanswered.', 'Ministry of Defence|state'],
    ['He was handed over to the military police at dawn.', 'Military Police|state'],
    ['Об этом сообщила «Медиазона».', 'Mediazona|media'],
    ['The group known as Хочу жить runs a hotline.', 'I Want to Live|state'],
    ['Her story was published by iStories last week.', 'Important Stories|media'],
    ['A Wagner-linked account posted it.', 'Wagner Group|armed_group'],
    ['He was questioned by the SBU in Kharkiv.', 'Security Service of Ukraine|state'],
    ['as reported by RFE/RL on Tuesday', 'Radio Liberty|media'],
    [
      'Lawyers from the Movement of Conscientious Objectors filed it.',
      'Movement of Conscientious Objectors|ngo',
    ],
  ])('%s', (text, expected) => {
    expect(canon(text)).toContain(expected);
  });

  it('keeps one entry per canonical with the mention as written', () => {
    const found = orgs('The Kremlin said nothing. Later the Kremlin and the FSB spoke; Кремль denied it.');
    expect(found.map((o) => o.canonical)).toEqual(['Kremlin', 'Federal Security Service']);
    expect(found[0]?.mention).toBe('Kremlin');
  });

  it('does not match lower-case words or acronyms in the wrong case', () => {
    expect(canon('It was an important stories night; at the current time the memorial was closed.')).toEqual(
      [],
    );
    expect(canon('The fsb is spelled wrong here.')).toEqual([]);
  });
});

describe('organizationsStage: patterns', () => {
  it.each([
    ['Activists of the Free Kuban Foundation collected money.', 'Free Kuban Foundation|ngo'],
    ['the independent outlet Sirena reported on it', 'Sirena|media'],
    ['Soldiers Voice, a Telegram channel run by wives, posted the video.', 'Soldiers Voice|media'],
    ['Pskov Rights, an antiwar group, counted them.', 'Pskov Rights|ngo'],
    ['He spoke to the Ural Daily newspaper.', 'Ural Daily|media'],
    ["Vedomir's editors declined to comment.", 'Vedomir|media'],
  ])('%s', (text, expected) => {
    expect(canon(text)).toContain(expected);
  });

  it('skips headings, people and military units', () => {
    expect(canon('Related Articles\n\nTop Trends\n')).toEqual([]);
    expect(canon('the activist group, Ivan Petrov said')).toEqual([]);
  });
});
