import type { ParsedFeed, ParseResult, RawRecord } from './parseFeed';
import { findDuplicateKeys, mayRepeatKeys, type DuplicateKey, type KeyMarks } from './findDuplicateKeys';
import { lineColumnAt } from './jsonPosition';
import { quoteValue } from './rejects';

type LineColumn = { line: number; column: number };

const duplicateWhy = (dup: DuplicateKey, { line, column }: LineColumn, lineOffset = 0): string =>
  `duplicate key ${quoteValue(dup.key)} at line ${line + lineOffset}, column ${column}: JSON readers disagree on which value counts`;

/** Why one NDJSON line or stream document is refused for a repeated key, or null. `lineOffset`: lines above it. */
export function duplicateKeyIn(text: string, lineOffset: number): string | null {
  const dup = findDuplicateKeys(text, 1)[0];
  return dup ? duplicateWhy(dup, lineColumnAt(text, dup.offset), lineOffset) : null;
}

/** Line and column of increasing offsets in one pass (lineColumnAt per offset would rescan a 300 MB text each time). */
function lineColumns(text: string): (offset: number) => LineColumn {
  let line = 1;
  let lineStart = 0;
  let from = 0;
  return (offset) => {
    for (let i = text.indexOf('\n', from); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    from = Math.max(from, offset);
    return { line, column: offset - lineStart + 1 };
  };
}

/** The record a repeated key belongs to, as parseFeed names records; null when it is outside every record. */
function recordOf(shape: ParsedFeed['shape'], [first, second]: DuplicateKey['path']): string | null {
  if (shape === 'array' && typeof first === 'number') return `[${first}]`;
  if (shape === 'ndjson') {
    // A single non-envelope object: one record, unless it is a wrapper whose elements the adapters read one by one.
    if (first === 'Records' && typeof second === 'number') return `Records[${second}]`;
    if (first === 'hits' && second === 'hits') return null; // resolved with the third step in wrapperElement
    return 'line 1';
  }
  if (shape !== 'envelope') return null;
  if ((first === 'events' || first === 'accounts' || first === 'incidents' || first === 'buckets') && typeof second === 'number') return `${first}[${second}]`;
  return first === 'meta' ? 'meta' : null;
}

/** `hits.hits[i]` of a whole-file search response, which recordOf's two steps cannot name. */
const wrapperElement = (shape: ParsedFeed['shape'], path: DuplicateKey['path']): string | null =>
  shape === 'ndjson' && path[0] === 'hits' && path[1] === 'hits' && typeof path[2] === 'number' ? `hits.hits[${path[2]}]` : null;

const insideWrapper = (where: string) => /^(Records|hits\.hits)\[\d+\]$/.test(where);

/**
 * A record that states a key twice is refused with the position of the repeat (see findDuplicateKeys), and its
 * neighbours are kept. A repeat in `meta` drops the meta (the app's settings apply); a repeat in the envelope itself
 * (`"events"` twice) fails the feed: there is no telling which list is the feed.
 */
export function refuseDuplicateKeys(feed: ParsedFeed, text: string, whole?: unknown, keyMarks?: KeyMarks): ParseResult {
  // `whole`: the parsed text, which lets a clean feed (nearly all) skip the full scan (`keyMarks`: see mayRepeatKeys).
  if (whole !== undefined && !mayRepeatKeys(text, whole, keyMarks)) return { ok: true, feed };
  const dups = findDuplicateKeys(text);
  if (dups.length === 0) return { ok: true, feed };
  const refused = new Map<string, string>();
  const locate = lineColumns(text);
  for (const dup of dups) {
    const at = locate(dup.offset);
    const where = wrapperElement(feed.shape, dup.path) ?? recordOf(feed.shape, dup.path);
    if (where === null) {
      return { ok: false, error: { where: `line ${at.line}, column ${at.column}`, why: `duplicate key ${quoteValue(dup.key)} in the envelope: JSON readers disagree on which one counts` } };
    }
    if (!refused.has(where)) refused.set(where, where === 'meta' ? `${duplicateWhy(dup, at)}; using the app's settings` : duplicateWhy(dup, at));
  }
  const inside = new Map([...refused].filter(([where]) => insideWrapper(where)));
  for (const where of inside.keys()) refused.delete(where);
  const keep = (records: RawRecord[]) => records.filter((r) => !refused.has(r.where));
  const refusedBuckets = new Set([...refused.keys()].flatMap((where) => (/^buckets\[(\d+)\]$/.exec(where) ? [Number(where.slice(8, -1))] : [])));
  return {
    ok: true,
    feed: {
      ...feed,
      meta: refused.has('meta') ? undefined : feed.meta,
      events: keep(feed.events),
      eventValues: undefined,
      accounts: keep(feed.accounts),
      incidents: keep(feed.incidents),
      rejects: [...feed.rejects, ...[...refused].map(([where, why]) => ({ where, why }))],
      ...(inside.size > 0 ? { refusedInside: inside } : {}),
      ...(refusedBuckets.size > 0 ? { refusedBuckets } : {}),
    },
  };
}
