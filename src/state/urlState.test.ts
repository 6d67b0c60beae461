import { afterEach, expect, test } from 'vitest';
import { hrefFor, parseUrlState } from './urlState';

afterEach(() => history.replaceState(null, '', '/'));

test('a link keeps every other parameter, sets what it names and drops what it clears', () => {
  history.replaceState(null, '', '/?view=access&range=30d&feed=https%3A%2F%2Fsiem.example%2Ffeed.json');
  expect(hrefFor({ view: 'account', account: 'sup-adm-07' })).toBe('?view=account&range=30d&feed=https%3A%2F%2Fsiem.example%2Ffeed.json&account=sup-adm-07');
  expect(hrefFor({ range: undefined })).toBe('?view=access&feed=https%3A%2F%2Fsiem.example%2Ffeed.json');
  // Clearing a key and not naming it are different links, asked in either order.
  expect(hrefFor({ view: 'exports', range: undefined })).toBe('?view=exports&feed=https%3A%2F%2Fsiem.example%2Ffeed.json');
  expect(hrefFor({ view: 'exports' })).toBe('?view=exports&range=30d&feed=https%3A%2F%2Fsiem.example%2Ffeed.json');
});

test('links follow the URL: the same patch after a navigation keeps the new parameters', () => {
  history.replaceState(null, '', '/?view=access&range=7d');
  expect(hrefFor({ view: 'account', account: 'a' })).toBe('?view=account&range=7d&account=a');
  history.pushState(null, '', '/?view=access&range=24h&privileged=1');
  expect(hrefFor({ view: 'account', account: 'a' })).toBe('?view=account&range=24h&privileged=1&account=a');
  expect(hrefFor({}, '?view=wall')).toBe('?view=wall');
  expect(hrefFor({ view: undefined }, '')).toBe('/');
});

test('the state read from the URL is the new one after every change, and a bad value falls back to its default', () => {
  expect(parseUrlState('?view=access&range=30d')).toMatchObject({ view: 'access', range: '30d' });
  expect(parseUrlState('?view=access&range=30d&privileged=1')).toMatchObject({ view: 'access', range: '30d', privileged: '1' });
  expect(parseUrlState('?view=nonsense&range=1y')).toMatchObject({ view: 'overview', range: '7d' });
  expect(parseUrlState('?view=access&range=30d').privileged).toBeUndefined();
  // The same string is one reading: the views that ask again get the same state.
  expect(parseUrlState('?view=wall')).toBe(parseUrlState('?view=wall'));
});
