/** Where the demo feed is served, relative to the app (public/config.json names the same path). */
export const DEMO_FEED_PATH = 'demo/feed.json';
