import { getResponse } from 'msw';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { demoScenario } from './demoScenario';
import { handlers } from './handlers';
import { feedFailing, feedSlow, feedText, feedWith } from './overrides';

const NOW = '2026-02-12T06:00:00Z';
const get = (url: string, using = handlers) => getResponse(using, new Request(url));

describe('the demo feed handler', () => {
  afterEach(() => vi.useRealTimers());

  test('serves the scenario for the seed and now in the URL, byte for byte', async () => {
    const response = await get(`http://localhost/demo/feed.json?seed=7&now=${NOW}`);
    expect(response?.status).toBe(200);
    expect(response?.headers.get('content-type')).toBe('application/json');
    expect(await response?.text()).toBe(JSON.stringify(demoScenario({ seed: 7, now: Date.parse(NOW) }).feed));
  });

  test('answers under any base path, and takes now as epoch ms too', async () => {
    const response = await get(`https://soc.example/breachline/demo/feed.json?seed=7&now=${Date.parse(NOW)}`);
    const body: unknown = await response?.json();
    expect(body).toMatchObject({ meta: { generatedAt: '2026-02-12T06:00:00.000Z', scenario: { seed: 7 } } });
  });

  test('without now, runs on the real clock rounded down to the minute, so the live demo moves', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.parse('2026-03-03T10:17:42.500Z'));
    const response = await get('http://localhost/demo/feed.json');
    const body: unknown = await response?.json();
    expect(body).toMatchObject({ meta: { generatedAt: '2026-03-03T10:17:00.000Z', scenario: { seed: 7 } } });
  });

  test.each([
    ['a seed that is not an integer', 'seed=seven'],
    ['a local time without a zone', 'now=2026-02-12T06:00:00'],
    ['a now that is no time at all', 'now=yesterday'],
  ])('refuses %s with 400 and says why', async (_case, query) => {
    const response = await get(`http://localhost/demo/feed.json?${query}`);
    expect(response?.status).toBe(400);
    expect(await response?.text()).toMatch(/must be/);
  });

  test('leaves other paths alone', async () => {
    expect(await get('http://localhost/demo/other.json')).toBeUndefined();
  });
});

describe('feed overrides', () => {
  const url = 'http://localhost/demo/feed.json';
  const events = [{ id: 'e-1', ts: NOW, account: 'sup-adm-07', action: 'export', records: 48_000 }];

  test('feedWith(events) serves exactly those events in an envelope', async () => {
    expect(await (await get(url, [feedWith(events)]))?.json()).toEqual({ schema: 'breachline/v1', events });
  });

  test('feedWith(envelope) serves the envelope as given', async () => {
    const envelope = { meta: { timezone: 'UTC' }, events };
    expect(await (await get(url, [feedWith(envelope)]))?.json()).toEqual(envelope);
  });

  test('feedText serves the body byte for byte', async () => {
    const text = '{"events": [\n{"id": "broken"';
    const response = await get(url, [feedText(text, 'application/x-ndjson')]);
    expect(await response?.text()).toBe(text);
    expect(response?.headers.get('content-type')).toBe('application/x-ndjson');
  });

  test.each([[undefined, 503], [500, 500]])('feedFailing(%s) answers %s with no body', async (status, expected) => {
    const response = await get(url, [feedFailing(status)]);
    expect(response?.status).toBe(expected);
    expect(await response?.text()).toBe('');
  });

  test('feedSlow answers only after the delay, with the given feed', async () => {
    const started = performance.now();
    const response = await get(url, [feedSlow(120, events)]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(100);
    expect(await response?.json()).toEqual({ schema: 'breachline/v1', events });
  });
});
