import { FeedUnavailableError } from './feedErrors';

let started: Promise<unknown> | null = null;

/**
 * MSW 2.15 calls `registration.update()` on an existing registration without awaiting it (get-worker-instance.ts).
 * When that background update fails — the page is closing, the host blipped — the rejection surfaces as an uncaught
 * error although the registered worker keeps answering. Marking the promise handled keeps it from being reported;
 * a caller that awaits it still sees the failure.
 */
function handleBackgroundUpdates(): void {
  const update = ServiceWorkerRegistration.prototype.update;
  if ((update as { breachlineHandled?: true }).breachlineHandled) return;
  const handled = function (this: ServiceWorkerRegistration) {
    const pending = update.call(this);
    pending.catch(() => undefined);
    return pending;
  };
  ServiceWorkerRegistration.prototype.update = Object.assign(handled, { breachlineHandled: true as const });
}

/** Registers MSW's service worker once, from the app's own folder so the demo works under any sub-path. */
export function startDemoWorker(): Promise<unknown> {
  // Component tests answer the demo path with MSW's node server instead.
  if (import.meta.env.MODE === 'test') return Promise.resolve();
  if (!('serviceWorker' in navigator)) {
    return Promise.reject(new FeedUnavailableError('the built-in demo runs in a service worker, which browsers allow only over HTTPS or on localhost'));
  }
  handleBackgroundUpdates();
  started ??= import('../../mocks/browser').then(({ worker }) =>
    worker.start({
      quiet: true,
      onUnhandledRequest: 'bypass',
      serviceWorker: { url: new URL('mockServiceWorker.js', document.baseURI).pathname },
    }),
  );
  return started;
}
