// The gateway's configuration, read once from environment variables and validated at start.
// A wrong value stops the process with one line naming the variable and what is expected.
// Every variable is documented in /.env.example.
import { z } from 'zod';

const port = z.coerce
  .number({ error: 'an integer from 1 to 65535' })
  .int({ error: 'an integer from 1 to 65535' })
  .min(1, { error: 'an integer from 1 to 65535' })
  .max(65535, { error: 'an integer from 1 to 65535' });

const bool = z
  .enum(['true', 'false', '1', '0'], { error: 'true or false' })
  .transform((v) => v === 'true' || v === '1');

const positiveInt = (what: string) => z.coerce.number({ error: what }).int({ error: what }).positive({ error: what });

// CORS_ORIGINS: "https://a.example, https://b.example" or "*"; each an origin (no path).
const corsOrigins = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((origin) => origin.trim().replace(/\/$/, ''))
      .filter(Boolean),
  )
  .refine((origins) => origins.every((origin) => origin === '*' || isOrigin(origin)), {
    error:
      'a comma-separated list of origins such as https://partenaire.example (scheme, host, optional port; no path), or *',
  })
  .transform((origins) => origins.map((origin) => (origin === '*' ? origin : new URL(origin).origin)));

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) && url.origin.toLowerCase() === value.toLowerCase();
  } catch {
    return false;
  }
}

const schema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { error: 'development, production or test' })
    .default('development'),
  HOST: z.string().min(1, { error: 'a host name or address' }).default('127.0.0.1'),
  PORT: port.default(4000),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'an absolute http(s) URL such as https://ekoacteurs.fr' })
    .optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'a postgresql:// URL, or unset for the embedded database' })
    .optional(),
  // Read replicas of DATABASE_URL: read-only queries go to them (packages/db/src/client.ts).
  DATABASE_REPLICA_URLS: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((url) => url.trim())
        .filter(Boolean),
    )
    .refine((urls) => urls.every((url) => /^postgres(ql)?:\/\/[^/\s]/.test(url)), {
      error: 'a comma-separated list of postgresql:// URLs of read replicas, or unset',
    })
    .optional(),
  DATABASE_POOL_SIZE: positiveInt('a positive integer').default(10),
  PGLITE_DATA_DIR: z.string().min(1, { error: 'a folder path' }).optional(),
  SEED_ON_FIRST_START: bool.default(true),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty'], { error: 'json or pretty' }).optional(),
  GRAPHIQL: bool.optional(),
  SHUTDOWN_TIMEOUT_MS: positiveInt('a positive number of milliseconds').default(10_000),
  // Security of the public endpoint (src/security/, docs/api.md "Limits").
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, {
      error: 'a redis:// or rediss:// URL (e.g. redis://127.0.0.1:6379), or unset to count rate limits in memory',
    })
    .optional(),
  CORS_ORIGINS: corsOrigins.optional(),
  // The shared cache of visitors' pages, the public calendar and anonymous GraphQL reads (src/cache/).
  PUBLIC_CACHE: bool.optional(),
  RATE_LIMIT_WINDOW_MS: positiveInt('a positive number of milliseconds').default(60_000),
  RATE_LIMIT_ANONYMOUS: positiveInt('a positive number of cost points').default(10_000),
  RATE_LIMIT_SESSION: positiveInt('a positive number of cost points').default(60_000),
  RATE_LIMIT_TOKEN: positiveInt('a positive number of cost points').default(50_000),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, {
      error: 'an smtp:// or smtps:// URL (e.g. smtps://user:pass@smtp.example.org:465), or unset for the outbox',
    })
    .optional(),
  MAIL_FROM: z
    .string()
    .min(3, { error: 'a sender such as "ÉkôActeurs <bonjour@ekoacteurs.fr>"' })
    .default('ÉkôActeurs <ne-pas-repondre@ekoacteurs.fr>'),
  TRUST_PROXY: bool.default(false),
  WEBHOOK_ALLOW_LOOPBACK: bool.default(false),
  // ActivityPub deliveries and fetches to this machine (src/fediverse/, docs/fediverse.md): development and tests only.
  FEDIVERSE_ALLOW_LOOPBACK: bool.default(false),
  AUTH_ATTEMPTS_PER_IP_PER_HOUR: positiveInt('a positive integer').default(30),
  DEMO_ADMIN_PASSWORD: z.string().min(12, { error: 'at least 12 characters' }).optional(),
  PORTAL_DIST: z.string().min(1).optional(),
  CONSOLE_DIST: z.string().min(1).optional(),
  // Prometheus metrics (src/metrics/, docs/deploy.md "Metrics"): on their own port, and/or on the
  // public origin's /metrics for a bearer token. Neither set: no metrics are served.
  METRICS_PORT: port.optional(),
  METRICS_HOST: z.string().min(1, { error: 'a host name or address' }).default('127.0.0.1'),
  METRICS_TOKEN: z.string().min(24, { error: 'at least 24 characters (e.g. openssl rand -hex 24)' }).optional(),
  // OpenTelemetry traces (src/tracing/, docs/deploy.md "Traces"), sent over OTLP/HTTP to this
  // collector (its base URL: /v1/traces is added). Unset: no tracing code is loaded.
  OTEL_EXPORTER_OTLP_ENDPOINT: z
    .url({ protocol: /^https?$/, error: 'an absolute http(s) URL such as http://collector:4318' })
    .optional(),
  OTEL_SERVICE_NAME: z.string().min(1).default('ekoacteurs-gateway'),
});

export type Config = ReturnType<typeof finish>;

function finish(env: z.infer<typeof schema>) {
  if (env.DATABASE_REPLICA_URLS?.length && !env.DATABASE_URL) {
    throw new ConfigError(
      'Invalid configuration: DATABASE_REPLICA_URLS needs DATABASE_URL (replicas of the embedded database make no sense).',
    );
  }
  if (env.WEBHOOK_ALLOW_LOOPBACK && env.NODE_ENV === 'production') {
    throw new ConfigError(
      'Invalid configuration: WEBHOOK_ALLOW_LOOPBACK is for development and tests; in production webhooks only reach public servers.',
    );
  }
  if (env.FEDIVERSE_ALLOW_LOOPBACK && env.NODE_ENV === 'production') {
    throw new ConfigError(
      'Invalid configuration: FEDIVERSE_ALLOW_LOOPBACK is for development and tests; in production the Fediverse is reached on public servers only.',
    );
  }
  return {
    ...env,
    PUBLIC_URL: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
    GRAPHIQL: env.GRAPHIQL ?? env.NODE_ENV !== 'production',
    // Off by default in tests, which write to their database directly between reads; its own tests turn it on.
    PUBLIC_CACHE: env.PUBLIC_CACHE ?? env.NODE_ENV !== 'test',
    // Readable lines for a person at a terminal; JSON lines for log collectors.
    LOG_FORMAT: env.LOG_FORMAT ?? (env.NODE_ENV === 'development' ? 'pretty' : 'json'),
    CORS_ORIGINS: env.CORS_ORIGINS ?? [],
  };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment; throws a ConfigError whose message is the one line to print. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means unset, as in most .env tooling.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(present);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const name = String(issue.path[0]);
    const got = env[name];
    throw new ConfigError(
      `Invalid configuration: ${name} must be ${issue.message}${got === undefined ? '' : ` (got ${JSON.stringify(got)})`}.`,
    );
  }
  return finish(result.data);
}
