let started: Promise<unknown> | null = null;

/** Registers MSW's service worker once, from the app's own folder so the demo works under any sub-path. */
export function startDemoWorker(): Promise<unknown> {
  started ??= import('../../mocks/browser').then(({ worker }) =>
    worker.start({
      quiet: true,
      onUnhandledRequest: 'bypass',
      serviceWorker: { url: new URL('mockServiceWorker.js', document.baseURI).pathname },
    }),
  );
  return started;
}
