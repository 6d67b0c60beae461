export interface DuplicateKey {
  /** Where the object holding the key twice sits: `['events', 12, 'rule']`; `[]` for the top-level object. */
  path: (string | number)[];
  key: string;
  /** Offset of the repeated key's opening quote. */
  offset: number;
}

// An object with more keys than this gets a Set: a crafted object with 100,000 same-length keys must not go quadratic.
const SET_ABOVE = 32;

/** Offset just past the string whose opening quote is at `start`. */
function endOfString(text: string, start: number): number {
  let quote = text.indexOf('"', start + 1);
  for (;;) {
    if (quote === -1) return text.length;
    let slashes = 0;
    while (text.charCodeAt(quote - 1 - slashes) === 0x5c) slashes++;
    if (slashes % 2 === 0) return quote + 1;
    quote = text.indexOf('"', quote + 1);
  }
}

/** A key's value: most keys have no escapes, and are read straight from the text. */
function keyText(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end - 1);
  return raw.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : raw;
}

/**
 * Keys an object states twice. JSON.parse keeps the last silently, other tools keep the first, so
 * `{"account": "admin", "account": "mallory"}` means different things to different readers: it is refused, not
 * guessed. `"\u0061ccount"` is `"account"` too. Only called on text JSON.parse accepted, so it does not validate.
 * Iterative, and it compares keys in place in the text: it runs over every byte of a feed, in the worker.
 */
export function findDuplicateKeys(text: string, limit = Number.POSITIVE_INFINITY): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  // Per open container (index = depth): is it an object, the array index or last key, where its keys start.
  const isObject: boolean[] = [];
  const index: number[] = [];
  const lastKey: number[] = [];
  const keyBase: number[] = [];
  const sets: (Set<string> | null)[] = [];
  // One report per object: a crafted object that repeats one key 100,000 times is one problem, not 100,000.
  const reported: boolean[] = [];
  // The keys of every open object, as [start, end) pairs into the text, and whether each has an escape.
  const keyStart: number[] = [];
  const keyEnd: number[] = [];
  const keyEscaped: boolean[] = [];
  let depth = 0;
  let expectKey = false;

  const same = (a: number, b: number): boolean => {
    const sa = keyStart[a] ?? 0;
    const ea = keyEnd[a] ?? 0;
    const sb = keyStart[b] ?? 0;
    const eb = keyEnd[b] ?? 0;
    if (keyEscaped[a] || keyEscaped[b]) return keyText(text, sa, ea) === keyText(text, sb, eb);
    if (ea - sa !== eb - sb) return false;
    for (let k = 1; k < ea - sa - 1; k++) if (text.charCodeAt(sa + k) !== text.charCodeAt(sb + k)) return false;
    return true;
  };
  const pathTo = (): (string | number)[] => {
    const path: (string | number)[] = [];
    for (let d = 0; d < depth - 1; d++) {
      const at = lastKey[d] ?? -1;
      path.push(isObject[d] ? keyText(text, keyStart[at] ?? 0, keyEnd[at] ?? 0) : (index[d] ?? 0));
    }
    return path;
  };

  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const end = endOfString(text, i);
      if (expectKey && isObject[depth - 1]) {
        const me = keyStart.length;
        keyStart.push(i);
        keyEnd.push(end);
        let escaped = false;
        for (let k = i + 1; k < end - 1 && !escaped; k++) escaped = text.charCodeAt(k) === 0x5c;
        keyEscaped.push(escaped);
        const base = keyBase[depth - 1] ?? 0;
        let set = sets[depth - 1] ?? null;
        let repeated = false;
        if (set) {
          const key = keyText(text, i, end);
          repeated = set.has(key);
          set.add(key);
        } else {
          for (let k = base; k < me && !repeated; k++) repeated = same(k, me);
          if (me - base > SET_ABOVE) {
            set = new Set();
            for (let k = base; k <= me; k++) set.add(keyText(text, keyStart[k] ?? 0, keyEnd[k] ?? 0));
            sets[depth - 1] = set;
          }
        }
        if (repeated && !reported[depth - 1] && found.length < limit) {
          found.push({ path: pathTo(), key: keyText(text, i, end), offset: i });
          reported[depth - 1] = true;
        }
        lastKey[depth - 1] = me;
        expectKey = false;
      }
      i = end - 1;
    } else if (c === 0x7b || c === 0x5b) {
      isObject[depth] = c === 0x7b;
      index[depth] = 0;
      keyBase[depth] = keyStart.length;
      sets[depth] = null;
      reported[depth] = false;
      depth++;
      expectKey = c === 0x7b;
    } else if (c === 0x2c) {
      if (isObject[depth - 1]) expectKey = true;
      else index[depth - 1] = (index[depth - 1] ?? 0) + 1;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
      // The closed object's keys are done with; its parent's keys stay below them on the stack.
      const base = keyBase[depth] ?? 0;
      keyStart.length = base;
      keyEnd.length = base;
      keyEscaped.length = base;
      sets[depth] = null;
    }
  }
  return found;
}

/** Own keys of every object in a parsed value (JSON.parse keeps one of a repeated key, so repeats are missing here). */
function keysIn(value: unknown, depth = 0): number {
  // Recursion is ~4× faster than a stack of its own here (~30 ms against ~115 ms on a million events); a crafted
  // document nested thousands deep (JSON.parse reads any depth) is walked by the stack instead of overflowing.
  if (depth > MAX_DEPTH) return keysInDeep(value);
  let n = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item !== null && typeof item === 'object') n += keysIn(item, depth + 1);
    }
    return n;
  }
  for (const key in value as Record<string, unknown>) {
    n++;
    const item = (value as Record<string, unknown>)[key];
    if (item !== null && typeof item === 'object') n += keysIn(item, depth + 1);
  }
  return n;
}

