/**
 * TEST ONLY: the counting core as it was before issue #13 (exact search up to
 * 18 facts, greedy above, quadratic everywhere), kept verbatim so the property
 * test (../property.test.ts) can hold the fast core to the same bounds on small
 * inputs. Nothing outside tests imports this folder.
 *
 * Counting: per group (event type × unit × place × month, and roll-ups over
 * any of them) the best-supported lower bound of the people involved, the
 * claims and sources it rests on, and why. Pure: plain data in, groups out.
 * The rules are written in docs/counting.md, each with a test.
 */
import { bestDisjoint } from './combine.ts';
import { buildFacts } from './facts.ts';
import type { CountGroup, CountInput, CountResult, Dim, Evidence, Fact, GroupKey } from '../types.ts';

const ALL = '*';
const LEVEL: Record<Evidence, number> = { one_source: 0, several_sources: 1, confirmed: 2 };

/** Group values a fact belongs to along one dimension: its own, every container, and the roll-up. */
function options(value: string | null, up: (v: string) => string[]): Dim[] {
  return value === null ? [null, ALL] : [value, ...up(value), ALL];
}

/** Computes every group with at least one fact. */
export function computeCounts(input: CountInput): CountResult {
  const { facts, excluded } = buildFacts(input);
  const groups = new Map<string, { key: GroupKey; facts: Fact[] }>();
  for (const f of facts) {
    if (f.value <= 0) continue;
    for (const unit of options(f.unit, input.relations.unitAncestors))
      for (const place of options(f.place, input.relations.placeAncestors))
        for (const month of options(f.month, () => [])) {
          const key: GroupKey = { type: f.type, unit, place, month };
          const id = JSON.stringify(key);
          const g = groups.get(id) ?? { key, facts: [] };
          g.facts.push(f);
          groups.set(id, g);
        }
  }
  const out = [...groups.values()].map((g) => toGroup(g.key, g.facts, input));
  out.sort((a, b) => order(a.key).localeCompare(order(b.key)));
  return { groups: out, facts, excluded };
}

const order = (k: GroupKey) =>
  [
    k.type,
    k.unit === ALL ? '' : `~${k.unit}`,
    k.place === ALL ? '' : `~${k.place}`,
    k.month === ALL ? '' : `~${k.month}`,
  ].join('|');

function toGroup(key: GroupKey, facts: Fact[], input: CountInput): CountGroup {
  const chosen = bestDisjoint(facts, input.relations);
  const lowerBound = chosen.reduce((s, f) => s + f.value, 0);
  const evidence = chosen.reduce<Evidence>(
    (e, f) => (LEVEL[f.evidence] < LEVEL[e] ? f.evidence : e),
    'confirmed',
  );
  const why: string[] = [];
  if (chosen.length === 1)
    why.push(`the largest of ${facts.length} overlapping fact(s): ${chosen[0]!.value}`);
  else {
    why.push(
      `sum of ${chosen.length} facts that cannot count the same person ` +
        `(different units, places or months): ${chosen.map((f) => f.value).join(' + ')} = ${lowerBound}`,
    );
  }
  const left = facts.length - chosen.length;
  if (left > 0) why.push(`${left} other fact(s) may overlap those and are not added`);
  const named = facts.filter((f) => f.kind === 'individuals' && !chosen.includes(f));
  if (named.length > 0 && chosen.some((f) => f.kind === 'figure')) {
    why.push('individual reports may be among the people a figure counts: not added on top of it');
  }
  for (const f of chosen) for (const w of f.why) why.push(`${f.id}: ${w}`);
  return {
    key,
    lowerBound,
    evidence,
    reviewed: chosen.every((f) => f.reviewed),
    facts: chosen.map((f) => f.id),
    claims: [...new Set(chosen.flatMap((f) => f.claims))],
    sources: [...new Set(chosen.flatMap((f) => f.sources))],
    why,
  };
}
