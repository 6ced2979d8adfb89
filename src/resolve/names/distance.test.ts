import { expect, it } from 'vitest';
import { editDistance } from './distance.ts';

function ref(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}
it('banded distance equals the full optimal-string-alignment table', () => {
  let seed = 7;
  const r = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let k = 0; k < 5000; k++) {
    const len = 1 + Math.floor(r() * 9);
    const a = Array.from({ length: len }, () => 'abcd'[Math.floor(r() * 4)]).join('');
    const b = Array.from(
      { length: Math.max(0, len + Math.floor(r() * 5) - 2) },
      () => 'abcd'[Math.floor(r() * 4)],
    ).join('');
    for (const max of [1, 2, 3])
      expect([a, b, max, editDistance(a, b, max)]).toEqual([a, b, max, Math.min(ref(a, b), max + 1)]);
  }
});
