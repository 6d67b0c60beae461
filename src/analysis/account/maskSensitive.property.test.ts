import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { ingestFeed } from '../../feed/ingestFeed';
import { envelope, TEST_SETTINGS } from '../../test/feedBuilders';
import { findSensitive } from './findSensitive';
import { maskText } from './maskSensitive';
import { rawRecordView, revealSensitiveValue } from './rawRecordView';
import { generatedIban, middleOf } from './testIbans';

// Text around a value, starting and ending with something that is not a letter or digit (a value glued to a word,
// "IBANNL91…", is not recognised: see the README's masking notes).
const around = fc.tuple(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 })).map(([before, after]) => [`${before} `, `, ${after}`] as const);

/** Whether `text` shows the middle in any spelling: compact, or with the separators people put in. */
const leaks = (text: string, compact: string) => text.toUpperCase().replace(/[ \-\u00a0]/g, '').includes(middleOf(compact));

test.prop([generatedIban, around])('maskText never shows the middle of a generated IBAN', ({ compact, written }, [before, after]) => {
  const masked = maskText(`${before}${written}${after}`);
  expect(leaks(masked, compact)).toBe(false);
  expect(masked).toContain(`${compact.slice(0, 4)} ••••`);
});

test.prop([generatedIban, around, fc.constantFrom('note', 'customer', 'iban')])(
  'the raw view of a record holding an IBAN anywhere never shows its middle until that value is revealed',
  ({ compact, written }, [before, after], key) => {
    const record = { id: 'e1', ts: '2026-02-11T09:00:00Z', account: 'a', action: 'view', [key]: `${before}${written}${after}`, nested: { list: [written] } };
    const result = ingestFeed(JSON.stringify(envelope([record])), TEST_SETTINGS);
    if (!result.ok) throw new Error(result.error.why);
    const view = rawRecordView(result.feed, 'a', 'e1');
    if (!view) throw new Error('no view');
    const shown = view.parts.map((p) => (p.kind === 'text' ? p.text : p.shown)).join('');
    expect(leaks(shown, compact)).toBe(false);
    const revealed = view.parts.flatMap((p) => (p.kind === 'masked' ? [revealSensitiveValue(result.feed, 'a', 'e1', p.id) ?? ''] : []));
    expect(revealed.some((value) => leaks(value, compact))).toBe(true);
  },
);

test.prop([fc.string({ unit: 'binary', maxLength: 400 })])('any text: spans are in order, inside it and apart, and masking never throws', (text) => {
  const spans = findSensitive(text);
  spans.forEach((span, i) => {
    expect(span.start).toBeGreaterThanOrEqual(i === 0 ? 0 : (spans[i - 1]?.end ?? 0));
    expect(span.end).toBeGreaterThan(span.start);
    expect(span.end).toBeLessThanOrEqual(text.length);
  });
  expect(typeof maskText(text)).toBe('string');
});
