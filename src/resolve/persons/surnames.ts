/**
 * Typo neighbours among the distinct surnames of an input: pairs of surname
 * spellings one or two typos apart (Kuznetsov / Kuzentsov). Found once per
 * distinct spelling, not per mention: surnames repeat, so this is far cheaper
 * than comparing mentions, and no mention-level window can hide a typo.
 *
 * Candidates one edit apart share a spelling with one letter deleted; long
 * names, allowed two edits, are also compared when they share a phonetic key,
 * their first four or their last five letters; any two when they agree reading
 * Latin "x" as х (GOST 7.79 B) instead of кс. Big groups are compared within a
 * window after sorting by spelling.
 */
import { typoBudget } from '../names/distance.ts';
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

function groups(keyIds: Int32Array, keep?: (id: number) => boolean): number[][] {
  const out: number[][] = [];
  keyIds.forEach((k, id) => {
    if (keep && !keep(id)) return;
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
      const long = typoBudget(values[a]!.length) >= 2 && typoBudget(values[b]!.length) >= 2;
      for (let k = 0; k < kind && long; k++) if (keys[k]![a] === keys[k]![b]) return;
      if (nearSurname(values[a]!, values[b]!)) edges.push(a, b);
    };
    const spelling = spellings[kind]!;
    // One edit apart is found for every length by oneEditPairs; start, end and sound are
    // only needed for two edits, which only long names are allowed (typoBudget).
    const keep = kind === 3 ? undefined : (id: number) => typoBudget(values[id]!.length) >= 2;
    for (const group of groups(keyIds, keep)) {
      if (group && group.length > 1) pairsOfGroup(group, (id) => spelling[id]!, visit);
    }
  });
  oneEditPairs(values, edges);
  const index = { phonetic, ...adjacency(values.length, unique(edges)) };
  cache.set(c, index);
  return index;
}

const PAIR = 0x4000000;
const pairKey = (a: number, b: number) => (a < b ? a * PAIR + b : b * PAIR + a);

/** Edge list (flat a, b pairs) without repeated pairs. */
function unique(edges: number[]): number[] {
  const keys = new Float64Array(edges.length / 2);
  for (let i = 0; i < keys.length; i++) keys[i] = pairKey(edges[2 * i]!, edges[2 * i + 1]!);
  keys.sort();
  const out: number[] = [];
  for (let i = 0; i < keys.length; i++) {
    if (i > 0 && keys[i] === keys[i - 1]) continue;
    out.push(Math.floor(keys[i]! / PAIR), keys[i]! % PAIR);
  }
  return out;
}

/**
 * Adds the pairs one edit apart that no shared start, end or sound revealed
 * (a typo in the middle of a short name: Tolstin / Tostin). Two spellings one
 * edit apart (a letter dropped, added, replaced or two swapped) always share
 * a spelling with one letter deleted (symmetric deletion), so grouping by
 * those finds every such pair. The deleted spellings are hashed (26 bits,
 * plus the length) and grouped by one native sort: a collision only adds a
 * candidate that the spelling check then rejects.
 */
function oneEditPairs(values: string[], edges: number[]): void {
  let total = 0;
  for (const s of values) if (s.length >= 4) total += s.length + 1;
  const packed = new Float64Array(total);
  let n = 0;
  values.forEach((s, id) => {
    if (s.length >= 4) n = deletionKeys(s, id, packed, n);
  });
  packed.sort();
  const group: number[] = [];
  // A pair the other keys found may be found again here: edges are deduplicated after.
  const visit = (a: number, b: number) => {
    if (nearSurname(values[a]!, values[b]!)) edges.push(a, b);
  };
  for (let i = 0; i < n; ) {
    const key = Math.floor(packed[i]! / ID_SPACE);
    group.length = 0;
    for (; i < n && Math.floor(packed[i]! / ID_SPACE) === key; i++) {
      const id = packed[i]! % ID_SPACE;
      if (group[group.length - 1] !== id) group.push(id);
    }
    if (group.length > 1) pairsOfGroup(group, (id) => values[id]!, visit);
  }
}

const ID_SPACE = 2 ** 22;
const HASH_BITS = 2 ** 26;

/** Writes key·2^22 + id for the spelling itself and each one-letter deletion; returns the new count. */
function deletionKeys(s: string, id: number, out: Float64Array, n: number): number {
  const len = s.length;
  // Polynomial hashes of prefixes and suffixes, so each deletion hashes in O(1).
  const pre = new Array<number>(len + 1);
  const suf = new Array<number>(len + 1);
  const pow = new Array<number>(len + 1);
  pre[0] = 0;
  pow[0] = 1;
  for (let i = 0; i < len; i++) {
    pre[i + 1] = (Math.imul(pre[i]!, 131) + s.charCodeAt(i)) >>> 0;
    pow[i + 1] = Math.imul(pow[i]!, 131) >>> 0;
  }
  suf[len] = 0;
  for (let i = len - 1; i >= 0; i--)
    suf[i] = (Math.imul(s.charCodeAt(i), pow[len - 1 - i]!) + suf[i + 1]!) >>> 0;
  const put = (hash: number, length: number) => {
    const key = ((hash >>> 6) % HASH_BITS) * 32 + Math.min(length, 31);
    out[n++] = key * ID_SPACE + id;
  };
  put(pre[len]!, len);
  for (let i = 0; i < len; i++) put((Math.imul(pre[i]!, pow[len - 1 - i]!) + suf[i + 1]!) >>> 0, len - 1);
  return n;
}

/** True when surname ids a and b are typo neighbours. */
export function areNeighbours(index: SurnameIndex, a: number, b: number): boolean {
  for (let e = index.start[a]!; e < index.start[a + 1]!; e++) if (index.neighbours[e] === b) return true;
  return false;
}
