/**
 * The matcher: which reports may concern a case, and why. Given a case's
 * profile, the knowledge-base records it names and the person mentions that
 * may be its man, each source gets the kinds of evidence that point to it
 * (person, unit, place, facility), the claims that carry them, a score and a
 * reason in words. Pure: no store, no clock.
 *
 * The score combines the bases as independent pieces of evidence (noisy-or):
 * each basis alone would make the report about the case with probability w,
 * and the report is unrelated only when every basis is a coincidence.
 */
import { facilityPlace, facilitySite, type KbClaimLink, type KbIndex, type KbRecord } from './knowledge.ts';
import { PERSON_STRONG, type PersonHit } from './persons.ts';
import type { CaseProfile } from './profile.ts';
import { encodeReason, type ReasonPart } from './reason.ts';

export const BASES = ['person', 'unit', 'place', 'facility'] as const;
export type Basis = (typeof BASES)[number];

/**
 * Weight of each basis. A man named as the case names him, with no fact
 * against it, is what a caseworker most needs to see: alone it is a strong
 * suggestion. A name that only may be his (a surname, a name without facts)
 * is a suggestion on its own, but a weak one. The same unit is common to
 * thousands of men: it counts for something only when the report tells of an
 * event in the unit (refusals, detentions), and barely when it only names it.
 * A place is weaker still. A detention site at a place where he was counts
 * more, the more so when it is the kind of site the family named (they often
 * know "the basement in X"): that alone, with its town, is a suggestion.
 */
export const WEIGHTS = {
  personStrong: 0.85,
  personWeak: 0.4,
  unitEvent: 0.3,
  unitMention: 0.12,
  place: 0.12,
  /** The kind of site the family named (or the site record a caseworker chose), at his place. */
  facilityNamed: 0.25,
  /** Another kind of site, or none named, at his place. */
  facilityOther: 0.12,
} as const;

/**
 * A report that names soldiers, none of whom may be the case's man, tells of
 * them: his unit or his town in it is context, not news of him. Its score is
 * scaled by this factor, so that a report of another named man's detention
 * in his unit and town (0.38 · 0.6 ≈ 0.23) is not suggested, while one that
 * also names the kind of site where the family says he was held still is
 * (≈ 0.32): he may have been held with that man.
 */
export const OTHER_MEN_FACTOR = 0.6;

/**
 * Lowest score suggested to a caseworker. Set so that his unit in a report of
 * an event (0.3), the kind of site the family named at his place
 * (1 − 0.88 · 0.75 ≈ 0.34) or a possible name (0.4) each suggest alone, while
 * a mere mention of his unit or his town (0.12), any detention site in his
 * town (≈ 0.23) or both mentions (≈ 0.23) do not: those would flood every
 * case with the whole coverage of his unit or his town.
 */
export const SUGGEST_MIN = 0.3;

/** One report that may concern the case. */
export interface SourceSuggestion {
  sourceId: string;
  /** 0..1, see WEIGHTS. */
  score: number;
  basis: Basis[];
  /** The claims that made the match (sorted). */
  claimIds: string[];
  /** Why, in its stored form (reason.ts encodeReason); it repeats case data, so it is stored encrypted. */
  reason: string;
}

/** The knowledge-base records a profile names, by basis. */
export interface ProfileRecords {
  /** Person records a mention resolved to, with their best hit; `strong` from PERSON_STRONG. */
  persons: { entityId: string; best: PersonHit; strong: boolean; hits: PersonHit[] }[];
  unit: KbRecord | null;
  places: KbRecord[];
  facilities: KbRecord[];
}

