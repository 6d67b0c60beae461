import { z } from 'zod';

// zod 4 probes `new Function` when its first object schema is made, to compile fast parsers; under the page's
// Content-Security-Policy (no eval) that probe fails harmlessly but is reported as a violation on every load, which
// would train people to ignore eval reports. Validation on the page is small (config.json, the URL, a few schemas),
// so there it runs without the compiler. The analysis worker (no `document`; not under the page's meta policy) and
// the CLI keep zod's compiled parsers for the feed.
//
// Every module that builds a schema imports this first: since the views load by route, the bundler may put those
// modules in a chunk evaluated before the entry's own code, so a call from index.html alone would come too late.
// Only asks whether a page is there (the pure core's lint bans using the DOM, not detecting it).
if ('document' in globalThis) z.config({ jitless: true });
