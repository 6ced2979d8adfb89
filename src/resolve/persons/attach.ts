/**
 * Weakly named mentions ("Sergey", "И. Соколов", "Павел А.", "Fomin") are not
 * linked pairwise, where one of them could bridge two different people. Each is
 * attached to the one well-named cluster it fits clearly better than any other,
 * looked up through keys specific enough to be cheap; when two clusters fit
 * about equally, or a key matches too many clusters, it is left alone.
 */
import type { Clusters } from './clusters.ts';
import type { Corpus, Prepared } from './prepare.ts';
import { scorePair, type WeightConfig } from './score.ts';

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

/** Beyond this a key is useless (over maxCandidates anyway); stop growing its set. */
const MAX_INDEXED = 1000;

export const DEFAULT_ATTACH: AttachOptions = { maxCandidates: 40, margin: 2, upper: 2, perPerson: 2.4 };

/** One weak mention's outcome: attached to `root`, or a review candidate. */
export interface Attachment {
  record: number;
  /** Best-fitting member of the best cluster. */
  member: number;
  root: number;
  posterior: number;
  attached: boolean;
}

function keysOf(r: Prepared, c: Corpus): string[] {
  const keys: string[] = [];
  const years = Number.isNaN(r.byLo) ? [] : [r.byLo, r.byHi];
  if (r.surname >= 0) {
    keys.push(`S|${r.surname}`, `P|${c.surnamePhonetic[r.surname]}`);
    if (r.unit >= 0) keys.push(`SU|${r.surname}|${r.unit}`);
    for (const y of years) keys.push(`SY|${r.surname}|${y}`);
  }
  for (const g of r.given) {
    if (r.surnameInitial) keys.push(`GI|${g}|${r.surnameInitial}`);
    if (r.unit >= 0) keys.push(`GU|${g}|${r.unit}`);
    if (r.region >= 0) keys.push(`GR|${g}|${r.region}`);
    for (const y of years) {
      keys.push(`GY|${g}|${y}`);
      if (r.unit >= 0) keys.push(`GUY|${g}|${r.unit}|${y}`);
    }
  }
  return keys;
}

/** Index of cluster roots by the keys of their strong members (only keys some weak record asks for). */
function indexClusters(c: Corpus, clusters: Clusters): Map<string, Set<number>> {
  const index = new Map<string, Set<number>>();
  for (const r of c.records) if (!r.strong) for (const k of keysOf(r, c)) index.set(k, new Set());
  for (const r of c.records) {
    if (!r.strong) continue;
    const root = clusters.find(r.idx);
    for (const k of keysOf(r, c)) {
      const set = index.get(k);
      if (set && set.size <= MAX_INDEXED) set.add(root);
    }
  }
  return index;
}

/**
 * Average member weight (average linkage: a mention must fit the whole cluster,
 * not one member), plus log2 of the cluster's size against the average: an
 * often-mentioned person is likelier to be the one meant. -Infinity when a
 * member conflicts.
 */
function clusterScore(
  r: Prepared,
  members: number[],
  c: Corpus,
  w: WeightConfig,
  perPerson: number,
): [number, number] {
  let sum = 0;
  let best = Number.NEGATIVE_INFINITY;
  let bestMember = members[0]!;
  for (const m of members) {
    const s = scorePair(r, c.records[m]!, c, w);
    if (s.conflict) return [Number.NEGATIVE_INFINITY, m];
    sum += s.weight;
    if (s.weight > best) {
      best = s.weight;
      bestMember = m;
    }
  }
  return [sum / members.length + Math.log2(members.length / Math.max(perPerson - 1, 0.5)), bestMember];
}

/** Attaches weak records to strong clusters. Returns every decision above `lower`. */
export function attachWeak(
  c: Corpus,
  clusters: Clusters,
  w: WeightConfig,
  prior: number,
  thresholds: { upper: number; lower: number },
  opts: AttachOptions,
): Attachment[] {
  const index = indexClusters(c, clusters);
  const out: Attachment[] = [];
  for (const r of c.records) {
    if (r.strong) continue;
    const roots = new Set<number>();
    for (const k of keysOf(r, c)) {
      const set = index.get(k);
      if (set && set.size <= opts.maxCandidates) for (const root of set) roots.add(root);
    }
    let best: Attachment | undefined;
    let second = Number.NEGATIVE_INFINITY;
    for (const root of roots) {
      const [score, member] = clusterScore(r, clusters.membersOf(root), c, w, opts.perPerson);
      const posterior = score + prior;
      if (!best || posterior > best.posterior) {
        second = best?.posterior ?? second;
        best = { record: r.idx, member, root, posterior, attached: false };
      } else if (posterior > second) second = posterior;
    }
    if (!best || best.posterior < thresholds.lower) continue;
    best.attached = best.posterior >= opts.upper && best.posterior - second >= opts.margin;
    out.push(best);
  }
  return out;
}