/** The records of the knowledge base that the profile names or that its man's name hit. */
export function profileRecords(
  profile: CaseProfile,
  index: KbIndex,
  hits: readonly PersonHit[],
): ProfileRecords {
  const byEntity = new Map<string, PersonHit[]>();
  for (const h of hits) byEntity.set(h.entityId, [...(byEntity.get(h.entityId) ?? []), h]);
  const persons = [...byEntity].map(([entityId, list]) => {
    const best = list.reduce((a, b) => (b.posterior > a.posterior ? b : a));
    return { entityId, best, strong: best.posterior >= PERSON_STRONG, hits: list };
  });
  const placeIds = new Set(profile.places.map((p) => p.id));
  const facilities = new Map<string, KbRecord>();
  for (const ref of profile.refs) {
    const r = index.byId.get(ref);
    if (r?.kind === 'place') placeIds.add(r.key);
    if (r?.kind === 'facility') {
      facilities.set(r.id, r);
      placeIds.add(facilityPlace(r));
    }
  }
  for (const id of placeIds) for (const f of index.facilitiesByPlace.get(id) ?? []) facilities.set(f.id, f);
  const key = profile.unit?.key;
  return {
    persons,
    unit: (key && index.unitByKey.get(key)) || null,
    places: [...placeIds].flatMap((id) => index.placeById.get(id) ?? []),
    facilities: [...facilities.values()],
  };
}

interface Acc {
  sourceId: string;
  duplicateOf: string | null;
  claims: Set<string>;
  /** `elsewhere`: the record's best mention is in another report (this one names him otherwise or not at all). */
  person: { hit: PersonHit; strong: boolean; elsewhere: boolean } | null;
  unit: { name: string; event: boolean } | null;
  places: Set<string>;
  /** Site name → whether it is the kind of site the family named. */
  facilities: Map<string, boolean>;
  /** One of the facilities is the kind of site the family named. */
  siteNamed: boolean;
}

/** The reports that may concern the case, best first (score at least SUGGEST_MIN). */
export function matchCase(
  profile: CaseProfile,
  index: KbIndex,
  hits: readonly PersonHit[],
): SourceSuggestion[] {
  const acc = evidenceBySource(profile, index, profileRecords(profile, index, hits));
  const out = [...acc.values()].flatMap(
    (a) => suggestionOf(profile, a, !a.person && (index.soldiers.get(a.sourceId)?.size ?? 0) > 0) ?? [],
  );
  // A reprint says nothing its original does not: when the original is suggested as strongly, it
  // alone is. (A near-duplicate may still differ where it matters, e.g. in the name it gives.)
  const scoreOf = new Map(out.map((s) => [s.sourceId, s.score]));
  return out
    .filter((s) => {
      const original = acc.get(s.sourceId)?.duplicateOf;
      return !original || (scoreOf.get(original) ?? -1) < s.score;
    })
    .sort((x, y) => y.score - x.score || x.sourceId.localeCompare(y.sourceId));
}

/** What each source has of the profile's records: his person, his unit, his places and sites. */
function evidenceBySource(profile: CaseProfile, index: KbIndex, records: ProfileRecords): Map<string, Acc> {
  const acc = new Map<string, Acc>();
  const at = (sourceId: string, duplicateOf: string | null) => {
    let a = acc.get(sourceId);
    if (!a) {
      a = {
        sourceId,
        duplicateOf,
        claims: new Set(),
        person: null,
        unit: null,
        places: new Set(),
        facilities: new Map(),
        siteNamed: false,
      };
      acc.set(sourceId, a);
    }
    a.duplicateOf ??= duplicateOf;
    return a;
  };
  addPersons(records, index, at);
  const linksOf = (r: KbRecord) => index.links.get(r.id) ?? [];
  if (records.unit) {
    for (const l of linksOf(records.unit)) {
      const a = at(l.sourceId, l.duplicateOf);
      a.claims.add(l.claimId);
      const event = l.claimKind === 'event' || l.claimKind === 'figure';
      a.unit = { name: records.unit.name, event: Boolean(a.unit?.event) || event };
    }
  }
  const named = new Set(profile.facilities.map((f) => `${f.placeId}|${f.site}`));
  const isNamed = (r: KbRecord) =>
    r.kind === 'facility' &&
    (named.has(`${facilityPlace(r)}|${facilitySite(r)}`) || profile.refs.includes(r.id));
  for (const r of [...records.places, ...records.facilities])
    for (const l of linksOf(r)) {
      const a = at(l.sourceId, l.duplicateOf);
      a.claims.add(l.claimId);
      if (r.kind === 'place') a.places.add(r.name);
      else a.facilities.set(r.name, Boolean(a.facilities.get(r.name)) || isNamed(r));
      a.siteNamed ||= isNamed(r);
    }
  return acc;
}

