/**
 * A case's profile: what the matcher compares with the knowledge base,
 * derived from the case's decrypted fields. The family writes the unit and
 * the places its own way ("64 ОМСБр", "в/ч 51460", "Брянка", "подвал в
 * Брянке"): they are resolved here with the same gazetteers the extractor
 * uses, so a case and a report meet on the same keys. Pure: the gazetteers
 * are passed in. The name stays as written; the person comparison parses it.
 */
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import { hasCue } from '../../kb/precision.ts';
import type { UnitGazetteer } from '../../kb/units/gazetteer.ts';

/** The case's fields as stored (decrypted), the input of a profile. */
export interface CaseFacts {
  caseId: string;
  personName: string | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  birthDate: string | null;
  /** The unit as written. */
  unit: string | null;
  /** ISO 3166-2 code (RU-BU). */
  region: string | null;
  /** Whereabouts as written, with the record they were resolved to when a caseworker chose one. */
  whereabouts: readonly { place: string; placeRef: string | null }[];
}

export interface CaseProfile {
  caseId: string;
  /** The man's name as written (null for a group case or a case without a name). */
  name: string | null;
  birthYear: number | null;
  /** The unit as written and the unit gazetteer key it resolves to (null when it does not). */
  unit: { written: string; key: string | null } | null;
  /** The home region's English name from the gazetteer (Buryatia), for the person comparison. */
  regionName: string | null;
  /** Gazetteer places of the whereabouts. */
  places: { id: string; name: string }[];
  /** Detention sites named in the whereabouts ("basement in Bryanka"): place id and kind of site. */
  facilities: { placeId: string; site: string }[];
  /** Place references that are not gazetteer ids (knowledge-base record ids), resolved by the matcher. */
  refs: string[];
}

export interface ProfileDeps {
  places: Gazetteer;
  units: UnitGazetteer;
  /** Site kind → words naming it (data/units/facility-sites.json). */
  sites: Readonly<Record<string, readonly string[]>>;
}

/** The profile of one case. */
export function buildProfile(facts: CaseFacts, deps: ProfileDeps): CaseProfile {
  const year = facts.birthDate ? /^(\d{4})/.exec(facts.birthDate)?.[1] : undefined;
  const unit = facts.unit?.trim() || null;
  const region = facts.region ? deps.places.get(`iso:${facts.region}`) : undefined;
  const places = new Map<string, { id: string; name: string }>();
  const facilities = new Map<string, { placeId: string; site: string }>();
  const refs: string[] = [];
  for (const w of facts.whereabouts) {
    const ref = w.placeRef?.trim();
    const byRef = ref ? deps.places.get(ref) : undefined;
    if (ref && !byRef) refs.push(ref);
    const found = byRef ? [byRef] : placesIn(deps.places, w.place);
    const site = siteOf(deps.sites, w.place);
    for (const p of found) {
      places.set(p.id, { id: p.id, name: p.name });
      if (site) facilities.set(`${p.id}|${site}`, { placeId: p.id, site });
    }
  }
  return {
    caseId: facts.caseId,
    name: facts.personName?.trim() || null,
    birthYear: year ? Number(year) : null,
    unit: unit ? { written: unit, key: deps.units.resolveName(unit) } : null,
    regionName: region?.kind === 'region' ? region.name : null,
    places: [...places.values()],
    facilities: [...facilities.values()],
    refs,
  };
}

/** The place a whole name stands for ("Брянка"), else the places a phrase names ("подвал в Брянке"). */
function placesIn(g: Gazetteer, written: string) {
  const whole = g.lookup(written)[0];
  if (whole) return [whole];
  return g.findInText(written).map((m) => m.place);
}

/** The kind of detention site a phrase names, if any. */
function siteOf(sites: ProfileDeps['sites'], written: string): string | null {
  const lower = written.toLowerCase();
  for (const [site, words] of Object.entries(sites)) if (hasCue(lower, words)) return site;
  return null;
}
