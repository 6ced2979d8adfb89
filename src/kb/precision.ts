/**
 * Precision codes as ACLED uses them, so maps and timelines show how exact a
 * point is. Geography: 1 a named town or village, 2 near a town (or a part of
 * a region), 3 a whole region or wider territory. Time: 1 a day, 2 a week or a
 * month, 3 a year or vaguer (including no date, or a day of an unknown year).
 */
import type { Place } from '../gazetteer/types.ts';

/** Geographic precision of a point at a place of this kind; `near` when the text says near/outside/north of it. */
export function geoPrecision(kind: Place['kind'], near: boolean): 1 | 2 | 3 {
  if (kind === 'region' || kind === 'territory') return 3;
  return near ? 2 : 1;
}

/** Time precision of a partial ISO date; `weekCue` when the sentence places it only within a week. */
export function timePrecision(date: string | null, weekCue = false): 1 | 2 | 3 {
  if (!date || date.startsWith('--')) return 3;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return weekCue ? 2 : 1;
  if (/^\d{4}-\d{2}$/.test(date)) return 2;
  return 3;
}

/** YYYY-MM of a partial date, or null when the year or month is unknown. */
export function monthOf(date: string | null): string | null {
  const m = date ? /^(\d{4}-\d{2})/.exec(date) : null;
  return m ? m[1]! : null;
}

/** True when `lowerText` contains one of `cues` as whole words. */
export function hasCue(lowerText: string, cues: readonly string[]): boolean {
  const letter = /[\p{L}\p{N}]/u;
  return cues.some((cue) => {
    for (let at = lowerText.indexOf(cue); at >= 0; at = lowerText.indexOf(cue, at + 1)) {
      const before = lowerText[at - 1];
      const after = lowerText[at + cue.length];
      if ((before === undefined || !letter.test(before)) && (after === undefined || !letter.test(after)))
        return true;
    }
    return false;
  });
}
