// A real SMTP server on loopback for the mail tests (the smtp-server package): it records every
// message it accepts and can be told to refuse the next ones with a temporary error.
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import nodemailer, { type Transporter } from 'nodemailer';
import { SMTPServer } from 'smtp-server';

export interface TestSmtp {
  port: number;
  /** Raw messages accepted, in order. */
  received: string[];
  /** Refuse this many more messages with 451. */
  refuseNext(count: number): void;
  transport(): Transporter;
  close(): Promise<void>;
}

export async function startSmtp(): Promise<TestSmtp> {
  const received: string[] = [];
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (refusals > 0) {
          refusals -= 1;
          const error = Object.assign(new Error('Try again later'), { responseCode: 451 });
          return callback(error);
        }
        received.push(Buffer.concat(chunks).toString('utf8'));
        callback();
      });
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    refuseNext: (count) => {
      refusals = count;
    },
    transport: () => nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
