// What test harnesses and benchmarks outside this package may use of the gateway: create one in
// their process (with its configuration and logger), mint an API token, or find the built server
// to run as a separate process (also alone: @ekoacteurs/gateway/built-server). Everything
// else under src/ is the gateway's own business.
export { createApiToken } from './auth/api-tokens.ts';
export { BUILT_SERVER } from './built-server.ts';
export { loadConfig, type Config } from './config.ts';
export { createLogger } from './logger.ts';
export { createGateway, type Gateway } from './server.ts';
