#!/usr/bin/env node
// `npm start` and `npm test` on a machine that has only Node 20 and npm: find pnpm 12.4.2
// (or run it through npx), install the workspace, then start the platform or run every check.
// No dependency of its own: it runs before anything is installed.
import { execFileSync, spawn } from 'node:child_process';

const PNPM_VERSION = '12.4.2';
const command = process.argv[2];

function pnpm() {
  try {
    const version = execFileSync('pnpm', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (version === PNPM_VERSION) return ['pnpm'];
  } catch {
    // not installed: fall through to npx
  }
  return ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
}

function run(args, { forwardSignals = false } = {}) {
  const [bin, ...rest] = [...PNPM, ...args];
  return new Promise((resolve) => {
    const child = spawn(bin, rest, { stdio: 'inherit' });
    const forward = (signal) => child.kill(signal);
    if (forwardSignals) {
      process.on('SIGINT', forward);
      process.on('SIGTERM', forward);
    }
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function step(args, options) {
  const code = await run(args, options);
  if (code !== 0) process.exit(code);
}

const PNPM = pnpm();
const frozen = process.env.CI ? ['--frozen-lockfile'] : [];

switch (command) {
  case 'start':
    await step(['install', ...frozen]);
    await step(['exec', 'turbo', 'run', 'build', '--output-logs=errors-only']);
    await step(['--filter', '@ekoacteurs/gateway', 'run', 'start'], { forwardSignals: true });
    break;
  case 'test':
    await step(['install', ...frozen]);
    await step(['run', 'lint']);
    // Two at a time: the machines have two cores, and browser journeys each start a gateway and a browser.
    await step(['exec', 'turbo', 'run', 'typecheck', 'test', '--output-logs=new-only', '--concurrency=2']);
    break;
  default:
    console.error('Usage: node scripts/bootstrap.mjs start|test');
    process.exit(2);
}
