import type { Reject } from '../feed/rejects';

// Thrown where the feed is fetched, on the page or in the analysis worker.
export { FeedUnavailableError } from '../worker/fetchFeedBody';

/** The feed arrived but is not a feed: not JSON, or no shape matches. Carries where and why. */
export class FeedRejectedError extends Error {
  override name = 'FeedRejectedError';
  constructor(readonly reject: Reject) {
    super(`${reject.where}: ${reject.why}`);
  }
}

/** config.json is missing or invalid; each problem names its path. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: Reject[]) {
    super(`config.json is not valid: ${problems.map((p) => `${p.where}: ${p.why}`).join('; ')}`);
  }
}
