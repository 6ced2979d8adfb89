/**
 * Weakly named mentions ("Sergey", "И. Соколов", "Павел А.", "Fomin") are not
 * linked pairwise to well-named ones, where one of them could bridge two
 * different people. Each is attached to the one well-named cluster it fits
 * clearly better than any other, scored against the cluster as a whole and
 * looked up through integer keys specific enough to be cheap (a surname no
 * cluster has as written also looks at its typo neighbours); when two clusters
 * fit about equally, or a key matches too many clusters, it is left alone.
 */
import type { Clusters } from './clusters.ts';
import type { Corpus, Prepared } from './prepare.ts';
import { FIELDS, fieldWeights, type WeightConfig } from './score.ts';
import { type SurnameIndex, surnameIndex } from './surnames.ts';

export interface AttachOptions {
  /** Keys shared by more clusters than this are too ambiguous to use. */
  maxCandidates: number;
  /** The best cluster must beat the second by this many bits. */
  margin: number;
  /**
   * Posterior (bits) a weak mention needs to join the one cluster it fits. Lower
   * than the pair threshold because the margin test already rules out the
   * mentions that could be someone else present in the input.
   */
  upper: number;
  /** Expected mentions per person (as for the prior). */
  perPerson: number;
}

export const DEFAULT_ATTACH: AttachOptions = { maxCandidates: 40, margin: 3, upper: 1.5, perPerson: 2.4 };

/** One weak mention's outcome: attached to `root`, or a review candidate. */
export interface Attachment {
  record: number;
  /** Best-fitting member of the best cluster. */
  member: number;
  root: number;
  posterior: number;
  attached: boolean;
}

/** Key kinds: what a weak record and a cluster member must share to make the cluster a candidate. */
enum Kind {
  Surname,
  SurnameUnit,
  SurnameYear,
  GivenSurnameInitial,
  GivenUnit,
  GivenRegion,
  GivenYear,
  GivenUnitYear,
}

/** Integer key: kind (4 bits), a (< 2^23), b (< 2^26). */
function key(kind: Kind, a: number, b: number): number {
  return (kind * 0x800000 + a) * 0x4000000 + b;
}

const yearSlot = (y: number) => Math.min(Math.max(y - 1800, 0), 511);

/** Writes the record's keys into `out` (reused, so the hot loop allocates nothing); returns how many. */
function keysOf(r: Prepared, out: number[]): number {
  let k = 0;
  const hasYear = !Number.isNaN(r.byLo);
  if (r.surname >= 0) {
    out[k++] = key(Kind.Surname, r.surname, 0);
    if (r.unit >= 0) out[k++] = key(Kind.SurnameUnit, r.surname, r.unit);
    if (hasYear) {
      out[k++] = key(Kind.SurnameYear, r.surname, yearSlot(r.byLo));
      out[k++] = key(Kind.SurnameYear, r.surname, yearSlot(r.byHi));
    }
  }
  for (const g of r.given) {
    if (r.surnameInitial) out[k++] = key(Kind.GivenSurnameInitial, g, r.surnameInitial.charCodeAt(0));
    if (r.unit >= 0) out[k++] = key(Kind.GivenUnit, g, r.unit);
    if (r.region >= 0) out[k++] = key(Kind.GivenRegion, g, r.region);
    if (!hasYear) continue;
    for (const y of [r.byLo, r.byHi]) {
      out[k++] = key(Kind.GivenYear, g, yearSlot(y));
      if (r.unit >= 0 && r.unit < 0x20000) out[k++] = key(Kind.GivenUnitYear, g, r.unit * 512 + yearSlot(y));
    }
  }
  return k;
}

/** Neighbours looked up per weak surname: typo neighbours beyond this are too many to mean much. */
const MAX_NEIGHBOURS = 20;

/**
 * A weak record's keys: its own, plus (when `neighbours`) the surname keys of
 * its surname's typo neighbours.
 */
function queryKeys(r: Prepared, surnames: SurnameIndex, out: number[], neighbours = true): number {
  let k = keysOf(r, out);
  if (r.surname < 0 || !neighbours) return k;
  const from = surnames.start[r.surname]!;
  const to = Math.min(surnames.start[r.surname + 1]!, from + MAX_NEIGHBOURS);
  for (let e = from; e < to; e++) out[k++] = key(Kind.Surname, surnames.neighbours[e]!, 0);
  return k;
}

/**
 * Cluster roots by the keys of their strong members, only for keys some weak
 * record asks for, and at most `cap` roots a key: a key shared by more is too
 * ambiguous to use, so its full list is never needed.
 */
