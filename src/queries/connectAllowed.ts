/**
 * Whether this page's own `<meta>` Content-Security-Policy lets it connect to `origin`. The analysis worker is not
 * under that policy, so it fetches a feed only from where the page itself could: anything else is fetched on the page,
 * where the browser refuses it and the error names the policy. Only exact origins (and `'self'`) count; a page with no
 * `<meta>` policy (the dev server) leaves every fetch to the page.
 */
export function connectAllowed(origin: string, doc: Document = document): boolean {
  const metas = [...doc.querySelectorAll('meta[http-equiv]')].filter((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
  if (metas.length === 0) return false;
  // Browsers enforce every policy: each must allow the origin.
  return metas.every((meta) => {
    const directives = (meta.getAttribute('content') ?? '').split(';').map((d) => d.trim().split(/\s+/));
    const connect = directives.find(([name]) => name?.toLowerCase() === 'connect-src') ?? directives.find(([name]) => name?.toLowerCase() === 'default-src');
    if (!connect) return true;
    return connect.slice(1).some((token) => (token === "'self'" ? origin === doc.location.origin : token.replace(/\/$/, '') === origin));
  });
}
