import { afterEach, describe, expect, test, vi } from 'vitest';
import { demoFeedInWorker } from './demoFeedInWorker';

/** A stand-in for the demo worker: answers each request with its seed's bytes, unless told to fail. */
class FakeWorker {
  static started = 0;
  static failNext = false;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor() {
    FakeWorker.started++;
  }
  postMessage({ id, seed }: { id: number; seed: number }) {
    queueMicrotask(() => {
      if (FakeWorker.failNext) {
        FakeWorker.failNext = false;
        this.onerror?.({ message: 'boom', preventDefault: () => undefined } as ErrorEvent);
        return;
      }
      this.onmessage?.({ data: { id, bytes: new TextEncoder().encode(`{"seed":${seed}}`) } } as MessageEvent);
    });
  }
  terminate() {
    this.terminated = true;
  }
}

const text = async (body: BodyInit) => new Response(body).text();

describe('the demo feed made in a worker', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeWorker.started = 0;
  });

  test('each request gets its own answer, from one worker kept for the page', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const make = demoFeedInWorker(() => 'page-made');
    const [a, b] = await Promise.all([make(7, 0), make(11, 0)]);
    expect([await text(a), await text(b)]).toEqual(['{"seed":7}', '{"seed":11}']);
    expect(FakeWorker.started).toBe(1);
  });

  test('a failing worker fails the requests waiting on it, and the next request starts a new one', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const make = demoFeedInWorker(() => 'page-made');
    FakeWorker.failNext = true;
    await expect(make(7, 0)).rejects.toThrow(/demo feed could not be made: boom/);
    expect(await text(await make(7, 0))).toBe('{"seed":7}');
    expect(FakeWorker.started).toBe(2);
  });

  test('without Web Workers the page makes the feed itself', async () => {
    vi.stubGlobal('Worker', undefined);
    expect(await text(await demoFeedInWorker(() => 'page-made')(7, 0))).toBe('page-made');
  });
});
