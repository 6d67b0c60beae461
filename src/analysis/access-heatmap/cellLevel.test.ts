import { expect, test } from 'vitest';
import { cellHighlight, cellLevel, HIGHLIGHT, LEVEL } from './cellLevel';

test.each([
  ['off-hours and rare', true, true, false, LEVEL.high],
  ['rare only', false, true, false, LEVEL.medium],
  ['off-hours only: the night shift', true, false, false, LEVEL.info],
  ['neither', false, false, false, LEVEL.normal],
  ['off-hours only, raised by privilege or an export', true, false, true, LEVEL.medium],
  ['rare only, raised', false, true, true, LEVEL.high],
  ['high stays high when raised', true, true, true, LEVEL.high],
  ['ordinary work is not raised by privilege', false, false, true, LEVEL.normal],
])('%s', (_case, off, rare, raised, expected) => {
  expect(cellLevel(off, rare, raised)).toBe(expected);
});

test.each([
  ['privileged, off-hours, rare: the alarm', true, true, true, HIGHLIGHT.alarm],
  ['unprivileged, off-hours, rare: outlined only', true, true, false, HIGHLIGHT.unusual],
  ['privileged, rare at a business hour: outlined only', false, true, true, HIGHLIGHT.unusual],
  ['privileged night shift that always works then: nothing', true, false, true, HIGHLIGHT.none],
])('%s', (_case, off, rare, privileged, expected) => {
  expect(cellHighlight(off, rare, privileged)).toBe(expected);
});
