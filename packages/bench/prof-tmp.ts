// temporary: mint a token, start the built gateway with --cpu-prof, load directory at 16 clients
import { spawn } from 'node:child_process';
import { openDatabase } from '@ekoacteurs/db';
import { createApiToken } from '@ekoacteurs/gateway/testing';
import autocannon from 'autocannon';
import { DIRECTORY } from './src/operations.ts';
import { GATEWAY_DIST } from './src/processes.ts';

const url = process.argv[2]!;
const seconds = Number(process.argv[3] ?? 10);
const db = await openDatabase({ target: { kind: 'postgres', url }, replicaUrls: [] });
const admin = await db.prisma.member.findFirstOrThrow({ where: { role: 'ADMIN', status: 'ACTIVE' }, orderBy: { createdAt: 'asc' } });
const { secret } = await createApiToken(db.prisma, { kind: 'INTEGRATION', ownerId: admin.id, name: 'prof', scopes: ['read:public', 'read:network', 'admin'], expiresAt: null });
await db.close();
const port = 45123;
const child = spawn(process.execPath, ['--cpu-prof', '--cpu-prof-dir=/tmp/prof', GATEWAY_DIST], { env: { PATH: process.env.PATH!, HOST: '127.0.0.1', PORT: String(port), NODE_ENV: 'production', DATABASE_URL: url, LOG_LEVEL: 'warn', RATE_LIMIT_TOKEN: '1000000000', RATE_LIMIT_ANONYMOUS: '1000000000' }, stdio: 'inherit' });
while (!(await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false))) await new Promise((r) => setTimeout(r, 200));
const body = JSON.stringify({ query: DIRECTORY, variables: {} });
const run = (duration: number) => autocannon({ url: `http://127.0.0.1:${port}/graphql`, connections: 16, duration, method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` }, body });
await run(2);
const result = await run(seconds);
console.log('req/s', result.requests.average, 'p99', result.latency.p99, 'non2xx', result.non2xx);
const status = (await import('node:fs')).readFileSync(`/proc/${child.pid}/status`, 'utf8');
console.log(/VmHWM.*/.exec(status)?.[0]);
child.kill('SIGINT');
await new Promise((r) => child.on('exit', r));
