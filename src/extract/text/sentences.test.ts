import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS } from '../en/lexicon/load.ts';
import { detectLanguage } from './language.ts';
import { splitSentences } from './sentences.ts';

const split = (text: string) => splitSentences(text, ABBREVIATIONS).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps titles on their own line and marks them', () => {
    const s = splitSentences('Soldiers flee the front\n\nThe men left. Then they hid.', ABBREVIATIONS);
    expect(s.map((x) => [x.text, x.kind, x.paragraph])).toEqual([
      ['Soldiers flee the front', 'title', 0],
      ['The men left.', 'text', 1],
      ['Then they hid.', 'text', 1],
    ]);
  });

  it('does not split after titles, initials, acronyms or decimals', () => {
    expect(
      split('Lt. Col. Ivan Petrov met Gen. Orlov and Mr. J. Smith in the U.S. on a 2.5 hour trip. It ended.'),
    ).toEqual([
      'Lt. Col. Ivan Petrov met Gen. Orlov and Mr. J. Smith in the U.S. on a 2.5 hour trip.',
      'It ended.',
    ]);
  });

  it('splits after closing quotes and keeps quoted sentences', () => {
    expect(split('“We left. Nobody stopped us,” he said. ‘It was over.’ She nodded.')).toEqual([
      '“We left.',
      'Nobody stopped us,” he said.',
      '‘It was over.’',
      'She nodded.',
    ]);
  });

  it('treats an ellipsis before a lower-case word as inside the sentence', () => {
    expect(split('They waited… and waited. Then… Nothing.')).toEqual([
      'They waited… and waited.',
      'Then…',
      'Nothing.',
    ]);
  });

  it('splits "no." only when no number follows', () => {
    expect(split('He lives in house No. 5 now. She said no. Later she agreed.')).toEqual([
      'He lives in house No. 5 now.',
      'She said no.',
      'Later she agreed.',
    ]);
  });

  it('gives offsets that point into the text', () => {
    const text = '  First one here.  Second one!\nThird?';
    for (const s of splitSentences(text, ABBREVIATIONS)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('detectLanguage', () => {
  it('tells Russian, English and other texts apart by script', () => {
    expect(detectLanguage('Солдаты отказались воевать и вернулись домой в Бурятию.')).toBe('ru');
    expect(detectLanguage('The soldiers refused to fight and went home to Buryatia.')).toBe('en');
    expect(detectLanguage('12345 !!! ...')).toBe('other');
  });
});
