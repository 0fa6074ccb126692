// The gateway's Fediverse side in one object: the Fedify federation (federation.ts), its routes on
// the HTTP server (http.ts), and the outbox poller (poller.ts) that signs and delivers activities.
// server.ts creates it; the workshop mutations and leaving the federation queue activities through
// outbox.ts. docs/fediverse.md tells members and admins what is shared.
//
// Fedify loads with the first thing that needs it — a request from another server, a delivery due, an
// activity to queue for someone who follows — not at start (measured on the production build: 250 MB
// at ready, 268 MB once Fedify is loaded): most replicas of a small federation's gateway never speak
// ActivityPub between two restarts.
import type { PrismaClient } from '@ekoacteurs/db';
import type { Logger } from '../logger.ts';
import type { RateLimiter } from '../security/limiter.ts';
import type { Federation } from './fedify.ts';
import { createFediverseRoutes, type FediverseRoutes } from './http.ts';
import { forwardFedifyLogs } from './logs.ts';
import { startFediversePoller, type FediversePoller, type FediversePollerOptions } from './poller.ts';

/** Poller settings; it runs unless `enabled` is false (default: off when NODE_ENV is test). */
export type GatewayFediverseOptions = Partial<Omit<FediversePollerOptions, 'prisma' | 'logger' | 'publicUrl'>> & {
  enabled?: boolean;
};

export interface Fediverse {
  routes: FediverseRoutes;
  /** Starts delivering (when the server listens). */
  start(): void;
  stop(): Promise<void>;
}

export function createFediverse(deps: {
  prisma: PrismaClient;
  logger: Logger;
  publicUrl: string;
  allowLoopback: boolean;
  limiter: RateLimiter;
  options: GatewayFediverseOptions;
  runPoller: boolean;
}): Fediverse {
  const { prisma, logger, publicUrl } = deps;
  const allowLoopback = deps.options.allowLoopback ?? deps.allowLoopback;
  let poller: FediversePoller | null = null;
  void forwardFedifyLogs(logger).catch((error: unknown) =>
    logger.warn({ err: error }, 'fediverse: Fedify’s logs are not forwarded'),
  );
  let federation: Promise<Federation<void>> | null = null;
  const loadFederation = () =>
    (federation ??= import('./federation.ts').then(({ createActivityPub }) =>
      createActivityPub({
        prisma,
        logger,
        publicUrl,
        policy: { allowLoopback, ...(deps.options.lookup ? { lookup: deps.options.lookup } : {}) },
        timeoutMs: deps.options.timeoutMs ?? 10_000,
        queued: () => poller?.wake(),
      }),
    ));
  return {
    routes: createFediverseRoutes({ federation: loadFederation, prisma, publicUrl, limiter: deps.limiter }),
    start() {
      if (poller || !(deps.options.enabled ?? deps.runPoller)) return;
      poller = startFediversePoller({ ...deps.options, allowLoopback, prisma, logger, publicUrl });
    },
    stop: async () => poller?.stop(),
  };
}
