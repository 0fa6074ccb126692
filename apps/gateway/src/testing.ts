// What test harnesses and benchmarks outside this package may use of the gateway: create one in
// their process (with its configuration and logger), mint an API token, or find the built server
// to run as a separate process. Everything else under src/ is the gateway's own business.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export { createApiToken } from './auth/api-tokens.ts';
export { loadConfig, type Config } from './config.ts';
export { createLogger } from './logger.ts';
export { createGateway, type Gateway } from './server.ts';

/** The bundle `pnpm build` writes (what `npm start` runs), for harnesses that spawn the gateway. */
export const BUILT_SERVER = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'server.mjs');
