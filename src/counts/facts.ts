/**
 * Claims to countable facts. Rules (each in docs/counting.md with its test):
 * - rejected and obsolete claims never count; the value in force is used;
 * - "at least N" and "N" give N, "more than N" gives N + 1; "about N" and "at
 *   most N" give no lower bound and are left out, as are percentages;
 * - a reprint (duplicateOf) belongs to its original's cluster: one report;
 * - the same figure told by several outlets (same type and number, cells that
 *   agree where both say something) is one fact with several sources;
 * - an event whose count is a figure of the same report is that figure;
 * - events without a count are individuals: named people (person records) are
 *   counted once whoever tells them; unnamed ones count one per event, taking
 *   the report that tells most (two reports may tell the same occurrence).
 */
import type { EventType, Qualifier } from '../claims/schema.ts';
import { COUNTS_TO_EVENT, type CountClaim, type CountContext, type CountInput, type Fact } from './types.ts';

export interface FactSet {
  facts: Fact[];
  excluded: { claim: string; reason: string }[];
}

const REVIEWED = new Set(['accepted', 'edited']);

/** Cluster root of each source: a reprint's original (following chains), else itself. */
export function clusterOf(sources: CountInput['sources']): Map<string, string> {
  const parent = new Map(sources.map((s) => [s.id, s.duplicateOf]));
  const root = new Map<string, string>();
  for (const s of sources) {
    let r = s.id;
    const seen = new Set<string>();
    while (parent.get(r) && !seen.has(r)) {
      seen.add(r);
      r = parent.get(r)!;
    }
    root.set(s.id, r);
  }
  return root;
}

/** Lower bound a qualified figure gives, or null when it gives none. */
export function boundOf(value: number, qualifier: Qualifier): number | null {
  if (qualifier === 'exact' || qualifier === 'at_least') return Math.ceil(value);
  if (qualifier === 'more_than') return Math.floor(value) + 1;
  return null;
}

const emptyContext: CountContext = { unit: null, place: null, month: null, subjects: [], notes: [] };

interface Item {
  claim: CountClaim;
  type: EventType;
  ctx: CountContext;
}

/** Builds the facts of the input. */
export function buildFacts(input: CountInput): FactSet {
  const cluster = clusterOf(input.sources);
  const outlet = new Map(input.sources.map((s) => [s.id, s.outlet]));
  const excluded: FactSet['excluded'] = [];
  const figures: (Item & { bound: number; qualifier: Qualifier; value: number })[] = [];
  const individuals: Item[] = [];
  const ctx = (c: CountClaim) => input.contexts.get(c.id) ?? emptyContext;
  const live = input.claims.filter((c) => {
    if (c.state === 'rejected' || c.state === 'obsolete') excluded.push({ claim: c.id, reason: c.state });
    return c.state !== 'rejected' && c.state !== 'obsolete';
  });
  const figureClaims = live.filter((c) => c.kind === 'figure');
  for (const c of figureClaims) {
    const type = COUNTS_TO_EVENT[String(c.value.counts)];
    const qualifier = c.value.qualifier as Qualifier;
    const value = Number(c.value.value);
    const bound = boundOf(value, qualifier);
    if (c.value.percent === true)
      excluded.push({ claim: c.id, reason: 'a percentage, not a number of people' });
    else if (!type)
      excluded.push({ claim: c.id, reason: `counts "${String(c.value.counts)}": no event type` });
    else if (bound === null) excluded.push({ claim: c.id, reason: `"${qualifier}" is not a lower bound` });
    else figures.push({ claim: c, type, ctx: ctx(c), bound, qualifier, value });
  }
  // An event's figure: the first figure claim of its report with its type and number.
  const figureOf = new Map<string, CountClaim>();
  for (const f of figureClaims) {
    const k = `${f.sourceId}\u0001${COUNTS_TO_EVENT[String(f.value.counts)]}\u0001${Number(f.value.value)}`;
    if (!figureOf.has(k)) figureOf.set(k, f);
  }
  const counted = new Map(figures.map((f) => [f.claim.id, f]));
  for (const c of live.filter((x) => x.kind === 'event')) {
    const type = c.value.type as EventType;
    const count = typeof c.value.count === 'number' ? c.value.count : null;
    const same = count === null ? undefined : figureOf.get(`${c.sourceId}\u0001${type}\u0001${count}`);
    if (count !== null && same) {
      const fig = counted.get(same.id);
      // The figure's sentence decides where it belongs; the event only fills gaps.
      if (fig) figures.push({ ...fig, claim: c, ctx: mergeCtx(fig.ctx, ctx(c)) });
      else individuals.push({ claim: c, type, ctx: ctx(c) });
    } else if (count !== null && count > 0) {
      figures.push({ claim: c, type, ctx: ctx(c), bound: count, qualifier: 'exact', value: count });
    } else individuals.push({ claim: c, type, ctx: ctx(c) });
  }
  const byId = new Map(input.claims.map((c) => [c.id, c]));
  const facts = mergeFigures(figures, cluster, outlet, input.relations, byId);
  for (const f of individualFacts(individuals, cluster, outlet, byId)) facts.push(f);
  return { facts, excluded };
}

