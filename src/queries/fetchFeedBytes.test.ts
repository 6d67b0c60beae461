import { http, HttpResponse } from 'msw';
import { describe, expect, test } from 'vitest';
import { server } from '../../mocks/node';
import type { FeedSource } from './feedSource';
import { fetchFeedBytes } from './fetchFeedBytes';

const MB = 1024 * 1024;
const base = { label: 'x', refreshMs: false as const };
const linked: FeedSource = { ...base, kind: 'url', id: 'u', url: 'https://feeds.example.org/feed.json', origin: 'https://feeds.example.org', allowed: false };
const configured: FeedSource = { ...base, kind: 'configured', id: 'c', url: 'https://siem.example.org/feed.json', origin: 'https://siem.example.org', demo: false };
type Loadable = Exclude<FeedSource, { kind: 'invalid' }>;

describe('credentials', () => {
  test.each<[string, Loadable, RequestCredentials]>([
    ['a link-supplied feed gets none', linked, 'omit'],
    ['a configured feed gets same-origin ones only', configured, 'same-origin'],
  ])('%s', async (_name, source, expected) => {
    let seen: RequestCredentials | undefined;
    server.use(
      http.get(source.kind === 'file' ? '' : source.url, ({ request }) => {
        seen = request.credentials;
        return HttpResponse.json([]);
      }),
    );
    await fetchFeedBytes(source, MB);
    expect(seen).toBe(expected);
  });
});

describe('the size limit', () => {
  test('a declared Content-Length above the limit is refused before the body is read, with the setting named', async () => {
    server.use(http.get(linked.url, () => new HttpResponse('[]', { headers: { 'Content-Length': String(3 * MB) } })));
    await expect(fetchFeedBytes(linked, 2 * MB)).rejects.toThrow(/the feed is 3\.0 MB; this deployment reads at most 2 MB \(maxFeedMegabytes in config\.json\)/);
  });

  const chunked = (chunks: number, onPull = () => {}) =>
    new ReadableStream<Uint8Array>({
      pull(controller) {
        onPull();
        if (chunks-- > 0) controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
        else controller.close();
      },
    });

  test('a body with no Content-Length is cut off once it passes the limit, not read to its end', async () => {
    let pulled = 0;
    server.use(http.get(linked.url, () => new HttpResponse(chunked(256, () => pulled++))));
    await expect(fetchFeedBytes(linked, MB)).rejects.toThrow(/more than 1 MB; this deployment reads at most 1 MB/);
    expect(pulled).toBeLessThan(64); // 16 chunks make 1 MB; a few more may be buffered ahead
  });

  test('a body within the limit arrives whole', async () => {
    server.use(http.get(linked.url, () => new HttpResponse(chunked(4))));
    expect((await fetchFeedBytes(linked, MB)).byteLength).toBe(4 * 64 * 1024);
  });

  test('a local file above the limit is refused without being read', async () => {
    const file = new File([new Uint8Array(2 * MB)], 'huge.json');
    const source = { ...base, kind: 'file' as const, id: 'f', origin: 'local file', files: [file] };
    await expect(fetchFeedBytes(source, MB)).rejects.toThrow(/^huge\.json: the feed is 2\.0 MB; this deployment reads at most 1 MB/);
  });
});
