// A TCP proxy on loopback that stands between the gateway and a server (PostgreSQL, Redis) and can
// take it away and give it back, as an outage would: `cut()` drops every open connection and
// refuses new ones (ECONNREFUSED, like a stopped server); `restore()` listens again on the same port.
// `latencyMs` delays what the server sends back, to keep requests in flight for a while.
import { createServer, connect, type Server, type Socket } from 'node:net';

export interface TcpProxy {
  /** The proxy's port on 127.0.0.1. */
  port: number;
  /** `protocol://127.0.0.1:<proxy port>/rest` for a URL that pointed at the server. */
  rewrite(url: string): string;
  cut(): Promise<void>;
  restore(): Promise<void>;
  /** Delay added to every chunk the server sends back (0 by default). */
  latencyMs: number;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let port = 0;

  const onConnection = (client: Socket) => {
    const upstream = connect(target.port, target.host);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      // A reset on one side ends the other; the error itself is expected during an outage.
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.on('data', (chunk) => upstream.write(chunk));
    upstream.on('data', (chunk) => {
      if (proxy.latencyMs > 0) setTimeout(() => client.destroyed || client.write(chunk), proxy.latencyMs);
      else client.write(chunk);
    });
    client.on('end', () => upstream.end());
    upstream.on('end', () => (proxy.latencyMs > 0 ? setTimeout(() => client.end(), proxy.latencyMs) : client.end()));
  };

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const next = createServer(onConnection);
      next.once('error', reject);
      next.listen(port, '127.0.0.1', () => {
        port = (next.address() as { port: number }).port;
        server = next;
        resolve();
      });
    });

  const stopListening = () =>
    new Promise<void>((resolve) => {
      const current = server;
      server = null;
      if (!current) return resolve();
      current.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });

  await listen();
  const proxy: TcpProxy = {
    get port() {
      return port;
    },
    rewrite(url) {
      const parsed = new URL(url);
      parsed.hostname = '127.0.0.1';
      parsed.port = String(port);
      return parsed.toString();
    },
    cut: stopListening,
    restore: async () => {
      if (!server) await listen();
    },
    latencyMs: 0,
    close: stopListening,
  };
  return proxy;
}