/** An event's context, filled in from its figure's where the event says nothing. */
function mergeCtx(a: CountContext, b: CountContext): CountContext {
  return {
    unit: a.unit ?? b.unit,
    place: a.place ?? b.place,
    month: a.month ?? b.month,
    subjects: [...new Set([...a.subjects, ...b.subjects])],
    notes: [...a.notes, ...b.notes.filter((n) => !a.notes.includes(n))],
  };
}

/** Two cells agree when each dimension is equal, unstated on one side, or one contains the other. */
function agreeWith(rel: CountInput['relations']) {
  const within = (a: string | null, b: string | null, up: (x: string) => string[]) =>
    a === null || b === null || a === b || up(a).includes(b) || up(b).includes(a);
  return (x: Fact, c: CountContext) =>
    within(x.unit, c.unit, rel.unitAncestors) &&
    within(x.place, c.place, rel.placeAncestors) &&
    (x.month === null || c.month === null || x.month === c.month);
}

function mergeFigures(
  items: (Item & { bound: number; qualifier: Qualifier; value: number })[],
  cluster: Map<string, string>,
  outlet: Map<string, string | null>,
  relations: CountInput['relations'],
  byId: ReadonlyMap<string, CountClaim>,
): Fact[] {
  const facts: Fact[] = [];
  // Facts by type and bound, in the order they were made: only those can be the same figure.
  const alike = new Map<string, Fact[]>();
  const agree = agreeWith(relations);
  // Most specific first, so a bare repeat joins the fact that says where.
  const specificity = (i: Item) => [i.ctx.unit, i.ctx.place, i.ctx.month].filter((x) => x !== null).length;
  for (const it of [...items].sort((a, b) => specificity(b) - specificity(a))) {
    const k = `${it.type}\u0001${it.bound}`;
    const candidates = alike.get(k) ?? [];
    alike.set(k, candidates);
    const f = candidates.find((x) => agree(x, it.ctx));
    if (f) {
      f.unit ??= it.ctx.unit;
      f.place ??= it.ctx.place;
      f.month ??= it.ctx.month;
      addClaim(f, it.claim, it.ctx);
      continue;
    }
    const fact: Fact = {
      id: `fig:${it.claim.id}`,
      kind: 'figure',
      type: it.type,
      unit: it.ctx.unit,
      place: it.ctx.place,
      month: it.ctx.month,
      value: it.bound,
      figure: { value: it.value, qualifier: it.qualifier },
      subjects: [],
      claims: [],
      sources: [],
      independentSources: 0,
      reviewed: false,
      evidence: 'one_source',
      why: [],
    };
    addClaim(fact, it.claim, it.ctx);
    facts.push(fact);
    candidates.push(fact);
  }
  for (const f of facts) finishFact(f, cluster, outlet, byId);
  return facts;
}

/** addClaim for many items at once: a cell may hold thousands of events, so no linear look-ups. */
function addClaims(f: Fact, items: readonly Item[]): void {
  const claims = new Set(f.claims);
  const sources = new Set(f.sources);
  const why = new Set(f.why);
  for (const it of items) {
    claims.add(it.claim.id);
    sources.add(it.claim.sourceId);
    for (const n of it.ctx.notes) why.add(n);
  }
  f.claims = [...claims];
  f.sources = [...sources];
  f.why = [...why];
}

