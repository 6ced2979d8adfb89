/**
 * Person resolution: which mentions are the same person. Pure: the name
 * lexicon and region normaliser are passed in, nothing is read or logged.
 *
 * 1. prepare: parse names, intern values, birth-year intervals;
 * 2. link well-named mentions: blocked candidate pairs, Fellegi–Sunter
 *    weights plus a prior for the input size, union of confident links in
 *    descending order unless members conflict;
 * 3. attach weakly named mentions to the single cluster they clearly fit,
 *    judged against what the cluster's members know together;
 * 4. link the weak mentions that fit no cluster among themselves (same given
 *    name and surname or typo neighbours; a first name alone with its facts);
 * 5. pairs between the lower and upper threshold become review candidates
 *    (the likeliest `maxReview`).
 */
import type { NameLexicon } from '../names/lexicon.ts';
import { type AttachOptions, attachWeak, DEFAULT_ATTACH } from './attach.ts';
import { type BlockingOptions, DEFAULT_BLOCKING, forEachCandidatePair } from './blocking.ts';
import { Clusters } from './clusters.ts';
import type { Mention } from './mention.ts';
import { PairList } from './pairs.ts';
import { type Corpus, type Prepared, prepareMentions } from './prepare.ts';
import type { RegionNormalizer } from './region.ts';
import { DEFAULT_WEIGHTS, type Evidence, pairWeight, scorePair, type WeightConfig } from './score.ts';

export interface ResolveOptions {
  lexicon: NameLexicon;
  region: RegionNormalizer;
  weights?: Partial<WeightConfig>;
  /** Merge when weight + prior reaches this many bits (default 1: odds of 2 to 1). */
  upper?: number;
  /** Below `upper` but at least this: a review candidate (default -4). */
  lower?: number;
  /** Expected mentions per person, for the prior odds that two mentions match (default 2.4). */
  mentionsPerPerson?: number;
  blocking?: Partial<BlockingOptions>;
  attach?: Partial<AttachOptions>;
  /**
   * At most this many review pairs, the likeliest (default 100000): beyond that a
   * list is not reviewable, and holding it costs memory on large inputs.
   */
  maxReview?: number;
}

const DEFAULT_MAX_REVIEW = 100_000;

/** A pair a person should look at: not merged, but not clearly different either. */
export interface ReviewPair {
  a: string;
  b: string;
  /** Log2 posterior odds that they are the same person. */
  posterior: number;
}

/** Why two mentions were (or were not) put together. */
export interface Explanation {
  a: string;
  b: string;
  evidence: Evidence[];
  /** Sum of the evidence weights (bits). */
  weight: number;
  /** Log2 prior odds of a match for this input size. */
  prior: number;
  posterior: number;
  /** True when the evidence contains a disagreement that forbids a merge. */
  conflict: boolean;
  sameCluster: boolean;
  decision: 'merge' | 'review' | 'separate';
}

export interface ResolveResult {
  /** Mention id → cluster id (the id of the cluster's first mention). */
  clusters: Map<string, string>;
  review: ReviewPair[];
  /** Evidence and weights for any two mention ids; undefined for an unknown id. */
  explain(idA: string, idB: string): Explanation | undefined;
}

interface Run {
  corpus: Corpus;
  w: WeightConfig;
  prior: number;
  upper: number;
  lower: number;
  clusters: Clusters;
  /** Pairs to show a reviewer: record, record, posterior. */
  reviewed: PairList;
}

/**
 * Links the candidate pairs among records `include` accepts: scores them, then
 * unions confident links strongest first, refusing merges that would put
 * conflicting mentions together.
 */
function linkPairs(run: Run, blocking: BlockingOptions, include: (r: Prepared) => boolean): void {
  const { corpus, w, prior, upper, lower } = run;
  const links = new PairList();
  forEachCandidatePair(corpus, blocking, include, (a, b) => {
    const posterior = pairWeight(a, b, corpus, w) + prior;
    if (posterior >= upper) links.push(a.idx, b.idx, posterior);
    else if (posterior >= lower) run.reviewed.push(a.idx, b.idx, posterior);
  });
  const records = corpus.records;
  const compatible = (x: number, y: number) =>
    pairWeight(records[x]!, records[y]!, corpus, w) !== Number.NEGATIVE_INFINITY;
  for (const i of links.byScoreDescending()) {
    const a = links.first(i);
    const b = links.second(i);
    if (!run.clusters.tryUnion(a, b, compatible)) run.reviewed.push(a, b, links.score(i));
  }
}

