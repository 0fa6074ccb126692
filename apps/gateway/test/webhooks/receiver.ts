// A real HTTP receiver on 127.0.0.1, as an integrator would run: it checks each delivery's
// signature and records what arrived. It can be down (connection refused) and come up later
// on the same port, or answer with an error status.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifySignature } from '../../src/webhooks/sign.ts';

export interface Received {
  event: string;
  deliveryId: string;
  signatureValid: boolean;
  body: { id: string; event: string; createdAt: string; data: any };
}

export interface Receiver {
  url: string;
  received: Received[];
  /** Status answered to the next requests (200 by default). */
  status: number;
  /** Milliseconds to wait before answering. */
  delayMs: number;
  secret: string;
  up(): Promise<void>;
  down(): Promise<void>;
}

/** A receiver whose port is known but which is down until up() is called. */
export async function createReceiver(secret = ''): Promise<Receiver> {
  // Borrow a free port, then free it: until up(), connecting to it is refused.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));

  let server: Server | null = null;
  const receiver: Receiver = {
    url: `http://127.0.0.1:${port}/hooks/eko`,
    received: [],
    status: 200,
    delayMs: 0,
    secret,
    async up() {
      server = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          receiver.received.push({
            event: String(req.headers['x-eko-event']),
            deliveryId: String(req.headers['x-eko-delivery']),
            signatureValid: verifySignature(receiver.secret, String(req.headers['x-eko-signature'] ?? ''), raw),
            body: JSON.parse(raw),
          });
          setTimeout(() => {
            res.writeHead(receiver.status);
            res.end();
          }, receiver.delayMs);
        });
      });
      await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
    },
    async down() {
      const closing = server;
      server = null;
      if (closing) await new Promise<void>((resolve) => closing.close(() => resolve()));
    },
  };
  return receiver;
}
