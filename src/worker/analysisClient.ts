import { transfer, wrap, type Remote } from 'comlink';
import { AnalysisService } from './analysisService';

type Method<T> = T extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;
type ServiceApi = { [K in keyof AnalysisService]: Method<AnalysisService[K]> };

/**
 * Every public method of AnalysisService, as a promise. A new analysis is a new service method: both clients pick it
 * up by themselves, so the worker and its in-thread twin cannot drift apart.
 */
export interface AnalysisClient extends ServiceApi {
  /** Where the analysis ran: the e2e suite checks that the browser used a real worker. */
  readonly mode: 'worker' | 'in-thread';
}

function forwarding(mode: AnalysisClient['mode'], call: (key: string, args: unknown[]) => Promise<unknown>): AnalysisClient {
  return new Proxy({} as AnalysisClient, {
    get: (_target, key) => (key === 'mode' ? mode : typeof key === 'string' ? (...args: unknown[]) => call(key, args) : undefined),
  });
}

/** The same API run on this thread: for jsdom tests and browsers without module workers. */
export function createInThreadClient(service = new AnalysisService()): AnalysisClient {
  return forwarding('in-thread', async (key, args) => {
    const method: unknown = Reflect.get(service, key);
    if (typeof method !== 'function') throw new TypeError(`no analysis called ${key}`);
    return Reflect.apply(method, service, args);
  });
}

export function createWorkerClient(): AnalysisClient {
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'breachline-analysis' });
  const remote: Remote<AnalysisService> = wrap<AnalysisService>(worker);
  return forwarding('worker', (key, args) => {
    // The feed's bytes are transferred, not copied: the main thread keeps nothing of a large feed.
    const transfers = args.filter((arg): arg is ArrayBuffer => arg instanceof ArrayBuffer);
    const sent = transfers.length > 0 ? [transfer(args[0], transfers), ...args.slice(1)] : args;
    const method: unknown = Reflect.get(remote, key);
    if (typeof method !== 'function') return Promise.reject(new TypeError(`no analysis called ${key}`));
    return Reflect.apply(method, remote, sent) as Promise<unknown>;
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
