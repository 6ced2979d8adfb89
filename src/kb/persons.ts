/**
 * Person records: person claims resolved to persons with the resolver's public
 * API, then the reviewers' decisions applied on top ("same" joins two
 * mentions' persons, "different" takes a mention out of the other's person).
 * Pairs the resolver could not decide go to review, never merged silently.
 */
import type { Mention } from '../resolve/persons/mention.ts';

export interface Decision {
  a: string;
  b: string;
  decision: 'same' | 'different';
}

export interface PersonResolution {
  /** Person claim id → person key (the smallest claim id of its person). */
  personOf: Map<string, string>;
  review: { a: string; b: string; posterior: number }[];
}

/** What resolution needs: the resolver's clusters and review pairs for the mentions. */
export type Resolver = (mentions: Mention[]) => {
  clusters: Map<string, string>;
  review: { a: string; b: string; posterior: number }[];
};

/** Resolves the mentions and applies the decisions. */
export function resolveWithDecisions(
  mentions: Mention[],
  resolver: Resolver,
  decisions: readonly Decision[],
): PersonResolution {
  const result = mentions.length > 0 ? resolver(mentions) : { clusters: new Map(), review: [] };
  const group = new Map<string, string>();
  for (const m of mentions) group.set(m.id, result.clusters.get(m.id) ?? m.id);
  const ids = new Set(mentions.map((m) => m.id));
  const members = (g: string) => [...group].filter(([, x]) => x === g).map(([id]) => id);
  for (const d of decisions) {
    if (!ids.has(d.a) || !ids.has(d.b)) continue;
    const ga = group.get(d.a)!;
    const gb = group.get(d.b)!;
    if (d.decision === 'same' && ga !== gb) for (const id of members(gb)) group.set(id, ga);
    if (d.decision === 'different' && ga === gb) group.set(d.b, `split:${d.b}`);
  }
  const key = new Map<string, string>();
  for (const [id, g] of group) if (!key.has(g) || id < key.get(g)!) key.set(g, id);
  const personOf = new Map([...group].map(([id, g]) => [id, key.get(g)!]));
  const decided = new Set(decisions.flatMap((d) => [`${d.a}|${d.b}`, `${d.b}|${d.a}`]));
  const review = result.review.filter(
    (p) => !decided.has(`${p.a}|${p.b}`) && personOf.get(p.a) !== personOf.get(p.b),
  );
  return { personOf, review };
}
