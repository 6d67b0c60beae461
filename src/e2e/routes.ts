// The views worth a screenshot. A fixed demo clock (the app reads `demoNow` from the URL) keeps the generated
// feed, "last 24 h" windows and relative times identical between runs, so two sets of shots can be compared.
export const demoNow = '2026-02-12T06:00:00Z';

export type ShotRoute = { name: string; query: string };

export const shotRoutes: readonly ShotRoute[] = [
  { name: 'overview', query: '?view=overview' },
  { name: 'exports', query: '?view=exports' },
  { name: 'access', query: '?view=access' },
  { name: 'incidents', query: '?view=incidents' },
  { name: 'account-sup-adm-03', query: '?view=account&account=sup-adm-03' },
  // The demo's two compromised accounts: the nightly trickle (sup-adm-07) and the bulk dump (sup-adm-04).
  { name: 'account-sup-adm-07', query: '?view=account&account=sup-adm-07' },
  { name: 'account-sup-adm-04', query: '?view=account&account=sup-adm-04' },
  { name: 'wall', query: '?view=wall' },
].map((route) => ({ ...route, query: `${route.query}&demoNow=${demoNow}` }));

// The wall runs on a 1080p screen; 1366×768 is the smallest laptop an analyst is likely to use.
export const shotViewports = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
] as const;
