// The HTTP server: one origin for the API (/graphql), the health probes, the console (/console)
// and the portal (/). Also owns graceful shutdown: once stopping, no new connection is accepted,
// every answer carries `Connection: close`, idle keep-alive sockets are closed, live streams end, and
// the requests in flight finish before the database closes.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';
import type { Database } from '@ekoacteurs/db';
import { CLIENT_IP_HEADER, createCallerOf } from './auth/identify.ts';
import { createMailer } from './email/mailer.ts';
import { startMailJobs, type MailJobs } from './email/jobs.ts';
import { handleUnsubscribe } from './email/unsubscribe-page.ts';
import { createEventBus, type EventBus } from './events/bus.ts';
import { createRedisEvents } from './events/redis.ts';
import { createLiveStreams } from './events/live-streams.ts';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import { printSchemaSDL } from './schema-sdl.ts';
import { createPublicPages } from './public-pages/index.ts';
import { handleCalendarRequest } from './calendar/routes.ts';
import { createSpaHandler } from './static-files.ts';
import { appDistDir } from './app-dist.ts';
import { createLimiters, createRedisClient } from './security/index.ts';
import { createPublicCache, invalidatingClient, publicCachePlugin } from './cache/index.ts';
import { databaseNamespace } from './database-namespace.ts';
import { createOutageReply } from './resilience/http.ts';
import { watchRedis } from './resilience/redis-health.ts';
import { createGraphQLHandler, type ServerContext } from './yoga.ts';
import { metricsPlugin, knownOperationNames } from './metrics/graphql-plugin.ts';
import { publicMetrics, startMetricsServer } from './metrics/endpoint.ts';
import { createMetrics, type GatewayMetrics } from './metrics/registry.ts';
import { routeOf } from './metrics/routes.ts';
import persistedDocuments from '@ekoacteurs/client/persisted-documents.json' with { type: 'json' };
import { startWebhookPoller, type WebhookPoller, type WebhookPollerOptions } from './webhooks/poller.ts';
import { handlePhotoRequest } from './photos/routes.ts';
import { handleExportDownload, redactExportSecret } from './privacy/download.ts';
import { startPrivacyJobs, type PrivacyJobOptions, type PrivacyJobs } from './privacy/jobs.ts';
import { startTracing, tracingEnabled, type TracingSdk } from './tracing/index.ts';
import { tracingPlugin } from './tracing/graphql-plugin.ts';
import { traceRequest } from './tracing/http.ts';
import gatewayPackage from '../package.json' with { type: 'json' };
import { createFediverse, type GatewayFediverseOptions } from './fediverse/index.ts';

const REQUEST_ID = /^[\w.:-]{1,128}$/;
const READY_TIMEOUT_MS = 2_000;
/**
 * Once stopping, a keep-alive socket that was idle gets this long to bring its next request (which is
 * answered with `Connection: close`) before it is closed: a client looping on its connection is not
 * cut between two requests, and closing waits for no one longer than this.
 */
const IDLE_GRACE_MS = 500;

export interface Gateway {
  server: Server;
  /** Resolves with the bound port once listening. */
  listen(): Promise<number>;
  /** Stops accepting requests, lets in-flight ones finish (up to SHUTDOWN_TIMEOUT_MS), closes the database. */
  shutdown(): Promise<void>;
  /** Prometheus metrics (src/metrics/), and the port they are served on when METRICS_PORT is set. */
  metrics: GatewayMetrics;
  metricsPort(): number | null;
  /** The live event bus (notifications, access changes): what background jobs publish through. */
  events: EventBus;
  /** Sends the trace spans still batched (OpenTelemetry, when OTEL_EXPORTER_OTLP_ENDPOINT is set). */
  flushTraces(): Promise<void>;
}

/** Webhook poller settings; it runs unless `enabled` is false (default: off when NODE_ENV is test). */
export type GatewayWebhookOptions = Partial<Omit<WebhookPollerOptions, 'prisma' | 'logger'>> & { enabled?: boolean };

/** Data exports and retention (src/privacy/); they run unless `enabled` is false (default: off when NODE_ENV is test). */
export type GatewayPrivacyOptions = Partial<Omit<PrivacyJobOptions, 'prisma' | 'logger'>> & { enabled?: boolean };

