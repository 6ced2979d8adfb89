/**
 * Clusters as union–find over record indexes, keeping each cluster's members
 * so that a merge can be refused when any member of one side conflicts with
 * any member of the other (this stops chains such as Ivan—I.—Igor).
 */
export class Clusters {
  private readonly parent: Int32Array;
  private readonly members: (number[] | undefined)[];

  constructor(size: number) {
    this.parent = new Int32Array(size);
    this.members = new Array(size);
    for (let i = 0; i < size; i++) this.parent[i] = i;
  }

  /** Root index of i's cluster. */
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    let x = i;
    while (this.parent[x] !== r) {
      const next = this.parent[x]!;
      this.parent[x] = r;
      x = next;
    }
    return r;
  }

  /** Members of the cluster rooted at `root`. */
  membersOf(root: number): number[] {
    return this.members[root] ?? [root];
  }

  /**
   * Merges the clusters of a and b unless `compatible(x, y)` is false for some
   * member pair. Returns true when they are (now) one cluster.
   */
  tryUnion(a: number, b: number, compatible: (x: number, y: number) => boolean): boolean {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return true;
    const ma = this.membersOf(ra);
    const mb = this.membersOf(rb);
    for (const x of ma) for (const y of mb) if (!compatible(x, y)) return false;
    if (ma.length < mb.length) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.members[ra] = [...this.membersOf(ra), ...this.membersOf(rb)];
    this.members[rb] = undefined;
    return true;
  }
}
