import { describe, expect, it } from 'vitest';
import { classHits, lastClassHit } from './classes.ts';
import { tokenize } from './tokens.ts';

describe('lastClassHit', () => {
  it.each([
    'Forty soldiers refused to fight and later deserted from their unit.',
    'The men filed their resignation reports, then were detained.',
    'Dozens Refuse To Fight, Says Rights Group',
    'Nothing here counts anyone at all.',
    'He said 12 conscripts were detained; three later escaped.',
  ])('is the last of classHits: %s', (sentence) => {
    const tokens = tokenize(sentence);
    expect(lastClassHit(tokens, 0, tokens.length)).toEqual(
      classHits(tokens, 0, tokens.length).at(-1) ?? null,
    );
  });

  it('gives the same tokens for a word form however often it recurs', () => {
    const [a, b] = [tokenize('AWOL soldier’s AWOL'), tokenize('AWOL soldier’s AWOL')];
    expect(a).toEqual(b);
    expect(a[0]).toMatchObject({ text: 'awol', capital: true, caps: true, punct: false });
    expect(a[1]?.text).toBe("soldier's");
  });
});
