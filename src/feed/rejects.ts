import type { z } from 'zod';

/** A record the app could not use, with where it stood in the feed and why it was refused. */
export interface Reject {
  where: string;
  why: string;
}

const MAX_SHOWN = 60;

// The characters the UI's revealText marks (bidi overrides and isolates, zero-width and other format controls, C0/C1
// controls, lone surrogates). Inside a message they would reorder or hide the words around them, on screen and in a
// terminal alike ("Trojan Source", CVE-2021-42574), and ESC would start a terminal control sequence. The class lists
// control and combining characters on purpose: finding them is the point.
// eslint-disable-next-line no-control-regex, no-misleading-character-class
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Feed text as a message may carry it: cut at `max` characters, hidden characters shown as ⟨U+202E⟩. */
export function inertText(text: string, max = MAX_SHOWN): string {
  const cut = text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
  return cut.replace(HIDDEN, (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`);
}

/** Shows a feed value in an error message as inert, bounded text. */
export function quoteValue(value: unknown): string {
  let shown: string;
  if (typeof value === 'string') shown = `'${value}'`;
  else if (value === undefined) shown = 'nothing';
  else if (typeof value === 'number') shown = String(value); // JSON.stringify(Infinity) would say null
  else {
    try {
      shown = JSON.stringify(value) ?? String(value);
    } catch {
      shown = String(value);
    }
  }
  return inertText(shown);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = Object.prototype.hasOwnProperty.call(node, key) ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return node;
}

function joinPath(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
}

/** The first validation problem as words an engineer fixing a feed can act on. */
export function describeIssue(issue: z.core.$ZodIssue, record: unknown): { path: string; why: string } {
  const value = valueAt(record, issue.path);
  const path = joinPath(issue.path);
  if (value === undefined && issue.code === 'invalid_type') return { path, why: `missing ${path.slice(1) || 'value'}` };
  if (issue.path.at(-1) === 'ts' || issue.path.at(-1) === 'opened' || issue.path.at(-1) === 'generatedAt') {
    return { path, why: `not a timestamp: ${quoteValue(value)} (expected RFC 3339 with Z or an offset, or epoch ms)` };
  }
  return { path, why: `${issue.message.replace(/^Invalid input: /, '')}: ${quoteValue(value)}` };
}