/** The mail queue worker and workshop reminders (src/email/jobs.ts); on unless `enabled` is false (default: off when NODE_ENV is test). */
export type GatewayMailOptions = { enabled?: boolean };

export function createGateway(deps: {
  config: Config;
  db: Database;
  logger: Logger;
  webhooks?: GatewayWebhookOptions;
  privacy?: GatewayPrivacyOptions;
  mail?: GatewayMailOptions;
  fediverse?: GatewayFediverseOptions;
}): Gateway {
  const { config, db, logger } = deps;
  const mailer = createMailer({
    prisma: db.prisma,
    logger,
    smtpUrl: config.SMTP_URL,
    from: config.MAIL_FROM,
    publicUrl: config.PUBLIC_URL,
  });
  const redis = config.REDIS_URL ? createRedisClient(config.REDIS_URL, logger) : null;
  // Notifications reach subscribers on every replica through Redis pub/sub when it is configured.
  const redisEvents =
    config.REDIS_URL && redis
      ? createRedisEvents({ publisher: redis, subscriber: createRedisClient(config.REDIS_URL, logger), logger })
      : null;
  const events = createEventBus(redisEvents?.eventTarget);
  // Tokens' callers are kept in memory until the bus says their access changed (auth/token-callers.ts).
  const callerOf = createCallerOf({ prisma: db.prisma, publicUrl: config.PUBLIC_URL, events });
  const streams = createLiveStreams();
  const redisHealth = watchRedis(redis, logger);
  const outageReply = createOutageReply(logger);
  const metrics = createMetrics({ db, smtp: Boolean(config.SMTP_URL), logger });
  let metricsServer: { server: Server; port: number } | null = null;
  // OpenTelemetry (src/tracing/): the SDK starts with listen(); untraced, nothing is added.
  const traced = tracingEnabled(config);
  let tracing: TracingSdk | null = null;
  // Budgets are kept per database: a gateway on another database sharing this Redis (staging, a
  // test) never spends this one's callers' budgets.
  const limiters = createLimiters({
    redis,
    prisma: db.prisma,
    logger,
    windowMs: config.RATE_LIMIT_WINDOW_MS,
    keyPrefix: `eko:ratelimit:${databaseNamespace(db.target)}:`,
  });
  // Visitors' pages, the public calendar and anonymous reads, kept until a write changes them:
  // whatever writes public data goes through `prisma`, whose writes invalidate (src/cache/).
  const cache = createPublicCache({ config, redis, target: db.target, logger });
  const prisma = cache ? invalidatingClient(db.prisma, cache) : db.prisma;
  const yoga = createGraphQLHandler({
    config,
    prisma,
    read: db.read,
    logger,
    mailer,
    callerOf,
    redis,
    limiters,
    events,
    streams,
    // The cache last: metrics count the operations it answers too.
    plugins: [
      metricsPlugin(metrics, knownOperationNames(persistedDocuments)),
      ...(traced ? [tracingPlugin()] : []),
      ...(cache ? [publicCachePlugin(cache)] : []),
    ],
  });
  const portal = createSpaHandler(config.PORTAL_DIST ?? appDistDir('portal'));
  const console = createSpaHandler(config.CONSOLE_DIST ?? appDistDir('console'));
  const fediverse = createFediverse({
    prisma,
    logger,
    publicUrl: config.PUBLIC_URL,
    allowLoopback: config.FEDIVERSE_ALLOW_LOOPBACK,
    limiter: limiters.requests,
    options: deps.fediverse ?? {},
    runPoller: config.NODE_ENV !== 'test',
  });
  const publicPages = createPublicPages({ config, prisma, mailer, events, limiter: limiters.attempts, cache });
  let shuttingDown = false;
  let webhookPoller: WebhookPoller | null = null;
  let privacyJobs: PrivacyJobs | null = null;
  let mailJobs: MailJobs | null = null;

  async function handle(req: ServerContext['req'], res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://gateway');
    const path = url.pathname;

    if (path === '/graphql') return yoga(req, res, { req, res });
    if (path === '/graphql/schema.graphql') return sdl(res);
    if (path === '/metrics') return publicMetrics(req, res, metrics, config);
    if (path === '/healthz') return json(res, 200, { status: 'ok' });
    if (path === '/readyz') {
      if (shuttingDown) return json(res, 503, { status: 'unavailable', reason: 'shutting down' });
      const [problem, redisState] = await Promise.all([databaseProblem(db), redisHealth.state()]);
      if (problem === null) return json(res, 200, { status: 'ready', database: db.target.kind, redis: redisState });
      // The driver's own text (hosts, users, Prisma's invocation) goes to the logs, never to the caller.
      req.log.warn({ err: problem.error }, `readiness: database unreachable (${problem.reason})`);
      return json(res, 503, {
        status: 'unavailable',
        reason: `database unreachable: ${problem.reason}`,
        requestId: req.id,
        redis: redisState,
      });
    }
    // A member's data archive, through its expiring link (src/privacy/download.ts).
    if (await handleExportDownload(prisma, url, res, req.method ?? 'GET')) return;
    // One-click unsubscribe from a kind of email (src/email/unsubscribe-page.ts).
    if (await handleUnsubscribe(prisma, req, res, url)) return;
    // Members' photos: upload, removal, and serving under the visibility rule (src/photos/).
    if (await handlePhotoRequest(req, res, path, { prisma, callerOf })) return;
    // ActivityPub: WebFinger, NodeInfo, actors, inboxes; public pages asked for as ActivityStreams JSON (src/fediverse/).
    if (await fediverse.routes(req, res, url)) return;
    // Server-rendered public pages (before the method check: their contact form is a POST).
    if (await publicPages(req, res, path)) return;
    if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, { error: 'Method not allowed' });
    if (await handleCalendarRequest(req, res, { prisma, publicUrl: config.PUBLIC_URL, cache })) return;
    if (path === '/console' || path.startsWith('/console/')) {
      const outcome = console(req, res, path.slice('/console'.length) || '/');
      if (outcome === 'served') return;
      if (outcome === 'unknown') return json(res, 404, { error: 'Not found' });
      return notBuilt(res, 'console');
    }
    // The portal's shell answers only the portal's routes; anything else is the public site's 404.
    const outcome = portal(req, res, path);
    if (outcome === 'served') return;
    if (outcome === 'unknown') return publicPages.notFound(req, res, path);
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
    // Stopping: this answer is the connection's last, so the client opens its next one elsewhere.
    if (shuttingDown) res.setHeader('connection', 'close');
    active.set(res, rawReq.socket);
    res.on('close', () => {
      active.delete(res);
      if (shuttingDown) closeSocketIfIdle(rawReq.socket);
    });
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      req.log.info(
        { method: req.method, url: redactExportSecret(req.url), status: res.statusCode, ms: Math.round(ms * 10) / 10 },
        'request',
      );
      metrics.observeRequest(
        req.method ?? 'GET',
        routeOf(new URL(req.url ?? '/', 'http://gateway').pathname),
        res.statusCode,
        ms / 1000,
      );
    });
    const run = () =>
      void handle(req, res).catch((error: unknown) => {
        if (outageReply(error, res, id)) return;
        req.log.error({ err: error }, 'unhandled error');
        if (!res.headersSent) json(res, 500, { error: 'Internal error', requestId: id });
        else res.destroy();
      });
    if (traced) traceRequest(req, res, routeOf, run);
    else run();
  });
  // Every open socket, and the responses being written, so a shutdown can tell idle sockets apart.
  const sockets = new Set<Socket>();
  const active = new Map<ServerResponse, Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  const busy = (socket: Socket) => [...active.values()].includes(socket);
  /** Ends a socket with no request on it (after a grace when it was idle at the stop). */
  function closeSocketIfIdle(socket: Socket | null) {
    if (socket && !socket.destroyed && !busy(socket)) socket.end();
  }
  // Slow clients must not hold a connection (and a shutdown) forever.
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;

  return {
    server,
    events,
    listen: async () => {
      if (traced && !tracing) tracing = await startTracing(config, gatewayPackage.version);
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.PORT, config.HOST, async () => {
          if (config.METRICS_PORT !== undefined && !metricsServer)
            metricsServer = await startMetricsServer(metrics, config, logger).catch(reject as () => null);
          const address = server.address();
          if ((deps.webhooks?.enabled ?? config.NODE_ENV !== 'test') && !webhookPoller) {
            webhookPoller = startWebhookPoller({
              allowLoopback: config.WEBHOOK_ALLOW_LOOPBACK,
              ...deps.webhooks,
              prisma: db.prisma,
              logger,
            });
          }
          if ((deps.privacy?.enabled ?? config.NODE_ENV !== 'test') && !privacyJobs) {
            privacyJobs = startPrivacyJobs({ ...deps.privacy, prisma, logger });
          }
          fediverse.start();
          if ((deps.mail?.enabled ?? config.NODE_ENV !== 'test') && !mailJobs)
            mailJobs = startMailJobs({ prisma: db.prisma, logger, dispatcher: mailer.dispatcher, events });
          resolve(typeof address === 'object' && address ? address.port : config.PORT);
        });
      });
    },
    metrics,
    metricsPort: () => metricsServer?.port ?? null,
    flushTraces: async () => tracing?.flush(),
    shutdown: async () => {
      if (shuttingDown) return;
      shuttingDown = true;
      // No new webhook delivery starts; the ones in flight finish before the database closes.
      const webhooksStopped = webhookPoller?.stop();
      const privacyStopped = privacyJobs?.stop();
      const mailStopped = mailJobs?.stop();
      const fediverseStopped = fediverse.stop();
      // Stop listening without http.Server.close()'s immediate closing of idle keep-alive sockets:
      // a client may be sending its next request on one right now. Each gets IDLE_GRACE_MS to do so.
      const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()));
      // Live streams would otherwise hold the shutdown until its timeout.
      streams.endAll();
      for (const res of active.keys()) if (!res.headersSent) res.setHeader('connection', 'close');
      const idleAtStop = [...sockets].filter((socket) => !busy(socket));
      const graceTimer = setTimeout(() => idleAtStop.forEach(closeSocketIfIdle), IDLE_GRACE_MS);
      const timer = setTimeout(() => {
        logger.warn({ timeoutMs: config.SHUTDOWN_TIMEOUT_MS }, 'shutdown timeout: closing remaining connections');
        server.closeAllConnections();
      }, config.SHUTDOWN_TIMEOUT_MS);
      await closed;
      clearTimeout(timer);
      await new Promise((resolve) => (metricsServer ? metricsServer.server.close(resolve) : resolve(undefined)));
      clearTimeout(graceTimer);
      await mailer.drain();
      await webhooksStopped;
      await privacyStopped;
      await mailStopped;
      await fediverseStopped;
      await redisEvents?.close();
      await redis?.quit().catch(() => {});
      await tracing
        ?.shutdown()
        .catch((error: unknown) => logger.warn({ err: error }, 'traces: the last batch could not be sent'));
      await db.close();
    },
  };
}

