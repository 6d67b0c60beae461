import { afterEach, describe, expect, test } from 'vitest';
import { connectAllowed } from './connectAllowed';

const self = location.origin;

function withPolicy(...policies: string[]) {
  for (const content of policies) {
    const meta = document.createElement('meta');
    meta.setAttribute('http-equiv', 'Content-Security-Policy');
    meta.setAttribute('content', content);
    document.head.append(meta);
  }
}

afterEach(() => document.head.querySelectorAll('meta').forEach((m) => m.remove()));

describe('which feeds the analysis worker may fetch itself', () => {
  test("the page's own origin and the origins connect-src names", () => {
    withPolicy("default-src 'none'; connect-src 'self' https://siem.example.org; worker-src 'self'");
    expect(connectAllowed(self)).toBe(true);
    expect(connectAllowed('https://siem.example.org')).toBe(true);
  });

  test('an origin the policy does not name stays with the page, where the browser refuses it', () => {
    withPolicy("connect-src 'self' https://siem.example.org");
    expect(connectAllowed('https://elsewhere.example.net')).toBe(false);
    expect(connectAllowed('https://siem.example.org.evil.net')).toBe(false);
  });

  test('without connect-src, default-src decides', () => {
    withPolicy("default-src 'none'");
    expect(connectAllowed(self)).toBe(false);
  });

  test('every policy must allow it, as browsers enforce them all', () => {
    withPolicy("connect-src 'self' https://siem.example.org", "connect-src 'self'");
    expect(connectAllowed('https://siem.example.org')).toBe(false);
    expect(connectAllowed(self)).toBe(true);
  });

  test('a page with no policy of its own (the dev server) fetches on the page', () => {
    expect(connectAllowed(self)).toBe(false);
  });
});
