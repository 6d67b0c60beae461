import { z } from 'zod';

// Loaded by index.html before main.tsx, so it runs before any schema is built. zod 4 probes `new Function` when
// its first object schema is made, to compile fast parsers; under the page's Content-Security-Policy (no eval) that
// probe fails harmlessly but is reported as a violation on every load, which would train people to ignore eval
// reports. Validation on this thread is small (config.json, the URL), so it runs without the compiler. The
// analysis worker is not under the page's meta policy and keeps zod's compiled parsers for the feed.
z.config({ jitless: true });
