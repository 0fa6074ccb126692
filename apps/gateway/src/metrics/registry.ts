// The gateway's Prometheus metrics (prom-client): what they are called and how each is read. HTTP
// and GraphQL figures are counted as requests finish; the database pool and the webhook and mail
// queues are read when Prometheus scrapes. docs/deploy.md ("Metrics") lists them with alerts.
import type { Database } from '@ekoacteurs/db';
// prom-client is CommonJS: Node's ESM loader (the production bundle) sees only its default export.
import promClient from 'prom-client';
import type { Logger } from '../logger.ts';

const { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } = promClient;

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export type GatewayMetrics = ReturnType<typeof createMetrics>;

export function createMetrics(deps: { db: Database; smtp: boolean; logger: Logger }) {
  const registry = new Registry();
  registry.setDefaultLabels({ service: 'gateway' });
  collectDefaultMetrics({ register: registry, prefix: 'eko_' });

  const httpRequests = new Counter({
    name: 'eko_http_requests_total',
    help: 'HTTP requests answered, by method, route and status.',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const httpDuration = new Histogram({
    name: 'eko_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method and route.',
    labelNames: ['method', 'route'],
    buckets: SECONDS,
    registers: [registry],
  });
  const rateLimited = new Counter({
    name: 'eko_rate_limit_refusals_total',
    help: 'Requests refused for going over a rate limit (HTTP 429), by route.',
    labelNames: ['route'],
    registers: [registry],
  });
  const graphqlDuration = new Histogram({
    name: 'eko_graphql_request_duration_seconds',
    help: 'Time to answer a GraphQL request, by operation name and type (its _count is the request rate).',
    labelNames: ['operation', 'type'],
    buckets: SECONDS,
    registers: [registry],
  });
  const graphqlErrors = new Counter({
    name: 'eko_graphql_errors_total',
    help: 'GraphQL errors returned, by operation and stable code (docs/errors.md).',
    labelNames: ['operation', 'code'],
    registers: [registry],
  });
  const sseStreams = new Gauge({
    name: 'eko_sse_streams_open',
    help: 'Subscriptions open over Server-Sent Events, by operation.',
    labelNames: ['operation'],
    registers: [registry],
  });

  const pool = deps.db.poolStats;
  let reported = { acquired: 0, waitSeconds: 0 };
  const poolAcquired = new Counter({
    name: 'eko_db_pool_acquisitions_total',
    help: 'Connections handed out by the primary pool.',
    registers: [registry],
  });
  const poolWait = new Counter({
    name: 'eko_db_pool_wait_seconds_total',
    help: 'Seconds spent waiting for a pooled connection, summed (÷ acquisitions: mean wait).',
    registers: [registry],
  });
  const poolConnections = new Gauge({
    name: 'eko_db_pool_connections',
    help: 'Connections of the primary pool, by state (busy, idle) and its maximum (max); absent on the embedded database.',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      if (!pool) return;
      const stats = pool();
      this.set({ state: 'busy' }, stats.total - stats.idle);
      this.set({ state: 'idle' }, stats.idle);
      this.set({ state: 'max' }, stats.max);
      poolAcquired.inc(stats.acquired - reported.acquired);
      poolWait.inc(stats.waitSeconds - reported.waitSeconds);
      reported = { acquired: stats.acquired, waitSeconds: stats.waitSeconds };
    },
  });
  const poolWaiting = new Gauge({
    name: 'eko_db_pool_waiting',
    help: 'Queries waiting for a pooled connection right now.',
    registers: [registry],
    collect() {
      if (pool) this.set(pool().waiting);
    },
  });

  // Queues, read from the database at each scrape (indexed: a few milliseconds).
  const queueDepth = new Gauge({
    name: 'eko_queue_depth',
    help: 'Items waiting: webhook deliveries pending, emails not sent yet (only with SMTP_URL), emails failed.',
    labelNames: ['queue'],
    registers: [registry],
  });
  const queueAge = new Gauge({
    name: 'eko_queue_oldest_age_seconds',
    help: 'Age of the oldest waiting item of each queue (0 when empty).',
    labelNames: ['queue'],
    registers: [registry],
  });
  async function readQueues() {
    try {
      const [webhooks] = await deps.db.prisma.$queryRaw<{ count: number; oldest: Date | null }[]>`
        SELECT count(*)::int AS "count", min("createdAt") AS "oldest" FROM "WebhookDelivery" WHERE "status" = 'PENDING'`;
      set('webhooks', webhooks);
      if (deps.smtp) {
        const [mail] = await deps.db.prisma.$queryRaw<{ count: number; oldest: Date | null }[]>`
          SELECT count(*)::int AS "count", min("createdAt") AS "oldest" FROM "OutboxEmail" WHERE "sentAt" IS NULL AND "error" IS NULL`;
        const [failed] = await deps.db.prisma.$queryRaw<{ count: number; oldest: Date | null }[]>`
          SELECT count(*)::int AS "count", min("createdAt") AS "oldest" FROM "OutboxEmail" WHERE "sentAt" IS NULL AND "error" IS NOT NULL`;
        set('mail', mail);
        set('mail_failed', failed);
      }
    } catch (error) {
      // A scrape during a database outage still answers, with the last values.
      deps.logger.debug({ err: error }, 'metrics: queues unreadable');
    }
  }
  function set(queue: string, row: { count: number; oldest: Date | null } | undefined) {
    queueDepth.set({ queue }, row?.count ?? 0);
    queueAge.set({ queue }, row?.oldest ? Math.max(0, (Date.now() - new Date(row.oldest).getTime()) / 1000) : 0);
  }

  return {
    registry,
    poolConnections,
    poolWaiting,
    graphqlDuration,
    graphqlErrors,
    sseStreams,
    /** Called once per HTTP request, when its response is finished. */
    observeRequest(method: string, route: string, status: number, seconds: number) {
      httpRequests.inc({ method, route, status: String(status) });
      httpDuration.observe({ method, route }, seconds);
      if (status === 429) rateLimited.inc({ route });
    },
    /** The exposition text, with the queues read just now. */
    async render(): Promise<string> {
      await readQueues();
      return registry.metrics();
    },
  };
}
