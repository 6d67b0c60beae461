/**
 * Where each event id was first seen, for the duplicate-id check of ingest: `add(id, at)` answers the `at` of an
 * earlier event with the same id, or -1 and remembers this one.
 *
 * A Map of a million fresh id strings cost ~0.5–1 s of a million-event ingest (its entries, its rehashing and the
 * collections they set off, with the whole feed alive in the heap). This is an open-addressing table in typed
 * arrays: the id strings are the feed's own, referenced, not copied. A feed crafted so that ids collide cannot make
 * it quadratic: a probe longer than MAX_PROBE hands every id to a Map (V8's string hash is seeded per process).
 */
export class FirstSeenIds {
  private slots = new Int32Array(1 << 12); // position + 1 of the id in `ids`, 0 for an empty slot
  private hashes = new Uint32Array(1 << 12);
  private readonly ids: string[] = [];
  private readonly at: number[] = [];
  private fallback: Map<string, number> | null = null;
  private readonly seed = (Math.random() * 0x1_0000_0000) >>> 0;

  /** `hash`: only for tests, which need ids that collide. */
  constructor(private readonly hashOf: (id: string, seed: number) => number = fnv1a) {}

  add(id: string, at: number): number {
    if (this.fallback) return this.addToMap(id, at);
    const hash = this.hashOf(id, this.seed) >>> 0;
    const mask = this.slots.length - 1;
    for (let probe = 0, slot = hash & mask; ; probe++, slot = (slot + 1) & mask) {
      const stored = this.slots[slot]!;
      if (stored === 0) {
        this.ids.push(id);
        this.at.push(at);
        this.slots[slot] = this.ids.length;
        this.hashes[slot] = hash;
        if (this.ids.length * 2 > this.slots.length) this.grow();
        return -1;
      }
      if (this.hashes[slot] === hash && this.ids[stored - 1] === id) return this.at[stored - 1]!;
      if (probe > MAX_PROBE) {
        this.toMap();
        return this.addToMap(id, at);
      }
    }
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const hashes = new Uint32Array(slots.length);
    const mask = slots.length - 1;
    for (let i = 0; i < this.slots.length; i++) {
      const stored = this.slots[i]!;
      if (stored === 0) continue;
      const hash = this.hashes[i]!;
      let slot = hash & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = stored;
      hashes[slot] = hash;
    }
    this.slots = slots;
    this.hashes = hashes;
  }

  private toMap(): void {
    const map = new Map<string, number>();
    this.ids.forEach((id, i) => map.set(id, this.at[i]!));
    this.fallback = map;
    this.slots = new Int32Array(0);
    this.hashes = new Uint32Array(0);
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
