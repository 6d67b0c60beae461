import type { z } from 'zod';

/** A record the app could not use, with where it stood in the feed and why it was refused. */
export interface Reject {
  where: string;
  why: string;
}

const MAX_SHOWN = 60;

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
  return shown.length > MAX_SHOWN ? `${shown.slice(0, MAX_SHOWN)}… (${shown.length} chars)` : shown;
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
