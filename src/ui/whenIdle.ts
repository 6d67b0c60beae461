/** Runs `run` once the page is idle (within 2 s at the latest); returns a cancel. jsdom and Safari have no
 * requestIdleCallback: a short timer stands in. */
export function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 2_000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 50);
  return () => clearTimeout(id);
}
