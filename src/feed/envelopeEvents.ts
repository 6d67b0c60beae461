/**
 * A document's one big list parsed while its text is still arriving, so that the JSON.parse of a 160 MB feed (most of
 * the wait after its last byte) happens during the download instead: an envelope's `events`, a bare array's elements,
 * a CloudTrail file's `Records` or a `_search` response's `hits.hits` (LIST_PATHS). The text goes through in chunks;
 * between elements of the list, whole runs of elements are cut off and parsed as one small array each.
 *
 * It only ever gives the value JSON.parse would give for the whole text, or nothing: anything it is not sure of (a
 * key on the way to the list written with an escape, a key of the path again after the list, a list that does not
 * parse, a head of megabytes before the list) makes it give up, and the caller parses the whole text as before. It
 * checks nothing else about the feed.
 */
export class EnvelopeEvents {
  private stage: 'head' | 'events' | 'tail' | 'off' = 'head';
  /** The text before the list's `[` (head) and from its `]` on (tail): the envelope without its events. */
  private head = '';
  private tail: string[] = [];
  private scanned = 0;
  /** Events: nesting depth inside the element (0 = between elements). */
  private depth = 0;
  /** Head: per open container, whether it is an object, and the key it is at (null in a list, or before any key). */
  private readonly objects: boolean[] = [];
  private readonly keys: (string | null)[] = [];
  /** The path of the list being parsed (LIST_PATHS), once found. */
  private list: readonly string[] | null = null;
  private inString = false;
  /** In a string at the end of the last chunk, after an odd run of backslashes: the next character is escaped. */
  private escaped = false;
  private expectKey = false;
  private afterColon = false;
  private keyStart = 0;
  private pending: string[] = [];
  private cuts = 0;
  private readonly parsed: unknown[] = [];
  /** The text is a bare array, not an envelope: its elements are the list, and nothing but space may follow it. */
  private bare = false;

  /** The next piece of the feed's text, in order. */
  push(text: string): void {
    if (this.stage === 'head') this.pushHead(text);
    else if (this.stage === 'events') this.pushEvents(text);
    else if (this.stage === 'tail') this.tail.push(text);
  }

  /** Events parsed so far (0 once it has given up): what the progress bar counts. */
  get parsedCount(): number {
    return this.parsed.length;
  }

  /** The whole text's value, or undefined when the caller must parse the text itself. */
  finish(): unknown {
    if (this.stage !== 'tail') return undefined;
    const tail = this.tail.join('');
    if (this.bare) return isBlank(tail.slice(1)) ? this.parsed : undefined;
    const path = this.list ?? [];
    // A key of the path again after the list (plain, or spelt with \u escapes): which one JSON.parse keeps is for the
    // whole text to say.
    if (path.some((key) => tail.includes(`"${key}"`)) || tail.includes('\\u')) return undefined;
    let envelope: unknown;
    try {
      envelope = JSON.parse(`${this.head}${tail}`);
    } catch {
      return undefined;
    }
    let holder = envelope;
    for (const key of path.slice(0, -1)) holder = isObject(holder) ? holder[key] : undefined;
    const last = path.at(-1) ?? '';
    if (!isObject(holder) || !Array.isArray(holder[last]) || (holder[last] as unknown[]).length !== 0) return undefined;
    holder[last] = this.parsed;
    return envelope;
  }

  private giveUp(): void {
    this.stage = 'off';
    this.head = '';
    this.tail = [];
    this.pending = [];
    this.parsed.length = 0;
  }

  private pushHead(text: string): void {
    this.head += text;
    this.scanHead();
    // Members before the list are small (version, meta): a head of megabytes is not worth a second look.
    if (this.stage === 'head' && this.head.length > HEAD_LIMIT) this.giveUp();
  }

