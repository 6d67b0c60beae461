import type { DemoFeedMaker } from './handlers';

type Answer = { id: number; bytes: Uint8Array<ArrayBuffer> };

/**
 * The demo's bytes from a worker of its own (demoFeed.worker.ts), started on the first request and kept for the
 * page's life (the live demo asks once a minute). Where no module worker can start, the page makes it itself.
 */
export function demoFeedInWorker(fallback: DemoFeedMaker): DemoFeedMaker {
  let worker: Worker | null = null;
  let next = 0;
  const waiting = new Map<number, { resolve: (bytes: Uint8Array<ArrayBuffer>) => void; reject: (error: Error) => void }>();
  const start = (): Worker => {
    const started = new Worker(new URL('./demoFeed.worker.ts', import.meta.url), { type: 'module', name: 'breachline-demo-feed' });
    started.onmessage = ({ data }: MessageEvent<Answer>) => {
      waiting.get(data.id)?.resolve(data.bytes);
      waiting.delete(data.id);
    };
    // A worker that fails answers nobody: every request waiting on it fails (the app shows the feed as unavailable),
    // and the next request starts a new one.
    started.onerror = (event) => {
      event.preventDefault();
      for (const { reject } of waiting.values()) reject(new Error(`the demo feed could not be made: ${event.message || 'its worker failed'}`));
      waiting.clear();
      started.terminate();
      if (worker === started) worker = null;
    };
    return started;
  };
  return (seed, now) => {
    if (typeof Worker === 'undefined') return fallback(seed, now);
    worker ??= start();
    const id = next++;
    const answer = new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => waiting.set(id, { resolve, reject }));
    worker.postMessage({ id, seed, now });
    return answer;
  };
}
