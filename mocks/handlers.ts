import { http } from 'msw';
import { DEFAULT_DEMO_SEED } from './demoFeedArgs';
import { DEMO_FEED_PATH } from './demoFeedPath';
import { demoFeedText } from './demoFeedText';
import { parseInstant } from './parseInstant';

/** Matches the demo feed under any host and base path: the built demo is served from sub-paths too. */
export const DEMO_FEED_URL = `*/${DEMO_FEED_PATH}`;

const MINUTE = 60_000;

const badRequest = (why: string) => new Response(why, { status: 400, headers: { 'Content-Type': 'text/plain' } });

/** The demo's text for one (seed, now), made here or elsewhere (the browser makes it in a worker: demoFeedInWorker). */
export type DemoFeedMaker = (seed: number, now: number) => BodyInit | Promise<BodyInit>;

/**
 * `?seed=` (integer, default 7) and `?now=` (RFC 3339 or epoch ms) pin the story for screenshots and tests. Without
 * `now` the feed runs on the real clock, rounded down to the minute, so the live demo gains events on every refresh.
 */
export async function serveDemoFeed(request: Request, make: DemoFeedMaker = demoFeedText): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const seedText = params.get('seed');
  const seed = seedText === null ? DEFAULT_DEMO_SEED : Number(seedText);
  if (!Number.isSafeInteger(seed)) return badRequest(`seed must be an integer, got '${seedText}'`);
  const nowText = params.get('now');
  const now = nowText === null ? Math.floor(Date.now() / MINUTE) * MINUTE : parseInstant(nowText);
  if (now === null) return badRequest(`now must be RFC 3339 with Z or an offset, or epoch ms, got '${nowText}'`);
  return new Response(await make(seed, now), {
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
  });
}

/** The happy path: the demo scenario, deterministic for a given seed and `now`. */
export const demoHandlers = (make?: DemoFeedMaker) => [http.get(DEMO_FEED_URL, ({ request }) => serveDemoFeed(request, make))];

export const handlers = demoHandlers();
