import { proxy, transfer, wrap, type Remote } from 'comlink';
import type { AnalysisService, FetchEvent, FetchedReport, IngestReport } from './analysisService';
import type { FeedRequest } from './fetchFeedBody';
import type { IngestSettings } from '../feed/settings';
import type { StreamProgress } from '../feed/feedStream';

type Method<T> = T extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;
type ServiceApi = { [K in keyof AnalysisService]: Method<AnalysisService[K]> };

/**
 * Every public method of AnalysisService, as a promise. A new analysis is a new service method: both clients pick it
 * up by themselves, so the worker and its in-thread twin cannot drift apart.
 */
export interface StreamOptions {
  signal?: AbortSignal;
  /** After each chunk the worker has taken in: bytes so far, records parsed, rejected. */
  onProgress?: (progress: StreamProgress) => void;
}

export interface AnalysisClient extends Omit<ServiceApi, 'ingest' | 'ingestStart' | 'ingestChunk' | 'ingestFinish' | 'ingestFetch'> {
  /** Where the analysis ran: the e2e suite checks that the browser used a real worker. */
  readonly mode: 'worker' | 'in-thread';
  /**
   * Reads a feed. In the worker, an ingest still running when another starts, or whose `signal` aborts, is stopped
   * by terminating the worker and starting a fresh one: a 300 MB feed nobody wants any more must not hold the next.
   */
  ingest(bytes: ArrayBuffer, settings: IngestSettings, signal?: AbortSignal): Promise<IngestReport>;
  /**
   * Reads a feed chunk by chunk as it arrives (each chunk handed over, not copied), with progress; cancelled like
   * `ingest`. The worker parses while the network still sends, and the page never holds the whole feed.
   */
  ingestStream(chunks: AsyncIterable<Uint8Array>, settings: IngestSettings, options?: StreamOptions): Promise<IngestReport>;
  /** Fetches a URL feed where the analysis runs and reads it as it arrives (see AnalysisService); cancelled like `ingest`. */
  ingestFetch(request: FeedRequest, maxBytes: number, settings: IngestSettings, onEvent: (event: FetchEvent) => void, signal?: AbortSignal): Promise<FetchedReport>;
}

/** Chunks the worker has not answered yet: enough to keep it busy while the next one is read, few enough to bound memory. */
const IN_FLIGHT = 4;

/** Drives a service's ingestStart/Chunk/Finish through `call`; `live()` turns false once this ingest is superseded. */
async function streamInto(call: (key: string, args: unknown[]) => Promise<unknown>, live: () => boolean, chunks: AsyncIterable<Uint8Array>, settings: IngestSettings, options: StreamOptions): Promise<IngestReport> {
  const check = () => {
    if (options.signal?.aborted || !live()) throw aborted('the feed load was cancelled');
  };
  check();
  await call('ingestStart', [settings]);
  const waiting: Promise<unknown>[] = [];
  for await (const chunk of chunks) {
    check();
    waiting.push(call('ingestChunk', [chunk]).then((progress) => options.onProgress?.(progress as StreamProgress)));
    if (waiting.length >= IN_FLIGHT) await waiting.shift();
  }
  await Promise.all(waiting);
  check();
  return (await call('ingestFinish', [])) as IngestReport;
}

const aborted = (why: string) => new DOMException(why, 'AbortError');

/** The AbortSignal an ingest call was given, wherever its method takes it. */
function signalOf(key: string, args: unknown[]): AbortSignal | undefined {
  const given = key === 'ingest' ? args[2] : key === 'ingestFetch' ? args[4] : key === 'ingestStream' ? (args[2] as StreamOptions | undefined)?.signal : undefined;
  return given instanceof AbortSignal ? given : undefined;
}

function forwarding(mode: AnalysisClient['mode'], call: (key: string, args: unknown[]) => Promise<unknown>): AnalysisClient {
  return new Proxy({} as AnalysisClient, {
    get: (_target, key) => (key === 'mode' ? mode : typeof key === 'string' ? (...args: unknown[]) => call(key, args) : undefined),
  });
}

