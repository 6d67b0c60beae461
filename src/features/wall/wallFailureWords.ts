import { FeedRejectedError, FeedUnavailableError } from '../../queries/feedErrors';

/**
 * Why the feed failed, in words safe for a wall. A rejected feed's message quotes the bytes it choked on, which may be
 * a customer's record: the wall says only that the copy was not valid, and the analyst's view shows where and why.
 */
export function wallFailureWords(error: Error | null): string {
  if (error instanceof FeedRejectedError) return 'the latest copy of the feed is not valid';
  if (error instanceof FeedUnavailableError) return error.message;
  if (error?.name === 'AbortError') return 'the last refresh was cancelled';
  return 'the feed could not be read';
}
