#!/usr/bin/env node
// `npm start` and `npm test` on a machine that has only Node 20 and npm: find pnpm 12.4.2
// (or run it through npx), install the workspace, then start the platform or run every check.
// `start` says what it does (with elapsed seconds while a step runs), skips what is already done
// (an install whose lockfile did not change, a build of the same sources), then runs the gateway
// itself (node, not pnpm: Ctrl-C ends quietly with exit code 0).
// No dependency of its own: it runs before anything is installed.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PNPM_VERSION = '12.4.2';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const command = process.argv[2];
// No "update available" notice from the package manager in the middle of our output.
const QUIET_ENV = { ...process.env, npm_config_update_notifier: 'false', NO_UPDATE_NOTIFIER: '1' };

function pnpm() {
  try {
    const version = execFileSync('pnpm', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      env: QUIET_ENV,
    }).trim();
    if (version === PNPM_VERSION) return ['pnpm'];
  } catch {
    // not installed: fall through to npx
  }
  return ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
}

function run(args, { forwardSignals = false } = {}) {
  const [bin, ...rest] = [...pnpmCommand(), ...args];
  return new Promise((resolve) => {
    const child = spawn(bin, rest, { stdio: 'inherit', env: QUIET_ENV });
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

const say = (line) => process.stdout.write(`${line}\n`);
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/**
 * Runs one quiet step: its output is kept, shown only if it fails. On a terminal, the line counts
 * the seconds while it runs; elsewhere (CI logs) a line every 10 s says it is still going.
 */
function quietStep(label, args, env = {}) {
  const [bin, ...rest] = [...pnpmCommand(), ...args];
  const started = Date.now();
  const tty = process.stdout.isTTY;
  if (tty) process.stdout.write(`• ${label}…`);
  else say(`• ${label}…`);
  const ticker = setInterval(() => {
    if (tty) process.stdout.write(`\r• ${label}… ${Math.round((Date.now() - started) / 1000)} s`);
    else if ((Date.now() - started) % 10_000 < 1_000)
      say(`  …still ${label.toLowerCase()} (${Math.round((Date.now() - started) / 1000)} s)`);
  }, 1_000);
  return new Promise((resolve) => {
    const child = spawn(bin, rest, { cwd: ROOT, env: { ...QUIET_ENV, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const stop = () => child.kill('SIGINT');
    process.on('SIGINT', stop);
    child.on('exit', (code, signal) => {
      clearInterval(ticker);
      process.off('SIGINT', stop);
      if (tty) process.stdout.write('\r\x1b[2K');
      if (signal === 'SIGINT') process.exit(0);
      if (code !== 0) {
        say(`✗ ${label} failed after ${seconds(started)}:`);
        process.stderr.write(output);
        process.exit(code ?? 1);
      }
      resolve({ output, took: seconds(started) });
    });
  });
}

function hashOf(parts) {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

function readStamp(name) {
  try {
    return readFileSync(join(ROOT, 'node_modules', name), 'utf8');
  } catch {
    return null;
  }
}

function writeStamp(name, value) {
  try {
    writeFileSync(join(ROOT, 'node_modules', name), value);
  } catch {
    // no stamp: the step simply runs next time
  }
}

/** What the install depends on: the lockfile, the workspace settings and every package.json. */
function installKey() {
  const files = ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json'];
  for (const group of ['apps', 'packages']) {
    for (const name of safeList(join(ROOT, group))) files.push(join(group, name, 'package.json'));
  }
  return hashOf(
    files.filter((file) => existsSync(join(ROOT, file))).flatMap((file) => [file, readFileSync(join(ROOT, file))]),
  );
}

function safeList(dir) {
  try {
    return execFileSync('ls', [dir], { encoding: 'utf8' }).split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

/**
 * The sources' content as git sees it (tracked files, with the changed ones hashed as they are on
 * disk, and untracked ones by size and time), or null outside a git checkout. A commit does not
 * change it. The same key as the last successful build, with its outputs present: nothing to build.
 */
function sourceKey() {
  try {
    const git = (args, input) =>
      execFileSync('git', args, {
        cwd: ROOT,
        encoding: 'utf8',
        input,
        stdio: ['pipe', 'pipe', 'ignore'],
        maxBuffer: 256 * 1024 * 1024,
      });
    const blobs = new Map(
      git(['ls-files', '-s', '-z'])
        .split('\0')
        .filter(Boolean)
        .map((entry) => [entry.slice(entry.indexOf('\t') + 1), entry.split(' ')[1]]),
    );
    const changed = git(['diff', '--name-only', '-z']).split('\0').filter(Boolean);
    const present = changed.filter((file) => existsSync(join(ROOT, file)));
    for (const file of changed) blobs.delete(file);
    if (present.length > 0) {
      const hashes = git(['hash-object', '--stdin-paths'], present.join('\n')).trim().split('\n');
      present.forEach((file, i) => blobs.set(file, hashes[i]));
    }
    const untracked = git(['ls-files', '--others', '--exclude-standard', '-z']).split('\0').filter(Boolean);
    for (const file of untracked) {
      try {
        const stat = statSync(join(ROOT, file));
        blobs.set(file, `${stat.size}:${stat.mtimeMs}`);
      } catch {
        // gone meanwhile
      }
    }
    // Documentation changes nothing that is built.
    for (const file of [...blobs.keys()]) if (file.endsWith('.md')) blobs.delete(file);
    return hashOf([
      [...blobs]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([file, hash]) => `${file} ${hash}`)
        .join('\n'),
      process.version,
    ]);
  } catch {
    return null;
  }
}

const BUILT = ['apps/gateway/dist/server.mjs', 'apps/portal/dist/index.html', 'apps/console/dist/index.html'];

async function start() {
  const began = Date.now();
  say('ÉkôActeurs — starting (npm start)');

  const installed = installKey();
  if (!process.env.CI && existsSync(join(ROOT, 'node_modules')) && readStamp('.eko-install-key') === installed) {
    say('✓ Dependencies already installed');
  } else {
    const { took } = await quietStep('Installing dependencies (pnpm install)', [
      'install',
      ...(process.env.CI ? ['--frozen-lockfile'] : []),
    ]);
    writeStamp('.eko-install-key', installKey());
    say(`✓ Dependencies installed in ${took}`);
  }

  const sources = sourceKey();
  if (sources && readStamp('.eko-build-key') === sources && BUILT.every((file) => existsSync(join(ROOT, file)))) {
    say('✓ Build up to date (same sources as the last build)');
  } else {
    // What runs: the apps and the gateway. Packages are consumed as TypeScript source, so no build
    // waits for another's, and the client's publishable dist/ (integrators') is not needed here.
    const { output, took } = await quietStep(
      'Building the portal, console and gateway (turbo)',
      [
        'exec',
        'turbo',
        'run',
        'build',
        '--filter=@ekoacteurs/portal',
        '--filter=@ekoacteurs/console',
        '--filter=@ekoacteurs/gateway',
        '--output-logs=errors-only',
      ],
      // What npm start serves is the production build, whatever NODE_ENV the shell has (a development
      // or test value would give React's development build, several times slower); `pnpm dev` is
      // the development setup.
      { NODE_ENV: 'production' },
    );
    const cached = /Cached:\s+(\d+) cached, (\d+) total/.exec(output);
    say(`✓ Built in ${took}${cached ? ` (${cached[1]} of ${cached[2]} tasks from turbo's cache)` : ''}`);
    if (sources) writeStamp('.eko-build-key', sources);
  }

  say(`• Starting the gateway (${readyNote()})…`);
  const child = spawn(process.execPath, ['apps/gateway/dist/server.mjs'], {
    cwd: ROOT,
    stdio: 'inherit',
    // Two malloc arenas, as docs/deploy.md runs it in production (an operator's own value wins).
    env: { MALLOC_ARENA_MAX: '2', ...process.env },
  });
  // Ctrl-C reaches the gateway too (same terminal); it stops cleanly and so do we, with its code.
  const forward = (signal) => () => child.exitCode === null && child.kill(signal);
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1)));
  if (process.env.EKO_BOOT_TIMING) say(`(bootstrap took ${seconds(began)} before the gateway)`);
}

function readyNote() {
  if (process.env.DATABASE_URL) return 'PostgreSQL from DATABASE_URL';
  const dataDir = process.env.PGLITE_DATA_DIR ?? join(ROOT, '.data', 'pglite');
  return existsSync(join(dataDir, 'PG_VERSION'))
    ? 'embedded database'
    : 'first start: creating, migrating and seeding the embedded database, ~20 s';
}

// Looked up only when a step needs it (a restart with nothing to install or build does not).
let PNPM = null;
function pnpmCommand() {
  PNPM ??= pnpm();
  return PNPM;
}
const frozen = process.env.CI ? ['--frozen-lockfile'] : [];

switch (command) {
  case 'start':
    await start();
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
