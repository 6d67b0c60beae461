import { describe, expect, test } from 'vitest';
import { asNumber, asText, readPath } from './readPath';

describe('readPath reads Elastic documents however they spell a path', () => {
  test.each([
    ['nested', { kibana: { alert: { severity: 'high' } } }],
    ['one flat dotted key', { 'kibana.alert.severity': 'high' }],
    ['flat inside nested', { kibana: { 'alert.severity': 'high' } }],
    ['nested inside flat', { 'kibana.alert': { severity: 'high' } }],
  ])('%s', (_name, doc) => {
    expect(readPath(doc, 'kibana.alert.severity')).toBe('high');
  });

  test('a dead end in one spelling does not hide the other', () => {
    expect(readPath({ kibana: { version: '8.3.0' }, 'kibana.alert.severity': 'low' }, 'kibana.alert.severity')).toBe('low');
  });

  test('only own keys answer: no "constructor" from Object.prototype', () => {
    expect(readPath({}, 'constructor')).toBeUndefined();
    expect(readPath({ a: {} }, 'a.toString')).toBeUndefined();
    expect(readPath(JSON.parse('{"__proto__": {"x": 1}}'), '__proto__.x')).toBe(1);
  });

  test('does not walk through lists or scalars', () => {
    expect(readPath({ a: [{ b: 1 }] }, 'a.b')).toBeUndefined();
    expect(readPath('text', 'length')).toBeUndefined();
  });
});

test('asText treats blanks and the "-" placeholder as nothing', () => {
  expect([asText(' x '), asText(''), asText('-'), asText(7), asText(Number.NaN), asText(null)]).toEqual(['x', undefined, undefined, '7', undefined, undefined]);
});

test('asNumber reads numbers and numeric text only', () => {
  expect([asNumber(89.0), asNumber('500.0'), asNumber('lots'), asNumber(Infinity), asNumber(true)]).toEqual([89, 500, undefined, undefined, undefined]);
});
