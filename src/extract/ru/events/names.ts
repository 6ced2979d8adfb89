/**
 * Stretches of a document that are names, not reports: organisations found
 * by the organisations stage, and a quoted name after a noun that takes one
 * (телеграм-бот «Сознательный отказ», проект «...»). A trigger inside a name
 * ("отказ" in a project's name) reports nothing.
 */
import { fold } from '../morph.ts';
import { CUES } from './lexicon.ts';

const QUOTED_RE = /[«"„“]([^«»"„“”]{1,80})[»"“”]/gu;

/** [start, end) document offsets of names. */
export function nameSpans(
  text: string,
  organizations: ReadonlyArray<{ start: number; end: number }>,
): Array<[number, number]> {
  const out: Array<[number, number]> = organizations.map((o) => [o.start, o.end]);
  for (const m of text.matchAll(QUOTED_RE)) {
    const inner = m[1] ?? '';
    if (!/^\p{Lu}/u.test(inner)) continue;
    const before = text
      .slice(Math.max(0, m.index - 25), m.index)
      .split(/[^\p{L}-]+/u)
      .filter(Boolean);
    // "телеграм-бот": the head of a compound is its last part.
    const noun = fold(before.at(-1) ?? '')
      .split('-')
      .at(-1) as string;
    // The noun in any case: "бота", "проекта", "движением" share their stem with the lemma.
    if ([...CUES.nameNouns].some((n) => noun.startsWith(n.length > 4 ? n.slice(0, -1) : n)))
      out.push([m.index, m.index + m[0].length]);
  }
  return out;
}
