import { describe, expect, it } from 'vitest';
import { PairList } from './pairs.ts';

describe('PairList', () => {
  it('grows and orders positions by descending score', () => {
    const list = new PairList();
    const scores = Array.from({ length: 3000 }, (_, i) => ((i * 7919) % 3001) / 10 - 150);
    for (const [i, s] of scores.entries()) list.push(i, i + 1, s);
    expect(list.length).toBe(3000);
    const order = [...list.byScoreDescending()];
    expect(new Set(order).size).toBe(3000);
    for (let k = 1; k < order.length; k++) {
      expect(list.score(order[k - 1]!)).toBeGreaterThanOrEqual(list.score(order[k]!) - 1e-3);
    }
    expect(list.first(order[0]!)).toBe(scores.indexOf(Math.max(...scores)));
    expect(list.second(5)).toBe(6);
  });
});
