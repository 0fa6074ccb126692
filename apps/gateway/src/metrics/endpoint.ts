// Where Prometheus reads the metrics: a listener of its own (METRICS_PORT on METRICS_HOST), and/or
// /metrics on the public origin for a bearer METRICS_TOKEN only. Anyone else on the public origin
// gets a 404, as for a page that does not exist.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import promClient from 'prom-client';
import { safeEqual } from '../auth/secrets.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { GatewayMetrics } from './registry.ts';

async function send(metrics: GatewayMetrics, res: ServerResponse) {
  const body = await metrics.render();
  res.writeHead(200, { 'content-type': promClient.contentType, 'cache-control': 'no-store' });
  res.end(body);
}

/** Answers /metrics on the public origin; true when it did. */
export async function publicMetrics(
  req: IncomingMessage,
  res: ServerResponse,
  metrics: GatewayMetrics,
  config: Config,
): Promise<boolean> {
  const header = req.headers.authorization ?? '';
  const token = header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
  if (!config.METRICS_TOKEN || !token || !safeEqual(token, config.METRICS_TOKEN)) {
    res.writeHead(404, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify({ error: 'Not found' }));
    return true;
  }
  await send(metrics, res);
  return true;
}

/** The separate listener on METRICS_PORT; resolves with the port it bound. */
export function startMetricsServer(
  metrics: GatewayMetrics,
  config: Config,
  logger: Logger,
): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    if (req.url?.split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Metrics are at /metrics.\n');
      return;
    }
    send(metrics, res).catch((error: unknown) => {
      logger.error({ err: error }, 'metrics: could not render');
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.METRICS_PORT, config.METRICS_HOST, () => {
      const address = server.address();
      resolve({ server, port: typeof address === 'object' && address ? address.port : config.METRICS_PORT! });
    });
  });
}
