import { setupWorker } from 'msw/browser';
import { demoFeedInWorker } from './demoFeedInWorker';
import { demoFeedText } from './demoFeedText';
import { demoHandlers } from './handlers';

/** The demo's feed host in the browser: dev server and built demo alike, so the app runs with no server of its own. */
export const worker = setupWorker(...demoHandlers(demoFeedInWorker(demoFeedText)));
