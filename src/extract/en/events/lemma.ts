/**
 * A small English inflector: every form of a lemma, generated forward from
 * regular spelling rules and the irregular-verb table in
 * data/extract/en/inflections.json. The event lexicon lists lemmas (detain,
 * flee, mobilise); matching runs on the forms (detains, detained, detaining,
 * fled, mobilized), so the lexicon never spells out inflections.
 */
import inflections from '../../../../data/extract/en/inflections.json' with { type: 'json' };

/** Part of speech of a lexicon word: verb (all inflections), noun (singular, plural) or a literal word. */
export type Pos = 'v' | 'n' | 'w';

const IRREGULAR = inflections.irregular as unknown as Record<string, [string, string]>;
const DOUBLE = new Set(inflections.double);
const VOWEL = /[aeiou]/;

/** British and American spellings of -ise/-ize words ("mobilise", "mobilization"). */
function spellings(word: string): string[] {
  const swapped = word.replace(/is(e|ation|ing|ed|es)$/u, 'iz$1').replace(/yse$/u, 'yze');
  const other = word.replace(/iz(e|ation|ing|ed|es)$/u, 'is$1').replace(/yze$/u, 'yse');
  return [...new Set([word, swapped, other])];
}

/** Does the verb double its final consonant before -ed/-ing (stop → stopped, admit → admitted)? */
function doubles(verb: string): boolean {
  if (DOUBLE.has(verb)) return true;
  const vowelGroups = verb.match(/[aeiou]+/g)?.length ?? 0;
  return vowelGroups === 1 && /[^aeiou][aeiou][^aeiouwxy]$/u.test(verb);
}

/** Third person singular: flee → flees, push → pushes, deny → denies. */
function thirdPerson(verb: string): string {
  if (/(?:s|x|z|ch|sh|o)$/u.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/u.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

/** Regular past: detain → detained, free → freed, deny → denied, stop → stopped. */
function regularPast(verb: string): string[] {
  if (verb.endsWith('e')) return [`${verb}d`];
  if (/[^aeiou]y$/u.test(verb)) return [`${verb.slice(0, -1)}ied`];
  const out = [doubles(verb) ? `${verb}${verb.at(-1)}ed` : `${verb}ed`];
  // British doubles a final l after a vowel (travelled, cancelled).
  if (/[aeiou]l$/u.test(verb)) out.push(`${verb}led`);
  return out;
}

/** Present participle: flee → fleeing, die → dying, leave → leaving, stop → stopping. */
function participle(verb: string): string[] {
  if (verb.endsWith('ie')) return [`${verb.slice(0, -2)}ying`];
  if (/[^eoy]e$/u.test(verb)) return [`${verb.slice(0, -1)}ing`];
  const out = [doubles(verb) ? `${verb}${verb.at(-1)}ing` : `${verb}ing`];
  if (/[aeiou]l$/u.test(verb)) out.push(`${verb}ling`);
  return out;
}

function verbForms(verb: string): string[] {
  const irregular = IRREGULAR[verb];
  const past = irregular ? irregular.flatMap((f) => f.split('|')) : regularPast(verb);
  return [verb, thirdPerson(verb), ...past, ...participle(verb)];
}

/** The past tense and past participle forms of a verb (detained, held, mobilised/mobilized). */
export function pastForms(verb: string): string[] {
  const one = (v: string) => {
    const irregular = IRREGULAR[v];
    return irregular ? irregular.flatMap((f) => f.split('|')) : regularPast(v);
  };
  return [...new Set(spellings(verb.toLowerCase()).flatMap(one))];
}

/** The simple-present forms of a verb (detain, detains; mobilise, mobilize, mobilises, ...). */
export function presentForms(verb: string): string[] {
  return [...new Set(spellings(verb.toLowerCase()).flatMap((v) => [v, thirdPerson(v)]))];
}

/** Plural of a noun: case → cases, casualty → casualties, man → men is listed as its own word. */
function plural(noun: string): string {
  if (/(?:s|x|z|ch|sh)$/u.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/u.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/** Every form of a lexicon word, lower case, both -ise/-ize spellings. */
export function formsOf(word: string, pos: Pos): string[] {
  const one = (base: string): string[] => {
    if (pos === 'v') return verbForms(base);
    if (pos === 'n') return VOWEL.test(base) ? [base, plural(base)] : [base];
    return [base];
  };
  return [...new Set(spellings(word.toLowerCase()).flatMap(one))];
}
