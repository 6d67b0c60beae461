/** A JSON object as a third-party record holds it. */
export type Doc = Record<string, unknown>;

export const isDoc = (value: unknown): value is Doc => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A key's value, own keys only: a record with no "constructor" must not answer with Object's. */
export const own = (doc: Doc, key: string): unknown => (Object.prototype.hasOwnProperty.call(doc, key) ? doc[key] : undefined);

const DOT = 0x2e;

function walk(node: unknown, parts: readonly string[], from: number): unknown {
  if (from === parts.length) return node;
  if (!isDoc(node)) return undefined;
  const head = parts[from] ?? '';
  const nested = own(node, head);
  if (nested !== undefined) {
    const found = walk(nested, parts, from + 1);
    if (found !== undefined) return found;
  }
  if (from + 1 === parts.length) return undefined;
  // Flat dotted keys ("kibana.alert.rule.name" beside nested ECS objects): only keys that begin with this step can
  // match, so the scan allocates nothing for the (usual) documents without them (not even the prefix to compare).
  const dot = head.length;
  for (const key in node) {
    if (key.charCodeAt(dot) !== DOT || !key.startsWith(head) || !Object.prototype.hasOwnProperty.call(node, key)) continue;
    const steps = key.split('.');
    if (steps.every((step, i) => parts[from + i] === step)) {
      const found = walk(node[key], parts, from + steps.length);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

const splitPaths = new Map<string, readonly string[]>();

/**
 * The value at a dotted path, whether the document nests it (`{"user": {"name": …}}`), holds it as one flat dotted key
 * (`{"user.name": …}`) or mixes both (`{"kibana": {"alert.severity": …}}`). Elastic documents do all three.
 */
export function readPath(doc: unknown, path: string): unknown {
  let parts = splitPaths.get(path);
  if (parts === undefined) {
    parts = path.split('.');
    // The paths asked are the adapters' own constants (and their few derived forms): a small, bounded set.
    if (splitPaths.size < 10_000) splitPaths.set(path, parts);
  }
  return walk(doc, parts, 0);
}

/**
 * A usable piece of text: a non-blank string (trimmed) or a finite number, else undefined. A lone "-" is how Windows,
 * Wazuh and OCSF mappings write "nothing" (`src_endpoint.ip: "-"`, `targetUserName: "-"`), so it is nothing here too.
 */
export function asText(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' || trimmed === '-' ? undefined : trimmed;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** The first path that holds usable text, with the path it came from (for messages). */
export function firstText(doc: unknown, paths: readonly string[]): { path: string; text: string } | undefined {
  for (const path of paths) {
    const text = asText(readPath(doc, path));
    if (text !== undefined) return { path, text };
  }
  return undefined;
}

export const textAt = (doc: unknown, ...paths: string[]): string | undefined => firstText(doc, paths)?.text;

/** A finite number, also from a numeric string ("89.0", as some exporters quote them). */
export function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?([eE][+-]?\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

/** A value or list of values as a list of usable texts (ECS fields may be single or multi-valued). */
export function textList(value: unknown): string[] {
  const out: string[] = [];
  if (!Array.isArray(value)) {
    const text = asText(value);
    if (text !== undefined) out.push(text);
    return out;
  }
  for (const item of value) {
    const text = asText(item);
    if (text !== undefined) out.push(text);
  }
  return out;
}

/** A single object or a list of objects as a list of objects; anything else as none. */
export function docList(value: unknown): Doc[] {
  if (Array.isArray(value)) return value.filter(isDoc);
  return isDoc(value) ? [value] : [];
}

/** Caps free text copied into the event; the whole record stays in the raw view. */
export function clip(text: string | undefined, max = 2_000): string | undefined {
  return text === undefined || text.length <= max ? text : `${text.slice(0, max)}…`;
}