function addClaim(f: Fact, c: CountClaim, ctx: CountContext): void {
  if (!f.claims.includes(c.id)) f.claims.push(c.id);
  if (!f.sources.includes(c.sourceId)) f.sources.push(c.sourceId);
  for (const n of ctx.notes) if (!f.why.includes(n)) f.why.push(n);
}

/** Evidence level and the sources' story, once all claims are in. */
function finishFact(
  f: Fact,
  cluster: Map<string, string>,
  outlet: Map<string, string | null>,
  byId: ReadonlyMap<string, CountClaim>,
): void {
  f.reviewed = f.claims.some((id) => REVIEWED.has(byId.get(id)?.state ?? ''));
  const roots = new Set(f.sources.map((s) => cluster.get(s) ?? s));
  const tellers = new Set([...roots].map((r) => outlet.get(r) ?? r));
  f.independentSources = tellers.size;
  f.evidence = f.reviewed ? 'confirmed' : tellers.size > 1 ? 'several_sources' : 'one_source';
  const reprints = f.sources.filter((s) => (cluster.get(s) ?? s) !== s);
  if (f.kind === 'figure' && f.figure) {
    const told =
      f.figure.qualifier === 'more_than' ? `more than ${f.figure.value} → ${f.value}` : `${f.value}`;
    f.why.unshift(
      `${f.type} ≥ ${told} (${f.figure.qualifier}), told by ${tellers.size} independent source(s)`,
    );
  }
  if (reprints.length > 0) f.why.push(`${reprints.length} reprint(s) counted as the report they reprint`);
}

/**
 * Individuals of one cell (type, unit, place, month): named people once each
 * across all reports; unnamed ones, one per event, from the single report
 * cluster that tells most (a reprint tells the original's events again).
 */
function individualFacts(
  items: Item[],
  cluster: Map<string, string>,
  outlet: Map<string, string | null>,
  byId: ReadonlyMap<string, CountClaim>,
): Fact[] {
  const cells = new Map<string, Item[]>();
  for (const it of items) {
    const key = JSON.stringify([it.type, it.ctx.unit, it.ctx.place, it.ctx.month]);
    const cell = cells.get(key);
    if (cell) cell.push(it);
    else cells.set(key, [it]);
  }
  const facts: Fact[] = [];
  for (const cell of cells.values()) {
    const first = cell[0]!;
    const named = new Set(cell.flatMap((i) => i.ctx.subjects));
    // Per cluster: its named people plus, from its fullest source, the events naming nobody.
    const perCluster = new Map<string, { named: Set<string>; anon: Map<string, number> }>();
    for (const it of cell) {
      const root = cluster.get(it.claim.sourceId) ?? it.claim.sourceId;
      const c = perCluster.get(root) ?? { named: new Set<string>(), anon: new Map<string, number>() };
      for (const s of it.ctx.subjects) c.named.add(s);
      if (it.ctx.subjects.length === 0)
        c.anon.set(it.claim.sourceId, (c.anon.get(it.claim.sourceId) ?? 0) + 1);
      perCluster.set(root, c);
    }
    let best = 0;
    for (const c of perCluster.values())
      best = Math.max(best, c.named.size + Math.max(0, ...c.anon.values()));
    const value = Math.max(named.size, best);
    const fact: Fact = {
      id: `ind:${first.claim.id}`,
      kind: 'individuals',
      type: first.type,
      unit: first.ctx.unit,
      place: first.ctx.place,
      month: first.ctx.month,
      value,
      subjects: [...named],
      claims: [],
      sources: [],
      independentSources: 0,
      reviewed: false,
      evidence: 'one_source',
      why: [],
    };
    addClaims(fact, cell);
    finishFact(fact, cluster, outlet, byId);
    fact.why.unshift(
      `${first.type}: ${value} individual(s) from ${cell.length} event report(s): ${named.size} named person(s) ` +
        `counted once each; unnamed ones counted from the one report cluster that tells most`,
    );
    facts.push(fact);
  }
  return facts;
}
