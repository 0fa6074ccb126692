// The HTTP server: one origin for the API (/graphql), the health probes, the console (/console)
// and the portal (/). Also owns graceful shutdown.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Database } from '@ekoacteurs/db';
import { CLIENT_IP_HEADER, createCallerOf } from './auth/identify.ts';
import { createMailer } from './email/mailer.ts';
import { createEventBus } from './events/bus.ts';
import { createRedisEvents } from './events/redis.ts';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import { printSchemaSDL } from './schema-sdl.ts';
import { createPublicPages } from './public-pages/index.ts';
import { handleCalendarRequest } from './calendar/routes.ts';
import { createSpaHandler } from './static-files.ts';
import { appDistDir } from './app-dist.ts';
import { createRedisClient } from './security/index.ts';
import { createOutageReply } from './resilience/http.ts';
import { watchRedis } from './resilience/redis-health.ts';
import { createGraphQLHandler, type ServerContext } from './yoga.ts';
import { metricsPlugin, knownOperationNames } from './metrics/graphql-plugin.ts';
import { publicMetrics, startMetricsServer } from './metrics/endpoint.ts';
import { createMetrics, type GatewayMetrics } from './metrics/registry.ts';
import { routeOf } from './metrics/routes.ts';
import persistedDocuments from '@ekoacteurs/client/persisted-documents.json' with { type: 'json' };
import { startWebhookPoller, type WebhookPoller, type WebhookPollerOptions } from './webhooks/poller.ts';
import { handleExportDownload, redactExportSecret } from './privacy/download.ts';
import { startPrivacyJobs, type PrivacyJobOptions, type PrivacyJobs } from './privacy/jobs.ts';

const REQUEST_ID = /^[\w.:-]{1,128}$/;
const SCHEMA_SDL = printSchemaSDL();
const READY_TIMEOUT_MS = 2_000;

export interface Gateway {
  server: Server;
  /** Resolves with the bound port once listening. */
  listen(): Promise<number>;
  /** Stops accepting requests, lets in-flight ones finish (up to SHUTDOWN_TIMEOUT_MS), closes the database. */
  shutdown(): Promise<void>;
  /** Prometheus metrics (src/metrics/), and the port they are served on when METRICS_PORT is set. */
  metrics: GatewayMetrics;
  metricsPort(): number | null;
}

/** Webhook poller settings; it runs unless `enabled` is false (default: off when NODE_ENV is test). */
export type GatewayWebhookOptions = Partial<Omit<WebhookPollerOptions, 'prisma' | 'logger'>> & { enabled?: boolean };

/** Data exports and retention (src/privacy/); they run unless `enabled` is false (default: off when NODE_ENV is test). */
export type GatewayPrivacyOptions = Partial<Omit<PrivacyJobOptions, 'prisma' | 'logger'>> & { enabled?: boolean };

