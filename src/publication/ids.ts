/**
 * A published number's id: its group key in one URL-safe string,
 * `type~unit~place~month`, with `all` for a roll-up and `none` for "not
 * stated". Unit keys (`64-brigade`), place ids (`gn:…`, `iso:…`, `t:…`) and
 * months (`2024-03`) can never read `all` or `none`.
 */
import { EventType } from '../claims/schema.ts';
import type { Dim, GroupKey } from '../counts/types.ts';

const enc = (d: Dim) => (d === '*' ? 'all' : d === null ? 'none' : d);
const dec = (s: string): Dim => (s === 'all' ? '*' : s === 'none' ? null : s);
const PART = /^[\p{L}\p{N}:._-]{1,80}$/u;

export function numberId(key: GroupKey): string {
  return [key.type, enc(key.unit), enc(key.place), enc(key.month)].join('~');
}

/** The group key of an id, or null when it is not one. */
export function parseNumberId(id: string): GroupKey | null {
  const parts = id.split('~');
  if (parts.length !== 4 || !parts.every((p) => PART.test(p))) return null;
  const type = EventType.safeParse(parts[0]);
  if (!type.success) return null;
  return { type: type.data, unit: dec(parts[1]!), place: dec(parts[2]!), month: dec(parts[3]!) };
}
