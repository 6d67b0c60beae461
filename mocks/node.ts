import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The same handlers for tests in Node; src/test/setup.ts starts it with `onUnhandledRequest: 'error'`. */
export const server = setupServer(...handlers);
