// Every random choice in the scenario comes from here, seeded from text, so one seed always tells the same story.
// sfc32 seeded by cyrb128: small, fast, good enough for synthetic data, and identical in Node and every browser
// (Math.random is neither seedable nor reproducible).

/** Hashes text into four 32-bit words (cyrb128, public domain). */
function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  return [h1 >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** Uniform real in [min, max). */
  between(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Waiting time of a Poisson process: how long until the next call, the next click. */
  exponential(mean: number): number;
  /** Sizes spread over orders of magnitude (export sizes): as many 100–1,000 as 1,000–10,000. */
  logUniform(min: number, max: number): number;
}

/** sfc32 (public domain): 128 bits of state, period about 2^128, four additions and shifts a number. */
class Sfc32 implements Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor([a, b, c, d]: [number, number, number, number]) {
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
    // Neighbouring seeds ("ag-0001|20496", "ag-0001|20497") start close; a few rounds decorrelate them.
    for (let i = 0; i < 12; i++) this.next();
  }

  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  exponential(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }

  logUniform(min: number, max: number): number {
    return Math.exp(Math.log(min) + this.next() * (Math.log(max) - Math.log(min)));
  }
}

// A class, not closures: a million-event scenario creates a few hundred thousand of these.
/** A generator for one part of the story, e.g. `seededRng(7, 'ag-0042', 20496)` for one agent's day. */
export function seededRng(...parts: readonly (string | number)[]): Rng {
  return new Sfc32(hash128(parts.join('|')));
}

/** One uniform number in [0, 1) for a single yes/no decision, without a whole generator. */
export function seededUnit(...parts: readonly (string | number)[]): number {
  return hash128(parts.join('|'))[0] / 4294967296;
}
