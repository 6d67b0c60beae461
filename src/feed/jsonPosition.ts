import { findJsonError } from './findJsonError';

/** Where JSON.parse gave up, as an offset into the text. V8 says "at position N" only sometimes, so we look ourselves. */
export function positionOfJsonError(error: unknown, text: string): number {
  const message = error instanceof Error ? error.message : '';
  const match = /position (\d+)/.exec(message);
  if (match) return Number(match[1]);
  const found = findJsonError(text);
  return found === -1 ? text.length : found;
}

/** 1-based line and column of an offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}
