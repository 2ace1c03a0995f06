// The MSW server for vitest: the same handlers as the browser worker.
import { setupServer } from 'msw/node';
import { handlers } from './handlers';

export const server = setupServer(...handlers);