/** The same API run on this thread: for jsdom tests and browsers without module workers. */
export function createInThreadClient(given?: AnalysisService): AnalysisClient {
  // Loaded on first use: the analysis (parser, ATT&CK catalogue, schemas) stays out of the page's first chunk, which
  // needs it only when no Web Worker is available.
  let service: Promise<AnalysisService> | null = given ? Promise.resolve(given) : null;
  const direct = async (key: string, args: unknown[]): Promise<unknown> => {
    service ??= import('./analysisService').then(({ AnalysisService }) => new AnalysisService());
    const target = await service;
    const method: unknown = Reflect.get(target, key);
    if (typeof method !== 'function') throw new TypeError(`no analysis called ${key}`);
    return Reflect.apply(method, target, args);
  };
  let current = {};
  return forwarding('in-thread', async (key, args) => {
    if (key === 'ingestStream') {
      const token = (current = {});
      return streamInto(direct, () => current === token, args[0] as AsyncIterable<Uint8Array>, args[1] as IngestSettings, (args[2] ?? {}) as StreamOptions);
    }
    // Runs to the end once started (it holds this thread); a signal already aborted stops it before it starts.
    if (signalOf(key, args)?.aborted) throw aborted('the feed load was cancelled');
    return direct(key, key === 'ingestFetch' ? args.slice(0, 4) : args);
  });
}

const spawnAnalysisWorker = () => new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'breachline-analysis' });

/** `spawn` is for tests, which hand in a fake worker (a MessagePort with a terminate()). */
export function createWorkerClient(spawn: () => Pick<Worker, 'terminate'> & Parameters<typeof wrap>[0] = spawnAnalysisWorker): AnalysisClient {
  let worker = spawn();
  let remote: Remote<AnalysisService> = wrap<AnalysisService>(worker);
  // Calls not yet answered: a terminated worker never answers, so a restart settles them itself.
  const pending = new Set<(reason: unknown) => void>();
  const ingests = new Set<object>();
  const restart = (why: string) => {
    worker.terminate();
    for (const reject of pending) reject(aborted(why));
    pending.clear();
    ingests.clear();
    worker = spawn();
    remote = wrap<AnalysisService>(worker);
  };
  const send = (key: string, args: unknown[]): Promise<unknown> => {
    // The feed's bytes are transferred, not copied: the main thread keeps nothing of a large feed.
    const handed = args.map((arg) => (arg instanceof Uint8Array && (arg.byteOffset !== 0 || arg.byteLength !== arg.buffer.byteLength) ? arg.slice() : arg));
    const transfers = handed.flatMap((arg) => (arg instanceof ArrayBuffer ? [arg] : arg instanceof Uint8Array ? [arg.buffer as ArrayBuffer] : []));
    const sent = transfers.length > 0 ? [transfer(handed[0], transfers), ...handed.slice(1)] : handed;
    const method: unknown = Reflect.get(remote, key);
    if (typeof method !== 'function') return Promise.reject(new TypeError(`no analysis called ${key}`));
    return new Promise((resolve, reject) => {
      pending.add(reject);
      (Reflect.apply(method, remote, sent) as Promise<unknown>).then(resolve, reject).finally(() => pending.delete(reject));
    });
  };
  return forwarding('worker', (key, args) => {
    if (key !== 'ingest' && key !== 'ingestStream' && key !== 'ingestFetch') return send(key, args);
    const options = (key === 'ingestStream' ? (args[2] ?? {}) : {}) as StreamOptions;
    const signal = signalOf(key, args);
    if (signal?.aborted) return Promise.reject(aborted('the feed load was cancelled'));
    if (ingests.size > 0) restart('a newer feed was chosen');
    const token = {};
    ingests.add(token);
    // Only this ingest's own abort may stop the worker: once superseded, its token is gone and the newer one is safe.
    const onAbort = () => ingests.has(token) && restart('the feed load was cancelled');
    signal?.addEventListener('abort', onAbort, { once: true });
    const run =
      key === 'ingest'
        ? send(key, args.slice(0, 2))
        : key === 'ingestFetch'
          ? send(key, [...args.slice(0, 3), proxy(args[3] as (event: FetchEvent) => void)])
          : streamInto(send, () => ingests.has(token), args[0] as AsyncIterable<Uint8Array>, args[1] as IngestSettings, options);
    return run.finally(() => {
      ingests.delete(token);
      signal?.removeEventListener('abort', onAbort);
    });
  });
}

let shared: AnalysisClient | null = null;

export function analysisClient(): AnalysisClient {
  shared ??= typeof Worker === 'function' ? createWorkerClient() : createInThreadClient();
  return shared;
}

/** Tests install an in-thread client with a fresh service, so no feed leaks from one test into the next. */
export function setAnalysisClient(client: AnalysisClient | null): void {
  shared = client;
}
