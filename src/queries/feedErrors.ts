import type { Reject } from '../feed/rejects';

/** The feed host answered with an error or could not be reached. */
export class FeedUnavailableError extends Error {
  override name = 'FeedUnavailableError';
}

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
