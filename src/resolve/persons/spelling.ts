/**
 * Whether two different skeletons of a name part may be one name misspelt:
 * within typo distance, or one reading Latin "x" as х where the other has кс.
 */
import { isTypo } from '../names/distance.ts';
import { differentFormants } from '../names/formants.ts';

/**
 * Whether two different skeletons of one name part are within typo distance.
 * Cheap rejects first: the length gap, and the first and last letters (one or
 * two typos rarely change both).
 */
export function nearSpelling(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  const ends =
    a.charCodeAt(0) === b.charCodeAt(0) || a.charCodeAt(a.length - 1) === b.charCodeAt(b.length - 1);
  if (ends && isTypo(a, b)) return true;
  // Latin "x" is х in GOST 7.79 B (Zaxarov) but кс in English (Maximov): the skeleton keeps
  // "ks", so a "ks" may also be an "h".
  return (a.includes('ks') || b.includes('ks')) && a !== b && xAsKh(a) === xAsKh(b);
}

/** Surnames within typo distance that do not end in different formants (Petrov is no typo of Petruk). */
export function nearSurname(a: string, b: string): boolean {
  return nearSpelling(a, b) && !differentFormants(a, b);
}

/** The skeleton with every "ks" read as х (see nearSpelling). */
export function xAsKh(skeleton: string): string {
  return skeleton.replace(/ks/g, 'h');
}
