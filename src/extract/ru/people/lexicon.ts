/** Russian role words, kinship nouns, founder verbs, nickname cues and officials (data/extract/ru/people.json), indexed by folded lemma. */
import people from '../../../../data/extract/ru/people.json' with { type: 'json' };
import type { PersonRole } from '../../../claims/schema.ts';
import { fold } from '../morph.ts';

/** Role word lemma → role (kinship nouns included: relative or soldier). */
export const ROLE_WORDS: ReadonlyMap<string, PersonRole> = new Map([
  ...Object.entries(people.roles).flatMap(([role, list]) =>
    list.map((w) => [fold(w), role as PersonRole] as const),
  ),
  ...people.kin.relative.map((w) => [fold(w), 'relative' as PersonRole] as const),
  ...people.kin.soldierKin.map((w) => [fold(w), 'soldier' as PersonRole] as const),
]);

/** Kinship noun lemmas: their gender must agree with a name in apposition. */
export const KIN_WORDS: ReadonlySet<string> = new Set(
  [...people.kin.relative, ...people.kin.soldierKin].map(fold),
);

/** Kinship noun lemmas naming the soldier of a family ("сын", "муж"). */
export const SOLDIER_KIN: ReadonlySet<string> = new Set(people.kin.soldierKin.map(fold));

/** Verb lemmas whose subject takes the role of the organisation after them ("основал фонд"). */
export const FOUNDER_VERBS: ReadonlySet<string> = new Set(people.founderVerbs.map(fold));

/** Lemma sequences before a nickname ("по прозвищу", "с позывным"). */
export const NICKNAME_CUES: readonly (readonly string[])[] = people.nicknameCues.map((c) => c.map(fold));

/** Surnames (lemma) of officials named without a title. */
export const OFFICIALS: ReadonlySet<string> = new Set(people.officials.map(fold));
