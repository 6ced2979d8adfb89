/**
 * Flattens one document's extraction into claim drafts, each with an
 * identity: what makes two extractions (say, before and after an extractor
 * upgrade) the same claim, so human decisions carry over.
 */
import type { ClaimKind, Extraction } from './schema.ts';

export interface ClaimDraft {
  kind: ClaimKind;
  identity: string;
  start: number;
  end: number;
  rule: string;
  /** The claim's fields as extraction gave them (offsets and rule included). */
  value: Record<string, unknown>;
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

interface Spanned {
  start: number;
  end: number;
  rule: string;
}

function drafts<T extends Spanned>(kind: ClaimKind, items: T[], key: (item: T) => string): ClaimDraft[] {
  // The n-th claim with the same key in a document keeps its identity: two equal figures in one text stay two.
  const seen = new Map<string, number>();
  return items.map((item) => {
    const k = key(item);
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    return {
      kind,
      identity: n === 0 ? k : `${k}#${n}`,
      start: item.start,
      end: item.end,
      rule: item.rule,
      value: { ...item } as Record<string, unknown>,
    };
  });
}

export function claimDrafts(extraction: Extraction): ClaimDraft[] {
  return [
    ...drafts('figure', extraction.figures, (f) => `${f.value}|${f.percent}|${f.counts}`),
    ...drafts('unit', extraction.units, (u) => u.key),
    ...drafts('place', extraction.places, (p) => fold(p.canonical)),
    ...drafts('person', extraction.people, (p) => fold(p.mention)),
    ...drafts('organization', extraction.organizations, (o) => fold(o.canonical)),
    // An event is its type told in a sentence; the sentence's start pins it.
    ...drafts('event', extraction.events, (e) => `${e.type}|${e.start}`),
  ];
}
