import { http } from 'msw';
import { DEFAULT_DEMO_SEED } from './demoFeedArgs';
import { DEMO_FEED_PATH } from './demoFeedPath';
import { demoScenario } from './demoScenario';
import { parseInstant } from './parseInstant';

/** Matches the demo feed under any host and base path: the built demo is served from sub-paths too. */
export const DEMO_FEED_URL = `*/${DEMO_FEED_PATH}`;

const MINUTE = 60_000;
// Generating and serialising the demo takes a few hundred ms; the live wall refreshes every minute, so the last few
// (seed, now) are kept and a reload within the minute is instant. Each entry is ~15 MB of text.
const CACHE_ENTRIES = 3;
const cache = new Map<string, string>();

/** The demo feed's JSON text for one seed and one `now`. */
export function demoFeedText(seed: number, now: number): string {
  const key = `${seed}@${now}`;
  let text = cache.get(key);
  if (text === undefined) {
    text = JSON.stringify(demoScenario({ seed, now }).feed);
    cache.set(key, text);
    for (const oldest of cache.keys()) {
      if (cache.size <= CACHE_ENTRIES) break;
      cache.delete(oldest);
    }
  }
  return text;
}

const badRequest = (why: string) => new Response(why, { status: 400, headers: { 'Content-Type': 'text/plain' } });

/**
 * `?seed=` (integer, default 7) and `?now=` (RFC 3339 or epoch ms) pin the story for screenshots and tests. Without
 * `now` the feed runs on the real clock, rounded down to the minute, so the live demo gains events on every refresh.
 */
export function serveDemoFeed(request: Request): Response {
  const params = new URL(request.url).searchParams;
  const seedText = params.get('seed');
  const seed = seedText === null ? DEFAULT_DEMO_SEED : Number(seedText);
  if (!Number.isSafeInteger(seed)) return badRequest(`seed must be an integer, got '${seedText}'`);
  const nowText = params.get('now');
  const now = nowText === null ? Math.floor(Date.now() / MINUTE) * MINUTE : parseInstant(nowText);
  if (now === null) return badRequest(`now must be RFC 3339 with Z or an offset, or epoch ms, got '${nowText}'`);
  return new Response(demoFeedText(seed, now), {
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
  });
}

/** The happy path: the demo scenario, deterministic for a given seed and `now`. */
export const handlers = [http.get(DEMO_FEED_URL, ({ request }) => serveDemoFeed(request))];