/** Resolves mentions to persons. Mention ids must be unique. */
export function resolvePersons(mentions: readonly Mention[], options: ResolveOptions): ResolveResult {
  const perPerson = options.mentionsPerPerson ?? 2.4;
  const n = mentions.length;
  const run: Run = {
    corpus: prepareMentions(mentions, options.lexicon, options.region),
    w: { ...DEFAULT_WEIGHTS, ...options.weights },
    prior: Math.log2(Math.max(perPerson - 1, 0.01) / Math.max(n, 2)),
    upper: options.upper ?? 1,
    lower: options.lower ?? -4,
    clusters: new Clusters(n),
    reviewed: new PairList(),
  };
  const blocking = { ...DEFAULT_BLOCKING, ...options.blocking };
  linkPairs(run, blocking, (r) => r.strong);
  const attachments = attachWeak(run.corpus, run.clusters, run.w, run.prior, run, {
    ...DEFAULT_ATTACH,
    perPerson,
    ...options.attach,
  });
  const attached = new Set<number>();
  const { corpus, w } = run;
  // Each fits the cluster as the linking left it; two weak mentions attached to one cluster
  // must still fit each other ("Sergey, 34" and "Sergey, 52" cannot both be him).
  const compatible = (x: number, y: number) =>
    pairWeight(corpus.records[x]!, corpus.records[y]!, corpus, w) !== Number.NEGATIVE_INFINITY;
  for (const at of attachments.sort((x, y) => y.posterior - x.posterior)) {
    if (at.attached && run.clusters.tryUnion(at.record, at.root, compatible)) attached.add(at.record);
    else run.reviewed.push(at.record, at.member, at.posterior);
  }
  // Weak mentions that fit no well-named cluster may still be one person among themselves.
  linkPairs(run, blocking, (r) => !r.strong && !attached.has(r.idx));
  const ids = mentions.map((m) => m.id);
  return {
    clusters: clusterIds(run.clusters, ids),
    review: dedupeReview(run.reviewed, run.clusters, ids, options.maxReview ?? DEFAULT_MAX_REVIEW),
    explain: explainer(run, ids),
  };
}

/** Mention id → id of the first mention of its cluster. */
function clusterIds(clusters: Clusters, ids: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const rootId = new Map<number, string>();
  ids.forEach((id, i) => {
    const root = clusters.find(i);
    if (!rootId.has(root)) rootId.set(root, id);
    out.set(id, rootId.get(root)!);
  });
  return out;
}

function explainer(run: Run, ids: string[]): ResolveResult['explain'] {
  const position = new Map(ids.map((id, i) => [id, i]));
  return (idA, idB) => {
    const i = position.get(idA);
    const j = position.get(idB);
    if (i === undefined || j === undefined) return undefined;
    const evidence: Evidence[] = [];
    const s = scorePair(run.corpus.records[i]!, run.corpus.records[j]!, run.corpus, run.w, evidence);
    const posterior = s.weight + run.prior;
    const sameCluster = run.clusters.find(i) === run.clusters.find(j);
    const decision = sameCluster ? 'merge' : !s.conflict && posterior >= run.lower ? 'review' : 'separate';
    return {
      a: idA,
      b: idB,
      evidence,
      weight: s.weight,
      prior: run.prior,
      posterior,
      conflict: s.conflict,
      sameCluster,
      decision,
    };
  };
}

/** Review pairs that did not end up in one cluster, once per pair of clusters, most likely first. */
function dedupeReview(pairs: PairList, clusters: Clusters, ids: string[], max: number): ReviewPair[] {
  const seen = new Set<number>();
  const out: ReviewPair[] = [];
  for (const i of pairs.byScoreDescending()) {
    if (out.length >= max) break;
    const ra = clusters.find(pairs.first(i));
    const rb = clusters.find(pairs.second(i));
    if (ra === rb) continue;
    const key = ra < rb ? ra * 0x100000000 + rb : rb * 0x100000000 + ra;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      a: ids[pairs.first(i)]!,
      b: ids[pairs.second(i)]!,
      posterior: Math.round(pairs.score(i) * 100) / 100,
    });
  }
  return out;
}