/** Why the database is not ready: a reason fit for anyone to read, and the error behind it for the logs. */
async function databaseProblem(db: Database): Promise<{ reason: string; error?: unknown } | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<{ reason: string }>((resolve) => {
    timer = setTimeout(() => resolve({ reason: `no answer within ${READY_TIMEOUT_MS} ms` }), READY_TIMEOUT_MS);
  });
  try {
    return await Promise.race([db.ping().then(() => null), timeout]);
  } catch (error) {
    return { reason: 'the connection failed (the details are in the logs, under this request id)', error };
  } finally {
    clearTimeout(timer);
  }
}

function clientIp(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string' && forwarded.trim()) return forwarded.split(',')[0]!.trim();
  return req.socket.remoteAddress ?? '';
}

/** The API's schema as SDL, printed on the first request for it (not while the gateway starts). */
let schemaSdl: string | null = null;

/** The API's schema as SDL, for integrators' code generators. */
function sdl(res: ServerResponse) {
  schemaSdl ??= printSchemaSDL();
  res.writeHead(200, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'public, max-age=300',
    'content-disposition': 'inline; filename="schema.graphql"',
  });
  res.end(schemaSdl);
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function notBuilt(res: ServerResponse, app: string) {
  res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(`The ${app} is not built. Run \`pnpm build\` (or \`pnpm start\`, which builds everything).`);
}
