import { expose } from 'comlink';
import { describe, expect, test, vi } from 'vitest';
import { createInThreadClient, createWorkerClient } from './analysisClient';
import type { IngestReport } from './analysisService';
import { TEST_SETTINGS } from '../test/feedBuilders';

// Real workers only run in the browser (the e2e suite proves those); here each "worker" is a MessageChannel with a
// comlink-exposed fake service, which is all the client talks to.

const never = () => new Promise<never>(() => {});
const answered = (revision: string) => ({ ok: true, revision }) as unknown as IngestReport;

/** Fake workers: the n-th one answers ingests with `r<n>`, unless `hangs(n)`, when it never answers. */
function fakeWorkers(hangs: (n: number) => boolean) {
  const terminated: boolean[] = [];
  const spawn = () => {
    const n = terminated.length;
    const { port1, port2 } = new MessageChannel();
    expose({ ingest: () => (hangs(n) ? never() : answered(`r${n}`)), overview: never }, port2);
    terminated.push(false);
    return Object.assign(port1, {
      terminate: () => {
        terminated[n] = true;
        port1.close();
        port2.close();
      },
    });
  };
  return { spawn, terminated };
}

const bytes = () => new TextEncoder().encode('[]').buffer;

describe('the worker client stops an ingest nobody waits for', () => {
  test('a second ingest while the first still runs terminates that worker and runs on a fresh one', async () => {
    const workers = fakeWorkers((n) => n === 0);
    const client = createWorkerClient(workers.spawn);
    const first = client.ingest(bytes(), TEST_SETTINGS);
    const second = client.ingest(bytes(), TEST_SETTINGS);
    await expect(first).rejects.toMatchObject({ name: 'AbortError', message: /newer feed/ });
    await expect(second).resolves.toMatchObject({ revision: 'r1' });
    expect(workers.terminated).toEqual([true, false]);
  });

  test("aborting an ingest's signal terminates the worker; the next ingest gets a fresh one", async () => {
    const workers = fakeWorkers((n) => n === 0);
    const client = createWorkerClient(workers.spawn);
    const controller = new AbortController();
    const running = client.ingest(bytes(), TEST_SETTINGS, controller.signal);
    controller.abort();
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    await expect(client.ingest(bytes(), TEST_SETTINGS)).resolves.toMatchObject({ revision: 'r1' });
    expect(workers.terminated).toEqual([true, false]);
  });

  test('a superseded ingest aborted late does not stop the one that replaced it', async () => {
    const workers = fakeWorkers((n) => n < 2);
    const client = createWorkerClient(workers.spawn);
    const old = new AbortController();
    const first = client.ingest(bytes(), TEST_SETTINGS, old.signal);
    const second = client.ingest(bytes(), TEST_SETTINGS);
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    old.abort();
    expect(workers.terminated).toEqual([true, false]);
    void second;
  });

  test('an abort after the ingest finished keeps the worker and its feed', async () => {
    const workers = fakeWorkers(() => false);
    const client = createWorkerClient(workers.spawn);
    const controller = new AbortController();
    await expect(client.ingest(bytes(), TEST_SETTINGS, controller.signal)).resolves.toMatchObject({ revision: 'r0' });
    controller.abort();
    await client.ingest(bytes(), TEST_SETTINGS);
    expect(workers.terminated).toEqual([false]);
  });

  test('view questions waiting on a terminated worker are rejected, not left hanging', async () => {
    const workers = fakeWorkers((n) => n === 0);
    const client = createWorkerClient(workers.spawn);
    void client.ingest(bytes(), TEST_SETTINGS).catch(() => undefined);
    const waiting = expect(client.overview('r0')).rejects.toMatchObject({ name: 'AbortError' });
    await client.ingest(bytes(), TEST_SETTINGS);
    await waiting;
  });

  test('a signal aborted before the call never reaches the worker', async () => {
    const workers = fakeWorkers(() => false);
    const client = createWorkerClient(workers.spawn);
    await expect(client.ingest(bytes(), TEST_SETTINGS, AbortSignal.abort())).rejects.toMatchObject({ name: 'AbortError' });
    expect(workers.terminated).toEqual([false]);
  });
});

describe('a feed streamed into the analysis', () => {
  async function* chunksOf(text: string, size: number) {
    const bytes = new TextEncoder().encode(text);
    for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size);
  }
  const ndjson = Array.from({ length: 50 }, (_, i) => JSON.stringify({ id: `e${i}`, ts: 1_770_800_000_000 + i * 60_000, account: `agent-${i % 5}`, action: 'view' })).join('\n');

  test('in-thread: the same report as reading the bytes whole, with progress after every chunk', async () => {
    const progress: number[] = [];
    const streamed = await createInThreadClient().ingestStream(chunksOf(ndjson, 97), TEST_SETTINGS, { onProgress: (p) => progress.push(p.records) });
    const whole = await createInThreadClient().ingest(new TextEncoder().encode(ndjson).buffer, TEST_SETTINGS);
    expect(streamed.ok && whole.ok && streamed.summary).toEqual(whole.ok && whole.summary);
    expect(progress.length).toBe(Math.ceil(ndjson.length / 97));
    expect(progress.at(-1)).toBe(49); // the last line has no newline: it is read at the end
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  test('through a worker: every chunk is handed over (transferred), and a newer feed stops a stream midway', async () => {
    const received: number[] = [];
    const spawn = () => {
      const { port1, port2 } = new MessageChannel();
      expose(
        {
          ingestStart: () => undefined,
          ingestChunk: (chunk: Uint8Array) => {
            received.push(chunk.byteLength);
            return { bytes: 0, records: 0, rejected: 0, mode: 'lines' };
          },
          ingestFinish: () => answered('streamed'),
          ingest: () => answered('whole'),
        },
        port2,
      );
      return Object.assign(port1, { terminate: () => port1.close() });
    };
    const client = createWorkerClient(spawn);
    const chunk = new Uint8Array(64);
    // The second chunk waits for the test, not for a timer: a loaded machine must not reorder the story.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    async function* slow() {
      yield chunk;
      await held;
      yield new Uint8Array(64);
    }
    const first = client.ingestStream(slow(), TEST_SETTINGS);
    await vi.waitFor(() => expect(received).toEqual([64]));
    expect(chunk.byteLength).toBe(0); // transferred, not copied
    const second = client.ingest(bytes(), TEST_SETTINGS);
    release();
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    await expect(second).resolves.toMatchObject({ revision: 'whole' });
    expect(received).toEqual([64]);
  });
});
