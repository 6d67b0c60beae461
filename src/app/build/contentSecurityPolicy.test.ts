import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { configuredFeedOrigins, contentSecurityPolicy } from './contentSecurityPolicy';

const directives = (policy: string) => new Map(policy.split(';').map((d) => { const [name = '', ...values] = d.trim().split(/\s+/); return [name, values]; }));

describe('contentSecurityPolicy', () => {
  const policy = directives(contentSecurityPolicy(['https://siem.example.org']));

  test('allows no inline script or style, no eval, and nothing from anywhere by default', () => {
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-|\*/);
    // data: and blob: only for images (the PNG export draws through a data: SVG image); images cannot run script.
    expect(directives(contentSecurityPolicy()).get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    const others = [...directives(contentSecurityPolicy())].filter(([name]) => name !== 'img-src');
    expect(others.filter(([, values]) => values.some((v) => v === 'data:' || v === 'blob:'))).toEqual([]);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
  });

  test('connects to this origin and the configured feed origins only', () => {
    expect(policy.get('connect-src')).toEqual(["'self'", 'https://siem.example.org']);
  });

  test('leaves out what a <meta> policy cannot carry (the browser would log an error for each)', () => {
    for (const headerOnly of ['frame-ancestors', 'report-uri', 'report-to', 'sandbox']) expect(policy.has(headerOnly)).toBe(false);
  });
});

describe('configuredFeedOrigins', () => {
  test('takes absolute feed URLs and allowedFeedOrigins, not relative ones', () => {
    const config = {
      feeds: [
        { id: 'demo', label: 'Demo', url: 'demo/feed.json', demo: true },
        { id: 'siem', label: 'SIEM', url: 'https://siem.example.org/export/feed.json?x=1' },
      ],
      allowedFeedOrigins: ['https://partner.example.net'],
    };
    expect(configuredFeedOrigins(JSON.stringify(config))).toEqual(['https://siem.example.org', 'https://partner.example.net']);
  });

  test('a broken config.json gives no extra origins (the app reports the config itself)', () => {
    expect(configuredFeedOrigins('{nope')).toEqual([]);
    expect(configuredFeedOrigins('{"feeds": []}')).toEqual([]);
  });

  test('the shipped config.json yields a policy with only this origin', () => {
    expect(configuredFeedOrigins(readFileSync('public/config.json', 'utf8'))).toEqual([]);
  });
});
