/**
 * A growable list of scored record pairs in typed arrays: the resolver holds
 * millions of candidate links, which as [a, b, score] tuples would cost an
 * object each and keep the garbage collector busy.
 */
export class PairList {
  private a = new Int32Array(1024);
  private b = new Int32Array(1024);
  private s = new Float64Array(1024);
  length = 0;

  push(a: number, b: number, score: number): void {
    if (this.length === this.a.length) this.grow();
    this.a[this.length] = a;
    this.b[this.length] = b;
    this.s[this.length] = score;
    this.length++;
  }

  first(i: number): number {
    return this.a[i]!;
  }

  second(i: number): number {
    return this.b[i]!;
  }

  score(i: number): number {
    return this.s[i]!;
  }

  /**
   * Positions ordered by descending score (to 1/1024 bit; ties in no particular
   * order). Packs score and position into one double so the engine's native
   * numeric sort does the work instead of a comparator called n·log n times.
   */
  byScoreDescending(): Uint32Array {
    const packed = new Float64Array(this.length);
    for (let i = 0; i < this.length; i++) {
      const q = Math.round((Math.min(Math.max(this.s[i]!, -OFFSET), OFFSET) + OFFSET) * 1024);
      packed[i] = q * POSITIONS + i;
    }
    packed.sort();
    const out = new Uint32Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = packed[this.length - 1 - i]! % POSITIONS;
    return out;
  }

  private grow(): void {
    const size = this.a.length * 2;
    const a = new Int32Array(size);
    const b = new Int32Array(size);
    const s = new Float64Array(size);
    a.set(this.a);
    b.set(this.b);
    s.set(this.s);
    this.a = a;
    this.b = b;
    this.s = s;
  }
}

/** Scores are clamped to ±OFFSET bits for ordering (far beyond any real weight). */
const OFFSET = 1000;
/** 2^31 positions; (2·OFFSET·1024) · 2^31 stays below 2^53, so packing is exact. */
const POSITIONS = 2 ** 31;
