export type DocumentSlice = { kind: 'document'; line: number; text: string } | { kind: 'stray'; line: number };

/**
 * Splits concatenated JSON documents (as `jq` prints them) by tracking brace depth outside strings.
 * It does not validate: each slice is parsed by JSON.parse, so its errors stay JSON.parse's own.
 */
export function* splitDocuments(text: string): Generator<DocumentSlice> {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let start = -1;
  let startLine = 1;
  let line = 1;
  let strayLine = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    if (inString) {
      if (escaped) escaped = false;
      else if (c === 92) escaped = true;
      else if (c === 34) inString = false;
      continue;
    }
    if (depth === 0) {
      if (c === 123 || c === 91) {
        start = i;
        startLine = line;
        depth = 1;
      } else if (c > 32 && strayLine !== line) {
        strayLine = line;
        yield { kind: 'stray', line };
      }
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      depth--;
      if (depth === 0) yield { kind: 'document', line: startLine, text: text.slice(start, i + 1) };
    }
  }
  if (depth > 0) yield { kind: 'document', line: startLine, text: text.slice(start) };
}