function addPersons(
  records: ProfileRecords,
  index: KbIndex,
  at: (sourceId: string, duplicateOf: string | null) => Acc,
): void {
  for (const p of records.persons) {
    // A record the resolver built from several reports: when he is the case's man, all of them are about him.
    const links: Pick<KbClaimLink, 'sourceId' | 'claimId' | 'duplicateOf'>[] = p.strong
      ? (index.links.get(p.entityId) ?? [])
      : [];
    const mentioned = p.hits.map((h) => ({ sourceId: h.sourceId, claimId: h.claimId, duplicateOf: null }));
    for (const l of [...links, ...mentioned]) {
      const a = at(l.sourceId, l.duplicateOf);
      a.claims.add(l.claimId);
      const own = p.hits.find((h) => h.sourceId === l.sourceId);
      const hit = own ?? p.best;
      if (!a.person || hit.posterior > a.person.hit.posterior)
        a.person = { hit, strong: p.strong, elsewhere: !own };
    }
  }
}

/** The suggestion a source makes, or null below SUGGEST_MIN. */
function suggestionOf(profile: CaseProfile, a: Acc, otherMen: boolean): SourceSuggestion | null {
  const parts: { w: number; part: ReasonPart }[] = [];
  const { person, unit } = a;
  if (person) {
    const w = person.strong ? WEIGHTS.personStrong : WEIGHTS.personWeak;
    parts.push({ w, part: personPart(person.hit, person.strong, person.elsewhere) });
  }
  if (unit) {
    const w = unit.event ? WEIGHTS.unitEvent : WEIGHTS.unitMention;
    const written = profile.unit && profile.unit.written !== unit.name ? profile.unit.written : null;
    parts.push({ w, part: { kind: 'unit', name: unit.name, written, event: unit.event } });
  }
  if (a.places.size > 0)
    parts.push({ w: WEIGHTS.place, part: { kind: 'place', names: [...a.places].sort() } });
  if (a.facilities.size > 0) {
    const w = a.siteNamed ? WEIGHTS.facilityNamed : WEIGHTS.facilityOther;
    const sites = [...a.facilities]
      .sort(([x], [y]) => x.localeCompare(y))
      .map(([name, named]) => ({ name, named }));
    parts.push({ w, part: { kind: 'facility', sites } });
  }
  const score = (1 - parts.reduce((p, x) => p * (1 - x.w), 1)) * (otherMen ? OTHER_MEN_FACTOR : 1);
  if (score < SUGGEST_MIN) return null;
  const reasons = parts.map((p) => p.part);
  if (otherMen) reasons.push({ kind: 'otherMen' });
  return {
    sourceId: a.sourceId,
    score: Math.round(score * 1000) / 1000,
    basis: BASES.filter((b) => reasons.some((p) => p.kind === b)),
    claimIds: [...a.claims].sort(),
    reason: encodeReason(reasons),
  };
}

/** The person part: the name as the report writes it, and which of its facts agree with the case. */
function personPart(hit: PersonHit, strong: boolean, elsewhere: boolean): ReasonPart {
  const fields = hit.evidence.flatMap((e) =>
    e.outcome === 'missing' || e.field === 'gender' ? [] : [{ field: e.field, outcome: e.outcome }],
  );
  return { kind: 'person', name: hit.name, strength: strong ? 'likely' : 'possible', fields, elsewhere };
}
