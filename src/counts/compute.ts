/**
 * Counting: per group (event type × unit × place × month, and roll-ups over
 * any of them) the best-supported lower bound of the people involved, the
 * claims and sources it rests on, and why. Pure: plain data in, groups out.
 * The rules are written in docs/counting.md, each with a test.
 */
import { chooseDisjoint } from './combine.ts';
import { buildFacts } from './facts.ts';
import { memoRelations } from './relations.ts';
import type {
  CountGroup,
  CountInput,
  CountRelations,
  CountResult,
  Dim,
  Evidence,
  Fact,
  GroupKey,
} from './types.ts';

const ALL = '*';
const LEVEL: Record<Evidence, number> = { one_source: 0, several_sources: 1, confirmed: 2 };
/** A group lists the reasons of at most this many of its facts; every fact's own are in `facts`. */
const REASONS_SHOWN = 20;

/** Group values a fact belongs to along one dimension: its own, every container, and the roll-up. */
function options(value: string | null, up: (v: string) => string[]): Dim[] {
  return value === null ? [null, ALL] : [value, ...up(value), ALL];
}

// A separator no key, place id or month contains; null and '*' must stay apart.
const part = (d: Dim) => (d === null ? '\u0000' : d);

/** Computes every group with at least one fact. */
export function computeCounts(input: CountInput): CountResult {
  const relations = memoRelations(input.relations);
  const { facts, excluded } = buildFacts({ ...input, relations });
  const groups = new Map<string, { key: GroupKey; facts: Fact[] }>();
  for (const f of facts) {
    if (f.value <= 0) continue;
    const months = options(f.month, () => []);
    for (const unit of options(f.unit, relations.unitAncestors))
      for (const place of options(f.place, relations.placeAncestors))
        for (const month of months) {
          const id = `${f.type}\u0001${part(unit)}\u0001${part(place)}\u0001${part(month)}`;
          const g = groups.get(id);
          if (g) g.facts.push(f);
          else groups.set(id, { key: { type: f.type, unit, place, month }, facts: [f] });
        }
  }
  const collator = new Intl.Collator();
  const out = [...groups.values()]
    .map((g) => ({ order: order(g.key), group: toGroup(g.key, g.facts, relations) }))
    .sort((a, b) => collator.compare(a.order, b.order))
    .map((x) => x.group);
  return { groups: out, facts, excluded };
}

const order = (k: GroupKey) =>
  [
    k.type,
    k.unit === ALL ? '' : `~${k.unit}`,
    k.place === ALL ? '' : `~${k.place}`,
    k.month === ALL ? '' : `~${k.month}`,
  ].join('|');

function toGroup(key: GroupKey, facts: Fact[], relations: CountRelations): CountGroup {
  const choice = chooseDisjoint(facts, relations);
  const chosen = choice.facts;
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
        `(different units, places or months): ${sumText(chosen)} = ${lowerBound}`,
    );
  }
  const left = facts.length - chosen.length;
  if (left > 0) why.push(`${left} other fact(s) may overlap those and are not added`);
  if (!choice.exact) why.push(approximation(facts.length, choice.considered));
  const picked = new Set(chosen);
  const named = facts.some((f) => f.kind === 'individuals' && !picked.has(f));
  if (named && chosen.some((f) => f.kind === 'figure')) {
    why.push('individual reports may be among the people a figure counts: not added on top of it');
  }
  for (const f of chosen.slice(0, REASONS_SHOWN)) for (const w of f.why) why.push(`${f.id}: ${w}`);
  if (chosen.length > REASONS_SHOWN)
    why.push(`… and ${chosen.length - REASONS_SHOWN} more fact(s): each one's reasons are under facts`);
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

/** The values summed, written out in full only while that stays readable. */
function sumText(chosen: readonly Fact[]): string {
  const shown = chosen.slice(0, REASONS_SHOWN).map((f) => f.value);
  const more = chosen.length - shown.length;
  return more > 0 ? `${shown.join(' + ')} + … (${more} more)` : shown.join(' + ');
}

function approximation(facts: number, considered: number): string {
  return (
    `approximate (sound): ${facts} facts (${considered} after keeping the largest figure of each cell) are too ` +
    'many to try every combination, so the facts summed were found by splitting the group by month, place and ' +
    'unit into parts no person can be in two of; every pair summed is disjoint, so the bound is never more ' +
    'than the facts support, but another combination may support a higher one'
  );
}
