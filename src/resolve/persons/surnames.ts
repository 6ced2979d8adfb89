/**
 * Typo neighbours among the distinct surnames of an input: pairs of surname
 * spellings one or two typos apart (Kuznetsov / Kuzentsov). Found once per
 * distinct spelling, not per mention: surnames repeat, so this is far cheaper
 * than comparing mentions, and no mention-level window can hide a typo.
 *
 * Candidates share a phonetic key, their first four or their last five letters
 * (one typo cannot spoil all three), or their reading with Latin "x" as х
 * (GOST 7.79 B) instead of кс; big groups are compared within a window after
 * sorting by spelling.
 */
import type { Corpus } from './prepare.ts';
import { nearSurname, xAsKh } from './spelling.ts';

/** Surname ids' phonetic keys and typo neighbours (adjacency in flat arrays). */
export interface SurnameIndex {
  /** Phonetic key id per surname id. */
  phonetic: Int32Array;
  /** Neighbours of surname s: neighbours[start[s]] .. neighbours[start[s + 1] - 1]. */
  start: Int32Array;
  neighbours: Int32Array;
}

/** Groups up to this size are compared all-pairs; larger ones within `WINDOW` after sorting. */
const MAX_GROUP = 150;
const WINDOW = 30;

function internAll(values: string[], key: (s: string, id: number) => string): Int32Array {
  const ids = new Map<string, number>();
  const out = new Int32Array(values.length);
  values.forEach((s, i) => {
    const k = key(s, i);
    let id = ids.get(k);
    if (id === undefined) {
      id = ids.size;
      ids.set(k, id);
    }
    out[i] = id;
  });
  return out;
}

function groups(keyIds: Int32Array): number[][] {
  const out: number[][] = [];
  keyIds.forEach((k, id) => {
    const group = out[k];
    if (group) group.push(id);
    else out[k] = [id];
  });
  return out;
}

const reversed = (s: string) => [...s].reverse().join('');

/** Calls `visit` for the candidate pairs of one group of surname ids. */
function pairsOfGroup(
  ids: number[],
  spell: (id: number) => string,
  visit: (a: number, b: number) => void,
): void {
  const big = ids.length > MAX_GROUP;
  if (big) ids.sort((x, y) => (spell(x) < spell(y) ? -1 : spell(x) > spell(y) ? 1 : 0));
  const window = big ? WINDOW : ids.length;
  for (let i = 0; i < ids.length; i++) {
    const end = Math.min(ids.length, i + window);
    for (let j = i + 1; j < end; j++) visit(ids[i]!, ids[j]!);
  }
}

function adjacency(count: number, edges: number[]): { start: Int32Array; neighbours: Int32Array } {
  const start = new Int32Array(count + 1);
  for (const e of edges) start[e + 1]! += 1;
  for (let s = 1; s <= count; s++) start[s]! += start[s - 1]!;
  const fill = start.slice(0, -1);
  const neighbours = new Int32Array(edges.length);
  for (let i = 0; i < edges.length; i += 2) {
    neighbours[fill[edges[i]!]!++] = edges[i + 1]!;
    neighbours[fill[edges[i + 1]!]!++] = edges[i]!;
  }
  return { start, neighbours };
}

const cache = new WeakMap<Corpus, SurnameIndex>();

/** The surname index of a prepared corpus (built once, then cached). */
export function surnameIndex(c: Corpus): SurnameIndex {
  const hit = cache.get(c);
  if (hit) return hit;
  const values = c.surnames.values;
  const phonetic = internAll(values, (_, i) => c.surnamePhonetic[i] ?? '');
  const keys = [
    phonetic,
    internAll(values, (s) => s.slice(0, 4)),
    internAll(values, (s) => s.slice(-5)),
    internAll(values, xAsKh),
  ];
  const spellings = [values, values, values.map(reversed), values];
  const edges: number[] = [];
  keys.forEach((keyIds, kind) => {
    // A pair sharing an earlier kind's key was already compared there.
    const visit = (a: number, b: number) => {
      for (let k = 0; k < kind; k++) if (keys[k]![a] === keys[k]![b]) return;
      if (nearSurname(values[a]!, values[b]!)) edges.push(a, b);
    };
    const spelling = spellings[kind]!;
    for (const group of groups(keyIds)) {
      if (group && group.length > 1) pairsOfGroup(group, (id) => spelling[id]!, visit);
    }
  });
  oneEditPairs(values, edges);
  const index = { phonetic, ...adjacency(values.length, edges) };
  cache.set(c, index);
  return index;
}

const pairKey = (a: number, b: number) => (a < b ? a * 0x4000000 + b : b * 0x4000000 + a);

/**
 * Adds the pairs one edit apart that no shared start, end or sound revealed
 * (a typo in the middle of a short name: Tolstin / Tostin). Two spellings one
 * edit apart (a letter dropped, added, replaced or two swapped) always share
 * a spelling with one letter deleted (symmetric deletion), so grouping by
 * those finds every such pair.
 */
function oneEditPairs(values: string[], edges: number[]): void {
  const found = new Set<number>();
  for (let i = 0; i < edges.length; i += 2) found.add(pairKey(edges[i]!, edges[i + 1]!));
  const byDeletion = new Map<string, number[]>();
  values.forEach((s, id) => {
    if (s.length < 4) return;
    for (let i = -1; i < s.length; i++) {
      const k = i < 0 ? s : s.slice(0, i) + s.slice(i + 1);
      const group = byDeletion.get(k);
      if (!group) byDeletion.set(k, [id]);
      else if (group[group.length - 1] !== id) group.push(id);
    }
  });
  const visit = (a: number, b: number) => {
    const key = pairKey(a, b);
    if (found.has(key)) return;
    found.add(key);
    if (nearSurname(values[a]!, values[b]!)) edges.push(a, b);
  };
  for (const group of byDeletion.values()) {
    if (group.length > 1) pairsOfGroup(group, (id) => values[id]!, visit);
  }
}

/** True when surname ids a and b are typo neighbours. */
export function areNeighbours(index: SurnameIndex, a: number, b: number): boolean {
  for (let e = index.start[a]!; e < index.start[a + 1]!; e++) if (index.neighbours[e] === b) return true;
  return false;
}