  private scanHead(): void {
    let head = this.head;
    let i = this.scanned;
    if (i === 0) {
      if (head.charCodeAt(0) === 0xfeff) this.head = head = head.slice(1);
      i = skipSpace(head, 0);
      if (i === head.length) return;
      if (head.charCodeAt(i) === OPEN_ARRAY) {
        this.bare = true;
        this.stage = 'events';
        this.head = '';
        this.depth = 0;
        return this.pushEvents(head.slice(i + 1));
      }
      if (head.charCodeAt(i) !== OPEN_OBJECT) return this.giveUp();
      this.open(true);
      i++;
    }
    const { objects, keys } = this;
    for (; i < head.length; i++) {
      const c = head.charCodeAt(i);
      if (this.inString) {
        const end = closingQuote(head, i);
        if (end === -1) break;
        this.inString = false;
        if (this.expectKey) {
          const key = head.slice(this.keyStart, end);
          // A key spelt with an escape may be a key of a path, as JSON.parse reads it.
          if (key.includes('\\') && this.mayLeadToList()) return this.giveUp();
          keys[keys.length - 1] = key;
          this.expectKey = false;
        }
        i = end;
      } else if (this.afterColon && !isSpace(c)) {
        if (c !== OPEN_ARRAY) return this.giveUp();
        this.stage = 'events';
        this.head = head.slice(0, i + 1);
        this.depth = 0;
        return this.pushEvents(head.slice(i + 1));
      } else if (c === QUOTE) {
        this.inString = true;
        this.keyStart = i + 1;
      } else if (c === COLON) this.afterColon = this.atListPath();
      else if (c === OPEN_OBJECT || c === OPEN_ARRAY) this.open(c === OPEN_OBJECT);
      else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        objects.pop();
        keys.pop();
        this.expectKey = false;
        // The document closed before any list it could stream.
        if (objects.length === 0) return this.giveUp();
      } else if (c === COMMA) this.expectKey = objects[objects.length - 1] === true;
    }
    this.scanned = i;
  }

  private open(object: boolean): void {
    this.objects.push(object);
    this.keys.push(null);
    this.expectKey = object;
  }

  /** True when the open containers (objects all the way) are the start of a path of LIST_PATHS, one key short or more. */
  private mayLeadToList(): boolean {
    const { objects, keys } = this;
    const d = keys.length - 1;
    return LIST_PATHS.some((p) => p.length > d && p.slice(0, d).every((key, k) => objects[k] && keys[k] === key) && objects[d] === true);
  }

  /** True at the colon after a key whose path from the top (objects all the way) is one of LIST_PATHS. */
  private atListPath(): boolean {
    const { objects, keys } = this;
    const path = LIST_PATHS.find((p) => p.length === keys.length && p.every((key, d) => objects[d] && keys[d] === key));
    if (path) this.list = path;
    return path !== undefined;
  }

  private pushEvents(text: string): void {
    let depth = this.depth;
    // Where the text not yet parsed starts, and the last top-level comma after it.
    let from = 0;
    let lastComma = -1;
    let close = -1;
    let i = 0;
    if (this.inString) {
      const start = this.escaped ? 1 : 0;
      const end = closingQuote(text, start);
      if (end === -1) {
        this.endInString(text, start);
        this.pending.push(text);
        return;
      }
      this.inString = false;
      i = end + 1;
    }
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        const end = closingQuote(text, i + 1);
        if (end === -1) {
          this.endInString(text, i + 1);
          break;
        }
        i = end;
      } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) depth++;
      else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        if (depth === 0) {
          close = i;
          break;
        }
        depth--;
      } else if (c === COMMA && depth === 0) {
        if (i - from < RUN) lastComma = i;
        else {
          if (!this.parsePending(text.slice(from, i))) return;
          from = i + 1;
          lastComma = -1;
        }
      }
    }
    this.depth = depth;
    const comma = lastComma === -1 ? -1 : lastComma - from;
    if (close === -1) return this.cut(from === 0 ? text : text.slice(from), comma);
    // The list's end: what is left since the last cut is its last run of elements.
    this.cut(text.slice(from, close), comma);
    if (this.stage === 'off') return;
    const run = this.pending.join('');
    this.pending = [];
    if (isBlank(run)) {
      // `[]` holds nothing; a blank after a comma is a trailing comma, which JSON.parse refuses.
      if (this.cuts > 0) return this.giveUp();
    } else if (!this.parseRun(run)) return this.giveUp();
    this.stage = 'tail';
    this.tail.push(text.slice(close));
  }

  /** Parses the elements before the text's last top-level comma (at `comma`); what follows it waits for more. */
  private cut(text: string, comma: number): void {
    if (comma === -1) this.pending.push(text);
    else if (this.parsePending(text.slice(0, comma))) this.pending = [text.slice(comma + 1)];
  }

  /** Parses what was pending and `last`, whole elements ending before a top-level comma; false once given up. */
  private parsePending(last: string): boolean {
    this.pending.push(last);
    const run = this.pending.join('');
    this.pending = [];
    if (isBlank(run) || !this.parseRun(run)) {
      this.giveUp();
      return false;
    }
    this.cuts++;
    return true;
  }

  /** The text ends inside a string whose characters here start at `from`: an odd run of backslashes escapes the next. */
  private endInString(text: string, from: number): void {
    this.inString = true;
    let run = 0;
    for (let j = text.length - 1; j >= from && text.charCodeAt(j) === BACKSLASH; j--) run++;
    this.escaped = run % 2 === 1;
  }

  private parseRun(run: string): boolean {
    let values: unknown;
    try {
      values = JSON.parse(`[${run}]`);
    } catch {
      return false;
    }
    for (const value of values as unknown[]) this.parsed.push(value);
    return true;
  }
}

/**
 * The lists it parses as they arrive, by their path from the top: a Breachline envelope's events, a CloudTrail log
 * file's Records, an Elasticsearch/OpenSearch `_search` response's hits. Other documents are parsed whole.
 */
const LIST_PATHS: readonly (readonly string[])[] = [['events'], ['Records'], ['hits', 'hits']];

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

const HEAD_LIMIT = 8 * 1024 * 1024;
/**
 * Characters of elements parsed in one go: runs of ~1 MB (the chunks a page hands the worker) took 4.4 s for a million
 * events in Node, runs of 64 K 2.2 s, about what JSON.parse takes for the whole text.
 */
const RUN = 64 * 1024;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isBlank = (text: string) => /^[ \n\r\t]*$/.test(text);

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The index of the quote that ends a string whose text starts at `from`, or -1 when it does not end in `text`. */
function closingQuote(text: string, from: number): number {
  for (let q = text.indexOf('"', from); q !== -1; q = text.indexOf('"', q + 1)) {
    let backslashes = 0;
    for (let j = q - 1; j >= from && text.charCodeAt(j) === BACKSLASH; j--) backslashes++;
    if (backslashes % 2 === 0) return q;
  }
  return -1;
}

