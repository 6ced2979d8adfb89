/**
 * Blocking: which pairs of records with a surname are worth scoring. Records
 * share a block when they share a canonical given name (or, without one, the
 * given initial) and a surname; blocks whose surnames are typo neighbours
 * (./surnames.ts) are compared across. Large blocks are compared within a
 * sliding window after sorting by birth year, unit and region, so cost stays
 * near-linear. Keys are integers and blocks flat arrays: at a million mentions
 * strings and per-block objects cost more than the comparisons.
 */
import type { Corpus, Prepared } from './prepare.ts';
import { surnameIndex } from './surnames.ts';

export interface BlockingOptions {
  /** Blocks (or two typo-neighbour blocks together) up to this size are compared all-pairs. */
  maxBlock: number;
  /** Window for larger blocks. */
  window: number;
}

export const DEFAULT_BLOCKING: BlockingOptions = { maxBlock: 80, window: 25 };

/** Integer block key: surname id (-1: none) and given id (or -1 - char code of the given initial). */
function blockKey(surname: number, given: number): number {
  return surname * 0x1000000 + (given + 0x800000);
}

/** Records grouped by (surname, given): members of block k are items[starts[k]] .. items[starts[k + 1] - 1]. */
interface Blocks {
  starts: Int32Array;
  items: Int32Array;
  /** Per block: its given key part, and its surname. */
  given: number[];
  surname: number[];
}

function givenKeys(r: Prepared): number[] {
  return r.given.length > 0 ? r.given : [-1 - r.givenInitial.charCodeAt(0)];
}

function groupBlocks(members: Prepared[]): Blocks {
  const byKey = new Map<number, number>();
  const given: number[] = [];
  const surname: number[] = [];
  let entries = 0;
  for (const r of members) entries += Math.max(r.given.length, 1);
  const entryBlock = new Int32Array(entries);
  const entryRecord = new Int32Array(entries);
  let e = 0;
  for (const r of members) {
    for (const g of givenKeys(r)) {
      const key = blockKey(r.surname, g);
      let b = byKey.get(key);
      if (b === undefined) {
        b = byKey.size;
        byKey.set(key, b);
        given.push(g);
        surname.push(r.surname);
      }
      entryBlock[e] = b;
      entryRecord[e++] = r.idx;
    }
  }
  const starts = new Int32Array(byKey.size + 1);
  for (const b of entryBlock) starts[b + 1]! += 1;
  for (let k = 1; k < starts.length; k++) starts[k]! += starts[k - 1]!;
  const fill = starts.slice(0, -1);
  const items = new Int32Array(entryBlock.length);
  for (let i = 0; i < entries; i++) items[fill[entryBlock[i]!]!++] = entryRecord[i]!;
  return { starts, items, given, surname };
}

function byFacts(a: Prepared, b: Prepared): number {
  // Records without a birth year sort last, by unit then region.
  const ya = Number.isNaN(a.byLo) ? 9999 : a.byLo;
  const yb = Number.isNaN(b.byLo) ? 9999 : b.byLo;
  return ya - yb || a.unit - b.unit || a.region - b.region;
}

function recordsOf(c: Corpus, blocks: Blocks, b: number, out: Prepared[]): Prepared[] {
  for (let e = blocks.starts[b]!; e < blocks.starts[b + 1]!; e++) out.push(c.records[blocks.items[e]!]!);
  return out;
}

/**
 * Visits pairs within `recs`: all of them when few, else neighbours in a window
 * after sorting by facts. With `side`, only pairs whose records lie on different
 * sides (two blocks compared across).
 */
function visitPairs(
  recs: Prepared[],
  opts: BlockingOptions,
  side: ((r: Prepared) => number) | undefined,
  visit: (a: Prepared, b: Prepared) => void,
): void {
  const big = recs.length > opts.maxBlock;
  if (big) recs.sort(byFacts);
  const window = big ? opts.window : recs.length;
  for (let i = 0; i < recs.length; i++) {
    const end = Math.min(recs.length, i + window);
    for (let j = i + 1; j < end; j++) {
      if (side && side(recs[i]!) === side(recs[j]!)) continue;
      visit(recs[i]!, recs[j]!);
    }
  }
}

/**
 * Calls `visit(a, b)` for every candidate pair among the records `include`
 * accepts: same given name (or initial) and surname, or surnames one or two
 * typos apart; records without a surname pair by the given name alone (a pair
 * of records with several readings of the given name may repeat).
 */
export function forEachCandidatePair(
  c: Corpus,
  opts: BlockingOptions,
  include: (r: Prepared) => boolean,
  visit: (a: Prepared, b: Prepared) => void,
): void {
  // A record needs a surname, or at least a given name, to be paired with anything.
  const members = c.records.filter(
    (r) => (r.surname >= 0 ? r.givenInitial !== '' || r.given.length > 0 : r.given.length > 0) && include(r),
  );
  const blocks = groupBlocks(members);
  const recs: Prepared[] = [];
  for (let b = 0; b < blocks.given.length; b++) {
    if (blocks.starts[b + 1]! - blocks.starts[b]! < 2) continue;
    recs.length = 0;
    visitPairs(recordsOf(c, blocks, b, recs), opts, undefined, visit);
  }
  const { start, neighbours } = surnameIndex(c);
  const bySurname = blocksBySurname(blocks, c.surnames.values.length);
  for (let s = 0; s + 1 < start.length; s++) {
    for (let e = start[s]!; e < start[s + 1]!; e++) {
      const t = neighbours[e]!;
      if (t > s) crossNeighbours(c, blocks, bySurname, s, t, opts, visit, recs);
    }
  }
}

/** Block ids per surname id, ordered by given key: blocks of s are ids[start[s]] .. ids[start[s + 1] - 1]. */
function blocksBySurname(blocks: Blocks, surnames: number): { start: Int32Array; ids: Int32Array } {
  const order: number[] = [];
  for (let b = 0; b < blocks.surname.length; b++) if (blocks.surname[b]! >= 0) order.push(b);
  order.sort((x, y) => blocks.surname[x]! - blocks.surname[y]! || blocks.given[x]! - blocks.given[y]!);
  const start = new Int32Array(surnames + 1);
  for (const b of order) start[blocks.surname[b]! + 1]! += 1;
  for (let s = 1; s <= surnames; s++) start[s]! += start[s - 1]!;
  return { start, ids: Int32Array.from(order) };
}

/** Compares across the blocks of typo-neighbour surnames s and t that share a given key. */
function crossNeighbours(
  c: Corpus,
  blocks: Blocks,
  by: { start: Int32Array; ids: Int32Array },
  s: number,
  t: number,
  opts: BlockingOptions,
  visit: (a: Prepared, b: Prepared) => void,
  recs: Prepared[],
): void {
  let i = by.start[s]!;
  let j = by.start[t]!;
  const iEnd = by.start[s + 1]!;
  const jEnd = by.start[t + 1]!;
  while (i < iEnd && j < jEnd) {
    const gi = blocks.given[by.ids[i]!]!;
    const gj = blocks.given[by.ids[j]!]!;
    if (gi < gj) i++;
    else if (gi > gj) j++;
    else {
      recs.length = 0;
      recordsOf(c, blocks, by.ids[i]!, recs);
      recordsOf(c, blocks, by.ids[j]!, recs);
      visitPairs(recs, opts, (r) => (r.surname === s ? 0 : 1), visit);
      i++;
      j++;
    }
  }
}
