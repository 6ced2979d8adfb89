/**
 * Who a Russian event is about, as far as cheap rules tell: the named soldiers
 * (and people of no known role) in its sentence, or, when it names nobody and
 * it has a singular pronoun ("он", "его", "она"; Russian word order puts it
 * before or after the verb), the one
 * person named in the two sentences before. Relatives, lawyers, officials and
 * journalists tell or act on the story; they are not who it happened to. Used
 * only to recognise one occurrence told twice, never shown.
 */
import type { PersonMention, PersonRole } from '../../../claims/schema.ts';
import { fold } from '../morph.ts';
import type { Token } from './tokens.ts';

// Roles of the people events in this field happen to; the others tell or act on the story.
const SUBJECT_ROLES: ReadonlySet<PersonRole> = new Set(['soldier', 'commander', 'other']);
const PRONOUNS: readonly string[] = ['он', 'она'];
const CAPITAL_RE = /^\p{Lu}/u;

/** A person by the stem of the last word of the name: case endings vary ("Волков", "Волкова", "Волкову"). */
interface NameStem {
  key: string;
  stem: string;
}

function stemsOf(people: readonly PersonMention[]): NameStem[] {
  const out: NameStem[] = [];
  for (const p of people) {
    if (!SUBJECT_ROLES.has(p.role)) continue;
    const last = p.mention.split(/\s+/).at(-1) ?? '';
    if (last.length < 3) continue;
    const key = fold(last);
    out.push({ key, stem: key.slice(0, Math.max(3, key.length - 2)) });
  }
  return out;
}

/** The people an event is about, by sentence: a finder built once per document. */
export function participantFinder(people: readonly PersonMention[]) {
  const stems = stemsOf(people);
  const named = (tokens: readonly Token[], text: string): Set<string> => {
    const found = new Set<string>();
    if (!stems.length) return found;
    for (const t of tokens) {
      if (!CAPITAL_RE.test(text.slice(t.start, t.end))) continue;
      for (const s of stems) if (t.form.startsWith(s.stem)) found.add(s.key);
    }
    return found;
  };
  return {
    named,
    /** The participants of the events of sentence `index`. */
    of(sentences: ReadonlyArray<{ tokens: readonly Token[]; text: string }>, index: number) {
      const here = sentences[index];
      if (!here) return new Set<string>();
      const found = named(here.tokens, here.text);
      if (found.size) return found;
      const pronoun = here.tokens.some((t) => PRONOUNS.some((p) => t.lemmas.has(p)));
      if (!pronoun) return found;
      for (let i = index - 1; i >= Math.max(0, index - 2); i--) {
        const before = sentences[i];
        if (!before) continue;
        const people = named(before.tokens, before.text);
        if (people.size === 1) return people;
        if (people.size > 1) return new Set<string>();
      }
      return found;
    },
  };
}
