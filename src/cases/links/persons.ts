/**
 * Is a man named in a report the case's man? The case's profile is compared
 * with every person mention of the knowledge base by the person resolver's
 * own Fellegi–Sunter scorer (src/resolve/persons): the same name parsing
 * across scripts and transliterations (Каминский ~ Kaminskiy ~ Kaminsky,
 * Артём ~ Artyom ~ Тёма), the same frequency weights (a rare surname agreeing
 * says more than a common one), birth year, unit and region, and the same
 * prior and thresholds it uses to merge two mentions. Pure.
 */
import type { NameLexicon } from '../../resolve/names/lexicon.ts';
import type { Mention } from '../../resolve/persons/mention.ts';
import { type Corpus, type Prepared, prepareMentions } from '../../resolve/persons/prepare.ts';
import type { RegionNormalizer } from '../../resolve/persons/region.ts';
import { DEFAULT_WEIGHTS, type Evidence, scorePair } from '../../resolve/persons/score.ts';
import { freqTables } from '../../resolve/persons/weights.ts';
import type { CaseProfile } from './profile.ts';

/** One person mention of the knowledge base, with what its sentence says about him when known. */
export interface KbPersonMention {
  claimId: string;
  sourceId: string;
  /** The person record it was resolved to. */
  entityId: string;
  name: string;
  age?: number | null;
  /** Unit key ("64-brigade"). */
  unit?: string | null;
  region?: string | null;
  /** The report's date (YYYY, YYYY-MM or YYYY-MM-DD). */
  date?: string | null;
}

export interface NameDeps {
  lexicon: NameLexicon;
  region: RegionNormalizer;
}

/** A mention that may be the case's man. */
export interface PersonHit {
  claimId: string;
  sourceId: string;
  entityId: string;
  /** The name as the report writes it. */
  name: string;
  /** Log2 posterior odds that the mention is the case's man. */
  posterior: number;
  evidence: Evidence[];
}

/**
 * Posterior (bits) from which a mention is taken to be the case's man: the
 * resolver's own merge threshold (odds of 2 to 1), so a case and a report are
 * joined on exactly the evidence that would join two reports.
 */
export const PERSON_STRONG = 1;
/**
 * Posterior (bits) from which a mention may be him: the resolver's review
 * threshold. Below it the names agree no better than chance in a corpus of
 * this size (a common surname alone); such a mention is not shown.
 */
export const PERSON_WEAK = -4;
/** Expected mentions per person, as the resolver's prior assumes (src/resolve/persons/resolve.ts). */
const MENTIONS_PER_PERSON = 2.4;

/** Mentions and profiles prepared together, so frequency weights count both. */
interface Prepared2 {
  corpus: Corpus;
  /** Records of the mentions, by surname id. */
  bySurname: Map<number, Prepared[]>;
  /** Record of each profile (undefined without a name). */
  profiles: (Prepared | undefined)[];
  prior: number;
}

function prepare(profiles: readonly CaseProfile[], mentions: readonly KbPersonMention[], deps: NameDeps) {
  const input: Mention[] = mentions.map((m) => ({
    id: m.claimId,
    name: m.name,
    age: m.age ?? null,
    unit: m.unit ?? null,
    region: m.region ?? null,
    date: m.date ?? null,
  }));
  const first = input.length;
  for (const p of profiles) {
    // A profile stands for one more mention; its birth year is set below, not derived from an age.
    input.push({
      id: `case:${p.caseId}`,
      name: p.name ?? '',
      unit: p.unit?.key ?? null,
      region: p.regionName,
    });
  }
  const corpus = prepareMentions(input, deps.lexicon, deps.region);
  const bySurname = new Map<number, Prepared[]>();
  for (const r of corpus.records.slice(0, mentions.length)) {
    if (r.surname < 0) continue;
    const list = bySurname.get(r.surname);
    if (list) list.push(r);
    else bySurname.set(r.surname, [r]);
  }
  const records = profiles.map((p, i) => {
    const r = p.name ? corpus.records[first + i] : undefined;
    if (r && p.birthYear !== null) {
      r.byLo = p.birthYear;
      r.byHi = p.birthYear;
    }
    return r;
  });
  const prior = Math.log2((MENTIONS_PER_PERSON - 1) / Math.max(mentions.length, 2));
  return { corpus, bySurname, profiles: records, prior } satisfies Prepared2;
}

/** Mention records whose surname is the profile's or a typo of it (the only ones worth scoring). */
function candidates(p: Prepared2, record: Prepared | undefined): Prepared[] {
  if (!record || record.surname < 0) return [];
  const index = freqTables(p.corpus, DEFAULT_WEIGHTS).neighbours;
  const out = [...(p.bySurname.get(record.surname) ?? [])];
  for (let e = index.start[record.surname]!; e < index.start[record.surname + 1]!; e++)
    out.push(...(p.bySurname.get(index.neighbours[e]!) ?? []));
  return out;
}

/**
 * Claim ids of the mentions whose name may be a profile's: the surname agrees
 * (exactly or as a typo) and no other part of the name rules him out (another
 * given name or patronymic). Only these are worth reading their sentences
 * for age, unit and region before the full comparison.
 */
export function nameCandidates(
  profiles: readonly CaseProfile[],
  mentions: readonly KbPersonMention[],
  deps: NameDeps,
): Set<string> {
  const p = prepare(profiles, mentions, deps);
  const out = new Set<string>();
  for (const r of p.profiles)
    for (const c of candidates(p, r))
      if (!scorePair(r!, c, p.corpus, DEFAULT_WEIGHTS).conflict) out.add(mentions[c.idx]!.claimId);
  return out;
}

/**
 * For each profile (same order), the mentions that may be its man: posterior
 * at least PERSON_WEAK and no disagreement that rules him out (another given
 * name, birth years two or more apart, another gender). Best first.
 */
export function comparePersons(
  profiles: readonly CaseProfile[],
  mentions: readonly KbPersonMention[],
  deps: NameDeps,
): PersonHit[][] {
  const p = prepare(profiles, mentions, deps);
  return p.profiles.map((record) => {
    const hits: PersonHit[] = [];
    for (const c of candidates(p, record)) {
      const evidence: Evidence[] = [];
      const s = scorePair(record!, c, p.corpus, DEFAULT_WEIGHTS, evidence);
      const posterior = s.weight + p.prior;
      if (s.conflict || posterior < PERSON_WEAK) continue;
      const m = mentions[c.idx]!;
      hits.push({
        claimId: m.claimId,
        sourceId: m.sourceId,
        entityId: m.entityId,
        name: m.name,
        posterior,
        evidence,
      });
    }
    return hits.sort((a, b) => b.posterior - a.posterior || a.claimId.localeCompare(b.claimId));
  });
}
