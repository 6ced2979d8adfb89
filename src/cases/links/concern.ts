/**
 * Which cases a knowledge-base update can concern, so that only their
 * suggestions are refreshed: a case whose unit, places or record references
 * the new reports name, whose man's name a touched mention may be (the
 * matcher's own name candidates: surname or a typo of it, nothing ruling him
 * out), or that has a pending suggestion of a touched report (it may have to
 * be withdrawn). Pure.
 */
import type { LoadedCase } from './load.ts';
import { type KbPersonMention, type NameDeps, nameCandidates } from './persons.ts';

/** What an update touched. */
export interface Touched {
  /** Unit keys, gazetteer place ids (of places and facilities) and record ids the new reports link to. */
  unitKeys: ReadonlySet<string>;
  placeIds: ReadonlySet<string>;
  entityIds: ReadonlySet<string>;
  /** Person mentions of the new reports and of every person record that changed. */
  mentions: readonly KbPersonMention[];
  /** The new reports and the reports of every person record that changed. */
  sourceIds: ReadonlySet<string>;
}

/** The cases `touched` can concern, in their order. `pending` gives each case's pending suggestions' sources. */
export function concernedCases(
  cases: readonly LoadedCase[],
  touched: Touched,
  pending: ReadonlyMap<string, readonly string[]>,
  names: NameDeps,
): LoadedCase[] {
  return cases.filter((c) => {
    const p = c.profile;
    if (p.unit?.key && touched.unitKeys.has(p.unit.key)) return true;
    if (p.places.some((x) => touched.placeIds.has(x.id))) return true;
    if (p.facilities.some((x) => touched.placeIds.has(x.placeId))) return true;
    if (p.refs.some((r) => touched.entityIds.has(r))) return true;
    if ((pending.get(p.caseId) ?? []).some((s) => touched.sourceIds.has(s))) return true;
    return (
      p.name !== null && touched.mentions.length > 0 && nameCandidates([p], touched.mentions, names).size > 0
    );
  });
}
