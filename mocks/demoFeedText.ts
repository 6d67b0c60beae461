import { demoScenario } from './demoScenario';

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
