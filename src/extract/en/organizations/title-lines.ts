/**
 * Headline and boilerplate lines ("Related Articles", "Russian Troops Deny
 * Joining War") capitalise most words, so capitalisation says nothing there.
 * Stages guessing names from capitals skip such lines.
 */

let lastText: string | undefined;
let lastLines: ReadonlyArray<[number, number]> = [];

/**
 * [start, end) ranges of lines of 2+ words where most words are capitalised.
 * Several stages ask this of one document in turn: the last document's answer is kept.
 */
export function titleCaseLines(text: string): Array<[number, number]> {
  if (text !== lastText) {
    lastLines = findTitleCaseLines(text);
    lastText = text;
  }
  return lastLines.map(([a, b]) => [a, b]);
}

function findTitleCaseLines(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const words = m[0].match(/\p{L}[\p{L}'’-]*/gu) ?? [];
    if (words.length < 2 || words.length > 16) continue;
    const content = words.filter((w) => w.length > 3 || /^\p{Lu}/u.test(w));
    const caps = content.filter((w) => /^\p{Lu}/u.test(w)).length;
    // A line without a sentence end that is in Title Case (or all capitalised and short) is a heading.
    const noPeriod = !/[.!?:”"’']\s*$/.test(m[0]);
    if (
      noPeriod &&
      (caps / Math.max(1, content.length) >= 0.75 || (words.length <= 4 && caps === words.length))
    )
      out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** True when [start, end) lies inside one of `ranges`. */
export function insideAny(
  ranges: ReadonlyArray<readonly [number, number]>,
  start: number,
  end: number,
): boolean {
  return ranges.some(([a, b]) => start >= a && end <= b);
}