export function createGateway(deps: { config: Config; db: Database; logger: Logger; webhooks?: GatewayWebhookOptions; privacy?: GatewayPrivacyOptions }): Gateway {
  const { config, db, logger } = deps;
  const mailer = createMailer({ prisma: db.prisma, logger, smtpUrl: config.SMTP_URL, from: config.MAIL_FROM });
  const callerOf = createCallerOf({ prisma: db.prisma, publicUrl: config.PUBLIC_URL });
  const redis = config.REDIS_URL ? createRedisClient(config.REDIS_URL, logger) : null;
  // Notifications reach subscribers on every replica through Redis pub/sub when it is configured.
  const redisEvents = config.REDIS_URL && redis ? createRedisEvents({ publisher: redis, subscriber: createRedisClient(config.REDIS_URL, logger), logger }) : null;
  const events = createEventBus(redisEvents?.eventTarget);
  const redisHealth = watchRedis(redis, logger);
  const outageReply = createOutageReply(logger);
  const metrics = createMetrics({ db, smtp: Boolean(config.SMTP_URL), logger });
  let metricsServer: { server: Server; port: number } | null = null;
  const yoga = createGraphQLHandler({ config, prisma: db.prisma, logger, mailer, callerOf, redis, events, plugins: [metricsPlugin(metrics, knownOperationNames(persistedDocuments))] });
  const portal = createSpaHandler(config.PORTAL_DIST ?? appDistDir('portal'));
  const console = createSpaHandler(config.CONSOLE_DIST ?? appDistDir('console'));
  const publicPages = createPublicPages({ config, prisma: db.prisma, mailer, events });
  let shuttingDown = false;
  let webhookPoller: WebhookPoller | null = null;
  let privacyJobs: PrivacyJobs | null = null;

  async function handle(req: ServerContext['req'], res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://gateway');
    const path = url.pathname;

    if (path === '/graphql') return yoga(req, res, { req, res });
    if (path === '/graphql/schema.graphql') return sdl(res);
    if (path === '/metrics') return publicMetrics(req, res, metrics, config);
    if (path === '/healthz') return json(res, 200, { status: 'ok' });
    if (path === '/readyz') {
      if (shuttingDown) return json(res, 503, { status: 'unavailable', reason: 'shutting down' });
      const [reason, redisState] = await Promise.all([databaseProblem(db), redisHealth.state()]);
      return reason === null
        ? json(res, 200, { status: 'ready', database: db.target.kind, redis: redisState })
        : json(res, 503, { status: 'unavailable', reason: `database unreachable: ${reason}`, redis: redisState });
    }
    // A member's data archive, through its expiring link (src/privacy/download.ts).
    if (await handleExportDownload(db.prisma, url, res, req.method ?? 'GET')) return;
    // Server-rendered public pages (before the method check: their contact form is a POST).
    if (await publicPages(req, res, path)) return;
    if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, { error: 'Method not allowed' });
    if (await handleCalendarRequest(req, res, { prisma: db.prisma, publicUrl: config.PUBLIC_URL })) return;
    if (path === '/console' || path.startsWith('/console/')) {
      if (console(req, res, path.slice('/console'.length) || '/')) return;
      return notBuilt(res, 'console');
    }
    if (portal(req, res, path)) return;
    return notBuilt(res, 'portal');
  }

  const server = createServer((rawReq, res) => {
    const started = process.hrtime.bigint();
    const header = rawReq.headers['x-request-id'];
    const id = typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
    const req = Object.assign(rawReq, { id, log: logger.child({ requestId: id }) });
    // The client's address, from the socket or (behind a trusted proxy) X-Forwarded-For.
    req.headers[CLIENT_IP_HEADER] = clientIp(rawReq, config.TRUST_PROXY);
    res.setHeader('x-request-id', id);
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      req.log.info({ method: req.method, url: redactExportSecret(req.url), status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
      metrics.observeRequest(req.method ?? 'GET', routeOf(new URL(req.url ?? '/', 'http://gateway').pathname), res.statusCode, ms / 1000);
    });
    handle(req, res).catch((error: unknown) => {
      if (outageReply(error, res, id)) return;
      req.log.error({ err: error }, 'unhandled error');
      if (!res.headersSent) json(res, 500, { error: 'Internal error', requestId: id });
      else res.destroy();
    });
  });
  // Slow clients must not hold a connection (and a shutdown) forever.
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;

  return {
    server,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.PORT, config.HOST, async () => {
          if (config.METRICS_PORT !== undefined && !metricsServer) metricsServer = await startMetricsServer(metrics, config, logger).catch(reject as () => null);
          const address = server.address();
          if ((deps.webhooks?.enabled ?? config.NODE_ENV !== 'test') && !webhookPoller) {
            webhookPoller = startWebhookPoller({ ...deps.webhooks, prisma: db.prisma, logger });
          }
          if ((deps.privacy?.enabled ?? config.NODE_ENV !== 'test') && !privacyJobs) {
            privacyJobs = startPrivacyJobs({ ...deps.privacy, prisma: db.prisma, logger });
          }
          resolve(typeof address === 'object' && address ? address.port : config.PORT);
        });
      }),
    metrics,
    metricsPort: () => metricsServer?.port ?? null,
    shutdown: async () => {
      if (shuttingDown) return;
      shuttingDown = true;
      // No new webhook delivery starts; the ones in flight finish before the database closes.
      const webhooksStopped = webhookPoller?.stop();
      const privacyStopped = privacyJobs?.stop();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => {
        logger.warn({ timeoutMs: config.SHUTDOWN_TIMEOUT_MS }, 'shutdown timeout: closing remaining connections');
        server.closeAllConnections();
      }, config.SHUTDOWN_TIMEOUT_MS);
      await closed;
      clearTimeout(timer);
      await new Promise((resolve) => (metricsServer ? metricsServer.server.close(resolve) : resolve(undefined)));
      await mailer.drain();
      await webhooksStopped;
      await privacyStopped;
      await redisEvents?.close();
      await redis?.quit().catch(() => {});
      await db.close();
    },
  };
}

async function databaseProblem(db: Database): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`no answer within ${READY_TIMEOUT_MS} ms`), READY_TIMEOUT_MS);
  });
  try {
    return await Promise.race([db.ping().then(() => null), timeout]);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    clearTimeout(timer);
  }
}

function clientIp(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string' && forwarded.trim()) return forwarded.split(',')[0]!.trim();
  return req.socket.remoteAddress ?? '';
}

/** The API's schema as SDL, for integrators' code generators. */
function sdl(res: ServerResponse) {
  res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=300', 'content-disposition': 'inline; filename="schema.graphql"' });
  res.end(SCHEMA_SDL);
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function notBuilt(res: ServerResponse, app: string) {
  res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(`The ${app} is not built. Run \`pnpm build\` (or \`pnpm start\`, which builds everything).`);
}

