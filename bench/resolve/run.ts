/**
 * Person-resolution benchmark: generates N mentions with known truth, resolves
 * them, and prints time, peak RSS and pairwise P/R/F1 beside a naive baseline
 * (grouping by the exact normalised name), measured in the same run.
 *   npm run bench:resolve -- --n 1000000 [--seed 1]
 */
import { loadNameLexicon, readNameTable } from '../../src/resolve/names/load.ts';
import { makeRegionNormalizer } from '../../src/resolve/persons/region.ts';
import { resolvePersons } from '../../src/resolve/persons/resolve.ts';
import { generateMentions } from './generate.ts';
import { pairwiseScores } from './metrics.ts';
import { arg, nameTables } from './tables.ts';

const n = arg('n', 100_000);
const seed = arg('seed', 1);
const t0 = performance.now();
const { mentions, truth } = generateMentions(n, nameTables(), seed);
const tGen = performance.now() - t0;
const lexicon = loadNameLexicon();
const region = makeRegionNormalizer(lexicon.folder, readNameTable('regions.tsv'));
const t1 = performance.now();
const result = resolvePersons(mentions, { lexicon, region });
const tResolve = performance.now() - t1;
const ours = pairwiseScores(
  truth,
  mentions.map((m) => result.clusters.get(m.id)!),
);
const baseline = pairwiseScores(
  truth,
  mentions.map((m) => m.name.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim()),
);
const round = (x: number) => Math.round(x * 1000) / 1000;
const report = (s: typeof ours) => ({ P: round(s.P), R: round(s.R), F1: round(s.F1) });
process.stdout.write(
  `${JSON.stringify({
    mentions: n,
    generateSeconds: round(tGen / 1000),
    resolveSeconds: round(tResolve / 1000),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    review: result.review.length,
    resolver: report(ours),
    baselineExactName: report(baseline),
  })}\n`,
);
