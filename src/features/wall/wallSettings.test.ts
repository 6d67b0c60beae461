import { expect, test } from 'vitest';
import { appConfigSchema } from '../../feed/configSchema';
import { rotationOf } from './wallSettings';

const wall = appConfigSchema.parse({ feeds: [{ id: 'a', label: 'A', url: 'a.json' }], wall: { maskAccounts: false, rotateSeconds: 30, rotate: ['wall', 'access', 'incidents'] } }).wall;

test.each([
  ['goes to the next view in the list', 'wall', undefined, { next: 'access', seconds: 30 }],
  ['wraps round at the end', 'incidents', undefined, { next: 'wall', seconds: 30 }],
  ['lets the URL set the pace', 'access', 10, { next: 'incidents', seconds: 10 }],
  ['lets the URL turn it off', 'wall', 0, null],
  ['stays on a view that is not in the rotation', 'account', undefined, null],
] as const)('%s', (_case, view, urlSeconds, rotation) => {
  expect(rotationOf(wall, view, urlSeconds)).toEqual(rotation);
});

test('does not rotate by default, and masks accounts by default', () => {
  const defaults = appConfigSchema.parse({ feeds: [{ id: 'a', label: 'A', url: 'a.json' }] }).wall;
  expect(rotationOf(defaults, 'wall', undefined)).toBeNull();
  expect(defaults.maskAccounts).toBe(true);
});

test('a wall that masks accounts does not rotate onto views that show them', () => {
  const masked = { ...wall, maskAccounts: true };
  expect(rotationOf(masked, 'wall', undefined)).toBeNull();
  expect(rotationOf({ ...masked, rotate: ['wall', 'wall'] }, 'wall', undefined)).toEqual({ next: 'wall', seconds: 30 });
});
