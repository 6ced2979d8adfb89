/**
 * Person resolution: which mentions are the same person. Pure: the name
 * lexicon and region normaliser are passed in, nothing is read or logged.
 *
 * 1. prepare: parse names, intern values, birth-year intervals;
 * 2. link well-named mentions: blocked candidate pairs, Fellegi–Sunter
 *    weights plus a prior for the input size, union of confident links in
 *    descending order unless members conflict;
 * 3. attach weakly named mentions to the single cluster they clearly fit;
 * 4. pairs between the lower and upper threshold become review candidates.
 */
import type { NameLexicon } from '../names/lexicon.ts';
import { type AttachOptions, attachWeak, DEFAULT_ATTACH } from './attach.ts';
import { type BlockingOptions, DEFAULT_BLOCKING, forEachCandidatePair } from './blocking.ts';
import { Clusters } from './clusters.ts';
import type { Mention } from './mention.ts';
import { type Corpus, type Prepared, prepareMentions } from './prepare.ts';
import type { RegionNormalizer } from './region.ts';
import { DEFAULT_WEIGHTS, type Evidence, scorePair, type WeightConfig } from './score.ts';

export interface ResolveOptions {
  lexicon: NameLexicon;
  region: RegionNormalizer;
  weights?: Partial<WeightConfig>;
  /** Merge when weight + prior reaches this many bits (default 2). */
  upper?: number;
  /** Below `upper` but at least this: a review candidate (default -4). */
  lower?: number;
  /** Expected mentions per person, for the prior odds that two mentions match (default 2.4). */
  mentionsPerPerson?: number;
  blocking?: Partial<BlockingOptions>;
  attach?: Partial<AttachOptions>;
}

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

type Scored = [number, number, number];

interface Run {
  corpus: Corpus;
  w: WeightConfig;
  prior: number;
  upper: number;
  lower: number;
  clusters: Clusters;
  /** Pairs to show a reviewer: [record, record, posterior]. */
  reviewed: Scored[];
}

/**
 * Links the candidate pairs among records `include` accepts: scores them, then
 * unions confident links strongest first, refusing merges that would put
 * conflicting mentions together.
 */
function linkPairs(run: Run, blocking: BlockingOptions, include: (r: Prepared) => boolean): void {
  const { corpus, w, prior, upper, lower } = run;
  const links: Scored[] = [];
  forEachCandidatePair(corpus, blocking, include, (a, b) => {
    const s = scorePair(a, b, corpus, w);
    if (s.conflict) return;
    const posterior = s.weight + prior;
    if (posterior >= upper) links.push([a.idx, b.idx, posterior]);
    else if (posterior >= lower) run.reviewed.push([a.idx, b.idx, posterior]);
  });
  links.sort((x, y) => y[2] - x[2]);
  const compatible = (x: number, y: number) =>
    !scorePair(corpus.records[x]!, corpus.records[y]!, corpus, w).conflict;
  for (const [a, b, posterior] of links) {
    if (!run.clusters.tryUnion(a, b, compatible)) run.reviewed.push([a, b, posterior]);
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
    upper: options.upper ?? 2,
    lower: options.lower ?? -4,
    clusters: new Clusters(n),
    reviewed: [],
  };
  const blocking = { ...DEFAULT_BLOCKING, ...options.blocking };
  linkPairs(run, blocking, (r) => r.strong);
  const attachments = attachWeak(run.corpus, run.clusters, run.w, run.prior, run, {
    ...DEFAULT_ATTACH,
    perPerson,
    ...options.attach,
  });
  const attached = new Set<number>();
  for (const at of attachments) {
    if (at.attached) {
      run.clusters.tryUnion(at.record, at.root, () => true);
      attached.add(at.record);
    } else run.reviewed.push([at.record, at.member, at.posterior]);
  }
  // Weak mentions that fit no well-named cluster may still be one person among themselves.
  linkPairs(run, blocking, (r) => !r.strong && !attached.has(r.idx));
  const ids = mentions.map((m) => m.id);
  return {
    clusters: clusterIds(run.clusters, ids),
    review: dedupeReview(run.reviewed, run.clusters, ids),
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

/** Review pairs that did not end up in one cluster, once each, most likely first. */
function dedupeReview(pairs: [number, number, number][], clusters: Clusters, ids: string[]): ReviewPair[] {
  const seen = new Set<string>();
  const out: ReviewPair[] = [];
  for (const [a, b, posterior] of pairs.sort((x, y) => y[2] - x[2])) {
    const ra = clusters.find(a);
    const rb = clusters.find(b);
    if (ra === rb) continue;
    const key = ra < rb ? `${ra}:${rb}` : `${rb}:${ra}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ a: ids[a]!, b: ids[b]!, posterior: Math.round(posterior * 100) / 100 });
  }
  return out;
}