const MAX_DEPTH = 200;

function keysInDeep(value: unknown): number {
  let n = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (const item of v) if (item !== null && typeof item === 'object') stack.push(item);
      continue;
    }
    for (const key in v) {
      n++;
      const item = (v as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') stack.push(item);
    }
  }
  return n;
}

/** What scanKeyMarks finds in a feed's bytes. */
export interface KeyMarkCount {
  /** How often `":` occurs. */
  marks: number;
  /** JSON whitespace stands right before some colon, which may hide a key from the count (`"a" : 1`). */
  spaced: boolean;
}

const COLON = 0x3a;
const QUOTE = 0x22;
const isJsonSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
// The words below are read as the machine stores them; on a big-endian one (none a browser runs on) byte by byte.
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;
const NO_WORDS = new Uint32Array(0);

/**
 * How often `":` occurs in UTF-8 bytes, which is how often it occurs in their text (none of the three bytes looked at
 * is ever part of a multi-byte sequence), and whether whitespace stands before a colon. `previous`: the byte before
 * `bytes` (the last of the chunk before), for a pair split across chunks. The bytes are read four at a time and a
 * word holding no colon (most of them) is passed over with one test: on the 160 MB demo 74–111 ms, where counting
 * with every second byte looked at and then a regex over the text for the whitespace took 132–244 ms.
 */
export function scanKeyMarks(bytes: Uint8Array, previous = 0): KeyMarkCount {
  let marks = 0;
  let spaced = false;
  let before = previous;
  const byByte = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const c = bytes[i]!;
      if (c === COLON) {
        if (before === QUOTE) marks++;
        else if (isJsonSpace(before)) spaced = true;
      }
      before = c;
    }
  };
  if (!LITTLE_ENDIAN) {
    byByte(0, bytes.length);
    return { marks, spaced };
  }
  // Up to the first byte a Uint32Array may start at.
  const head = Math.min(bytes.length, (4 - (bytes.byteOffset & 3)) & 3);
  byByte(0, head);
  const count = (bytes.length - head) >>> 2;
  // (A view of none would still need an aligned start, which bytes too short to reach one do not have.)
  const words = count > 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset + head, count) : NO_WORDS;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    // The zero bytes of the word XOR four colons are its colons; (x - 0x01…) & ~x & 0x80… is non-zero exactly when x has a zero byte.
    const x = word ^ 0x3a3a3a3a;
    if (((x - 0x01010101) & ~x & 0x80808080) === 0) {
      before = word >>> 24;
      continue;
    }
    // Unrolled: a loop over the four bytes made the whole scan 86–138 ms.
    const b0 = word & 0xff;
    const b1 = (word >>> 8) & 0xff;
    const b2 = (word >>> 16) & 0xff;
    const b3 = word >>> 24;
    if (b0 === COLON) {
      if (before === QUOTE) marks++;
      else if (isJsonSpace(before)) spaced = true;
    }
    if (b1 === COLON) {
      if (b0 === QUOTE) marks++;
      else if (isJsonSpace(b0)) spaced = true;
    }
    if (b2 === COLON) {
      if (b1 === QUOTE) marks++;
      else if (isJsonSpace(b1)) spaced = true;
    }
    if (b3 === COLON) {
      if (b2 === QUOTE) marks++;
      else if (isJsonSpace(b2)) spaced = true;
    }
    before = b3;
  }
  byByte(head + words.length * 4, bytes.length);
  return { marks, spaced };
}

/**
 * That count, from the caller, who has the bytes the text was decoded from (scanKeyMarks on them): asked only when
 * the text parsed as one document, since an NDJSON feed is checked line by line.
 */
export type KeyMarks = () => KeyMarkCount;

/**
 * True when a text that holds `marks` `":` and no whitespace before any colon (scanKeyMarks), and that JSON.parse
 * turned into `value`, certainly states no key twice: mayRepeatKeys' test, for a caller that checked the text as it
 * arrived and need not gather it.
 */
export const statesNoKeyTwice = (value: unknown, marks: number): boolean => marks === keysIn(value);

/**
 * False when `text` (which JSON.parse turned into `value`) certainly states no key twice: a cheap test that spares the
 * full scan on the clean feeds that are nearly all of them. Every key of the text ends in `":` (when no whitespace
 * sits before a colon), and strings may add more, so the count of `":` is at least the keys written; when it equals
 * the keys JSON.parse kept, none was dropped as a repeat. Anything else goes to findDuplicateKeys.
 */
export function mayRepeatKeys(text: string, value: unknown, keyMarks?: KeyMarks): boolean {
  let written: number;
  if (keyMarks) {
    // Whitespace between a key and its colon hides the key from the count. Such a key has JSON whitespace right
    // before a colon; compact JSON has none anywhere. Only a text that has one (a pretty-printer's, or a message
    // " : ") needs the closer look.
    const { marks, spaced } = keyMarks();
    if (spaced && /"\s+:/.test(text)) return true;
    written = marks;
  } else {
    written = keyMarksIn(text);
    if (written === -1) return true;
  }
  return written !== keysIn(value);
}

/**
 * The `":` in a text, or -1 when whitespace stands before any colon (which may hide a key from the count; the full
 * scan decides). One indexOf per colon: on a million NDJSON lines ~0.15 s, where a regex test and an indexOf per key
 * took ~0.3 s.
 */
function keyMarksIn(text: string): number {
  let n = 0;
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) {
    const before = text.charCodeAt(i - 1);
    if (before === 0x22) n++;
    else if (before === 0x20 || before === 0x09 || before === 0x0a || before === 0x0d) return -1;
  }
  return n;
}
