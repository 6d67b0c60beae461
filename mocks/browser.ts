import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';

/** The demo's feed host in the browser: dev server and built demo alike, so the app runs with no server of its own. */
export const worker = setupWorker(...handlers);
