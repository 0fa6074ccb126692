// The built gateway as a newcomer runs it: an embedded database seeded as on a first start (a copy
// of the one src/seeded-template.ts seeds once per run, or a new one), serving the built portal
// and console. Production mode, so the apps' persisted documents are what runs.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILT_SERVER } from '@ekoacteurs/gateway/built-server';

export const ADMIN = { email: 'admin@ekoacteurs.fr', password: 'e2e-admin-password' };

export interface RunningGateway {
  url: string;
  /** Stops the gateway; its database is deleted unless `keepData`. */
  stop(options?: { keepData?: boolean }): Promise<void>;
  logs(): string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface GatewayOptions {
  /** A stopped seeded database to start on a copy of; without it, the gateway creates and seeds one. */
  seededCopyOf?: string;
  /** Where the database lives (a new temporary folder by default). */
  dataDir?: string;
}

export async function startGateway(options: GatewayOptions = {}): Promise<RunningGateway> {
  const server = BUILT_SERVER;
  if (!existsSync(server)) throw new Error('Build first: `pnpm build` (turbo builds the gateway before these tests).');
  const port = await freePort();
  const dataRoot = mkdtempSync(join(tmpdir(), 'eko-e2e-'));
  const dataDir = options.dataDir ?? join(dataRoot, 'pglite');
  if (options.seededCopyOf) cpSync(options.seededCopyOf, dataDir, { recursive: true });
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: url,
    PGLITE_DATA_DIR: dataDir,
    DEMO_ADMIN_PASSWORD: ADMIN.password,
    LOG_LEVEL: 'warn',
    AUTH_ATTEMPTS_PER_IP_PER_HOUR: '1000',
  };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  const child: ChildProcess = spawn(process.execPath, [server], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));

  const deadline = Date.now() + 120_000;
  while (
    !(await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (child.exitCode !== null) throw new Error(`The gateway exited: ${output}`);
    if (Date.now() > deadline) throw new Error(`The gateway was not ready within 120 s: ${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    logs: () => output,
    stop: async ({ keepData = false } = {}) => {
      child.kill('SIGTERM');
      await exited;
      rmSync(dataRoot, { recursive: true, force: true });
      if (!keepData && options.dataDir) rmSync(options.dataDir, { recursive: true, force: true });
    },
  };
}
