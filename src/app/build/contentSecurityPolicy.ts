import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { appConfigSchema } from '../../feed/configSchema.ts';

/**
 * The page's Content-Security-Policy. Nothing inline and no eval: the build has neither (Vite emits every script and
 * stylesheet as a file), so a feed value that ever reached the DOM as markup could not run or restyle the page.
 * `connect-src` names where feeds may come from: the app's own origin (config.json, the demo that MSW answers,
 * same-origin feeds) plus the origins the deployment configured when it was built.
 */
export function contentSecurityPolicy(feedOrigins: readonly string[] = []): string {
  const connect = ["'self'", ...new Set(feedOrigins)].join(' ');
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:", // the PNG export draws the page through a data: SVG image; images cannot run script
    "font-src 'self'",
    `connect-src ${connect}`,
    "worker-src 'self'", // the analysis worker and, for the demo, MSW's service worker
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Origins config.json names as feed sources: absolute feed URLs and `allowedFeedOrigins`. */
export function configuredFeedOrigins(configText: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(configText);
  } catch {
    return []; // the app shows a broken config.json itself; the policy then allows only this origin
  }
  const config = appConfigSchema.safeParse(parsed);
  if (!config.success) return [];
  const absolute = config.data.feeds.flatMap((feed) => (/^https?:\/\//i.test(feed.url) ? [new URL(feed.url).origin] : []));
  return [...absolute, ...config.data.allowedFeedOrigins];
}

/**
 * Writes the policy into the built index.html as a <meta http-equiv>, right after <meta charset> so it governs every
 * tag after it. Build only: the dev server injects its styles inline for hot reload, and would be unstyled under it.
 * A meta policy cannot read config.json at run time: a feed origin added to config.json after the build needs a
 * rebuild (or the same policy sent as a header by the host; see the README's Security section).
 */
export function contentSecurityPolicyPlugin(): Plugin {
  let configPath = '';
  return {
    name: 'breachline-content-security-policy',
    apply: 'build',
    configResolved(config) {
      configPath = join(config.publicDir, 'config.json');
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const policy = contentSecurityPolicy(existsSync(configPath) ? configuredFeedOrigins(readFileSync(configPath, 'utf8')) : []);
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
        const charset = /<meta charset="UTF-8" \/>/i;
        if (!charset.test(html)) throw new Error('index.html has no <meta charset="UTF-8" />: the CSP goes right after it');
        return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
      },
    },
  };
}
