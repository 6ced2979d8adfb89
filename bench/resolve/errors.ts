/**
 * Development aid: resolves a mentions file and lists false merges and splits
 * against a truth file, with the explanation of each pair.
 *   npx tsx bench/resolve/errors.ts MENTIONS.jsonl TRUTH.jsonl [--show 30] [--options JSON]
 * Prints names: for development on sample data only.
 */
import { readFileSync } from 'node:fs';
import { loadNameLexicon, readNameTable } from '../../src/resolve/names/load.ts';
import { parseMentionLines } from '../../src/resolve/persons/jsonl.ts';
import { makeRegionNormalizer } from '../../src/resolve/persons/region.ts';
import { resolvePersons } from '../../src/resolve/persons/resolve.ts';
import { pairwiseScores } from './metrics.ts';

const [mentionsPath, truthPath] = process.argv.slice(2);
const showArg = process.argv.indexOf('--show');
const show = showArg > 0 ? Number(process.argv[showArg + 1]) : 30;
const optionsArg = process.argv.indexOf('--options');
/** Resolver options to try (thresholds, weights), as JSON. */
const extra = optionsArg > 0 ? (JSON.parse(process.argv[optionsArg + 1] ?? '{}') as object) : {};
if (!mentionsPath || !truthPath) throw new Error('usage: errors.ts MENTIONS TRUTH');
const mentions = parseMentionLines(readFileSync(mentionsPath, 'utf8'));
const truth = new Map(
  readFileSync(truthPath, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; person: string })
    .map((x) => [x.id, x.person]),
);
const lexicon = loadNameLexicon();
const t0 = performance.now();
const res = resolvePersons(mentions, {
  lexicon,
  region: makeRegionNormalizer(lexicon.folder, readNameTable('regions.tsv')),
  ...extra,
});
const ms = performance.now() - t0;
const ids = mentions.map((m) => m.id);
const s = pairwiseScores(
  ids.map((id) => truth.get(id) ?? id),
  ids.map((id) => res.clusters.get(id)!),
);
console.log(JSON.stringify({ ...s, ms: Math.round(ms), review: res.review.length }));
const byId = new Map(mentions.map((m) => [m.id, m]));
const fmt = (id: string) => {
  const m = byId.get(id)!;
  return `${m.name} | ${m.age ?? '-'} ${m.unit ?? '-'} ${m.region ?? '-'} ${m.date ?? ''}`;
};
const brief = (a: string, b: string) => {
  const e = res.explain(a, b)!;
  return `${e.posterior.toFixed(1)} ${e.evidence.map((x) => `${x.field}:${x.outcome}:${x.weight}`).join(' ')}`;
};
const splits: string[] = [];
const merges: string[] = [];
for (let i = 0; i < ids.length; i++) {
  for (let j = i + 1; j < ids.length; j++) {
    const a = ids[i]!;
    const b = ids[j]!;
    const same = truth.get(a) === truth.get(b);
    const pred = res.clusters.get(a) === res.clusters.get(b);
    if (same && !pred) splits.push(`  ${fmt(a)}\n  ${fmt(b)}\n    ${brief(a, b)}`);
    if (!same && pred) merges.push(`  ${fmt(a)}\n  ${fmt(b)}\n    ${brief(a, b)}`);
  }
}
console.log(`false merges: ${merges.length}`);
console.log(merges.slice(0, show).join('\n'));
console.log(`false splits: ${splits.length}`);
console.log(
  splits
    .sort(() => 0.5 - Math.random())
    .slice(0, show)
    .join('\n'),
);
const kind = (id: string) => {
  const m = byId.get(id)!;
  const toks = m.name.split(/\s+/).filter((t) => !/^\p{L}\.?$/u.test(t) && !/\./.test(t));
  return toks.length >= 2
    ? m.age == null && !m.unit && !m.region && toks.length === 2
      ? 'bare'
      : 'full'
    : toks.length === 1
      ? m.name.includes('.')
        ? 'init'
        : 'one'
      : 'none';
};
const cats = new Map<string, number>();
for (let i = 0; i < ids.length; i++)
  for (let j = i + 1; j < ids.length; j++) {
    const a = ids[i]!;
    const b = ids[j]!;
    if (truth.get(a) === truth.get(b) && res.clusters.get(a) !== res.clusters.get(b)) {
      const k = [kind(a), kind(b)].sort().join('-');
      cats.set(k, (cats.get(k) ?? 0) + 1);
    }
  }
console.log([...cats].sort((x, y) => y[1] - x[1]));
