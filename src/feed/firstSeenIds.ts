/**
 * Where each event id was first seen, for the duplicate-id check of ingest: `add(id, at)` answers the `at` of an
 * earlier event with the same id, or -1 and remembers this one.
 *
 * A Map of a million fresh id strings cost ~0.5–1 s of a million-event ingest (its entries, its rehashing and the
 * collections they set off, with the whole feed alive in the heap). This is an open-addressing table in one typed
 * array of (position + 1, hash) pairs, sized for the records up front: it holds no id at all, since the caller's
 * records already do (`idAt`), so a million adds push nothing onto a growing list (that alone was ~85 ms) and touch
 * one cache line each. A feed crafted so that ids collide cannot make it quadratic: a probe longer than MAX_PROBE
 * hands every id to a Map (V8's string hash is seeded per process).
 */
export class FirstSeenIds {
  private table: Int32Array;
  private mask: number;
  private size = 0;
  private fallback: Map<string, number> | null = null;
  private readonly seed = (Math.random() * 0x1_0000_0000) | 0;

  /**
   * `idAt(at)`: the id that was added at `at` (read only when a hash matches, to tell a repeat from a collision).
   * `expected`: how many ids will be added, at most; the table grows past it if need be. `hashOf`: only for tests,
   * which need ids that collide.
   */
  constructor(
    private readonly idAt: (at: number) => string,
    expected = 0,
    private readonly hashOf: (id: string, seed: number) => number = fnv1a,
  ) {
    let slots = 1 << 12;
    while (slots < expected * 2) slots *= 2;
    this.table = new Int32Array(slots * 2);
    this.mask = slots - 1;
  }

  add(id: string, at: number): number {
    if (this.fallback) return this.addToMap(id, at);
    const hash = this.hashOf(id, this.seed) | 0;
    const table = this.table;
    const mask = this.mask;
    for (let probe = 0, slot = hash & mask; ; probe++, slot = (slot + 1) & mask) {
      const stored = table[slot * 2]!;
      if (stored === 0) {
        table[slot * 2] = at + 1;
        table[slot * 2 + 1] = hash;
        if (++this.size * 2 > mask) this.grow();
        return -1;
      }
      if (table[slot * 2 + 1] === hash && this.idAt(stored - 1) === id) return stored - 1;
      if (probe > MAX_PROBE) {
        this.toMap();
        return this.addToMap(id, at);
      }
    }
  }

  private grow(): void {
    const old = this.table;
    const table = new Int32Array(old.length * 2);
    const mask = table.length / 2 - 1;
    for (let i = 0; i < old.length; i += 2) {
      const stored = old[i]!;
      if (stored === 0) continue;
      const hash = old[i + 1]!;
      let slot = hash & mask;
      while (table[slot * 2] !== 0) slot = (slot + 1) & mask;
      table[slot * 2] = stored;
      table[slot * 2 + 1] = hash;
    }
    this.table = table;
    this.mask = mask;
  }

  private toMap(): void {
    const map = new Map<string, number>();
    // In the order they were added: an id stated twice must keep its first position.
    const positions: number[] = [];
    for (let i = 0; i < this.table.length; i += 2) if (this.table[i] !== 0) positions.push(this.table[i]! - 1);
    positions.sort((a, b) => a - b);
    for (const at of positions) {
      const id = this.idAt(at);
      if (!map.has(id)) map.set(id, at);
    }
    this.fallback = map;
    this.table = new Int32Array(0);
  }

  private addToMap(id: string, at: number): number {
    const earlier = this.fallback!.get(id);
    if (earlier !== undefined) return earlier;
    this.fallback!.set(id, at);
    return -1;
  }

  /** True once the table gave up on probing (for tests: a crafted feed of colliding ids). */
  get usesMap(): boolean {
    return this.fallback !== null;
  }
}

const MAX_PROBE = 64;

/** FNV-1a over UTF-16 code units, from a per-table seed. */
function fnv1a(id: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
