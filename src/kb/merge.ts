/**
 * How two sightings of the same record (same kind and key, so the same id)
 * become one. The rules are commutative and associative, so records built
 * source by source as reports arrive are the records a full build over the
 * whole corpus gives, whatever order the sources came in. Pure.
 */
import type { KbEntity } from './build.ts';

/** The record `a` and `b` (same id) make together; neither is changed. */
export function mergeEntity(a: KbEntity, b: KbEntity): KbEntity {
  if (a.kind === 'unit') return mergeUnit(a, b);
  // Organisation names differ only in case and spacing under one key: the smaller one names it.
  if (a.kind === 'organization') return b.name < a.name ? b : a;
  // Places and facilities come from the gazetteer: every sighting is the same.
  return a;
}

function mergeUnit(a: KbEntity, b: KbEntity): KbEntity {
  const aliases = [...new Set([...aliasesOf(a), ...aliasesOf(b)])].sort();
  // A unit the gazetteer knows keeps its name; another is named by the smallest way a report wrote it.
  const name = a.data.known ? a.name : unitName(a, b);
  return { ...a, name, data: { ...a.data, aliases } };
}

const aliasesOf = (e: KbEntity) => (Array.isArray(e.data.aliases) ? (e.data.aliases as string[]) : []);

/** A written name beats the bare key; between two written names the smaller wins. */
function unitName(a: KbEntity, b: KbEntity): string {
  const rank = (e: KbEntity) => (e.name === e.key ? 1 : 0);
  if (rank(a) !== rank(b)) return rank(a) < rank(b) ? a.name : b.name;
  return [a.name, b.name].sort()[0]!;
}
