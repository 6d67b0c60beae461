import { describe, expect, test } from 'vitest';
import { revealText, truncateText } from './revealText';

describe('revealText', () => {
  test.each([
    ['admin', [{ kind: 'text', text: 'admin' }]],
    ['adm\u200Bin', [{ kind: 'text', text: 'adm' }, { kind: 'hidden', code: 'U+200B' }, { kind: 'text', text: 'in' }]],
    ['\u202Egpj.exe', [{ kind: 'hidden', code: 'U+202E' }, { kind: 'text', text: 'gpj.exe' }]],
    ['a\ud800b', [{ kind: 'text', text: 'a' }, { kind: 'hidden', code: 'U+D800' }, { kind: 'text', text: 'b' }]],
    ['emoji 😀 stays', [{ kind: 'text', text: 'emoji 😀 stays' }]],
  ])('%j', (text, parts) => {
    expect(revealText(text)).toEqual(parts);
  });
});

test('truncateText keeps short values and cuts long ones', () => {
  expect(truncateText('abc', 5)).toEqual({ shown: 'abc', cut: false });
  expect(truncateText('abcdefgh', 5)).toEqual({ shown: 'abcd…', cut: true });
});
