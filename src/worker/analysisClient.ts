import { transfer, wrap, type Remote } from 'comlink';
import { AnalysisService, type IngestReport } from './analysisService';
import type { IngestSettings } from '../feed/settings';

type Method<T> = T extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;
type ServiceApi = { [K in keyof AnalysisService]: Method<AnalysisService[K]> };

/**
 * Every public method of AnalysisService, as a promise. A new analysis is a new service method: both clients pick it
 * up by themselves, so the worker and its in-thread twin cannot drift apart.
 */
export interface AnalysisClient extends Omit<ServiceApi, 'ingest'> {
  /** Where the analysis ran: the e2e suite checks that the browser used a real worker. */
  readonly mode: 'worker' | 'in-thread';
  /**
   * Reads a feed. In the worker, an ingest still running when another starts, or whose `signal` aborts, is stopped
   * by terminating the worker and starting a fresh one: a 300 MB feed nobody wants any more must not hold the next.
   */
  ingest(bytes: ArrayBuffer, settings: IngestSettings, signal?: AbortSignal): Promise<IngestReport>;
}

const aborted = (why: string) => new DOMException(why, 'AbortError');

function forwarding(mode: AnalysisClient['mode'], call: (key: string, args: unknown[]) => Promise<unknown>): AnalysisClient {
  return new Proxy({} as AnalysisClient, {
    get: (_target, key) => (key === 'mode' ? mode : typeof key === 'string' ? (...args: unknown[]) => call(key, args) : undefined),
  });
}

/** The same API run on this thread: for jsdom tests and browsers without module workers. */
export function createInThreadClient(service = new AnalysisService()): AnalysisClient {
  return forwarding('in-thread', async (key, args) => {
    // Runs to the end once started (it holds this thread); a signal already aborted stops it before it starts.
    if (key === 'ingest' && args[2] instanceof AbortSignal && args[2].aborted) throw aborted('the feed load was cancelled');
    const method: unknown = Reflect.get(service, key);
    if (typeof method !== 'function') throw new TypeError(`no analysis called ${key}`);
    return Reflect.apply(method, service, args);
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
    const transfers = args.filter((arg): arg is ArrayBuffer => arg instanceof ArrayBuffer);
    const sent = transfers.length > 0 ? [transfer(args[0], transfers), ...args.slice(1)] : args;
    const method: unknown = Reflect.get(remote, key);
    if (typeof method !== 'function') return Promise.reject(new TypeError(`no analysis called ${key}`));
    return new Promise((resolve, reject) => {
      pending.add(reject);
      (Reflect.apply(method, remote, sent) as Promise<unknown>).then(resolve, reject).finally(() => pending.delete(reject));
    });
  };
  return forwarding('worker', (key, args) => {
    if (key !== 'ingest') return send(key, args);
    const signal = args[2] instanceof AbortSignal ? args[2] : undefined;
    if (signal?.aborted) return Promise.reject(aborted('the feed load was cancelled'));
    if (ingests.size > 0) restart('a newer feed was chosen');
    const token = {};
    ingests.add(token);
    // Only this ingest's own abort may stop the worker: once superseded, its token is gone and the newer one is safe.
    const onAbort = () => ingests.has(token) && restart('the feed load was cancelled');
    signal?.addEventListener('abort', onAbort, { once: true });
    return send(key, args.slice(0, 2)).finally(() => {
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