function indexClusters(
  c: Corpus,
  clusters: Clusters,
  surnames: SurnameIndex,
  cap: number,
): Map<number, readonly number[]> {
  const index = new Map<number, readonly number[]>();
  const scratch: number[] = [];
  for (const r of c.records) {
    if (r.strong) continue;
    const count = queryKeys(r, surnames, scratch);
    for (let i = 0; i < count; i++) if (!index.has(scratch[i]!)) index.set(scratch[i]!, NONE);
  }
  for (const r of c.records) {
    if (!r.strong) continue;
    const root = clusters.find(r.idx);
    const count = keysOf(r, scratch);
    for (let i = 0; i < count; i++) {
      const roots = index.get(scratch[i]!);
      if (roots === undefined) continue;
      // Most asked-for keys never meet a strong record: they share one empty list until one does.
      if (roots === NONE) index.set(scratch[i]!, [root]);
      else if (roots.length <= cap && !roots.includes(root)) (roots as number[]).push(root);
    }
  }
  return index;
}

const NONE: readonly number[] = Object.freeze([]);

/**
 * How well a weak record fits a cluster as a whole: per field, the strongest
 * agreement with any member (or, when none agrees, the strongest disagreement),
 * summed. A cluster knows more than any one of its members ("Sergey, 34,
 * 200-brigade" may agree with one member on the age and another on the unit),
 * and a conflict with any member rules the cluster out (-Infinity). Plus log2 of
 * the cluster's size against the average: an often-mentioned person is likelier
 * to be the one meant.
 */
function clusterScore(
  r: Prepared,
  members: number[],
  c: Corpus,
  w: WeightConfig,
  perPerson: number,
  out: { member: number },
): number {
  agree.fill(0);
  against.fill(0);
  let bestPair = Number.NEGATIVE_INFINITY;
  out.member = members[0]!;
  for (const m of members) {
    if (!fieldWeights(r, c.records[m]!, c, w, pair)) {
      out.member = m;
      return Number.NEGATIVE_INFINITY;
    }
    let total = 0;
    for (let f = 0; f < pair.length; f++) {
      const x = pair[f]!;
      total += x;
      if (x > agree[f]!) agree[f] = x;
      else if (x < against[f]!) against[f] = x;
    }
    if (total > bestPair) {
      bestPair = total;
      out.member = m;
    }
  }
  let sum = 0;
  for (let f = 0; f < pair.length; f++) sum += agree[f]! > 0 ? agree[f]! : against[f]!;
  return sum + Math.log2(members.length / Math.max(perPerson - 1, 0.5));
}

const pair = new Float64Array(FIELDS.length);
const agree = new Float64Array(FIELDS.length);
const against = new Float64Array(FIELDS.length);

/** Attaches weak records to strong clusters. Returns every decision above `lower`. */
export function attachWeak(
  c: Corpus,
  clusters: Clusters,
  w: WeightConfig,
  prior: number,
  thresholds: { upper: number; lower: number },
  opts: AttachOptions,
): Attachment[] {
  const surnames = surnameIndex(c);
  const index = indexClusters(c, clusters, surnames, opts.maxCandidates);
  const out: Attachment[] = [];
  const scratch: number[] = [];
  const roots: number[] = [];
  // stamp[root] === record + 1 when root is already a candidate of this record.
  const stamp = new Int32Array(c.records.length);
  for (const r of c.records) {
    if (r.strong) continue;
    roots.length = 0;
    // Typo neighbours only for a surname no well-named cluster has as written (Zaxarov for
    // Захаров): otherwise they multiply the candidates of common names for little gain.
    const known = r.surname >= 0 && (index.get(key(Kind.Surname, r.surname, 0))?.length ?? 0) > 0;
    const count = queryKeys(r, surnames, scratch, !known);
    for (let i = 0; i < count; i++) {
      const set = index.get(scratch[i]!);
      if (!set || set.length > opts.maxCandidates) continue;
      for (const root of set) {
        if (stamp[root] === r.idx + 1) continue;
        stamp[root] = r.idx + 1;
        roots.push(root);
      }
    }
    const best = bestCluster(r, roots, c, clusters, w, prior, opts);
    if (!best || best.posterior < thresholds.lower) continue;
    best.attached = best.posterior >= opts.upper && best.posterior - best.second >= opts.margin;
    out.push(best);
  }
  return out;
}

/** The best-fitting candidate cluster, with the posterior of the runner-up. */
function bestCluster(
  r: Prepared,
  roots: number[],
  c: Corpus,
  clusters: Clusters,
  w: WeightConfig,
  prior: number,
  opts: AttachOptions,
): (Attachment & { second: number }) | undefined {
  let bestRoot = -1;
  let bestMember = -1;
  let best = Number.NEGATIVE_INFINITY;
  let second = Number.NEGATIVE_INFINITY;
  const fit = { member: -1 };
  for (const root of roots) {
    const posterior = clusterScore(r, clusters.membersOf(root), c, w, opts.perPerson, fit) + prior;
    if (bestRoot < 0 || posterior > best) {
      second = best;
      best = posterior;
      bestRoot = root;
      bestMember = fit.member;
    } else if (posterior > second) second = posterior;
  }
  if (bestRoot < 0) return undefined;
  return { record: r.idx, member: bestMember, root: bestRoot, posterior: best, attached: false, second };
}
