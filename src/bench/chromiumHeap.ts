import type { CDPSession, Page } from 'playwright-core';

export interface HeapUse {
  /** V8 heap in use after a full collection, bytes. */
  used: number;
  /** ArrayBuffer backing stores (typed arrays, transferred feed bytes): outside the V8 heap, counted apart. */
  backing: number;
}

interface TargetReply {
  id: number;
  result?: unknown;
  error?: { message: string };
}

/**
 * The heap of a page and of its workers, each after a full collection, through the DevTools protocol. Playwright
 * hands out sessions for pages only, so the worker is reached the old way: the page's session auto-attaches to it
 * (unflattened) and commands travel inside Target.sendMessageToTarget. Attach before the worker starts.
 */
export async function attachHeapProbe(page: Page): Promise<{ read: () => Promise<{ page: HeapUse; workers: HeapUse[] }>; detach: () => Promise<void> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const workers = new Map<string, string>(); // session id → url
  const pending = new Map<number, (reply: TargetReply) => void>();
  let nextId = 0;
  cdp.on('Target.attachedToTarget', (event) => {
    if (event.targetInfo.type === 'worker') workers.set(event.sessionId, event.targetInfo.url);
  });
  cdp.on('Target.detachedFromTarget', (event) => {
    if (event.sessionId) workers.delete(event.sessionId);
  });
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const reply = JSON.parse(event.message) as TargetReply;
    pending.get(reply.id)?.(reply);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });

  const inWorker = async (sessionId: string, method: string): Promise<unknown> => {
    const id = ++nextId;
    const reply = new Promise<TargetReply>((resolve) => pending.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params: {} }) });
    const { result, error } = await reply;
    pending.delete(id);
    if (error) throw new Error(`${method} in the worker: ${error.message}`);
    return result;
  };

  return {
    read: async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const own = await cdp.send('Runtime.getHeapUsage');
      const inWorkers: HeapUse[] = [];
      for (const sessionId of workers.keys()) {
        await inWorker(sessionId, 'HeapProfiler.collectGarbage');
        const usage = (await inWorker(sessionId, 'Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
        inWorkers.push({ used: usage.usedSize, backing: usage.backingStorageSize ?? 0 });
      }
      return { page: { used: own.usedSize, backing: own.backingStorageSize }, workers: inWorkers };
    },
    detach: () => cdp.detach().catch(() => undefined),
  };
}
