import { demoFeedText } from './demoFeedText';

// The demo feed made off the page's thread: generating and serialising ~95,000 events is a few hundred ms, which on
// the page was one long task on every load and, on a live wall, once a minute.
const encoder = new TextEncoder();

self.onmessage = (event: MessageEvent<{ id: number; seed: number; now: number }>) => {
  const { id, seed, now } = event.data;
  const bytes = encoder.encode(demoFeedText(seed, now));
  self.postMessage({ id, bytes }, { transfer: [bytes.buffer] });
};
