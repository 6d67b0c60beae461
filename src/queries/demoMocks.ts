import { FeedUnavailableError } from './feedErrors';

let started: Promise<unknown> | null = null;

/** Registers MSW's service worker once, from the app's own folder so the demo works under any sub-path. */
export function startDemoWorker(): Promise<unknown> {
  // Component tests answer the demo path with MSW's node server instead.
  if (import.meta.env.MODE === 'test') return Promise.resolve();
  if (!('serviceWorker' in navigator)) {
    return Promise.reject(new FeedUnavailableError('the built-in demo runs in a service worker, which browsers allow only over HTTPS or on localhost'));
  }
  started ??= import('../../mocks/browser').then(({ worker }) =>
    worker.start({
      quiet: true,
      onUnhandledRequest: 'bypass',
      serviceWorker: { url: new URL('mockServiceWorker.js', document.baseURI).pathname },
    }),
  );
  return started;
}
