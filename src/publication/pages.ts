/**
 * A published number's page (pure): the facts its value sums, each with its
 * sources (outlet, title, address, date, the sentence that tells it, reprints
 * marked as reprints), and why, as data the page words in English or Russian.
 * Every document field passes the name guard or is withheld.
 */
import type { CountGroup, CountSource, Fact, GroupKey } from '../counts/types.ts';
import { type PublicationInput, namesOf, toPublicNumber } from './counts.ts';
import { numberId, parseNumberId } from './ids.ts';
import type { FactNote, NumberPage, PublicFact, PublicSourceRef, Withholdable } from './model.ts';
import { MAX_QUOTE, PUBLIC_EVENT_TYPES } from './policy.ts';

/** The page of the number `id`, or null when no such number is published. */
export function numberPage(input: PublicationInput, id: string): NumberPage | null {
  const key = parseNumberId(id);
  if (!key || !PUBLIC_EVENT_TYPES.includes(key.type)) return null;
  const index = indexOf(input);
  const group = index.groups.get(id);
  if (!group || group.lowerBound <= 0) return null;
  const chosen = group.facts.map((f) => index.facts.get(f)).filter((f): f is Fact => f !== undefined);
  const considered = input.facts.filter((f) => f.value > 0 && inGroup(f, key, input));
  const facts = chosen.map((f) => publicFact(f, input));
  return {
    number: toPublicNumber(group),
    why: {
      rule: chosen.length > 1 ? 'sum' : 'largest',
      parts: chosen.map((f) => f.value),
      considered: considered.length,
      individualsInside:
        chosen.some((f) => f.kind === 'figure') &&
        considered.some((f) => f.kind === 'individuals' && !group.facts.includes(f.id)),
    },
    facts,
    ...namesOf([group.key, ...facts], input),
    reviewedOnly: input.reviewedOnly,
  };
}

interface Index {
  groups: Map<string, CountGroup>;
  facts: Map<string, Fact>;
  sources: Map<string, CountSource>;
}
/** Lookups made once per recount (the input is kept until the data changes), not per page asked. */
const indexes = new WeakMap<PublicationInput, Index>();
function indexOf(input: PublicationInput): Index {
  let index = indexes.get(input);
  if (!index) {
    index = {
      groups: new Map(input.groups.map((g) => [numberId(g.key), g])),
      facts: new Map(input.facts.map((f) => [f.id, f])),
      sources: new Map(input.sources.map((s) => [s.id, s])),
    };
    indexes.set(input, index);
  }
  return index;
}

/** Whether a fact counts in the group (as src/counts places it: its own cell, containers, roll-ups). */
function inGroup(f: Fact, key: GroupKey, input: PublicationInput): boolean {
  const dim = (own: string | null, want: string | null, up: (v: string) => string[]) =>
    want === '*' || own === want || (own !== null && want !== null && up(own).includes(want));
  return (
    f.type === key.type &&
    dim(f.unit, key.unit, input.relations.unitAncestors) &&
    dim(f.place, key.place, input.relations.placeAncestors) &&
    dim(f.month, key.month, () => [])
  );
}

/** Context notes of src/counts/load.ts, recognised by their opening words. */
const NOTES: [string, FactNote][] = [
  ['unit: document-level fallback', 'unit_fallback'],
  ['place: document-level fallback', 'place_fallback'],
  ['a running total', 'running_total'],
  ['month: from a dated event', 'month_from_sentence'],
];

function publicFact(f: Fact, input: PublicationInput): PublicFact {
  return {
    kind: f.kind,
    value: f.value,
    told: f.figure ?? null,
    unit: f.unit,
    place: f.place,
    month: f.month,
    evidence: f.evidence,
    reviewed: f.reviewed,
    independentSources: f.independentSources,
    named: f.subjects.length,
    notes: NOTES.filter(([start]) => f.why.some((w) => w.startsWith(start))).map(([, n]) => n),
    sources: f.sources.map((s) => sourceRef(s, f, input)),
  };
}

function sourceRef(id: string, f: Fact, input: PublicationInput): PublicSourceRef {
  const s = indexOf(input).sources.get(id);
  const withheld: Withholdable[] = [];
  const show = (field: Withholdable, value: string | null | undefined) => {
    if (!value) return null;
    if (!input.guard.exposes(value)) return value;
    withheld.push(field);
    return null;
  };
  const quote = f.claims.map((c) => input.claims.get(c)).find((c) => c?.sourceId === id && c.quote)?.quote;
  return {
    id,
    outlet: show('outlet', s?.outlet),
    title: show('title', s?.title),
    url: show('url', s?.url),
    published: s?.published ?? null,
    quote: show('quote', quote ? clip(quote) : null),
    reprintOf: s?.duplicateOf ?? null,
    withheld,
  };
}

function clip(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= MAX_QUOTE ? t : `${t.slice(0, MAX_QUOTE - 1)}…`;
}
